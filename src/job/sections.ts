import type {PostingSection} from './types.js'
import {countWhile} from '../util/bisect.js'

/**
 * The parts of a posting, found from its lines: a posting is a title, a few metadata lines
 * (company, place, salary), then headed sections ("What you'll do", "Requirements", "Nice to
 * have", "About us"). Headings are recognised in any format: Markdown `##` headings, a line
 * that is all bold, or a short line that reads like a known heading ("What you will do").
 */

export interface SectionBoundary {
  /** Offset where the section starts (the heading line's start). */
  start: number
  section: PostingSection
}

export interface Range {
  start: number
  end: number
}

export interface PostingLayout {
  /** Section starts, in order; the first is the title line. */
  boundaries: SectionBoundary[]
  /** Heading lines and metadata lines: their words name parts and places, not the work. */
  skipped: Range[]
  /** Metadata lines (company, place, salary): their capitalised words are names. */
  metadata: Range[]
}

/** Heading words, most specific first: "about the role" is the role, "about us" the company. */
const sectionPatterns: ReadonlyArray<[PostingSection, RegExp]> = [
  ['bonus', /\b(?:nice[- ]to[- ]haves?|bonus(?:es)?|desirable|preferred|extra credit|would be (?:a )?(?:plus|great)|not required|good to have)\b/i],
  ['stack', /\b(?:(?:tech(?:nology)?|our) stack|tech(?:nologies| we use)|tools (?:we use|and technologies)|technologies we use)\b/i],
  ['company', /\b(?:about us|who we are|benefits|perks|what we offer|compensation|package|salary|how to apply|interview|hiring process|our process|location|diversity|equal opportunit\w*|our values|why join|life at|about the company)\b/i],
  ['role', /\b(?:what you(?:'|’)?ll do|what you will do|what you(?:'|’)?ll work on|the role|about the role|your role|role overview|responsibilit\w*|day[- ]to[- ]day|in this role|your impact|the work|key tasks|duties|the job|projects?|what you(?:'|’)?ll be doing|what you will be doing|the opportunity)\b/i],
  ['requirements', /\b(?:requirements?|what we(?:'|’)?re looking for|what we are looking for|you will need|you(?:'|’)?ll need|you have|about you|must[- ]haves?|essential|qualifications|skills|experience|who you are|we(?:'|’)?d love|we need|what you bring|what you(?:'|’)?ll bring|you should have)\b/i]
]

const metadataLabel = /^(?:salary|location|company|team|contract|type|hours|start date|closing date|reports? to|remote|package|pay|rate|day rate|compensation)\s*:/i
const separators = /\s[·|•]\s|\s[·|•]$/
const bullet = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/

/** The words of a line without its Markdown decoration: `## Nice to have:` -> `Nice to have`. */
export function bareLine(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^[\s>]*(?:\*\*|__|\*|_)?/, '')
    .replace(/(?:\*\*|__|\*|_)?[\s:]*$/, '')
    .replace(/[\s:]*$/, '')
    .trim()
}

/** The section a heading names, or undefined when it names none cover-lint knows. */
export function classifyHeading(text: string): PostingSection | undefined {
  for (const [section, pattern] of sectionPatterns) if (pattern.test(text)) return section
  return undefined
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/**
 * A line that heads a section: a Markdown heading, a line that is all bold, or a short line
 * with no full stop that ends in a colon or reads like a known heading. Returns its section
 * (`other` for a heading cover-lint does not know), or undefined for a line of prose.
 */
export function headingSection(line: string, markdown: boolean): PostingSection | undefined {
  const trimmed = line.trim()
  if (trimmed.length === 0 || bullet.test(trimmed)) return undefined
  const text = bareLine(trimmed)
  if (text.length === 0 || countWords(text) > 8) return undefined
  const known = classifyHeading(text)
  if (markdown && /^#{1,6}\s/.test(trimmed)) return known ?? 'other'
  if (/^(?:\*\*|__)[^*_]+(?:\*\*|__):?$/.test(trimmed)) return known ?? 'other'
  if (/[.!?]$/.test(text)) return undefined
  if (/:\s*$/.test(trimmed) && countWords(text) <= 6) return known ?? 'other'
  return known !== undefined && countWords(text) <= 6 ? known : undefined
}

/**
 * Lay a posting out: the title (the first line of prose), metadata lines (the rest of the
 * title's block, and short lines of `·`/`|`-separated facts or `Salary:` labels), and sections.
 * `firstBlock` is the range of the first block of prose the parser found.
 */
export function layout(source: string, firstBlock: Range | undefined, markdown: boolean): PostingLayout {
  const boundaries: SectionBoundary[] = []
  const skipped: Range[] = []
  const metadata: Range[] = []
  if (!firstBlock) return {boundaries, skipped, metadata}
  for (const line of lines(source)) {
    if (line.end <= firstBlock.start) continue
    const text = source.slice(line.start, line.end)
    const isTitle = boundaries.length === 0
    const heading = headingSection(text, markdown)
    if (heading && !(isTitle && heading === 'other')) {
      boundaries.push({start: line.start, section: heading})
      skipped.push(line)
      continue
    }
    if (isTitle) {
      boundaries.push({start: line.start, section: 'title'}, {start: line.end, section: 'intro'})
      continue
    }
    const bare = bareLine(text)
    // Short lines right under the title ("Acme Travel, Bristol") are facts about the job, not the work.
    const underTitle = line.start < firstBlock.end && boundaries[0]!.section === 'title' && !bullet.test(text) && countWords(bare) <= 12
    if (underTitle || metadataLabel.test(bare) || (separators.test(text) && countWords(bare) <= 20)) {
      metadata.push(line)
      skipped.push(line)
    }
  }
  return {boundaries, skipped, metadata}
}

/** The section an offset falls in. */
export function sectionAt(boundaries: readonly SectionBoundary[], offset: number): PostingSection {
  return boundaries[lastAtOrBefore(boundaries, offset)]?.section ?? 'intro'
}
/** The index of the last item starting at or before `offset` (-1 when none), in items sorted by start. */
export function lastAtOrBefore(items: ReadonlyArray<{start: number} | number>, offset: number): number {
  return (
    countWhile(items.length, (index) => {
      const item = items[index]!
      return (typeof item === 'number' ? item : item.start) <= offset
    }) - 1
  )
}

/** Non-blank lines with their offsets (end excludes the line break). */
export function lines(source: string): Range[] {
  const out: Range[] = []
  let start = 0
  for (let index = 0; index <= source.length; index++) {
    const char = source.charAt(index)
    if (index === source.length || char === '\n' || char === '\r') {
      if (source.slice(start, index).trim().length > 0) out.push({start, end: index})
      if (char === '\r' && source.charAt(index + 1) === '\n') index++
      start = index + 1
    }
  }
  return out
}
