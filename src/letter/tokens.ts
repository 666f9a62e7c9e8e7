import type {Paragraph, SentenceContent} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import type {SourceBlock} from '../parse/document.js'
import {countWhile} from '../util/bisect.js'

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source'

/** A token of prose with offsets into the file (half-open). */
export interface Token {
  kind: TokenKind
  value: string
  start: number
  end: number
}

/**
 * A sentence as the rules see it: its tokens, its words, and its text, with a map from
 * positions in `text` back to offsets in the file (Markdown markup between tokens, such as
 * `**`, is not in `text`, so the two differ).
 */
export interface Sentence {
  tokens: Token[]
  words: Token[]
  text: string
  start: number
  end: number
  /** `textStarts[i]` is where `tokens[i]` starts in `text`. */
  textStarts: number[]
}

/**
 * Tokens of each sentence of a block, in order, with offsets into the file. `paragraphs`: the
 * block's nlcst when the caller has parsed it already (reading `block.paragraphs` parses it).
 */
export function blockSentences(block: SourceBlock, paragraphs: readonly Paragraph[] = block.paragraphs): Token[][] {
  const sentences: Token[][] = []
  for (const paragraph of paragraphs) {
    let tokens: Token[] = []
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const first = tokens.length > 0 && child.children[0] ? toToken(child.children[0], block.start) : undefined
      // parse-english ends a sentence at the dot of ".NET" ("C#/." then "NET services"): that
      // dot starts a name, so the sentence goes on.
      if (!isLeadingDot(tokens.at(-2), tokens.at(-1), first)) {
        flushSentence(sentences, tokens)
        tokens = []
      } else if (tokens.at(-2)?.kind === 'whitespace' && /^[.!?]$/.test(tokens.at(-3)?.value ?? '')) {
        // "... went live.  .NET 8 came next": the full stop before the name ends a sentence.
        flushSentence(sentences, tokens.slice(0, -2))
        tokens = tokens.slice(-1)
      }
      for (const node of child.children) {
        const token = toToken(node, block.start)
        if (token) pushSplittingOrdinal(tokens, token)
      }
    }
    flushSentence(sentences, tokens)
  }
  return sentences
}

function flushSentence(sentences: Token[][], tokens: Token[]): void {
  for (const part of splitAfterNumbers(mergeDigitGroups(tokens))) {
    if (part.some((token) => token.kind === 'word')) sentences.push(part)
  }
}

/**
 * Whether `dot` is the first character of a name (".NET", "C#.NET", "C#/.NET", "(.NET 8)"): it
 * touches the word after it and follows no word itself. A full stop ends a word ("done.") and
 * white space follows it; a dot after white space, a bracket, a slash or a symbol that runs into
 * a word ends no sentence.
 */
export function isLeadingDot(before: Token | undefined, dot: Token | undefined, next: Token | undefined): boolean {
  if (dot?.kind !== 'punctuation' || dot.value !== '.' || next?.kind !== 'word' || next.start !== dot.end) return false
  return before === undefined || before.kind !== 'word' || before.end !== dot.start
}

const kinds: Record<SentenceContent['type'], TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source'
}

function toToken(node: SentenceContent, base: number): Token | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const kind = kinds[node.type]
  const value = nodeText(node)
  // Rules read line breaks as "\n" whatever the file uses, so that a letter saved with CRLF (or
  // CR) line endings reads exactly as with LF: "9,000\r\nwrites/s" must match what "9,000\nwrites/s" does.
  // The token's offsets still span the break as written.
  return {kind, value: kind === 'whitespace' && value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value, start: base + start, end: base + end}
}

/**
 * What nlcst-to-string returns, without its array and join for the shapes nearly every token
 * has (a leaf, or a word of one text node). This runs once per token of every letter.
 */
function nodeText(node: SentenceContent): string {
  if ('value' in node) return node.value
  const only = node.children.length === 1 ? node.children[0]! : undefined
  return only && 'value' in only ? only.value : nlcstToString(node)
}

/** A unit after a slash ("events/s.", "writes/sec."): parse-english reads "s." as an abbreviation. */
const unitAfterSlash = /^(?:s|sec|min|h|hr|d|day|mo|yr)\.$/i

/**
 * parse-english makes "5." one word (an ordinal, as in German), and "s." after "events/" an
 * abbreviation; a letter means the number 5 (or the unit) and a full stop.
 */
function pushSplittingOrdinal(tokens: Token[], token: Token): void {
  const unit = token.kind === 'word' && unitAfterSlash.test(token.value) && tokens.at(-1)?.value === '/'
  if (!unit && (token.kind !== 'word' || !/^\d[\d,.]*\.$/.test(token.value))) {
    tokens.push(token)
    return
  }
  const end = token.end - 1
  tokens.push(
    {kind: 'word', value: token.value.slice(0, -1), start: token.start, end},
    {kind: 'punctuation', value: '.', start: end, end: token.end}
  )
}

/**
 * parse-english reads "5." as an ordinal and never ends a sentence after a number, but in a
 * letter "...fell from 14 to 5. I also..." is two sentences. Split where a number (or a unit after
 * a slash, "12,000 events/s."), a full stop and white space are followed by a capital letter (or a
 * quote or bracket and one).
 */
function splitAfterNumbers(tokens: Token[]): Token[][] {
  const parts: Token[][] = []
  let from = 0
  for (let index = 1; index + 2 < tokens.length; index++) {
    // The full stop first: it rules out nearly every token without a regular expression.
    const stop = tokens[index]!
    if (stop.kind !== 'punctuation' || stop.value !== '.') continue
    const word = tokens[index - 1]!
    const space = tokens[index + 1]!
    const next = tokens[index + 2]!
    if (
      word.kind === 'word' &&
      (/\d$/.test(word.value) || (tokens[index - 2]?.value === '/' && unitAfterSlash.test(`${word.value}.`))) &&
      space.kind === 'whitespace' &&
      /^["'“‘([]?\p{Lu}/u.test(next.value + (tokens[index + 3]?.value ?? ''))
    ) {
      parts.push(tokens.slice(from, index + 1))
      from = index + 2
    }
  }
  // No split (nearly always): the array itself, which is the caller's own copy.
  parts.push(from === 0 ? tokens : tokens.slice(from))
  return parts
}

/** `9` `,` `000` are one number, `9,000`, as a reader sees it (and as word counts count it). */
function mergeDigitGroups(tokens: Token[]): Token[] {
  const out: Token[] = []
  // Whether the last token out is a grouped number ("9", "9,000"), known without testing the
  // whole of it again at each group: a hostile "1,000,000,..." made that quadratic.
  let grouped = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const previous = out.at(-1)
    const group = tokens[index + 1]
    if (
      previous?.kind === 'word' &&
      token.kind === 'punctuation' &&
      token.value === ',' &&
      grouped &&
      group?.kind === 'word' &&
      /^\d{3}(?!\d)/.test(group.value) &&
      previous.end === token.start &&
      token.end === group.start
    ) {
      out[out.length - 1] = {kind: 'word', value: `${previous.value},${group.value}`, start: previous.start, end: group.end}
      grouped = /^\d{3}$/.test(group.value)
      index++
      continue
    }
    out.push(token)
    grouped = token.kind === 'word' && /^\d{1,3}(?:,\d{3})*$/.test(token.value)
  }
  return out
}

export function makeSentence(tokens: Token[]): Sentence {
  const textStarts: number[] = []
  let text = ''
  for (const token of tokens) {
    textStarts.push(text.length)
    text += token.value
  }
  return {
    tokens,
    words: tokens.filter((token) => token.kind === 'word'),
    text,
    start: tokens[0]?.start ?? 0,
    end: tokens.at(-1)?.end ?? 0,
    textStarts
  }
}

/** The file offset of position `index` in `sentence.text` (an end position maps to the end of its token). */
export function textToOffset(sentence: Sentence, index: number, isEnd = false): number {
  const {textStarts, tokens} = sentence
  // The last token starting before the position (or at it, for a start).
  const low = Math.max(0, countWhile(textStarts.length, (at) => textStarts[at]! < index || (!isEnd && textStarts[at] === index)) - 1)
  const token = tokens[low]
  return token ? token.start + (index - textStarts[low]!) : 0
}

/** The position in `sentence.text` of file offset `offset` (clamped to the sentence). */
export function offsetToText(sentence: Sentence, offset: number): number {
  const {tokens, textStarts} = sentence
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (token.start <= offset) return textStarts[index]! + Math.min(offset - token.start, token.value.length)
  }
  return 0
}
