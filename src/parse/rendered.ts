import {location} from 'vfile-location'
import {lazyBlock, proseBlockToNlcst, type BlockKind, type InputFormat, type ParsedDocument, type PositionScheme, type SourceBlock, type SourcePoint} from './document.js'
import {countWhile} from '../util/bisect.js'

/**
 * Where a stretch of rendered text came from: `file` is an index into the files the document
 * was read from (a LaTeX letter and the files it `\input`s; one file for the other formats).
 * A `copy` stretch is the source character for character; any other stretch (an expanded
 * macro, an entity, `---` rendered as a dash) stands for the whole of `start`..`end`.
 */
export interface Origin {
  file: number
  start: number
  end: number
  copy: boolean
}

interface Piece extends Origin {
  /** Offset of the piece in the rendered text, and its length there. */
  at: number
  length: number
}

/** Turns a file index and an offset in that file into a position as reports show it. */
export type PointResolver = (file: number, offset: number) => SourcePoint

/**
 * Builds the text a reader sees from a document that is not plain text (LaTeX, Word, HTML,
 * PDF), block by block, remembering where each character came from. The rules then read the
 * rendered text exactly as they read Markdown, and every position maps back to the file.
 *
 * Blocks are separated by a blank line; lines within a block by a newline. White space is
 * folded as a typesetter or a browser folds it: runs become one space, none at a line's ends.
 */
export class RenderedDocumentBuilder {
  /**
   * The rendered text, in the pieces it was appended in, joined once by `build`. One string
   * grown with `+=` is a rope that V8 flattens whenever a character of it is read (the last
   * one, at every space): that made rendering quadratic (3,000 HTML paragraphs took 7 s).
   */
  private readonly chunks: string[] = []
  private length = 0
  private readonly pieces: Piece[] = []
  private readonly blocks: Array<{kind: BlockKind; group: number; start: number; end: number}> = []
  private blockStart = -1
  /** Where the current block's separator starts (the block's start when it is the first). */
  private blockOpenedAt = 0
  private group = 0

  /** How many characters have been rendered so far (a renderer's size limit reads it). */
  get size(): number {
    return this.length
  }

  /** Append text that came from `origin`. White space in `value` is folded. */
  append(value: string, origin: Origin): void {
    if (origin.copy && value.length !== origin.end - origin.start) throw new RangeError('a copied piece must be as long as its source')
    let index = 0
    while (index < value.length) {
      const char = value[index]!
      if (/\s/.test(char)) {
        const spaceOrigin = origin.copy ? {...origin, start: origin.start + index, end: origin.start + index + 1} : origin
        this.space(spaceOrigin)
        index++
        continue
      }
      let stop = index + 1
      while (stop < value.length && !/\s/.test(value[stop]!)) stop++
      const part = value.slice(index, stop)
      this.open()
      const pieceOrigin = origin.copy ? {...origin, start: origin.start + index, end: origin.start + stop} : origin
      this.push(part, pieceOrigin)
      index = stop
    }
  }

  /** A space, unless the line is empty or already ends in one. */
  space(origin: Origin): void {
    if (this.blockStart < 0) return
    const last = this.lastCode()
    if (this.length === this.blockStart || last === 32 || last === 10) return
    this.push(' ', {...origin, copy: origin.copy && origin.end - origin.start === 1})
  }

  /** A new line in the current block (LaTeX `\\`, HTML `<br>`, a line of a PDF). */
  lineBreak(): void {
    if (this.blockStart < 0 || this.length === this.blockStart) return
    this.trimEnd()
    if (this.lastCode() === 10) return
    this.add('\n')
  }

  /** End the current block, if it has any text, as a block of `kind`; a list's items share `group`. */
  endBlock(kind: BlockKind = 'paragraph', group?: number): void {
    if (this.blockStart < 0) return
    this.trimEnd()
    while (this.length > 0 && this.lastCode() === 10) this.truncate(this.length - 1)
    if (this.length > this.blockStart) {
      this.blocks.push({kind, group: group ?? this.nextGroup(), start: this.blockStart, end: this.length})
    } else {
      this.dropPiecesFrom(this.blockOpenedAt)
      this.truncate(this.blockOpenedAt)
    }
    this.blockStart = -1
  }

  /** A group number for a block or a list of blocks. */
  nextGroup(): number {
    return ++this.group
  }

  /** The text of the current block's last line. */
  currentLine(): string {
    if (this.blockStart < 0) return ''
    let line = ''
    let end = this.length
    for (let index = this.chunks.length - 1; index >= 0 && end > this.blockStart; index--) {
      const chunk = this.chunks[index]!
      const part = chunk.slice(Math.max(0, this.blockStart - (end - chunk.length)))
      const newline = part.lastIndexOf('\n')
      if (newline >= 0) return part.slice(newline + 1) + line
      line = part + line
      end -= chunk.length
    }
    return line
  }

  /** True when the current block has text. */
  get inBlock(): boolean {
    return this.blockStart >= 0 && this.length > this.blockStart
  }

  /**
   * The parsed document: the rendered text as `source`, its blocks parsed to nlcst, and a map
   * from its offsets back to the file, through `resolve`.
   */
  build(format: InputFormat, scheme: PositionScheme, resolve: PointResolver): ParsedDocument {
    this.endBlock()
    const source = this.chunks.join('')
    const blocks: SourceBlock[] = this.blocks.map((block) => lazyBlock(block, () => proseBlockToNlcst(source, block.start, block.end)))
    const pieces = this.pieces
    return {
      format,
      source,
      blocks,
      html: [],
      comments: [],
      map: {
        scheme,
        locate(offset: number, isEnd = false): SourcePoint {
          const origin = originAt(pieces, offset, isEnd)
          return origin ? resolve(origin.file, origin.offset) : resolve(0, 0)
        }
      }
    }
  }

  private open(): void {
    if (this.blockStart < 0) {
      this.blockOpenedAt = this.length
      if (this.length > 0) this.add('\n\n')
      this.blockStart = this.length
    }
  }

  private push(value: string, origin: Origin): void {
    const last = this.pieces.at(-1)
    const at = this.length
    // Neighbouring copies of adjacent source merge, which keeps the map small.
    if (last?.copy && origin.copy && last.file === origin.file && last.at + last.length === at && last.end === origin.start) {
      last.length += value.length
      last.end = origin.end
    } else {
      this.pieces.push({...origin, at, length: value.length})
    }
    this.add(value)
  }

  private add(value: string): void {
    this.chunks.push(value)
    this.length += value.length
  }

  /** The code of the last character rendered (NaN when there is none). */
  private lastCode(): number {
    const chunk = this.chunks[this.chunks.length - 1]
    return chunk === undefined ? Number.NaN : chunk.charCodeAt(chunk.length - 1)
  }

  /** Cut the text back to its first `length` characters. */
  private truncate(length: number): void {
    while (this.length > length) {
      const chunk = this.chunks.pop()!
      this.length -= chunk.length
      if (this.length < length) {
        this.chunks.push(chunk.slice(0, length - this.length))
        this.length = length
      }
    }
  }

  /** Drop trailing spaces (not newlines) from the current line. */
  private trimEnd(): void {
    while (this.length > this.blockStart && this.lastCode() === 32) {
      this.truncate(this.length - 1)
      this.dropPiecesFrom(this.length)
    }
  }

  private dropPiecesFrom(offset: number): void {
    while (this.pieces.length > 0) {
      const last = this.pieces.at(-1)!
      if (last.at >= offset) this.pieces.pop()
      else if (last.at + last.length > offset) {
        const cut = last.at + last.length - offset
        last.length -= cut
        if (last.copy) last.end -= cut
        break
      } else break
    }
  }
}

/**
 * The source offset of a rendered offset. A start maps to the first character at or after it;
 * an end (`isEnd`) to the end of the character before it, so a span never takes in markup
 * that follows its last word. A piece that is not a copy maps as a whole.
 */
function originAt(pieces: readonly Piece[], offset: number, isEnd: boolean): {file: number; offset: number} | undefined {
  if (pieces.length === 0) return undefined
  // The last piece starting before (end) or at (start) the offset.
  const low = Math.max(0, countWhile(pieces.length, (index) => (isEnd ? pieces[index]!.at < offset : pieces[index]!.at <= offset)) - 1)
  let piece = pieces[low]!
  if (isEnd) {
    if (piece.at >= offset) return {file: piece.file, offset: piece.start}
    const inside = Math.min(offset - piece.at, piece.length)
    return {file: piece.file, offset: piece.copy ? piece.start + inside : piece.end}
  }
  if (piece.at > offset) return {file: piece.file, offset: piece.start}
  if (offset >= piece.at + piece.length) {
    // Between pieces (a block separator, a folded space): the next piece starts here.
    const next = pieces[low + 1]
    if (!next) return {file: piece.file, offset: piece.end}
    piece = next
    return {file: piece.file, offset: piece.start}
  }
  return {file: piece.file, offset: piece.copy ? piece.start + (offset - piece.at) : piece.start}
}

/** Line and column in one of the files read, for the text formats (LaTeX, HTML). */
export function lineColumnResolver(files: ReadonlyArray<{text: string; filePath?: string}>): PointResolver {
  const places = files.map((file) => location(file.text))
  return (file, offset) => {
    const point = places[file]?.toPoint(Math.min(offset, files[file]!.text.length))
    const result: SourcePoint = point ? {line: point.line, column: point.column} : {line: 1, column: 1}
    const filePath = files[file]?.filePath
    if (filePath !== undefined) result.filePath = filePath
    return result
  }
}
