import type {Severity} from '../types.js'

/**
 * How one rule runs, after config, presets and `--rule` are merged (see `src/config/`).
 * `severity` left out means the rule's own recommended severity.
 */
export interface RuleSetting {
  severity?: Severity | 'off'
  options?: Readonly<Record<string, unknown>>
}

export type RuleSettings = Readonly<Record<string, RuleSetting>>

/** A rule's options as it runs: its defaults, with what config gave over them. */
export function ruleOptions(meta: {id: string; options: object}, settings: RuleSettings): Record<string, unknown> {
  return {...meta.options, ...settings[meta.id]?.options}
}
