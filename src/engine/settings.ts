import type {RuleSeverity} from '../types.js'

/**
 * How one rule runs, after config, presets and `--rule` are merged (see `src/config/`).
 * `severity` left out means the rule's own recommended severity.
 */
export interface RuleSetting {
  severity?: RuleSeverity
  options?: Readonly<Record<string, unknown>>
}

export type RuleSettings = Readonly<Record<string, RuleSetting>>

/** A rule's options as it runs: its defaults, with what config gave over them. */
export function ruleOptions(meta: {id: string; options: object}, settings: RuleSettings): Record<string, unknown> {
  return {...meta.options, ...settings[meta.id]?.options}
}

const severities: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'error'])

/**
 * Check settings handed to the library (`lint(text, {rules})`) before they are used: a rule that
 * does not exist, a severity that is not one, or options that are not an object would otherwise
 * be taken silently (a misspelt severity made the score NaN). Config files are checked, with
 * their own file and key in the message, when they are read (src/config/keys.ts); this is the
 * same check for settings that come from code. Throws a TypeError naming the rule and the value.
 * `isPluginRule`: ids a retext plugin may report under (they are known only by its messages).
 */
export function checkRuleSettings(settings: RuleSettings, ruleIds: readonly string[], isPluginRule?: (id: string) => boolean): void {
  for (const id of Object.keys(settings)) {
    if (!ruleIds.includes(id) && !isPluginRule?.(id)) throw new TypeError(`rules.${id}: unknown rule; known rules: ${ruleIds.join(', ')}`)
    const setting: unknown = settings[id]
    if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) {
      throw new TypeError(`rules.${id}: must be {severity?, options?}, got ${JSON.stringify(setting) ?? String(setting)}`)
    }
    const {severity, options} = setting as RuleSetting
    if (severity !== undefined && !(typeof severity === 'string' && severities.has(severity))) {
      throw new TypeError(`rules.${id}: ${JSON.stringify(severity) ?? String(severity)} is not a severity; use "off", "info", "warning" or "error"`)
    }
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new TypeError(`rules.${id}: options must be an object, got ${JSON.stringify(options) ?? String(options)}`)
    }
  }
}
