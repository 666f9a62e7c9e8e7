import {blockToNlcst, lazyBlock, textParagraph, type ParsedDocument, type SourceBlock} from './document.js'

const blankLine = /\r?\n[ \t]*(?:\r?\n|\r)|\r[ \t]*\r/g
const bullet = /^[ \t]*(?:[-*•‣◦▪–]|\d{1,2}[.)])[ \t]+\S/

/**
 * Plain text to blocks: paragraphs are separated by blank lines. A block whose every line starts
 * with a bullet or a number is a list, and each of its lines an item, as in Markdown.
 */
export function parseText(source: string): ParsedDocument {
  const blocks: SourceBlock[] = []
  let group = 0
  for (const {start, end} of paragraphRanges(source)) {
    const lines = lineRanges(source, start, end)
    const isList = lines.length > 0 && lines.every(({start: s, end: e}) => bullet.test(source.slice(s, e)))
    group++
    const parts = isList ? lines : [{start, end}]
    for (const part of parts) {
      const block = {kind: isList ? ('list-item' as const) : ('paragraph' as const), group, start: part.start, end: part.end}
      blocks.push(lazyBlock(block, () => blockToNlcst(textParagraph(source, part.start, part.end), source)))
    }
  }
  return {format: 'text', source, blocks, html: [], comments: []}
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
