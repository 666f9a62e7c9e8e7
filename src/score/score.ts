import type {RuleRun} from '../engine/run.js'
import type {Letter} from '../letter/types.js'
import type {LintMessage, SignalId, SignalResult, Substance, Verdict} from '../types.js'
import {signalDefinitions, signalIds} from './signals.js'
import {substance as readSubstance} from './substance.js'

/** The share of the score each finding takes, by severity: an error takes 10% of what is left, a warning 3%. */
export const penalties = {error: 0.1, warning: 0.03, info: 0} as const

/** The share of the score each thing a letter's substance misses takes (see `substance.ts`): 15% of what is left. */
export const substancePenalty = 0.15

/** Score thresholds of the verdicts. Any error, or a letter without substance, also keeps a letter off the shortlist. */
export const thresholds = {shortlist: 70, maybe: 40} as const

/** How many quotes a signal keeps as evidence. */
const maxEvidence = 4

export interface Scored {
  signals: Record<SignalId, SignalResult>
  substance: Substance
  score: number
  verdict: Verdict
}

/**
 * The score, in three explainable parts:
 *   1. signals: each signal earns its weight times how much of it the letter proves (1 when
 *      proved, part for a partial proof); the sum is scaled to 100 over the signals assessed (a
 *      signal whose rules are all off neither earns nor costs; one whose rules all run at `info`
 *      is optional: it counts only when proved);
 *   2. findings: each error takes 10% of that, each warning 3% (info nothing), one after another,
 *      so a weak letter's score still tells how far it is rather than stopping at 0;
 *   3. substance (see `substance.ts`): each thing it misses takes 15%, and a letter without it
 *      scores at most 69.
 * Verdict: `shortlist` at 70 or more with no errors and with substance, `binned` under 40,
 * `maybe` otherwise.
 */
export function score(run: RuleRun, messages: readonly LintMessage[], letter: Letter): Scored {
  const signals = {} as Record<SignalId, SignalResult>
  let available = 0
  let earned = 0
  for (const id of signalIds) {
    const definition = signalDefinitions[id]
    const running = definition.rules.filter((rule) => run.ran.has(rule))
    const assessed = running.length > 0
    const credits = running.map((rule) => run.credit.get(rule) ?? 0)
    const credit = assessed ? credits.reduce((total, each) => total + each, 0) / running.length : 0
    const proved = assessed && credits.every((each) => each >= 1)
    // Rules at `info` (e.g. operations evidence for a junior role) ask for what is welcome, not expected.
    const optional = assessed && running.every((rule) => run.informational.has(rule))
    const counts = assessed && (proved || !optional)
    const points = counts ? definition.weight * credit : 0
    if (counts) available += definition.weight
    earned += points
    const evidence = running.flatMap((rule) => run.evidence.get(rule) ?? []).slice(0, maxEvidence)
    const failing = new Set(running.filter((rule) => (run.credit.get(rule) ?? 0) < 1))
    signals[id] = {
      label: definition.label,
      assessed,
      proved,
      optional,
      weight: definition.weight,
      earned: Math.round(points * 10) / 10,
      evidence,
      advice: proved || !assessed ? '' : definition.advice({failing, options: (rule) => run.options.get(rule) ?? {}})
    }
  }
  const base = available === 0 ? 100 : (100 * earned) / available
  const factor = messages.reduce((kept, message) => kept * (1 - penalties[message.severity]), 1)
  const substance = readSubstance(letter, run)
  const lacking = (1 - substancePenalty) ** substance.missing.length
  let value = Math.max(0, Math.min(100, Math.round(base * factor * lacking)))
  if (!substance.met) value = Math.min(value, thresholds.shortlist - 1)
  const errors = messages.some((message) => message.severity === 'error')
  const verdict: Verdict = value >= thresholds.shortlist && !errors ? 'shortlist' : value < thresholds.maybe ? 'binned' : 'maybe'
  return {signals, substance, score: value, verdict}
}
