import type {RuleRun} from '../engine/run.js'
import {isOwnWorkSentence, isWholeSentence} from '../letter/claims/query.js'
import type {Letter} from '../letter/types.js'
import type {Substance} from '../types.js'

/** Fewest whole sentences of the applicant's own work a shortlisted letter has. */
export const minOwnWorkSentences = 2

/**
 * What a letter needs before any score can shortlist it, whatever its keywords: whole sentences of
 * the applicant's own work (not a list of fragments, not the employer's plans), at least the
 * minimum length, and the company or the role named. A keyword salad can prove signals word by
 * word; it cannot pass these. Each condition is checked only while the rule it leans on runs
 * (`word-count` for the length, `tailoring` for the name), so config can still switch it off.
 */
export function substance(letter: Letter, run: RuleRun): Substance {
  const missing: string[] = []
  // A rule at `info` asks for what is welcome, not expected: its condition is then not required either.
  const required = (ruleId: string): boolean => run.ran.has(ruleId) && !run.informational.has(ruleId)
  if (required('word-count')) {
    const min = run.options.get('word-count')?.min
    if (typeof min === 'number' && letter.words < min) missing.push(`it is ${letter.words} words: write at least ${min}, in whole sentences about what you built and ran`)
  }
  const body = letter.body.flatMap((block) => block.sentences)
  const own = body.filter((sentence) => isOwnWorkSentence(letter, sentence.index)).length
  const fragments = body.filter((sentence) => !isWholeSentence(letter, sentence.index)).length
  if (body.length > 0 && fragments * 2 > body.length) {
    missing.push(`${fragments} of its ${body.length} sentences are fragments, with no subject and verb: write whole sentences ("I moved...", "we cut...")`)
  }
  if (own < minOwnWorkSentences) {
    missing.push(
      own === 0
        ? 'no whole sentence says what you did: write at least two about systems you built or ran ("I led...", "my team cut...")'
        : 'only one whole sentence says what you did: write at least two about systems you built or ran'
    )
  }
  if (required('tailoring') && (run.credit.get('tailoring') ?? 0) < 1) missing.push('it never names the company or the role you are applying for')
  return {met: missing.length === 0, missing}
}
