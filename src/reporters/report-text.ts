import type {LetterStats, LintResult, SignalId, Verdict} from '../types.js'
import {plural} from './summary.js'

/**
 * The words the human reports share (the terminal report, the HTML page, the language server's
 * verdict): the verdict and why, the 60-second read, the level a letter was judged at, and how
 * each signal stands.
 */

/** The verdict as the human reports print it. */
export const verdictWords: Readonly<Record<Verdict, string>> = {
  shortlist: 'SHORTLIST',
  maybe: 'MAYBE',
  binned: 'BINNED'
}

/** Why the letter got its verdict, and what keeps it from the next one up. */
export function verdictReason(result: Pick<LintResult, 'verdict' | 'errorCount' | 'substance'>): string {
  if (result.verdict === 'shortlist') return 'a panel would read on and call you in'
  if (result.errorCount > 0) return `${plural(result.errorCount, 'error')} keep${result.errorCount === 1 ? 's' : ''} it off the shortlist`
  if (result.verdict === 'binned') return 'a panel would stop reading: too little of what they look for'
  return result.substance.met ? 'a panel might read on: prove the missing signals below' : 'a panel might read on, but it lacks what a shortlist needs'
}

/** The words before what a letter lacks for a shortlist whatever its score (see Score and verdict in the README). */
export const substanceLabel = 'Not a shortlist yet:'

/** What the letter lacks before any score can shortlist it, or undefined when it has it all. */
export function substanceGaps(result: Pick<LintResult, 'substance'>): string | undefined {
  return result.substance.met ? undefined : result.substance.missing.join('; ')
}

/** "123 words of 350 · 3 paragraphs · about 31 s to read · 2 scale numbers" */
export function readingLine(stats: LetterStats): string {
  const limit = stats.wordLimit === null ? '' : ` of ${stats.wordLimit}`
  return `${stats.words} words${limit} · ${plural(stats.paragraphs, 'paragraph')} · about ${stats.readingSeconds} s to read · ${plural(stats.scaleNumbers, 'scale number')}`
}

/**
 * Which level the letter was judged at, when something other than the default set it: a junior
 * letter beside a junior posting is read as one, and the report says so.
 */
export function levelText(result: LintResult): string | undefined {
  const {level} = result
  // A letter that applies for a senior role is read as the default would read it: the line would say nothing new.
  if (level.from === 'default' || (level.from === 'letter' && level.seniority === 'senior')) return undefined
  const source =
    level.from === 'posting' && level.posting
      ? `the posting says "${level.posting.text}" (${fileName(result.job?.path ?? 'posting')} ${level.posting.line}:${level.posting.column})`
      : level.from === 'letter' && level.letter
        ? `the letter applies for "${level.letter.text}" (${level.letter.line}:${level.letter.column})`
        : '"seniority" in the config'
  return `Judged at ${level.seniority} level: ${source}`
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** How a signal stands, and what to say of it besides its evidence (nothing when proved). */
export function signalState(result: LintResult, id: SignalId): {state: 'proved' | 'missing' | 'optional' | 'unassessed'; note: string} {
  const signal = result.signals[id]
  if (!signal.assessed) {
    // A posting that asks for no AI work leaves AI infrastructure out (README, "Role and seniority").
    const unasked = id === 'ai' && result.job && !result.job.signals.some((theme) => theme.id === 'ai')
    return {state: 'unassessed', note: unasked ? 'not assessed: the posting asks for no AI work' : 'not assessed (its rules are off)'}
  }
  if (signal.proved) return {state: 'proved', note: ''}
  if (signal.optional) {
    const why = result.level.seniority === 'junior' || result.level.seniority === 'mid' ? `welcome at ${result.level.seniority} level, not expected` : 'optional here (its rules are info)'
    return {state: 'optional', note: `${why}: ${signal.advice}`}
  }
  return {state: 'missing', note: `missing: ${signal.advice}`}
}
