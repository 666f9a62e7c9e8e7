import type {Heading, Paragraph, PhrasingContent, Text} from 'mdast'
import type {Position} from 'unist'
import {valueMap} from './value-offsets.js'

/** The most characters of a block handed to the English parser at once (see `segments`). */
export const segmentLength = 16_384

/** Inline nodes nest no deeper than this in a letter; deeper ones are not cut inside. */
const maxCutDepth = 32

type Inline = PhrasingContent

/**
 * A long block as paragraphs of about `segmentLength` characters at most, cut between
 * sentences where one ends there, else between words. A letter's paragraph is far shorter and
 * comes back whole (the same node).
 *
 * Why: mdast-util-to-nlcst spreads each text node's tokens into an array as call arguments, so
 * one paragraph of 80,000 words (or 100,000 short lines) overflowed the stack; and
 * parse-english's sentence plugins splice one array per paragraph, which grows with the square
 * of its length. Pieces keep their place in the file: each starts at the offset of its first
 * character, so the words parsed from them sit exactly where the whole block would put them.
 */
export function segments(node: Paragraph | Heading, source: string): Array<Paragraph | Heading> {
  if (span(node) <= segmentLength) return [node]
  return group(node.children.flatMap((child) => pieces(child, source, 0))).map((run) => ({type: 'paragraph', children: run, position: around(run)}))
}

/** `node` in pieces of at most `segmentLength` characters where it can be cut cleanly. */
function pieces(node: Inline, source: string, depth: number): Inline[] {
  if (span(node) <= segmentLength) return [node]
  if (node.type === 'text') return splitText(node, source)
  if (!('children' in node) || depth >= maxCutDepth) return [node]
  // Emphasis or a link around a long stretch: each run of its content in a copy of it.
  const runs = group(node.children.flatMap((child) => pieces(child, source, depth + 1)))
  if (runs.length < 2) return [node]
  return runs.map((run) => ({...node, children: run, position: around(run)}) as Inline)
}

/** Cut a long text node between sentences or words; each piece is placed where its first character is. */
function splitText(node: Text, source: string): Text[] {
  const position = node.position
  const start = position?.start.offset
  const end = position?.end.offset
  if (!position || start === undefined || end === undefined) return [node]
  const {value} = node
  const raw = source.slice(start, end)
  // The value is not a copy of the source (escapes, dropped indents): place pieces through its map.
  const map = valueMap(value, raw, start)
  if (value !== raw && !map) return [node]
  const offsetOf = (index: number): number => start + (map ? map.offsets[index]! : index)
  const cuts = cutPoints(value)
  return cuts.map((from, index) => {
    const to = cuts[index + 1] ?? value.length
    const last = to === value.length
    // Every piece but the last ends on the line it starts on, so that mdast-util-to-nlcst,
    // which reads a change of line between siblings as a paragraph break, adds none.
    return {
      type: 'text',
      value: value.slice(from, to),
      position: {
        start: {line: position.start.line, column: position.start.column, offset: offsetOf(from)},
        end: last ? {...position.end} : {line: position.start.line, column: position.start.column, offset: offsetOf(to)}
      }
    }
  })
}

/** Where to cut `value` (the first is 0): every piece at most `segmentLength` long. */
function cutPoints(value: string): number[] {
  const cuts = [0]
  let from = 0
  while (value.length - from > segmentLength) {
    from = cutBetween(value, from + segmentLength / 2, from + segmentLength)
    cuts.push(from)
  }
  return cuts
}

const space = /\s/
const sentenceEnd = /[.!?…][”’"')\]]*$/
const asciiWord = /[A-Za-z0-9]/

/**
 * The best place to cut in `value` between `low` and `high`: before the capital letter that
 * starts a sentence (after a word of four letters or more and a full stop, so not after "Mr."),
 * else at the start of a word, else between two ASCII characters the English parser never
 * joins into one token, else anywhere but inside a surrogate pair.
 */
function cutBetween(value: string, low: number, high: number): number {
  let wordStart = -1
  for (let index = high; index > low; index--) {
    if (!startsWord(value, index)) continue
    if (wordStart < 0) wordStart = index
    if (/\p{Lu}/u.test(value[index]!) && endsSentence(value, index)) return index
  }
  if (wordStart > 0) return wordStart
  for (let index = high; index > low; index--) if (tokenBoundary(value.charAt(index - 1), value.charAt(index))) return index
  return isLowSurrogate(value.charCodeAt(high)) ? high - 1 : high
}

/** White space before `index`, and a character at it that is neither white space nor half of a pair. */
function startsWord(value: string, index: number): boolean {
  const char = value.charAt(index)
  return space.test(value.charAt(index - 1)) && !space.test(char) && !isSurrogate(char.charCodeAt(0))
}

/** Whether the text before the white space at `index` ends a sentence with a word of four or more characters. */
function endsSentence(value: string, index: number): boolean {
  let end = index
  while (end > 0 && space.test(value.charAt(end - 1))) end--
  const before = value.slice(Math.max(0, end - 12), end)
  return sentenceEnd.test(before) && /\p{L}{4,}[.!?…][”’"')\]]*$/u.test(before)
}

/** Two ASCII characters of different kinds (or two different punctuation marks): always two tokens. */
function tokenBoundary(previous: string, next: string): boolean {
  if (previous.charCodeAt(0) > 127 || next.charCodeAt(0) > 127 || !previous || !next) return false
  const kind = (char: string): string => (space.test(char) ? 'space' : asciiWord.test(char) ? 'word' : char)
  return kind(previous) !== kind(next)
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Runs of pieces of about `segmentLength` characters. A run ends only where the English parser
 * would see a gap anyway (white space or a line break at the cut), unless it has grown to
 * twice the length without one.
 */
function group(nodes: readonly Inline[]): Inline[][] {
  const runs: Inline[][] = []
  let run: Inline[] = []
  let size = 0
  for (const node of nodes) {
    const previous = run.at(-1)
    const length = span(node)
    if (previous && ((size + length > segmentLength && cleanCut(previous, node)) || size >= 2 * segmentLength)) {
      runs.push(run)
      run = []
      size = 0
    }
    run.push(node)
    size += length
  }
  if (run.length > 0) runs.push(run)
  return runs
}

function cleanCut(previous: Inline, next: Inline): boolean {
  if (previous.type === 'break' || next.type === 'break') return true
  const before = previous.type === 'text' ? previous.value : ''
  const after = next.type === 'text' ? next.value : ''
  return space.test(before.charAt(before.length - 1)) || space.test(after.charAt(0))
}

function span(node: {position?: Position | undefined}): number {
  return (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0)
}

function around(run: readonly Inline[]): Position {
  return {start: {...run[0]!.position!.start}, end: {...run.at(-1)!.position!.end}}
}
