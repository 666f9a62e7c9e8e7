import type {RuleRun} from '../engine/run.js'
import type {LintMessage, SignalId, SignalResult, Verdict} from '../types.js'
import {signalDefinitions, signalIds} from './signals.js'

/** Points a finding costs, by severity. */
export const penalties = {error: 10, warning: 3, info: 0} as const

/** Score thresholds of the verdicts. Any error also keeps a letter off the shortlist. */
export const thresholds = {shortlist: 70, maybe: 40} as const

/** How many quotes a signal keeps as evidence. */
const maxEvidence = 4

export interface Scored {
  signals: Record<SignalId, SignalResult>
  score: number
  verdict: Verdict
}

/**
 * The score, in two explainable parts:
 *   1. signals: each proved signal earns its weight; the sum is scaled to 100 over the signals
 *      that were assessed (a signal whose rules are all off neither earns nor costs; one whose
 *      rules all run at `info` is optional: it earns when proved and is left out when missing);
 *   2. findings: each error costs 10 points, each warning 3, info nothing.
 * The result is clamped to 0-100. Verdict: `shortlist` at 70 or more with no errors, `binned`
 * under 40, `maybe` otherwise.
 */
export function score(run: RuleRun, messages: readonly LintMessage[]): Scored {
  const signals = {} as Record<SignalId, SignalResult>
  let available = 0
  let earned = 0
  for (const id of signalIds) {
    const definition = signalDefinitions[id]
    const running = definition.rules.filter((rule) => run.ran.has(rule))
    const assessed = running.length > 0
    const proved = assessed && running.every((rule) => (run.evidence.get(rule)?.length ?? 0) > 0)
    // Rules at `info` (e.g. operations evidence for a junior role) ask for what is welcome, not expected.
    const optional = assessed && running.every((rule) => run.informational.has(rule))
    const evidence = running.flatMap((rule) => run.evidence.get(rule) ?? []).slice(0, maxEvidence)
    if (assessed && (proved || !optional)) available += definition.weight
    if (proved) earned += definition.weight
    signals[id] = {
      label: definition.label,
      assessed,
      proved,
      optional,
      weight: definition.weight,
      evidence,
      advice: proved || !assessed ? '' : definition.advice
    }
  }
  const base = available === 0 ? 100 : (100 * earned) / available
  const cost = messages.reduce((total, message) => total + penalties[message.severity], 0)
  const value = Math.max(0, Math.min(100, Math.round(base - cost)))
  const errors = messages.some((message) => message.severity === 'error')
  const verdict: Verdict = value >= thresholds.shortlist && !errors ? 'shortlist' : value < thresholds.maybe ? 'binned' : 'maybe'
  return {signals, score: value, verdict}
}
