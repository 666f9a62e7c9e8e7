import type {Range} from '../parse/document.js'
import type {Quantity} from './quantities.js'
import {isFiniteVerb} from './claims/words.js'
import {normalize} from './lexicon.js'
import {offsetToText} from './tokens.js'
import type {Letter, LetterSentence, TechnologyMention, Token} from './types.js'
import {countWhile} from '../util/bisect.js'

/** Questions rules ask of a letter, answered the same way for all of them. */

/** The span of the body, for findings about the letter as a whole (something missing). */
export function bodySpan(letter: Letter): Range {
  const first = letter.body[0] ?? letter.blocks[0]
  const last = letter.body.at(-1) ?? letter.blocks.at(-1)
  return {start: first?.start ?? 0, end: last?.end ?? 0}
}

/**
 * Items grouped by sentence, built once per array and kept while the array lives. Rules ask
 * "what is in this sentence?" once per match; filtering the whole letter each time made a long
 * document quadratic.
 */
const bySentence = new WeakMap<readonly {sentence: number}[], Map<number, readonly unknown[]>>()

function inSentence<T extends {sentence: number}>(items: readonly T[], sentence: number): readonly T[] {
  let index = bySentence.get(items) as Map<number, T[]> | undefined
  if (!index) {
    index = new Map()
    for (const item of items) {
      const list = index.get(item.sentence)
      if (list) list.push(item)
      else index.set(item.sentence, [item])
    }
    bySentence.set(items, index)
  }
  return index.get(sentence) ?? []
}

/** The quantities stated in a sentence, in order. */
export function quantitiesIn(letter: Letter, sentence: number): readonly Quantity[] {
  return inSentence(letter.quantities, sentence)
}

/** The technologies named in a sentence, in order. */
export function technologiesIn(letter: Letter, sentence: number): readonly TechnologyMention[] {
  return inSentence(letter.technologies, sentence)
}

const titleCase = /^\p{Lu}\p{Ll}+$/u

/**
 * Whether the words at `range` are part of a name rather than the thing a lower-case word list
 * means: "City Index" (an employer) is not indexing, "Scale Up Ltd" not scale. They are, when
 * the first word is capitalised inside its sentence and a word beside them is capitalised too.
 */
export function isInName(letter: Letter, range: Range & {sentence: number}): boolean {
  const sentence = letter.sentences[range.sentence]
  if (!sentence) return false
  const {words} = sentence
  const first = countWhile(words.length, (index) => words[index]!.end <= range.start)
  const word = words[first]
  if (!word || first === 0 || !titleCase.test(word.value.split(/[-/]/)[0]!)) return false
  const last = countWhile(words.length, (index) => words[index]!.start < range.end) - 1
  const besides = [words[first - 1], words[last + 1]]
  return besides.some((beside) => beside !== undefined && titleCase.test(beside.value))
}

/** One item of a list in a sentence's text: "vector search" in "RAG, vector search and evals". */
interface ListItem {
  /** Positions in the sentence's text. */
  from: number
  to: number
  /** How many items the run of short noun items this one belongs to has (0 when it is not one). */
  run: number
}

const listCache = new WeakMap<LetterSentence, ListItem[]>()
const listBoundary = /[;:()[\]—–]|\s-\s/g
const itemSeparator = /\s*(?:,|&|\/|\band\b|\bor\b|\bas well as\b)\s*/gi
/** The last word that introduces a list in a clause ("experience with", "such as", "including"). */
const listIntroducer = /\b(?:with|in|of|including|like|as|on|across|using|:)\s+(?!.*\b(?:with|in|of|including|like|as|on|across|using)\s)/i
const pronounStart = /^(?:i|i'm|i've|i'd|we|we've|we're|you|they|he|she|it|this|that)\b/i

/**
 * Whether the words at `range` are an item of a list of three or more short noun phrases ("on-call,
 * incidents, SLOs and postmortems", "sharding, CQRS, sagas and outboxes"): an inventory of words,
 * which claims no work. A list of things done ("wrote the runbooks, ran the reviews and cut MTTR")
 * is not one: its items start with a verb.
 */
export function isListed(letter: Letter, range: Range & {sentence: number}): boolean {
  const sentence = letter.sentences[range.sentence]
  if (!sentence) return false
  let items = listCache.get(sentence)
  if (!items) {
    items = listItems(sentence.text)
    listCache.set(sentence, items)
  }
  const at = offsetToText(sentence, range.start)
  const index = countWhile(items.length, (item) => items![item]!.to <= at)
  const item = items[index]
  return item !== undefined && item.from <= at && item.run >= 3
}

/**
 * The items of every list in a text, each with the length of its run of short noun items. A list
 * is joined by commas with at most one "and" or "or", before its last item: "a and b and c" is
 * prose. Linear in the text.
 */
function listItems(text: string): ListItem[] {
  const items: ListItem[] = []
  let stretchStart = 0
  const stretches: Array<[number, number]> = []
  for (const boundary of text.matchAll(listBoundary)) {
    stretches.push([stretchStart, boundary.index])
    stretchStart = boundary.index + boundary[0].length
  }
  stretches.push([stretchStart, text.length])
  for (const [from, to] of stretches) {
    const stretch: Array<ListItem & {joinedBy: 'start' | 'comma' | 'word'}> = []
    let itemStart = from
    let joinedBy: 'start' | 'comma' | 'word' = 'start'
    const pieces = text.slice(from, to)
    for (const separator of pieces.matchAll(itemSeparator)) {
      if (separator[0].length === 0) continue
      stretch.push({from: itemStart, to: from + separator.index, run: 0, joinedBy})
      itemStart = from + separator.index + separator[0].length
      joinedBy = /[,&/]/.test(separator[0]) && !/\b(?:and|or)\b/i.test(separator[0]) ? 'comma' : 'word'
    }
    stretch.push({from: itemStart, to, run: 0, joinedBy})
    // "I have experience with RAG, embeddings and evals": a list may start inside its first item, after the word that introduces it.
    const head = stretch[0]!
    if (stretch.length > 2 && !isNounItem(text.slice(head.from, head.to))) {
      const introduced = listIntroducer.exec(text.slice(head.from, head.to))
      if (introduced) head.from += introduced.index + introduced[0].length
    }
    // Runs of consecutive short noun items: each joined by a comma, the last by a comma or one "and".
    let runStart = -1
    let commas = 0
    const close = (end: number): void => {
      if (runStart === -1 || end - runStart < 3 || commas === 0) return
      for (let member = runStart; member < end; member++) stretch[member]!.run = Math.max(stretch[member]!.run, end - runStart)
    }
    for (let index = 0; index < stretch.length; index++) {
      const item = stretch[index]!
      if (!isNounItem(text.slice(item.from, item.to))) {
        close(index)
        runStart = -1
      } else if (runStart === -1) {
        runStart = index
        commas = 0
      } else if (item.joinedBy === 'comma') {
        commas++
      } else {
        // "..., B and C": C ends the list; a list may start again from it ("a and b, c, d").
        close(index + 1)
        runStart = index
        commas = 0
      }
    }
    close(stretch.length)
    items.push(...stretch.map(({from: start, to: end, run}) => ({from: start, to: end, run})))
  }
  return items
}

/** A short noun phrase ("vector search", "SLOs", "semantic caching at scale"): at most five words, not a clause. */
function isNounItem(item: string): boolean {
  const words = item.trim().replace(/[.!?]+$/, '').split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 5) return false
  const first = normalize(words[0]!)
  return !pronounStart.test(first) && !isFiniteVerb(first)
}

/** The letter's words between two offsets, with runs of white space folded to one space. */
export function quote(source: string, start: number, end: number): string {
  return source.slice(start, end).replace(/\s+/g, ' ').trim()
}

/**
 * How far apart two offsets are, as a reader sees it: a CRLF line ending counts as one character,
 * so a rule's reach ("the next name within 12 characters") is the same in a letter saved with CRLF
 * as with LF. Gaps longer than any reach a rule uses are returned as they are, uncounted.
 */
export function distance(source: string, from: number, to: number): number {
  const raw = to - from
  if (raw <= 0 || raw > 4096) return raw
  let crlf = 0
  for (let at = source.indexOf('\r\n', from); at !== -1 && at + 1 < to; at = source.indexOf('\r\n', at + 2)) crlf++
  return raw - crlf
}

/** "a", "a and b", "a, b and c": for messages that name several things. */
export function listing(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`
}

/** Distinct values in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)]
}

/** A quote for messages: the words, folded and shortened to about `max` characters at a word boundary. */
export function shortQuote(text: string, max = 60): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  if (folded.length <= max) return folded
  const cut = folded.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}

const stopWords = new Set(
  'a an and as at by during for from in into is it its my of on or our over per than that the their to under was were which while with across after before i we'.split(' ')
)

/**
 * A claim as a reader quotes it: the quantity and the few words that say what it measures
 * ("£40m" -> "£40m monthly transaction volume"; "from 14 to 5" -> "incident count fell from 14 to 5").
 */
export function claimSpan(letter: Letter, quantity: Quantity): Range {
  const sentence = letter.sentences[quantity.sentence]
  if (!sentence) return {start: quantity.start, end: quantity.end}
  const {tokens} = sentence
  const isContent = (token: Token): boolean => token.kind === 'word' && !stopWords.has(token.value.toLowerCase()) && !/\d/.test(token.value)
  // Walks from token `from` one way (+1 after the claim, -1 before it). The starting tokens are
  // found by bisection (tokens are in order, and do not overlap): filtering the sentence for
  // every claim was quadratic in a long sentence full of numbers.
  const extend = (from: number, step: 1 | -1, limit: number): Token | undefined => {
    let last: Token | undefined
    let taken = 0
    for (let index = from; index >= 0 && index < tokens.length; index += step) {
      const token = tokens[index]!
      if (token.kind === 'whitespace') continue
      if (!isContent(token) || taken >= limit) break
      last = token
      taken++
    }
    return last
  }
  const after = extend(firstIndex(tokens, (token) => token.start >= quantity.end), 1, 3)
  // A bare change of numbers says nothing on its own: take the words that say what changed.
  const bare = quantity.kind === 'change' && /^from\s/i.test(quantity.text)
  const before = bare ? extend(firstIndex(tokens, (token) => token.end > quantity.start) - 1, -1, 4) : undefined
  return {start: before?.start ?? quantity.start, end: bare ? quantity.end : (after?.end ?? quantity.end)}
}

/**
 * Where a term's phrase ends: the term and up to `max` content words after it in its sentence
 * ("event-driven" -> "event-driven Go service"), so a quote names the thing, not half of it.
 */
export function phraseEnd(letter: Letter, range: Range & {sentence: number}, max = 2): number {
  const tokens = letter.sentences[range.sentence]?.tokens ?? []
  let end = range.end
  let taken = 0
  for (let index = firstIndex(tokens, (token) => token.start >= range.end); index < tokens.length && taken < max; index++) {
    const token = tokens[index]!
    if (token.kind === 'whitespace') continue
    if (token.kind !== 'word' || stopWords.has(token.value.toLowerCase()) || /\d/.test(token.value)) break
    end = token.end
    taken++
  }
  return end
}

/** The first index where `test` holds, for a test that is false and then true along `items`. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  return countWhile(items.length, (index) => !test(items[index]!))
}
