import type {Unit} from '../letter/lexicon.js'
import type {TechnologyMention} from '../letter/types.js'
import words from './data/phrase-words.json' with {type: 'json'}
import type {PostingDocument} from './document.js'
import {stem} from './stems.js'
import {synonymForms} from './synonyms.js'
import type {PhraseForm, PhraseTerm, PostingItem, PostingPlace, PostingSection} from './types.js'
import {byStress, sectionWeights} from './weights.js'

/**
 * Key phrases: the responsibilities and projects a posting names ("rebuild the
 * payments-reconciliation service", "own the double-entry ledger").
 *
 * Why not retext-keywords: it needs retext-pos, whose Brill tagger loads a 4 MB lexicon
 * (about 300 ms on every run with a posting), and on a posting its frequency ranking puts
 * "year", "services" and "Several years" first, because a short text repeats little but its
 * boilerplate. A posting has structure a generic ranker ignores: a phrase under "What you'll
 * do" matters more than one under "Nice to have", the thing after a leading verb ("Own the
 * ledger") is the work, and "about us" names no work at all.
 *
 * So this is a small chunker in the manner of RAKE: a phrase is a run of content words between
 * stop words, action verbs, numbers, names and punctuation, trimmed of praise ("strong", "deep")
 * and of the nouns every posting uses ("experience", "team", "services"); each mention weighs
 * by its section, and by more as the object of a leading verb; words the posting repeats raise
 * every phrase that holds them.
 */

/** Phrases kept per posting: the few a panel would read the letter for. */
export const maxPhrases = 8

const stopWords = new Set(words.stop)
const verbs = new Set(words.verbs)
const verbsWhenInitial = new Set(words.verbsWhenInitial)
const modifiers = new Set(words.modifiers)
const genericNouns = new Set(words.generic)
const lyNouns = new Set(words.lyNouns)
const places = new Set(words.places)
const perks = new Set(words.perks)
const offering = new Set(['offer', 'offers', 'enjoy', 'plus'])

type WordClass = 'content' | 'generic' | 'modifier' | 'technology'

interface Word {
  text: string
  start: number
  end: number
  class: WordClass
  /** Stems of the word's parts ("on-call" has one: `call`), or the technology it names. */
  terms: PhraseTerm[]
}

interface Occurrence {
  /** The phrase as the posting words it. */
  words: Word[]
  /** The words that decide whether a letter connects to it. */
  deciding: Word[]
  section: PostingSection
  /** The object of a leading verb ("Own [the ledger]"): the work itself. */
  lead: boolean
  /** Alone between punctuation ("query plans, indexing, partitioning"). */
  standalone: boolean
}

type Piece = {kind: 'word'; word: Word} | {kind: 'break'; lead: boolean; punctuation: boolean}

const acronym = /^[A-Z][A-Z0-9]+s?$/
/** A new bullet, or a dash between spaces ("Backend Developer - Logistics"), ends a phrase. */
const phraseGap = /[\r\n][ \t]*(?:[-*+•]|\d{1,2}[.)])\s|\s[-–—]\s/

/** Join units that only a hyphen or a slash separates into one word: "on-call", "CI/CD". */
function joinCompounds(units: readonly Unit[], source: string): Unit[][] {
  const out: Unit[][] = []
  for (const unit of units) {
    const previous = out.at(-1)?.at(-1)
    if (previous?.joinsNext && /^[-‐‑/]$/.test(source.slice(previous.end, unit.start))) out.at(-1)!.push(unit)
    else out.push([unit])
  }
  return out
}

/** Capitalised words of the metadata lines: the company's name, its city. */
export function metadataNames(document: PostingDocument): Set<string> {
  const names = new Set<string>()
  for (const units of document.units) {
    for (const unit of units) if (document.isMetadata(unit.start) && /^\p{Lu}/u.test(unit.text) && !acronym.test(unit.text)) names.add(unit.text)
  }
  return names
}

/**
 * A name, not a thing the role does: a capitalised word of a metadata line (the company, the
 * city), or one capitalised mid-sentence that is no acronym ("Visa", "Europe"). The title is in
 * Title Case, so there only metadata names count.
 */
function isName(document: PostingDocument, unit: Unit, sentence: number, names: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}/u.test(unit.text) || acronym.test(unit.text)) return false
  if (names.has(unit.text)) return true
  return document.sectionAt(unit.start) !== 'title' && !document.isInitial(unit, sentence)
}

/** A sentence about the package ("we offer a competitive salary, a generous pension and..."), not the work. */
function isAboutPerks(units: readonly Unit[]): boolean {
  let count = 0
  let offers = false
  for (const unit of units) {
    if (perks.has(unit.key)) count++
    else if (offering.has(unit.key)) offers = true
  }
  return count >= 2 || (count === 1 && offers)
}

/** A trailing adverb ("tables safely", "work closely") or participle ("migrations reviewed by..."): not part of the thing. */
function isTrailingModifier(word: Word): boolean {
  if (word.class !== 'content' || word.terms.length !== 1) return false
  const text = word.text.toLowerCase()
  return (text.endsWith('ly') && text.length > 4 && !lyNouns.has(text)) || (text.length > 4 && /[^e]ed$/.test(text))
}

/**
 * The sentence as words and breaks: stop words, verbs, numbers, names, places and punctuation
 * break a phrase. Who does something to the work ("reported by couriers and the support desk")
 * is not the work either: what follows "by" breaks until the next punctuation or verb.
 */
function pieces(document: PostingDocument, sentence: number, mentions: readonly TechnologyMention[], names: ReadonlySet<string>): Piece[] {
  const out: Piece[] = []
  const pushBreak = (lead: boolean, punctuation: boolean): void => void out.push({kind: 'break', lead, punctuation})
  const units = document.units[sentence] ?? []
  if (isAboutPerks(units)) return out
  let previousEnd: number | undefined
  // After a verb and "and"/"or", a word that can be a verb is one ("Write and test features").
  let afterVerb: 'no' | 'verb' | 'verb and' = 'no'
  let agent = false
  for (const parts of joinCompounds(units, document.source)) {
    const first = parts[0]!
    const last = parts.at(-1)!
    const {start} = first
    const {end} = last
    // A new bullet is a new phrase even where the parser ran the items into one sentence.
    if (previousEnd !== undefined && phraseGap.test(document.source.slice(previousEnd, start))) pushBreak(false, true)
    previousEnd = end
    const key = parts.map((part) => part.key).join('-')
    const text = document.source.slice(start, end)
    const technology = mentions.find((mention) => mention.start < end && start < mention.end)
    const initial = document.isInitial(first, sentence)
    const verbAnd = afterVerb === 'verb and'
    afterVerb = afterVerb === 'verb' && (key === 'and' || key === 'or') ? 'verb and' : 'no'
    if (document.isSkipped(start) || document.sectionAt(start) === 'company') {
      pushBreak(false, false)
    } else if (technology) {
      out.push({kind: 'word', word: {text, start, end, class: 'technology', terms: [{technology: technology.name}]}})
    } else if (/\d/.test(key) || stopWords.has(key) || isName(document, first, sentence, names) || (places.has(key) && /^\p{Lu}/u.test(first.text))) {
      if (key === 'by') agent = true
      pushBreak(false, false)
    } else if (verbs.has(key) || (verbsWhenInitial.has(key) && (initial || verbAnd))) {
      pushBreak(out.length === 0 || initial || verbAnd, false)
      afterVerb = 'verb'
      agent = false
    } else if (agent) {
      pushBreak(false, false)
    } else {
      const wordClass: WordClass = modifiers.has(key) ? 'modifier' : genericNouns.has(key) ? 'generic' : 'content'
      // "payments-reconciliation" is two words a letter may write apart or in another order;
      // "on-call" and "end-to-end" are one, which only means the same when written together.
      const terms = parts.some((part) => stopWords.has(part.key))
        ? [{stem: parts.map((part) => stem(part.key)).join(' ')}]
        : parts.map((part) => ({stem: stem(part.key)}))
      out.push({kind: 'word', word: {text, start, end, class: wordClass, terms}})
    }
    // Punctuation other than a hyphen or slash ends the phrase.
    if (!last.joinsNext) {
      pushBreak(false, true)
      agent = false
    }
  }
  return out
}

/**
 * Trim praise from both ends, and an adverb or participle from the end ("tables safely"); the
 * words that decide a connection also lose the shared nouns at
 * the end while two words remain ("regulated payment environments" is decided by "regulated
 * payment"), but the phrase is still named in full.
 */
function trim(run: readonly Word[]): {named: Word[]; deciding: Word[]; whole: boolean} {
  let from = 0
  let to = run.length
  while (from < to && run[from]!.class === 'modifier') from++
  while (to > from && (run[to - 1]!.class === 'modifier' || isTrailingModifier(run[to - 1]!))) to--
  const named = run.slice(from, to)
  let end = named.length
  while (end > 2 && named[end - 1]!.class === 'generic') end--
  return {named, deciding: named.slice(0, end), whole: from === 0 && to === run.length}
}

/** Split one sentence into phrase occurrences. */
function sentenceOccurrences(document: PostingDocument, sentence: number, mentions: readonly TechnologyMention[], names: ReadonlySet<string>): Occurrence[] {
  const occurrences: Occurrence[] = []
  let run: Word[] = []
  let lead = false
  let leadPending = false
  // The sentence's start counts as punctuation: a phrase there can stand alone.
  let afterPunctuation = true
  let opened = true
  const flush = (closed: boolean): void => {
    const {named, deciding, whole} = trim(run)
    run = []
    // Shared nouns and technologies alone ("backend services", "Go services") are no phrase.
    if (!deciding.some((word) => word.class === 'content')) return
    occurrences.push({words: named, deciding, section: document.sectionAt(named[0]!.start), lead, standalone: opened && closed && whole})
  }
  for (const piece of pieces(document, sentence, mentions, names)) {
    if (piece.kind === 'word') {
      if (run.length === 0) {
        lead = leadPending
        leadPending = false
        opened = afterPunctuation
      }
      run.push(piece.word)
      continue
    }
    if (run.length > 0) flush(piece.punctuation)
    afterPunctuation = piece.punctuation
    // A leading verb makes what follows it (after "the", "our"...) its object.
    if (piece.lead) leadPending = true
    else if (piece.punctuation) leadPending = false
  }
  return joinCoordinated(document.source, occurrences)
}

/** "offline and online evals": a lone word joined by "and"/"or" to the phrase after it is part of it. */
function joinCoordinated(source: string, occurrences: readonly Occurrence[]): Occurrence[] {
  const out: Occurrence[] = []
  for (let index = 0; index < occurrences.length; index++) {
    const current = occurrences[index]!
    const next = occurrences[index + 1]
    const gap = next ? source.slice(current.words.at(-1)!.end, next.words[0]!.start) : ''
    if (next && current.words.length === 1 && current.words[0]!.class === 'content' && next.words.length >= 2 && /^\s+(?:and|or)\s+$/i.test(gap)) {
      out.push({...next, words: [...current.words, ...next.words], deciding: [...current.deciding, ...next.deciding], lead: current.lead || next.lead, standalone: false})
      index++
      continue
    }
    out.push(current)
  }
  return out
}

function termKey(term: PhraseTerm): string {
  return 'stem' in term ? term.stem : `tech:${term.technology}`
}

/**
 * The terms that decide whether a letter connects: the content words and technologies. A
 * phrase with one such word and a shared noun ("booking system", "code review") needs both.
 */
function phraseTerms(words: readonly Word[]): PhraseTerm[] {
  const distinct = (list: readonly Word[]): PhraseTerm[] => {
    const seen = new Map<string, PhraseTerm>()
    for (const word of list) for (const term of word.terms) if (!seen.has(termKey(term))) seen.set(termKey(term), term)
    return [...seen.values()]
  }
  const deciding = distinct(words.filter((word) => word.class === 'content' || word.class === 'technology'))
  return deciding.length >= 2 ? deciding : distinct(words.filter((word) => word.class !== 'modifier'))
}

/** How many of a phrase's terms one letter sentence must hold: all of one or two, all but one of more. */
export function requiredTerms(count: number): number {
  return count <= 2 ? count : count - 1
}

interface Candidate {
  terms: PhraseTerm[]
  keys: Set<string>
  occurrences: Occurrence[]
  weight: number
}

/** Every term of the words a phrase is named with, shared nouns included ("nightly reporting jobs"). */
function namedTerms(occurrences: readonly Occurrence[]): PhraseTerm[] {
  const seen = new Map<string, PhraseTerm>()
  for (const occurrence of occurrences) {
    for (const word of occurrence.words) if (word.class !== 'modifier') for (const term of word.terms) seen.set(termKey(term), term)
  }
  return [...seen.values()]
}

/** Extract the key phrases of a posting, most stressed first. */
export function extractPhrases(document: PostingDocument, mentions: readonly TechnologyMention[]): PostingItem[] {
  const names = metadataNames(document)
  const bySentence = new Map<number, TechnologyMention[]>()
  for (const mention of mentions) bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention])
  const candidates = new Map<string, Candidate>()
  const stemCounts = new Map<string, number>()
  document.sentences.forEach((_, sentence) => {
    for (const occurrence of sentenceOccurrences(document, sentence, bySentence.get(sentence) ?? [], names)) {
      const terms = phraseTerms(occurrence.deciding)
      if (terms.length === 0) continue
      for (const term of terms) if ('stem' in term) stemCounts.set(term.stem, (stemCounts.get(term.stem) ?? 0) + 1)
      const keys = new Set(terms.map(termKey))
      const key = [...keys].sort().join(' ')
      const weight = sectionWeights[occurrence.section] * (occurrence.lead ? 1.5 : 1)
      const candidate = candidates.get(key)
      if (candidate) {
        candidate.occurrences.push(occurrence)
        candidate.weight += weight
      } else {
        candidates.set(key, {terms, keys, occurrences: [occurrence], weight})
      }
    }
  })

  const ranked: Array<{item: PostingItem; keys: Set<string>}> = []
  for (const candidate of candidates.values()) {
    const oneWord = candidate.occurrences.every((occurrence) => occurrence.words.length === 1)
    // A lone word is a phrase only when the posting repeats it, leads with it or lists it.
    if (oneWord && candidate.occurrences.length < 2 && !candidate.occurrences.some((occurrence) => occurrence.lead || occurrence.standalone)) continue
    const repeated = candidate.terms.reduce(
      (total, term) => total + ('stem' in term ? Math.max(0, (stemCounts.get(term.stem) ?? 0) - candidate.occurrences.length) : 0),
      0
    )
    const mentionsOf: PostingPlace[] = candidate.occurrences.map((occurrence) => document.place(occurrence.words[0]!.start, occurrence.words.at(-1)!.end))
    const best = candidate.occurrences.reduce((a, b) => (sectionWeights[b.section] > sectionWeights[a.section] ? b : a))
    ranked.push({
      item: {
        name: document.place(best.words[0]!.start, best.words.at(-1)!.end).text,
        type: 'phrase',
        weight: Math.round((candidate.weight + 0.5 * repeated) * 10) / 10,
        mentions: mentionsOf,
        forms: [
          {terms: candidate.terms, required: requiredTerms(candidate.terms.length)},
          ...synonymForms(candidate.terms, namedTerms(candidate.occurrences), requiredTerms(candidate.terms.length))
        ]
      },
      keys: candidate.keys
    })
  }
  ranked.sort((a, b) => byStress(a.item, b.item))

  // A phrase inside a stronger one ("ledger" in "double-entry ledger"), or a stronger phrase of
  // two or more words inside this one ("retrieval pipeline" in "retrieval-augmented generation
  // pipeline"), is another way the posting says the same thing: a letter may answer either form.
  const kept: typeof ranked = []
  const within = (small: Set<string>, large: Set<string>): boolean => [...small].every((key) => large.has(key))
  for (const entry of ranked) {
    const container = kept.find((other) => within(entry.keys, other.keys) || (other.keys.size >= 2 && within(other.keys, entry.keys)))
    if (!container) {
      kept.push(entry)
      continue
    }
    container.item.weight = Math.round((container.item.weight + entry.item.weight) * 10) / 10
    container.item.mentions.push(...entry.item.mentions)
    container.item.mentions.sort((a, b) => a.start - b.start)
    container.item.forms!.push(...(entry.item.forms as PhraseForm[]))
  }
  return kept
    .map((entry) => entry.item)
    .sort(byStress)
    .slice(0, maxPhrases)
}
