import {location} from 'vfile-location'
import {sentenceUnits, type Unit} from '../letter/lexicon.js'
import {blockSentences, makeSentence} from '../letter/tokens.js'
import type {LetterSentence} from '../letter/types.js'
import type {InputFormat, ParsedDocument} from '../parse/document.js'
import {lastAtOrBefore, layout, sectionAt, type PostingLayout} from './sections.js'
import type {PostingPlace, PostingSection} from './types.js'

/**
 * A posting parsed with the same parser as letters (src/parse/), as sentences and matching
 * units, laid out in sections. Unlike a letter it has no address block or signature: every
 * sentence is read.
 */
export interface PostingDocument {
  format: InputFormat
  /** The text positions refer to (a UTF-8 BOM removed). */
  source: string
  sentences: LetterSentence[]
  /** Matching units of each sentence (src/letter/lexicon.ts). */
  units: Unit[][]
  layout: PostingLayout
  sectionAt(offset: number): PostingSection
  /** Whether an offset is on a heading or metadata line (whose words are not the work). */
  isSkipped(offset: number): boolean
  /** Whether an offset is on a metadata line (company, place, salary). */
  isMetadata(offset: number): boolean
  /** Whether a unit starts its sentence, line or list item (so a capital there says nothing). */
  isInitial(unit: Unit, sentence: number): boolean
  place(start: number, end: number): PostingPlace
}

/** Read a posting parsed like a letter (`parse()` for Markdown and text, `loadDocument()` for the rest). */
export function readPostingDocument(parsed: ParsedDocument): PostingDocument {
  const {source, format} = parsed
  const sentences: LetterSentence[] = []
  parsed.blocks.forEach((block, blockIndex) => {
    for (const tokens of blockSentences(block)) sentences.push({...makeSentence(tokens), index: sentences.length, block: blockIndex})
  })
  const units = sentences.map(sentenceUnits)
  const first = parsed.blocks[0]
  const parts = layout(source, first ? {start: first.start, end: first.end} : undefined, format === 'markdown')
  // A posting rendered from its file (HTML, Word, PDF, LaTeX) places its words in that file.
  const {map} = parsed
  // Ranges and line starts are in order: binary search keeps a long posting linear.
  const within = (ranges: readonly {start: number; end: number}[], offset: number): boolean => {
    const range = ranges[lastAtOrBefore(ranges, offset)]
    return range !== undefined && offset < range.end
  }
  const lineStarts = [0]
  for (let index = 0; index < source.length; index++) {
    const char = source.charCodeAt(index)
    if (char === 10 || (char === 13 && source.charCodeAt(index + 1) !== 10)) lineStarts.push(index + 1)
  }
  let place: ReturnType<typeof location> | undefined

  return {
    format,
    source,
    sentences,
    units,
    layout: parts,
    sectionAt: (offset) => sectionAt(parts.boundaries, offset),
    isSkipped: (offset) => within(parts.skipped, offset),
    isMetadata: (offset) => within(parts.metadata, offset),
    isInitial(unit, sentence) {
      if (units[sentence]?.[0] === unit) return true
      const lineStart = lineStarts[lastAtOrBefore(lineStarts, unit.start)] ?? 0
      return /^[\s>#*_+•·|-]*(?:\d{1,2}[.)]\s*)?[*_]*$/.test(source.slice(lineStart, unit.start)) || /[:;]\s*[*_]*$/.test(source.slice(Math.max(0, unit.start - 4), unit.start))
    },
    place(start, end) {
      place ??= location(source)
      const point = map ? map.locate(start) : (place.toPoint(start) ?? {line: 1, column: 1})
      return {text: source.slice(start, end).replace(/\s+/g, ' ').trim(), line: point.line, column: point.column, start, end}
    }
  }
}
