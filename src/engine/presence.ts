import {claimAt, isOwnWork, whyNotOwnWork} from '../letter/claims/query.js'
import type {Lexicon} from '../letter/lexicon.js'
import {bodySpan, isInName, isListed, quote} from '../letter/query.js'
import type {Finding, RuleContext} from './rule.js'

/** A lexicon entry for evidence: variants of one idea, reported under one label. */
export interface EvidenceTerm {
  label: string
  phrases: readonly string[]
  caseSensitive?: boolean
}

/**
 * The shape shared by the rules that look for evidence anywhere in the letter (operations,
 * database depth, AI infrastructure): each distinct term found in the applicant's own, done work
 * proves the signal; none found is one finding over the body, since what is missing has no words
 * to point at. What does not count: the term inside a name ("City Index"), in a list of terms
 * ("on-call, incidents, SLOs and postmortems"), in a fragment with no subject, or in a claim that
 * is someone else's, wished, planned or only read about ("I have read widely about RAG").
 */
export function requireEvidence(
  context: RuleContext<object>,
  lexicon: Lexicon<EvidenceTerm>,
  missing: Pick<Finding, 'message' | 'expected'>
): void {
  const {letter} = context
  const found = letter.matches(lexicon)
  const reasons: string[] = []
  const matches = found.filter((match) => {
    const claim = claimAt(letter, match.start)
    if (claim && isOwnWork(claim) && !isListed(letter, match) && !isInName(letter, match)) return true
    // The finding names two of the words that do not count, at most: no need to word the rest.
    if (reasons.length >= 2) return false
    const why = isInName(letter, match) ? 'is part of a name' : isListed(letter, match) ? 'is in a list of terms, not a claim' : whyNotOwnWork(letter, match)
    if (why) reasons.push(`"${quote(letter.source, match.start, match.end)}" ${why}`)
    return false
  })
  if (matches.length === 0) {
    // Say why the words that are there do not count: the writer then knows what to change.
    const notCounted = reasons.length > 0 ? ` Not counted: ${reasons.join('; ')}.` : ''
    context.report({...bodySpan(letter), actual: null, ...missing, message: `${missing.message}${notCounted}`})
    return
  }
  const seen = new Set<string>()
  for (const match of matches) {
    const {label} = match.entry
    if (seen.has(label)) continue
    seen.add(label)
    context.prove(match)
  }
}

/** Build an evidence lexicon from a rule's JSON data. */
export function evidenceLexicon(id: string, terms: readonly EvidenceTerm[]): Lexicon<EvidenceTerm> {
  return {id, entries: terms}
}
