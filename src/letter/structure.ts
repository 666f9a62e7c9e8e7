import type {BlockKind} from '../parse/document.js'
import type {Token} from './tokens.js'
import {countWords, isClosingLine, isSalutationLine, salutationStrength} from '../parse/letter-lines.js'

/**
 * The shape of a letter: which blocks are the address, the greeting, the body, the sign-off and
 * the signature. Real letters are untidy (a greeting glued to the first paragraph, a sign-off
 * glued to the last, no greeting at all), so this works on lines, not only on blocks.
 */
export type BlockRole = 'address' | 'salutation' | 'body' | 'heading' | 'closing' | 'signature' | 'postscript'

/** A stretch of a source block: its sentences' tokens, before roles are known. */
export interface Segment {
  kind: BlockKind
  group: number
  start: number
  end: number
  sentences: Token[][]
}

/** Offsets where each line of `source.slice(start, end)` starts (first non-blank character). */
export function lineStartsWithin(source: string, start: number, end: number): number[] {
  const starts = [start]
  for (let index = start; index < end; index++) {
    const char = source.charCodeAt(index)
    if (char === 10 || (char === 13 && source.charCodeAt(index + 1) !== 10)) {
      let next = index + 1
      while (next < end && (source[next] === ' ' || source[next] === '\t')) next++
      if (next < end) starts.push(next)
    }
  }
  return starts
}

function lineAt(source: string, start: number, end: number): string {
  let stop = start
  while (stop < end && source[stop] !== '\n' && source[stop] !== '\r') stop++
  return source.slice(start, stop)
}

/** Cut a segment in two at `offset`; sentences that straddle it are cut too. */
function splitAt(segment: Segment, offset: number): [Segment, Segment] {
  const before: Token[][] = []
  const after: Token[][] = []
  for (const sentence of segment.sentences) {
    const head = sentence.filter((token) => token.start < offset)
    const tail = sentence.filter((token) => token.start >= offset)
    if (head.some((token) => token.kind === 'word')) before.push(trimSpace(head))
    if (tail.some((token) => token.kind === 'word')) after.push(trimSpace(tail))
  }
  return [
    {...segment, end: before.at(-1)?.at(-1)?.end ?? offset, sentences: before},
    {...segment, start: after[0]?.[0]?.start ?? offset, sentences: after}
  ]
}

function trimSpace(tokens: Token[]): Token[] {
  let from = 0
  let to = tokens.length
  while (from < to && tokens[from]!.kind === 'whitespace') from++
  while (to > from && tokens[to - 1]!.kind === 'whitespace') to--
  return tokens.slice(from, to)
}

/**
 * Split segments where a greeting or a sign-off shares a block with other lines:
 * "Dear Jane,\nI led ..." becomes a greeting and a paragraph; "... soon.\nBest regards,\nJane"
 * becomes a paragraph and a sign-off.
 */
export function splitGreetingsAndSignOffs(source: string, segments: Segment[]): Segment[] {
  const out: Segment[] = []
  for (const segment of segments) {
    let rest = segment
    const lines = lineStartsWithin(source, rest.start, rest.end)
    if (lines.length > 1 && isSalutationLine(lineAt(source, lines[0]!, rest.end))) {
      const [greeting, remainder] = splitAt(rest, lines[1]!)
      if (greeting.sentences.length > 0 && remainder.sentences.length > 0) {
        out.push(greeting)
        rest = remainder
      }
    }
    const restLines = lineStartsWithin(source, rest.start, rest.end)
    const closingAt = restLines.slice(1).find((start) => isClosingLine(lineAt(source, start, rest.end)))
    if (closingAt !== undefined) {
      const [body, closing] = splitAt(rest, closingAt)
      if (body.sentences.length > 0) out.push(body)
      if (closing.sentences.length > 0) out.push(closing)
      continue
    }
    out.push(rest)
  }
  return out
}

function words(segment: Segment): number {
  let count = 0
  for (const sentence of segment.sentences) for (const token of sentence) if (token.kind === 'word') count++
  return count
}

/** Address lines end in these, with a full stop that does not end a sentence. */
const addressAbbreviation = /\b(?:ltd|inc|corp|co|plc|llc|llp|gmbh|st|rd|ave|dr|jr|sr|(?:[a-z]\.){2,}[a-z]?)\.$/i

/** Words that make a line a sentence; an address ("Recruitment Team, Acme Ltd, London") has none. */
const functionWords = new Set('a an and am are as at be for from have in is it my of on our that the this to was we with you your'.split(' '))

/**
 * Prose, as opposed to an address or a signature: it reads as a sentence (it has function words),
 * and it has a line of eight words or more, or four or more that end like a sentence ("Acme Ltd."
 * and "U.S.A." do not).
 */
function isProse(source: string, segment: Segment): boolean {
  const text = source.slice(segment.start, segment.end).trimEnd()
  // Written in lower case, as in a sentence: "THE MOONSHOT FACTORY" and "Unit 4A" are not.
  if (!text.split(/[^\p{L}']+/u).some((word) => word === 'I' || functionWords.has(word))) return false
  const lines = lineStartsWithin(source, segment.start, segment.end).map((start) => lineAt(source, start, segment.end))
  if (lines.some((line) => countWords(line) >= 8)) return true
  return words(segment) >= 4 && /[.!?]["')\]]*$/.test(text) && !addressAbbreviation.test(text)
}

/** Give each segment its role in the letter. */
export function assignRoles(source: string, segments: readonly Segment[]): BlockRole[] {
  const roles: BlockRole[] = segments.map(() => 'body')
  const firstLine = (segment: Segment): string => lineAt(source, segment.start, segment.end)
  const firstLong = segments.findIndex((segment) => words(segment) >= 40)
  const greetingLimit = firstLong === -1 ? segments.length : firstLong
  // The first sure greeting ("Dear ..."), else the first addressee line ("Hiring team,").
  let salutation = -1
  let salutationScore = 0
  for (let index = 0; index < Math.min(greetingLimit, 15); index++) {
    const strength = salutationStrength(firstLine(segments[index]!))
    if (strength > salutationScore) {
      salutation = index
      salutationScore = strength
      if (strength === 2) break
    }
  }
  const bodyStart = salutation >= 0 ? salutation + 1 : Math.max(0, segments.findIndex((segment) => isProse(source, segment)))
  let closing = -1
  for (let index = segments.length - 1; index >= bodyStart; index--) {
    if (isClosingLine(firstLine(segments[index]!))) {
      closing = index
      break
    }
  }
  let bodyEnd = closing >= 0 ? closing : segments.length
  if (closing < 0) {
    // No sign-off phrase: trailing short lines are a signature ("Jane Doe", "07700 900123").
    while (bodyEnd > bodyStart + 1 && !isProse(source, segments[bodyEnd - 1]!)) bodyEnd--
  }
  segments.forEach((segment, index) => {
    if (index < bodyStart) roles[index] = index === salutation ? 'salutation' : 'address'
    else if (index < bodyEnd) roles[index] = segment.kind === 'heading' ? 'heading' : 'body'
    else if (index === closing) roles[index] = 'closing'
    else roles[index] = isProse(source, segment) && words(segment) >= 25 ? 'postscript' : 'signature'
  })
  return roles
}
