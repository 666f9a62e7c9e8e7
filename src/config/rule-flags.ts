import type {RuleSettings} from '../engine/settings.js'
import {UserError} from '../errors.js'
import type {RuleSeverity} from '../types.js'
import {didYouMean} from '../util/suggest.js'

const severities: Readonly<Record<string, RuleSeverity>> = {
  off: 'off',
  info: 'info',
  warn: 'warning',
  warning: 'warning',
  error: 'error'
}

/**
 * A severity as written in config or on the command line, or undefined when it is not one. Own
 * keys only: "constructor", "__proto__" or "toString" must not find Object.prototype's.
 */
export function parseSeverity(value: string): RuleSeverity | undefined {
  const name = value.trim().toLowerCase()
  return Object.hasOwn(severities, name) ? severities[name] : undefined
}

/** `--rule no-cliche=off --rule word-count=error` to rule settings, rejecting unknown ids and severities. */
export function parseRuleFlags(flags: readonly string[], ruleIds: readonly string[]): RuleSettings {
  const settings: Record<string, {severity: RuleSeverity}> = {}
  for (const flag of flags) {
    const match = /^([^=:]+)[=:](.+)$/.exec(flag)
    if (!match) throw new UserError(`expected <rule-id>=<severity>, got "${flag}"`, '--rule')
    const id = match[1]!.trim()
    if (!ruleIds.includes(id)) throw new UserError(`unknown rule "${id}"${didYouMean(id, ruleIds)}`, '--rule')
    const severity = parseSeverity(match[2]!)
    if (!severity) throw new UserError(`"${match[2]}" is not a severity; use off, info, warn or error`, '--rule')
    settings[id] = {severity}
  }
  return settings
}
