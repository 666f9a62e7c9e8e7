import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {wordAt} from '../letter/place.js'
import {bodySpan} from '../letter/query.js'
import type {Letter} from '../letter/types.js'
import type {VFileMessage} from './messages.js'
import type {ProseMessage} from './prose.js'
import type {Finding} from './rule.js'
import {UserError} from '../errors.js'

/**
 * An ordinary unified (retext) plugin named in config `plugins`. It runs on the letter's nlcst
 * like any rule's plugins (src/engine/prose.ts); each message it reports with `file.message()`
 * becomes a finding with rule id `<source>/<ruleId>`, a warning unless config says otherwise.
 */
export interface ProsePlugin {
  /** As config names it (a package name or a path): what errors name. */
  name: string
  /** The `source` of its messages when they set none: its package name, or its file's name. */
  source: string
  /** A processor with the plugin (and its options) attached, made once per config. */
  processor: Processor<Root>
}

/** What one plugin reported on one letter. */
export interface PluginRun {
  plugin: ProsePlugin
  messages: readonly ProseMessage[]
}

/** The rule id of a plugin's message: `<source>/<ruleId>`, or `<source>` when it has no ruleId. */
export function pluginRuleId(message: VFileMessage, plugin: ProsePlugin): string {
  const source = message.source || plugin.source
  return message.ruleId ? `${source}/${message.ruleId}` : source
}

/**
 * A plugin's message as a finding. A message at a point (a line and column, no end) points at
 * the word there; one with no place at all is about the letter as a whole.
 */
export function pluginFinding(letter: Letter, prose: ProseMessage): Finding {
  const {message} = prose
  const expected = Array.isArray(message.expected) ? message.expected.filter((item): item is string => typeof item === 'string') : []
  const extra = expected.length > 0 ? {expected} : {}
  if (prose.start === undefined || prose.end === undefined) return {...bodySpan(letter), actual: null, message: message.reason, ...extra}
  const word = prose.end > prose.start ? undefined : wordAt(letter, prose.start)
  const span = word ? {start: word.start, end: word.end} : {start: prose.start, end: prose.end}
  return {...span, message: message.reason, ...(typeof message.actual === 'string' ? {actual: message.actual} : {}), ...extra}
}

/** Rules that came from a plugin, by the plugin's name as config gives it (see src/config/plugins.ts). */
const origins = new WeakMap<object, string>()

/** Record that `rule` came from the plugin `name`: what it throws is then reported against the plugin. */
export function markPluginRule<T extends object>(rule: T, name: string): T {
  origins.set(rule, name)
  return rule
}

/** The plugin a rule came from, if any. */
export function pluginOf(rule: object): string | undefined {
  return origins.get(rule)
}

/**
 * What a plugin threw, as the one line the CLI prints: `cover-lint: <plugin>: <reason>`. Third-
 * party code is the user's to fix, not a bug in cover-lint, so it is a UserError (exit 2), and
 * the other letters are still linted.
 */
export function pluginError(name: string, filePath: string | undefined, error: unknown): UserError {
  const what = error instanceof Error ? `${error.name}: ${firstLine(error.message)}` : firstLine(String(error))
  return new UserError(`the plugin threw ${filePath === undefined ? 'while loading' : `while linting ${filePath}`}: ${what}`, name)
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? text
}

/**
 * Whether an id can be a rule a retext plugin reports (`<source>/<ruleId>`): such ids are known
 * only from the messages, so config, `--rule` and inline comments accept them unchecked.
 */
export function isPluginRuleId(id: string): boolean {
  return pluginIdPattern.test(id) && !id.startsWith('custom/')
}

const pluginIdPattern = /^(?:@[\w.-]+\/)?[\w.-]+\/\S+$/
