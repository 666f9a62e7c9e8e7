import type {Paragraph as MdastParagraph, Heading as MdastHeading, Root as MdastRoot} from 'mdast'
import type {Paragraph, Root} from 'nlcst'
import type {Node as UnistNode} from 'unist'
import {toNlcst} from 'mdast-util-to-nlcst'
import {VFile} from 'vfile'
import {segmentLength, segments} from './segments.js'
import {markdownParser, parseProse} from './english.js'
import {remapOffsets, valueMaps} from './value-offsets.js'
import type {Range} from '../util/ranges.js'

/** The format a letter was read as; it decides the parser and the position scheme. */
export type InputFormat = 'markdown' | 'text' | 'latex' | 'docx' | 'html' | 'pdf'

/**
 * What a position's two numbers count (`line` and `column` in every message): lines and
 * columns of the file for text formats, paragraphs of a Word document, pages of a PDF.
 */
export type PositionScheme = 'line:column' | 'paragraph:column' | 'page:line'

/** A position as reports show it. `filePath` is set when the words are in another file (a LaTeX `\input`). */
export interface SourcePoint {
  line: number
  column: number
  filePath?: string
}

/**
 * How offsets into `ParsedDocument.source` map back to the file the user opened, for formats
 * whose `source` is text rendered from the file (LaTeX, Word, HTML, PDF) rather than the file.
 */
export interface SourceMap {
  scheme: PositionScheme
  /** Where the character at `offset` came from; with `isEnd`, where the one before it ends. */
  locate(offset: number, isEnd?: boolean): SourcePoint
}

/** How a block sits in the source: a paragraph, a heading, an item of a list, a quotation. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote'

/** A half-open range of UTF-16 offsets into the source. */
// Offsets into the file: defined with the helpers that search ranges, below every layer that uses them.
export type {Range}

/**
 * One block of prose, parsed to nlcst. Offsets inside `paragraphs` are relative to `start`
 * (see `blockToNlcst`); `src/letter/tokens.ts` turns them into offsets into the file.
 */
export interface SourceBlock extends Range {
  kind: BlockKind
  /** Blocks that read as one paragraph share a group (the items of one list). */
  group: number
  /**
   * The block's nlcst. Made by `lazyBlock` when read and not kept (read it once): a document's
   * nlcst is about 120 bytes per character of source, so keeping every block's tree until the
   * Letter is built made a 5 MB file take well over a gigabyte.
   */
  paragraphs: Paragraph[]
}

/** A block whose `paragraphs` are parsed each time they are read, so that nothing keeps them alive. */
export function lazyBlock(block: Omit<SourceBlock, 'paragraphs'>, parse: () => Paragraph[]): SourceBlock {
  return Object.defineProperty({...block}, 'paragraphs', {get: parse, enumerable: true}) as SourceBlock
}

/** A comment in the source (Markdown `<!-- ... -->`), kept for inline control. */
export interface SourceComment extends Range {
  /** The text between the comment markers, trimmed. */
  value: string
}

/**
 * What every input format parses into. Only prose reaches `blocks`: code, front
 * matter, comments and link destinations never do, so no rule can fire on them.
 */
export interface ParsedDocument {
  format: InputFormat
  /** The text positions refer to (a UTF-8 BOM is removed; nothing else changes). */
  source: string
  blocks: SourceBlock[]
  /** Raw HTML that is not a comment, e.g. `<Company Name>`, which Markdown hides from the prose. */
  html: Range[]
  comments: SourceComment[]
  /** Set when `source` is rendered from the file: maps offsets back to it. Absent: `source` is the file. */
  map?: SourceMap
  /** Markdown only: the syntax tree, for inline-control comments (`src/config/inline.ts`). */
  mdast?: MdastRoot
}

/**
 * Parse one block of mdast phrasing content to nlcst, with offsets relative to the block.
 *
 * Why block by block, and why relative: remark-retext hands the whole document to the parser
 * at once, and parse-latin edits one flat token list in place, which grows superlinearly on
 * long inputs; and mdast-util-to-nlcst indexes the lines of the file it is given on every
 * call. Handing it a copy of the block shifted to offset 0, with a file of just that block,
 * keeps every step proportional to the block, so a whole document parses in linear time. A
 * block longer than a few pages is parsed in segments (`segments.ts`), which keeps one long
 * paragraph linear too.
 */
export function blockToNlcst(node: MdastParagraph | MdastHeading, source: string): Paragraph[] {
  const start = node.position?.start.offset
  if (start === undefined || node.position?.end.offset === undefined) return []
  const parts = segments(node, source)
  return parts.length === 1 ? segmentToNlcst(node, source, start) : parts.flatMap((part) => segmentToNlcst(part, source, start))
}

/** One segment of a block starting at `base`, with offsets relative to `base`. */
function segmentToNlcst(node: MdastParagraph | MdastHeading, source: string, base: number): Paragraph[] {
  const end = node.position?.end.offset
  if (end === undefined) return []
  const shifted = shift(node, base)
  const text = source.slice(base, end)
  const root = toNlcst(shifted, new VFile(text), markdownParser) as Root
  // Text whose value is not a copy of its source (trailing spaces, indents, "> ", escapes) was
  // placed by counting its value: put it back where it is (see value-offsets.ts).
  const maps = valueMaps(shifted, text)
  if (maps.length > 0) remapOffsets(root, maps)
  return root.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
}

/** A synthetic mdast paragraph holding `source.slice(start, end)` as one text node. */
export function textParagraph(source: string, start: number, end: number): MdastParagraph {
  const position = {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1 + end - start, offset: end}}
  return {type: 'paragraph', position, children: [{type: 'text', value: source.slice(start, end), position}]}
}

/**
 * Parse `source.slice(start, end)`, a block of plain prose, to nlcst with offsets relative to
 * `start`: through the retext-english processor, as retext parses text. A block longer than one
 * segment is parsed in segments as a Markdown block is (`blockToNlcst`, with a parser made from
 * the same processor), so one long paragraph stays linear.
 */
export function proseBlockToNlcst(source: string, start: number, end: number): Paragraph[] {
  if (end - start > segmentLength) return blockToNlcst(textParagraph(source, start, end), source)
  return parseProse(source.slice(start, end))
}

/** A deep copy of `node` whose offsets are moved back by `by`. Line and column are kept. */
function shift<T extends UnistNode>(node: T, by: number): T {
  const copy = {...node} as T & {children?: UnistNode[]}
  if (node.position) {
    copy.position = {
      start: {...node.position.start, offset: (node.position.start.offset ?? by) - by},
      end: {...node.position.end, offset: (node.position.end.offset ?? by) - by}
    }
  }
  const children = (node as {children?: UnistNode[]}).children
  if (children) copy.children = children.map((child) => shift(child, by))
  return copy
}
