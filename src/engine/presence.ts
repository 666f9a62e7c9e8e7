import type {Lexicon} from '../letter/lexicon.js'
import {bodySpan} from '../letter/query.js'
import type {Finding, RuleContext} from './rule.js'

/** A lexicon entry for evidence: variants of one idea, reported under one label. */
export interface EvidenceTerm {
  label: string
  phrases: readonly string[]
  caseSensitive?: boolean
}

/**
 * The shape shared by the rules that look for evidence anywhere in the letter (operations,
 * database depth, AI infrastructure): each distinct term found proves the signal; none found is
 * one finding over the body, since what is missing has no words to point at.
 */
export function requireEvidence(
  context: RuleContext<object>,
  lexicon: Lexicon<EvidenceTerm>,
  missing: Pick<Finding, 'message' | 'expected'>
): void {
  const matches = context.letter.matches<EvidenceTerm>(lexicon.id)
  if (matches.length === 0) {
    context.report({...bodySpan(context.letter), actual: null, ...missing})
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
