import {ruleOptions} from '../engine/settings.js'
import {configKeyNames} from '../config/keys.js'
import type {ResolvedConfig} from '../config/types.js'
import type {RuleSeverity, Severity} from '../types.js'

/**
 * `cover-lint print-config <file>`: the configuration that applies to a letter, as JSON. Every
 * key of the config (see `src/config/keys.ts`) with its merged value, and `rules` as what runs:
 * each rule's severity (its recommendation when nothing set one) and its options with defaults.
 */
export function printConfig(config: ResolvedConfig, display: (path: string) => string, ignored: boolean): string {
  const rules: Record<string, {severity: RuleSeverity | Readonly<Record<string, Severity>>; options: Record<string, unknown>}> = {}
  for (const rule of config.ruleSet) {
    const setting = config.settings[rule.meta.id]
    rules[rule.meta.id] = {severity: setting?.severity ?? rule.meta.severity, options: ruleOptions(rule.meta, config.settings)}
  }
  const values = Object.fromEntries(configKeyNames.map((name) => [name, name === 'rules' ? rules : config.values[name]]))
  const output = {
    file: config.file ? display(config.file) : null,
    ...values,
    extends: config.extends.map((name) => (name.startsWith('/') ? display(name) : name)),
    ignored
  }
  return `${JSON.stringify(output, null, 2)}\n`
}
