import type {Paragraph, Root} from 'nlcst'
import type {Processor} from 'unified'
import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from './messages.js'

/**
 * The letter's nlcst, handed to unified (retext) plugins while the letter is parsed.
 *
 * Each block of prose is parsed once (src/parse/), its words become the Letter's tokens, and
 * then, when any plugin is to run, its paragraphs join a tree that the plugins read. The tree is
 * a RootNode of the letter's paragraphs in reading order, with positions (offsets, lines and
 * columns) in the letter's text: the file itself for Markdown and plain text, the rendered text
 * for LaTeX, HTML, Word and PDF (the engine maps a message's offsets back to the file).
 *
 * A letter is handed over whole. A long document is handed over in pieces of about
 * `chunkCharacters` (whole blocks), each dropped when its plugins have run: a document's nlcst
 * is about 120 bytes per character of source, so a 5 MB file's tree whole would take over half a
 * gigabyte, and pieces keep it to a few megabytes at any time.
 */
export const chunkCharacters = 64 * 1024

/** A plugin's message, with offsets into the letter's text (half-open); none when it has no place. */
export interface ProseMessage {
  message: VFileMessage
  start?: number
  end?: number
}

/**
 * The most messages one pass keeps for a letter. Past a few hundred doubled words or wrong
 * articles the text is not prose (a run of "a a a ..." in a hostile file) and each further
 * finding only costs time: 9,000 of each on a 46 KB file took most of a second.
 */
export const maxProseMessages = 500

/** One processor run on the letter's nlcst; its messages are kept apart from every other's. */
export interface ProsePass {
  processor: Processor<Root>
  /** What the processor's plugins reported, in order. */
  messages: ProseMessage[]
  /** Called with whatever a plugin threw (the pass turns it into the error to report). */
  fail(error: unknown): never
}

/** Collects the letter's block trees and runs the passes over them (see above). */
export class ProseTrees {
  readonly #source: string
  readonly #file: VFile
  readonly #passes: readonly ProsePass[]
  readonly #lines: Lines
  #pending: Paragraph[] = []
  #size = 0

  constructor(source: string, file: VFile, passes: readonly ProsePass[]) {
    this.#source = source
    this.#file = file
    this.#passes = passes
    this.#lines = new Lines(source)
  }

  /** A block's paragraphs, with positions relative to `start` (as src/parse/ makes them). */
  add(paragraphs: readonly Paragraph[], start: number, end: number): void {
    for (const paragraph of paragraphs) {
      this.#toSource(paragraph, start)
      this.#pending.push(paragraph)
    }
    this.#size += end - start
    if (this.#size >= chunkCharacters) this.#flush()
  }

  /** Run the passes over what is left. */
  finish(): void {
    this.#flush()
  }

  #flush(): void {
    const children = this.#pending
    this.#pending = []
    this.#size = 0
    const first = children[0]?.position
    const last = children.at(-1)?.position
    if (!first || !last) return
    const root: Root = {type: 'RootNode', children, position: {start: {...first.start}, end: {...last.end}}}
    const file = this.#file
    // A plugin's file.message() makes an Error (a VFileMessage), and V8 records the stack of each:
    // never read for a finding, and on a document of thousands of findings most of the run's time.
    const limit = Error.stackTraceLimit
    for (const pass of this.#passes) {
      const before = file.messages.length
      Error.stackTraceLimit = 0
      try {
        pass.processor.runSync(root, file)
      } catch (error) {
        file.messages.splice(before)
        Error.stackTraceLimit = limit
        pass.fail(error)
      } finally {
        Error.stackTraceLimit = limit
      }
      for (const message of file.messages.splice(before)) {
        if (pass.messages.length >= maxProseMessages) break
        // A message's ancestors would keep its sentence's tree alive after the piece is dropped.
        message.ancestors = undefined
        pass.messages.push(this.#offsets(message))
      }
    }
  }

  /**
   * Move a subtree's positions from its block into the letter's text. New point objects: the
   * parser shares one point between a parent and its first or last child.
   */
  #toSource(node: Node, base: number): void {
    const {position} = node
    if (position) node.position = {start: this.#lines.point((position.start.offset ?? 0) + base), end: this.#lines.point((position.end.offset ?? 0) + base)}
    const children = (node as {children?: Node[]}).children
    if (children) for (const child of children) this.#toSource(child, base)
  }

  /** Where a plugin's message is, as offsets: from the offsets of its place, or its lines and columns. */
  #offsets(message: VFileMessage): ProseMessage {
    const place = message.place as Position | Point | undefined
    const startPoint = place && 'start' in place ? place.start : place
    const endPoint = place && 'end' in place ? place.end : undefined
    const start = this.#offset(startPoint)
    if (start === undefined) return {message}
    return {message, start, end: Math.max(start, this.#offset(endPoint) ?? start)}
  }

  #offset(point: Point | undefined): number | undefined {
    if (!point) return undefined
    if (typeof point.offset === 'number') return Math.min(Math.max(0, point.offset), this.#source.length)
    return this.#lines.offset(point)
  }
}

/**
 * Lines and columns of the letter's text, for every node's start and end. Nodes come in order,
 * so each lookup walks from the line of the last one: constant time, where a search per point
 * was a fifth of what the plugins cost on a letter. Line breaks as vfile-location counts them.
 */
class Lines {
  readonly #starts: number[] = [0]
  #line = 0

  constructor(text: string) {
    const breaks = /\r\n?|\n/g
    for (let found = breaks.exec(text); found; found = breaks.exec(text)) this.#starts.push(found.index + found[0].length)
  }

  point(offset: number): Point {
    const starts = this.#starts
    let line = this.#line
    while (line > 0 && starts[line]! > offset) line--
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
    this.#line = line
    return {line: line + 1, column: offset - starts[line]! + 1, offset}
  }

  offset(point: {line: number; column: number}): number | undefined {
    const start = this.#starts[point.line - 1]
    if (start === undefined || !(point.column > 0)) return undefined
    const offset = start + point.column - 1
    const next = this.#starts[point.line]
    return next === undefined || offset < next ? offset : undefined
  }
}
