import {compileLexicons, matchLexicons, sentenceUnits, type Unit} from '../letter/lexicon.js'
import {ownScale} from '../letter/claims/query.js'
import type {Letter} from '../letter/types.js'
import {signalLexicon, type SignalEntry} from './details.js'
import {sameStem, stem} from './stems.js'
import type {Connection, JobMatch, PhraseForm, PhraseTerm, Posting, PostingItem} from './types.js'
import {byStress} from './weights.js'

/**
 * Match a posting against a letter: which of the posting's technologies and key phrases the
 * letter connects to, and where. Technologies compare by canonical name, from the letter's own
 * technology mentions (so "Postgres" answers "PostgreSQL", and "Google" never answers "Go").
 * Phrases compare word by word on stems, within one sentence of the letter, in any order and
 * inflection ("reconciling payments" answers "payments reconciliation"); never inside a word.
 */
export function matchPosting(posting: Posting, letter: Letter): JobMatch {
  const sentences = letter.sentences.map((sentence) => {
    const units = sentenceUnits(sentence)
    return {units, stems: units.map((unit) => stem(unit.key))}
  })
  const covered: Connection[] = []
  const missing: PostingItem[] = []
  for (const item of [...posting.stack, ...posting.phrases]) {
    const connection = item.type === 'technology' ? connectTechnology(item, letter) : connectPhrase(item, letter, sentences)
    if (connection) covered.push(connection)
    else missing.push(item)
  }
  covered.sort((a, b) => byStress(a.item, b.item))
  missing.sort(byStress)

  const themes = matchLexicons(sentences.map((sentence) => sentence.units), compileLexicons([signalLexicon]))
  const answers = themes.get(signalLexicon.id) ?? []
  const signals = posting.signals.map((signal) => {
    const answer = answers.find((match) => (match.entry as SignalEntry).signal === signal.id)
    // The letter answers the posting's scale with a number from the writer's own work, not the employer's or a grade.
    const number = signal.id === 'scale' ? ownScale(letter)[0] : undefined
    const first = [answer, number].filter((found) => found !== undefined).sort((a, b) => a.start - b.start)[0]
    return {signal, letter: first ? {start: first.start, end: first.end} : undefined}
  })
  return {posting, covered, missing, signals}
}

/** The letter names the technology, or one the posting offers in its place ("Java or Kotlin": Kotlin answers Java). */
function connectTechnology(item: PostingItem, letter: Letter): Connection | undefined {
  const mention =
    letter.technologies.find((candidate) => candidate.name === item.name) ??
    letter.technologies.find((candidate) => item.alternatives?.includes(candidate.name))
  return mention ? {item, start: mention.start, end: mention.end, sentence: mention.sentence} : undefined
}

interface SentenceWords {
  units: Unit[]
  stems: string[]
}

interface Span {
  start: number
  end: number
}

/**
 * The first sentence that connects, quoted by the form that connects with the most words ("on the
 * out-of-hours rota" rather than "out-of-hours").
 */
function connectPhrase(item: PostingItem, letter: Letter, sentences: readonly SentenceWords[]): Connection | undefined {
  for (let index = 0; index < sentences.length; index++) {
    let best: (Span & {terms: number}) | undefined
    for (const form of item.forms ?? []) {
      const span = formIn(form, letter, index, sentences[index]!)
      if (span && (!best || span.terms > best.terms)) best = span
    }
    if (best) return {item, start: best.start, end: best.end, sentence: index}
  }
  return undefined
}

/** Every place a term occurs in one sentence of the letter. */
function termHits(term: PhraseTerm, letter: Letter, sentence: number, words: SentenceWords): Span[] {
  if ('technology' in term) return letter.technologies.filter((mention) => mention.sentence === sentence && mention.name === term.technology)
  const parts = term.stem.split(' ')
  const hits: Span[] = []
  for (let index = 0; index + parts.length <= words.units.length; index++) {
    const fits = parts.every(
      (part, offset) =>
        (term.exact ? words.stems[index + offset] === part : sameStem(words.stems[index + offset]!, part)) &&
        (offset === 0 || words.units[index + offset - 1]!.joinsNext)
    )
    if (fits) hits.push({start: words.units[index]!.start, end: words.units[index + parts.length - 1]!.end})
  }
  return hits
}

/**
 * Where one sentence holds enough of a form's terms: the shortest stretch of the sentence that
 * holds every term it has, so the evidence quotes the words that connect and little else.
 */
function formIn(form: PhraseForm, letter: Letter, sentence: number, words: SentenceWords): (Span & {terms: number}) | undefined {
  const all = form.all ?? []
  if (all.length + form.required === 0) return undefined
  // Terms of `all` come first: index below all.length.
  const hits = [...all, ...form.terms]
    .flatMap((term, termIndex) => termHits(term, letter, sentence, words).map((span) => ({...span, termIndex})))
    .sort((a, b) => a.start - b.start)
  const indexes = new Set(hits.map((hit) => hit.termIndex))
  const present = indexes.size
  const allPresent = all.every((_, index) => indexes.has(index))
  if (!allPresent || present - all.length < form.required) return undefined
  let best: (Span & {terms: number}) | undefined
  for (let from = 0; from < hits.length; from++) {
    const seen = new Set<number>()
    let end = 0
    for (let to = from; to < hits.length && seen.size < present; to++) {
      seen.add(hits[to]!.termIndex)
      end = Math.max(end, hits[to]!.end)
    }
    if (seen.size < present) break
    const start = hits[from]!.start
    if (!best || end - start < best.end - best.start) best = {start, end, terms: present}
  }
  return best
}
