import type {Root} from 'nlcst'
import type {PluggableList, Processor} from 'unified'
import {english} from '../parse/english.js'
import {pluginError, pluginOf, type PluginRun, type ProsePlugin} from './plugins.js'
import type {ProseMessage, ProsePass} from './prose.js'
import type {AnyRule} from './rule.js'
import {ruleOptions, type RuleSettings} from './settings.js'

/** The processors to run on one letter's nlcst, and where each one's messages go. */
export interface PreparedPasses {
  passes: ProsePass[]
  /** Each rule's messages (rules with `retext` plugins only). */
  retext: Map<AnyRule, ProseMessage[]>
  /** Each configured retext plugin's messages. */
  plugins: PluginRun[]
}

/**
 * The passes for a letter: one per enabled rule with `retext` plugins, then one per retext
 * plugin from config. Each has its own processor, so that its messages are its own.
 */
export function prosePasses(rules: readonly AnyRule[], settings: RuleSettings, plugins: readonly ProsePlugin[], filePath: string): PreparedPasses {
  const passes: ProsePass[] = []
  const retext = new Map<AnyRule, ProseMessage[]>()
  const runs: PluginRun[] = []
  for (const rule of rules) {
    if (!rule.retext) continue
    const messages: ProseMessage[] = []
    retext.set(rule, messages)
    const origin = pluginOf(rule)
    passes.push({
      processor: ruleProcessor(rule, ruleOptions(rule.meta, settings)),
      messages,
      fail(error) {
        throw origin ? pluginError(origin, filePath, error) : error
      }
    })
  }
  for (const plugin of plugins) {
    const messages: ProseMessage[] = []
    runs.push({plugin, messages})
    passes.push({
      processor: plugin.processor,
      messages,
      fail(error) {
        throw pluginError(plugin.name, filePath, error)
      }
    })
  }
  return {passes, retext, plugins: runs}
}

/**
 * Frozen processors by rule and options: attaching plugins (running their attachers) once per
 * configuration, not once per letter.
 */
const processors = new WeakMap<AnyRule, Map<string, Processor<Root>>>()

function ruleProcessor(rule: AnyRule, options: Record<string, unknown>): Processor<Root> {
  let byOptions = processors.get(rule)
  if (!byOptions) {
    byOptions = new Map()
    processors.set(rule, byOptions)
  }
  const key = JSON.stringify(options)
  let processor = byOptions.get(key)
  if (!processor) {
    processor = attach(rule.retext!(options), pluginOf(rule))
    byOptions.set(key, processor)
  }
  return processor
}

/** A retext processor (the letter's parser) with `plugins` attached. */
export function attach(plugins: PluggableList, origin?: string): Processor<Root> {
  try {
    return english().use(plugins).freeze() as unknown as Processor<Root>
  } catch (error) {
    if (origin) throw pluginError(origin, undefined, error)
    throw error
  }
}
