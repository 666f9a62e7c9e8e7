import type {Range} from '../parse/document.js'
import type {Quantity} from './quantities.js'
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

const firstPerson = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'we', "we're", "we've", 'our', 'us', 'myself'])

const firstPersonCache = new WeakMap<LetterSentence, boolean>()

/**
 * Whether a sentence speaks of the writer's own work ("I led", "we cut", "my team"). Remembered
 * per sentence: rules ask once per claim, and a long sentence with many claims made it quadratic.
 */
export function isFirstPerson(sentence: LetterSentence): boolean {
  let answer = firstPersonCache.get(sentence)
  if (answer === undefined) {
    answer = sentence.words.some((word) => firstPerson.has(word.value.toLowerCase().replace(/[’‘]/g, "'")))
    firstPersonCache.set(sentence, answer)
  }
  return answer
}

/** The letter's words between two offsets, with runs of white space folded to one space. */
export function quote(source: string, start: number, end: number): string {
  return source.slice(start, end).replace(/\s+/g, ' ').trim()
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

/** The first index where `test` holds, for a test that is false and then true along `items`. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  return countWhile(items.length, (index) => !test(items[index]!))
}
