import type {LintMessage} from '../../types.js'
import type {LetterText, LetterTextFile, LetterTextRow} from '../letter-text.js'

/** Part of a row a finding covers: offsets into the row's text, half-open. `start === end` is a pin. */
export interface Span {
  row: number
  start: number
  end: number
}

/** Where a finding shows in the letter's text: in which file, on which rows, or nowhere. */
export interface Placement {
  /** Index into `LetterText.files`; -1 when the finding could not be placed. */
  file: number
  /**
   * The words, row by row. A finding about something missing (no `actual`) is a pin where it
   * points: a span of no characters, shown as a marker rather than a highlight of the whole body.
   */
  spans: Span[]
}

/** Places each message in the text, in the order given. */
export function placeFindings(text: LetterText, messages: readonly LintMessage[]): Placement[] {
  return messages.map((message) => {
    const file = text.files.findIndex((candidate) => candidate.filePath === message.filePath)
    if (file < 0) return {file: -1, spans: []}
    const rows = text.files[file]!.rows
    const spans = text.scheme === 'page:line' ? spansByQuote(rows, message) : spansByColumn(rows, message)
    return spans.length > 0 ? {file, spans} : {file: -1, spans: []}
  })
}

/** The row holding `line`:`column`, and the offset in it. An end may sit just after a row's last character. */
function locate(rows: readonly LetterTextRow[], line: number, column: number, isEnd: boolean): {row: number; offset: number} | undefined {
  let fallback: {row: number; offset: number} | undefined
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!
    if (row.line !== line) continue
    const offset = column - row.startColumn
    if (offset < 0 || offset > row.text.length) continue
    // A start at a row's very end belongs to the next row of the same line (a Word paragraph's next line).
    if (offset < row.text.length || isEnd) return {row: index, offset}
    fallback ??= {row: index, offset}
  }
  return fallback
}

/** Line:column and paragraph:column: the characters from the start to the end. */
function spansByColumn(rows: readonly LetterTextRow[], message: LintMessage): Span[] {
  const start = locate(rows, message.line, message.column, false)
  if (!start) return []
  if (message.actual === undefined) return [{row: start.row, start: start.offset, end: start.offset}]
  const end = locate(rows, message.endLine, message.endColumn, true)
  if (!end || end.row < start.row || (end.row === start.row && end.offset <= start.offset)) return [{row: start.row, start: start.offset, end: start.offset}]
  const spans: Span[] = []
  for (let row = start.row; row <= end.row; row++) {
    const from = row === start.row ? start.offset : 0
    const to = row === end.row ? end.offset : rows[row]!.text.length
    if (to > from) spans.push({row, start: from, end: to})
  }
  return spans
}

/**
 * Page:line: a position names lines, not characters. The finding's words are looked for in
 * its lines (white space in them may be a line break); when they are not there as written
 * (a word joined across a hyphen), its whole lines are marked.
 */
function spansByQuote(rows: readonly LetterTextRow[], message: LintMessage): Span[] {
  const first = rows.findIndex((row) => row.line === message.line && row.lineOnPage === message.column)
  if (first < 0) return []
  let last = rows.findIndex((row) => row.line === message.endLine && row.lineOnPage === message.endColumn)
  if (last < first) last = first
  if (message.actual === undefined) return [{row: first, start: 0, end: 0}]
  // The lines joined by one space, with where each starts in the join.
  const starts: number[] = []
  let joined = ''
  for (let row = first; row <= last; row++) {
    starts.push(joined.length)
    joined += `${rows[row]!.text} `
  }
  const words = message.actual.split(/\s+/).filter(Boolean).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const found = words.length > 0 ? new RegExp(words.join('\\s+'), 'u').exec(joined) : null
  if (!found) return rows.slice(first, last + 1).map((row, index) => ({row: first + index, start: 0, end: row.text.length}))
  const spans: Span[] = []
  const end = found.index + found[0].length
  for (let index = 0; index < starts.length; index++) {
    const rowStart = starts[index]!
    const rowText = rows[first + index]!.text
    const from = Math.max(found.index, rowStart) - rowStart
    const to = Math.min(end, rowStart + rowText.length) - rowStart
    if (to > from) spans.push({row: first + index, start: from, end: to})
  }
  return spans
}

/** A file's rows cut where findings start and end: each piece with the findings covering it. */
export interface Piece {
  text: string
  /** Indices of the findings covering the piece (a pin covers nothing: see `pins`). */
  covering: number[]
  /** Findings pinned just before this piece (findings about something missing). */
  pins: number[]
  /** Findings whose last span ends just after this piece (their number is shown there). */
  ends: number[]
}

/** The pieces of one row, given every placement. */
export function rowPieces(file: number, fileText: LetterTextFile, row: number, placements: readonly Placement[]): Piece[] {
  const text = fileText.rows[row]!.text
  const cuts = new Set([0, text.length])
  const spans: Array<{finding: number; span: Span; last: boolean}> = []
  placements.forEach((placement, finding) => {
    if (placement.file !== file) return
    placement.spans.forEach((span, index) => {
      if (span.row !== row) return
      spans.push({finding, span, last: index === placement.spans.length - 1})
      cuts.add(span.start).add(span.end)
    })
  })
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let index = 0; index < points.length; index++) {
    const from = points[index]!
    const to = points[index + 1] ?? from
    const pins = spans.filter(({span}) => span.start === span.end && span.start === from).map(({finding}) => finding)
    if (to === from && pins.length === 0) continue
    pieces.push({
      text: text.slice(from, to),
      covering: spans.filter(({span}) => span.start < span.end && span.start <= from && span.end >= to && to > from).map(({finding}) => finding),
      pins,
      ends: spans.filter(({span, last}) => last && span.start < span.end && span.end === to && to > from).map(({finding}) => finding)
    })
  }
  return pieces
}
