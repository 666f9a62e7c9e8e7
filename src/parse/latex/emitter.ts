import {UserError} from '../../errors.js'
import {count} from '../../util/count.js'
import type {BlockKind} from '../document.js'
import {RenderedDocumentBuilder, type Origin} from '../rendered.js'
import type {Ctx, Span} from './context.js'

/**
 * The output side of the LaTeX renderer: what a reader of the PDF sees, written into a
 * `RenderedDocumentBuilder` with the source of every character. It knows whether the part of
 * the document being read prints (`printing`), which kind of block text goes into (a list, a
 * quotation), the cell separators of a table, and TeX's ligatures.
 */
export class LatexEmitter {
  readonly builder = new RenderedDocumentBuilder()
  /** Whether what is rendered now is part of the letter (see letter-classes.ts). */
  printing = false
  /** Inside a table that is read: the `&` before the next cell, printed as " — " if text follows. */
  table: {separator?: Origin | undefined} | undefined
  private readonly containers: Array<{kind: BlockKind; group?: number}> = [{kind: 'paragraph'}]

  /** `maxLength()`: how long the rendered text may grow; longer is an input error. */
  constructor(private readonly maxLength: () => number) {}

  /** Blocks from here to `leaveContainer` are items of one list, or a quotation. */
  enterContainer(kind: 'list-item' | 'quote'): void {
    this.containers.push(kind === 'list-item' ? {kind, group: this.builder.nextGroup()} : {kind})
  }

  leaveContainer(): void {
    this.containers.pop()
  }

  endBlock(kind?: BlockKind): void {
    const container = this.containers[this.containers.length - 1]!
    if (this.printing || this.builder.inBlock) this.builder.endBlock(kind ?? container.kind, kind ? undefined : container.group)
  }

  /** A new line in the block, if anything is printed yet. */
  lineBreak(): void {
    if (this.printing && this.builder.inBlock) this.builder.lineBreak()
  }

  /** Where text from `span` in `ctx` came from: inside an expansion, the macro where it was used. */
  origin(span: Span, ctx: Ctx): Origin {
    return ctx.override ?? {file: ctx.file, start: span.start, end: span.end, copy: false}
  }

  space(span: Span, ctx: Ctx): void {
    if (!this.printing) return
    const origin = ctx.override ?? {file: ctx.file, start: span.start, end: span.end, copy: span.end - span.start === 1}
    this.builder.space(origin)
  }

  emit(value: string, origin: Origin): void {
    if (!this.printing) return
    if (this.builder.size + value.length > this.maxLength()) {
      throw new UserError(`the letter's macros expand to over ${count(this.maxLength())} characters of text, more than twice what its files hold (a macro that repeats its argument?)`)
    }
    if (this.table?.separator) {
      if (this.builder.inBlock) this.builder.append(' — ', this.table.separator)
      this.table.separator = undefined
    }
    this.builder.append(value, origin)
  }

  /** Source text: TeX's ligatures become the characters they print (`---` a dash, two quotes a curly quote). */
  text(value: string, span: Span, ctx: Ctx): void {
    if (!this.printing) return
    const ligature = /---|--|``|''/g
    let from = 0
    for (const match of value.matchAll(ligature)) {
      if (match.index > from) this.emit(value.slice(from, match.index), this.piece(span.start + from, span.start + match.index, ctx, true))
      const printed = match[0] === '---' ? '—' : match[0] === '--' ? '–' : match[0] === '``' ? '“' : '”'
      this.emit(printed, this.piece(span.start + match.index, span.start + match.index + match[0].length, ctx, false))
      from = match.index + match[0].length
    }
    if (from < value.length) {
      // `\verb` text is not source character for character when it spans the delimiters.
      const copy = span.end - span.start === value.length
      this.emit(value.slice(from), copy ? this.piece(span.start + from, span.end, ctx, true) : this.origin(span, ctx))
    }
  }

  private piece(start: number, end: number, ctx: Ctx, copy: boolean): Origin {
    return ctx.override ?? {file: ctx.file, start, end, copy}
  }
}
