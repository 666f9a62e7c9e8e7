import type {Html, Paragraph as MdastParagraph, PhrasingContent, Root as MdastRoot, RootContent} from 'mdast'
import type {Node} from 'unist'
import {location} from 'vfile-location'
import {blockToNlcst, lazyBlock, proseBlockToNlcst, textParagraph, type ParsedDocument, type Range, type SourceBlock, type SourceComment} from './document.js'

const blankLine = /\r?\n[ \t]*(?:\r?\n|\r)|\r[ \t]*\r/g
const bullet = /^[ \t]*(?:[-*•‣◦▪–]|\d{1,2}[.)])[ \t]+\S/

/**
 * Plain text to blocks: paragraphs are separated by blank lines. A block whose every line starts
 * with a bullet or a number is a list, and each of its lines an item, as in Markdown.
 *
 * HTML comments (`<!-- cover-lint disable no-cliche -->`) are not prose, as in Markdown: their
 * words never count, a paragraph of only comments is no paragraph, and they control rules the
 * same way (a small mdast tree of the blocks and comments is built for inline control).
 */
export function parseText(source: string): ParsedDocument {
  const comments = htmlComments(source)
  // Paragraphs and list lines are found in the text with its comments blanked out (line breaks
  // kept), so a comment on its own line separates nothing and counts for nothing.
  const prose = comments.length === 0 ? source : blankOut(source, comments)
  const blocks: SourceBlock[] = []
  const paragraphs: MdastParagraph[] = []
  const inParagraphs = new Set<SourceComment>()
  let group = 0
  // Blocks and comments are both in source order: one pointer walks the comments (linear).
  let next = 0
  for (const {start, end} of paragraphRanges(prose)) {
    const lines = lineRanges(prose, start, end)
    const isList = lines.length > 0 && lines.every(({start: s, end: e}) => bullet.test(prose.slice(s, e)))
    group++
    const parts = isList ? lines : [{start, end}]
    for (const part of parts) {
      const block = {kind: isList ? ('list-item' as const) : ('paragraph' as const), group, start: part.start, end: part.end}
      while (next < comments.length && comments[next]!.start < part.start) next++
      const inside: SourceComment[] = []
      for (let index = next; index < comments.length && comments[index]!.end <= part.end; index++) inside.push(comments[index]!)
      for (const item of inside) inParagraphs.add(item)
      const paragraph = (): MdastParagraph => (inside.length === 0 ? textParagraph(source, part.start, part.end) : withComments(source, part, inside))
      // Prose goes to retext-english as it is; a paragraph with comments in it goes as mdast, its
      // comments as html nodes that never reach the prose.
      blocks.push(lazyBlock(block, () => (inside.length === 0 ? proseBlockToNlcst(source, part.start, part.end) : blockToNlcst(withComments(source, part, inside), source))))
      if (comments.length > 0) paragraphs.push(paragraph())
    }
  }
  const document: ParsedDocument = {format: 'text', source, blocks, html: [], comments}
  if (comments.length > 0) document.mdast = controlTree(source, paragraphs, comments.filter((item) => !inParagraphs.has(item)))
  return document
}

/**
 * The `<!-- ... -->` comments, in order. By indexOf rather than a lazy pattern, which rescans
 * the rest of the text for each comment that is never closed (quadratic on many of them).
 */
function htmlComments(source: string): SourceComment[] {
  const comments: SourceComment[] = []
  for (let from = source.indexOf('<!--'); from >= 0; from = source.indexOf('<!--', from)) {
    const close = source.indexOf('-->', from + 4)
    // No comment opened here or later is ever closed.
    if (close < 0) break
    comments.push({start: from, end: close + 3, value: source.slice(from + 4, close).trim()})
    from = close + 3
  }
  return comments
}

/** `source` with every character of `ranges` but line breaks turned into spaces: offsets are kept. */
function blankOut(source: string, ranges: readonly Range[]): string {
  let out = ''
  let from = 0
  for (const {start, end} of ranges) {
    out += source.slice(from, start) + source.slice(start, end).replace(/[^\r\n]/g, ' ')
    from = end
  }
  return out + source.slice(from)
}

/** A paragraph of text with the comments inside it as `html` nodes, which never reach the prose. */
function withComments(source: string, range: Range, inside: readonly SourceComment[]): MdastParagraph {
  const children: PhrasingContent[] = []
  let from = range.start
  const push = (start: number, end: number, html: boolean): void => {
    if (end <= start) return
    const position = {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1 + end - start, offset: end}}
    const value = source.slice(start, end)
    children.push(html ? ({type: 'html', value, position} satisfies Html) : {type: 'text', value, position})
  }
  for (const item of inside) {
    push(from, item.start, false)
    push(item.start, item.end, true)
    from = item.end
  }
  push(from, range.end, false)
  return {...textParagraph(source, range.start, range.end), children}
}

/**
 * The tree unified-message-control reads: the paragraphs (with the comments inside them) and the
 * comments `between` them, in order, with real lines and columns (it places messages by them).
 * Built only when the letter has comments.
 */
function controlTree(source: string, paragraphs: readonly MdastParagraph[], between: readonly SourceComment[]): MdastRoot {
  const place = location(source)
  const point = (offset: number) => ({...(place.toPoint(offset) ?? {line: 1, column: 1}), offset})
  const located = <T extends object>(node: T, start: number, end: number): T => ({...node, position: {start: point(start), end: point(end)}})
  const children: RootContent[] = [
    ...paragraphs.map((paragraph) => ({
      ...located(paragraph, offset(paragraph, 'start'), offset(paragraph, 'end')),
      children: paragraph.children.map((child) => located(child, offset(child, 'start'), offset(child, 'end')))
    })),
    ...between.map((item) => located<Html>({type: 'html', value: source.slice(item.start, item.end)}, item.start, item.end))
  ]
  children.sort((a, b) => offset(a, 'start') - offset(b, 'start'))
  return {type: 'root', children, position: {start: point(0), end: point(source.length)}}
}

function offset(node: Node, side: 'start' | 'end'): number {
  return node.position?.[side].offset ?? 0
}

/** Non-blank stretches of text between blank lines, trimmed of surrounding whitespace. */
function paragraphRanges(source: string): Array<{start: number; end: number}> {
  const ranges: Array<{start: number; end: number}> = []
  let from = 0
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(source.charAt(start))) start++
    while (end > start && /\s/.test(source.charAt(end - 1))) end--
    if (end > start) ranges.push({start, end})
  }
  for (const match of source.matchAll(blankLine)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, source.length)
  return ranges
}

function lineRanges(source: string, start: number, end: number): Array<{start: number; end: number}> {
  const lines: Array<{start: number; end: number}> = []
  let lineStart = start
  for (let index = start; index <= end; index++) {
    const char = source.charAt(index)
    if (index === end || char === '\n' || char === '\r') {
      let lineEnd = index
      while (lineEnd > lineStart && /\s/.test(source.charAt(lineEnd - 1))) lineEnd--
      let first = lineStart
      while (first < lineEnd && /[ \t]/.test(source.charAt(first))) first++
      if (lineEnd > first) lines.push({start: first, end: lineEnd})
      if (char === '\r' && source.charAt(index + 1) === '\n') index++
      lineStart = index + 1
    }
  }
  return lines
}
