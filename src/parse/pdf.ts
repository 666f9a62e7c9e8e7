import type {ParsedDocument, SourcePoint} from './document.js'
import {RenderedDocumentBuilder} from './rendered.js'
import {countWhile} from '../util/bisect.js'

/** A run of text on a PDF page, as the text layer gives it (PDF units, y up from the bottom). */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  /** Font size: the height of the run. */
  height: number
}

interface Line {
  page: number
  /** 1-based, counted from the top of the page. */
  number: number
  y: number
  x: number
  height: number
  text: string
}

/**
 * Rebuild a PDF's text from its pages' runs, in reading order, as the document the rules read.
 * On each page runs are gathered into lines (runs at the same height, left to right) and lines
 * into paragraphs (a gap wider than the usual line spacing, or a new page unless the text runs
 * on in lower case, starts a paragraph). A word broken with a hyphen at a line's end is joined
 * ("manage-" + "ment" is "management"), unless the letter writes the hyphenated form elsewhere
 * ("on-call"). Positions are page:line: `line` is the page, `column` the line on the page.
 *
 * Known limit: text laid out in columns side by side is read line by line across the columns.
 */
export function renderPdf(pages: ReadonlyArray<readonly PdfTextItem[]>): ParsedDocument {
  const lines = pages.flatMap((items, index) => pageLines(items, index + 1))
  const joined = new Set<string>()
  const all = lines.map((line) => line.text).join('\n')
  for (const match of all.matchAll(/\p{L}+-\p{L}+/gu)) joined.add(match[0].toLowerCase())

  // Each line is copied into a virtual source, one line after another; positions resolve from it.
  const starts: number[] = []
  let virtual = 0
  for (const line of lines) {
    starts.push(virtual)
    virtual += line.text.length + 1
  }

  const builder = new RenderedDocumentBuilder()
  const gaps = typicalGaps(lines)
  let runsOn = false
  /** The list being read: its group, and where its bullets stand (wrapped lines stand right of them). */
  let list: {group: number; x: number} | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const previous = lines[index - 1]
    const marker = bullet.exec(line.text)
    const newParagraph = previous !== undefined && startsParagraph(previous, line, gaps)
    if (marker) {
      // A bulleted or numbered line starts a list item; the items of one list read as one paragraph.
      if (previous) builder.endBlock(list ? 'list-item' : 'paragraph', list?.group)
      if (!list || newParagraph) list = {group: builder.nextGroup(), x: line.x}
    } else if (list && (newParagraph || line.x <= list.x + 1)) {
      builder.endBlock('list-item', list.group)
      list = undefined
    } else if (newParagraph) builder.endBlock()
    else if (previous && !runsOn) builder.lineBreak()
    const next = lines[index + 1]
    const broken = /(\p{L}+)-$/u.exec(line.text)
    runsOn = Boolean(broken && next && !startsParagraph(line, next, gaps) && !bullet.test(next.text) && /^\p{Ll}/u.test(next.text))
    const from = marker ? marker[0].length : 0
    let to = line.text.length
    if (runsOn && !joined.has(`${broken![1]}-${/^\p{L}+/u.exec(next!.text)![0]}`.toLowerCase())) to--
    builder.append(line.text.slice(from, to), {file: 0, start: starts[index]! + from, end: starts[index]! + to, copy: true})
  }
  if (list) builder.endBlock('list-item', list.group)
  const document = builder.build('pdf', 'page:line', (_file, offset) => pointAt(lines, starts, offset))
  return document
}

/** A list item's marker at the start of a line: a bullet, a dash, or a number. */
const bullet = /^(?:[•◦▪‣●○■□►▸–*-]|\d{1,2}[.)])\s+(?=\S)/u

function pointAt(lines: readonly Line[], starts: readonly number[], offset: number): SourcePoint {
  const line = lines[Math.max(0, countWhile(starts.length, (index) => starts[index]! <= offset) - 1)]
  return line ? {line: line.page, column: line.number} : {line: 1, column: 1}
}

/** Runs of one page as lines, top to bottom, each left to right. */
function pageLines(items: readonly PdfTextItem[], page: number): Line[] {
  const runs = items.filter((item) => item.str.length > 0).slice()
  runs.sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: PdfTextItem[][] = []
  for (const run of runs) {
    const row = rows.at(-1)
    const tolerance = Math.max(2, 0.5 * Math.max(run.height, row?.[0]?.height ?? 0))
    if (row && Math.abs(row[0]!.y - run.y) <= tolerance) row.push(run)
    else rows.push([run])
  }
  const lines: Line[] = []
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x)
    // The runs in pieces, joined once: testing the end of a growing string flattens it each time.
    const parts: string[] = []
    let endsInSpace = true
    let end = -Infinity
    for (const run of row) {
      const gap = run.x - end
      if (parts.length > 0 && gap > 0.15 * (run.height || 10) && !endsInSpace && !/^\s/.test(run.str)) parts.push(' ')
      parts.push(run.str)
      endsInSpace = /\s$/.test(run.str)
      end = run.x + run.width
    }
    const text = parts.join('').replace(/\s+/g, ' ').trim()
    if (!text) continue
    // A loop, not Math.max(...): a row of a hundred thousand runs would overflow the call stack as arguments.
    let height = -Infinity
    let x = Infinity
    for (const run of row) {
      height = Math.max(height, run.height)
      x = Math.min(x, run.x)
    }
    lines.push({page, number: lines.length + 1, y: row[0]!.y, x, height, text})
  }
  return lines
}

/** The usual distance between lines of a paragraph on each page: the most common gap. */
function typicalGaps(lines: readonly Line[]): Map<number, number> {
  const byPage = new Map<number, number[]>()
  for (let index = 1; index < lines.length; index++) {
    const [a, b] = [lines[index - 1]!, lines[index]!]
    if (a.page !== b.page) continue
    const gap = a.y - b.y
    if (gap <= 0) continue
    const gaps = byPage.get(a.page)
    if (gaps) gaps.push(Math.round(gap * 2) / 2)
    else byPage.set(a.page, [Math.round(gap * 2) / 2])
  }
  const result = new Map<number, number>()
  for (const [page, gaps] of byPage) {
    // With too few lines to tell, the font size decides (startsParagraph).
    if (gaps.length < 3) continue
    const smallest = gaps.reduce((least, gap) => Math.min(least, gap))
    // The most common gap close to the smallest: the spacing of lines inside a paragraph.
    const counts = new Map<number, number>()
    for (const gap of gaps) if (gap <= smallest * 1.3) counts.set(gap, (counts.get(gap) ?? 0) + 1)
    let best = smallest
    let bestCount = 0
    for (const [gap, count] of [...counts].sort((a, b) => a[0] - b[0])) if (count > bestCount) [best, bestCount] = [gap, count]
    result.set(page, best)
  }
  return result
}

function startsParagraph(previous: Line, line: Line, gaps: ReadonlyMap<number, number>): boolean {
  if (previous.page !== line.page) return !/^\p{Ll}/u.test(line.text)
  const usual = gaps.get(line.page) ?? Math.max(previous.height, line.height) * 1.25
  return previous.y - line.y > usual * 1.4 + 0.5
}
