import {technologies, type TechnologyEntry} from '../letter/technologies.js'
import words from './data/phrase-words.json' with {type: 'json'}
import data from './data/synonyms.json' with {type: 'json'}
import {sameStem, stem} from './stems.js'
import type {PhraseForm, PhraseTerm} from './types.js'

/**
 * The field's other words for the same work (`data/synonyms.json`): a posting that asks for an
 * "on-call rotation" is answered by a letter that carries the pager one week in five; one that
 * asks for "incident reviews" by a letter that led the review of a Sev-1. A concept's `same`
 * phrasings mean the same work either way round; its `shownBy` phrasings are narrower work that
 * shows it (tracing shows observability, but a posting asking for tracing is not answered by
 * "observability"); its `askedAs` phrasings are how a posting may ask for it in words too vague to
 * show it ("change database tables" asks for schema migrations).
 */

interface Concept {
  id: string
  /** `same` and `askedAs`: the phrasings that make a posting's phrase this concept. */
  asked: PhraseTerm[][]
  /** `same` and `shownBy`: every phrasing a letter sentence may show the concept in. */
  answers: PhraseTerm[][]
}

const stopWords = new Set(words.stop)
const joiner = /[-‐‑/]/
let compiled: Concept[] | undefined
let technologyNames: Map<string, string> | undefined

/** A phrasing that is a technology's name, in any of its spellings ("kafka", "new relic", "otel"). */
function technologyName(phrasing: string): string | undefined {
  if (!technologyNames) {
    technologyNames = new Map()
    for (const entry of technologies.entries as readonly TechnologyEntry[]) {
      if (entry.listOnly) continue
      for (const phrase of entry.phrases) technologyNames.set(phrase.toLowerCase(), entry.name)
    }
  }
  return technologyNames.get(phrasing)
}

/**
 * The terms of one phrasing, as a posting's key phrases have them: words by their stems, stop
 * words left out, and a hyphenated word as one term of consecutive words ("on-call", "sev-1",
 * "no-downtime"), which is how a phrasing keeps a small word its meaning rests on. Their stems
 * must match exactly: the near misses a posting's own words are allowed ("reconciling" for
 * "reconciliation") would let "pages" answer "pager".
 */
export function phrasingTerms(phrasing: string): PhraseTerm[] {
  const name = technologyName(phrasing)
  if (name) return [{technology: name}]
  const terms: PhraseTerm[] = []
  for (const word of phrasing.split(/\s+/)) {
    const parts = word.split(joiner).filter(Boolean)
    if (parts.length > 1) terms.push({stem: parts.map(stem).join(' '), exact: true})
    else if (parts.length === 1 && !stopWords.has(parts[0]!)) terms.push({stem: stem(parts[0]!), exact: true})
  }
  return terms
}

/** The concepts of the synonym table, compiled on first use (only a run with a posting needs them). */
export function concepts(): readonly Concept[] {
  compiled ??= data.concepts.map((concept) => {
    const same = concept.same.map(phrasingTerms)
    return {
      id: concept.id,
      asked: [...same, ...(concept.askedAs ?? []).map(phrasingTerms)],
      answers: [...same, ...(concept.shownBy ?? []).map(phrasingTerms)]
    }
  })
  return compiled
}

/** The words a term stands for: "on call" is two, a technology one. */
function termParts(term: PhraseTerm): string[] {
  return 'stem' in term ? term.stem.split(' ') : [`technology:${term.technology}`]
}

function samePart(a: string, b: string): boolean {
  return a.startsWith('technology:') || b.startsWith('technology:') ? a === b : sameStem(a, b)
}

/** Whether every word of `phrasing` is among `parts`. */
function within(phrasing: readonly PhraseTerm[], parts: readonly string[]): boolean {
  return phrasing.length > 0 && phrasing.flatMap(termParts).every((part) => parts.some((other) => samePart(part, other)))
}

/**
 * The other ways a letter may connect to a key phrase. `named` are the terms of the phrase as the
 * posting words it (shared nouns included: "nightly reporting jobs"), `deciding` and `required`
 * its own form. A concept whose `same` or `askedAs` phrasing lies within the phrase stands in for those words:
 * each of its answers must be in the letter sentence whole, with as many of the phrase's other
 * deciding words as the phrase's own form would still need ("idempotent payout APIs" is answered
 * by "exactly-once payouts"). Only the most specific concepts count: "semantic caching" is not
 * also "caching" with "semantic" left over.
 */
export function synonymForms(deciding: readonly PhraseTerm[], named: readonly PhraseTerm[], required: number): PhraseForm[] {
  const namedParts = named.flatMap(termParts)
  const found: Array<{concept: Concept; covered: string[]}> = []
  for (const concept of concepts()) {
    let covered: string[] | undefined
    for (const phrasing of concept.asked) {
      if (!within(phrasing, namedParts)) continue
      const parts = phrasing.flatMap(termParts)
      if (!covered || parts.length > covered.length) covered = parts
    }
    if (covered) found.push({concept, covered})
  }
  const specific = found.filter(
    ({covered}) => !found.some((other) => other.covered.length > covered.length && covered.every((part) => other.covered.some((wider) => samePart(part, wider))))
  )
  const forms: PhraseForm[] = []
  for (const {concept, covered} of specific) {
    const rest = deciding.filter((term) => !termParts(term).every((part) => covered.some((word) => samePart(part, word))))
    const need = Math.min(rest.length, Math.max(0, required - (deciding.length - rest.length)))
    for (const answer of concept.answers) forms.push({all: answer, terms: rest, required: need})
  }
  return forms
}
