import {UserError} from '../../errors.js'
import {isClosingLine} from '../../letter/structure.js'
import type {BlockKind, ParsedDocument} from '../document.js'
import {lineColumnResolver, RenderedDocumentBuilder, type Origin} from '../rendered.js'
import {accents, environmentArguments, headings, horizontalSpace, lists, paragraphBreaks, printing, quotations, silent, skippedEnvironments, symbols, tables} from './commands.js'
import {tokenize, type TexNode} from './tokenize.js'

/** A file a letter `\input`s, as the caller found it. */
export interface IncludedFile {
  /** Identifies the file (its resolved path): the same file included twice is read once. */
  key: string
  text: string
  /** The path reports show for positions in this file. */
  filePath: string
}

/**
 * Finds a file named by `\input`/`\include` (`name` as written, macros expanded). Returns the
 * file, or `undefined` when it has not been read yet: `renderLatex` then answers `{need}`, the
 * caller reads it and renders again (rendering is synchronous; reading is not).
 */
export type Includer = (name: string) => IncludedFile | undefined

export type LatexRendering = {document: ParsedDocument} | {need: string}

/**
 * Render a LaTeX letter to the text a reader of the PDF sees, as a `ParsedDocument` whose
 * positions map back to line:column of the .tex source (or of the file `\input` brought in).
 *
 * What is read: the letter's body, found the way the letter classes print it:
 * - `letter` class (and any `\begin{letter}{recipient}`): the recipient, `\opening`, the prose,
 *   `\closing` and `\signature`;
 * - moderncv and Awesome-CV: `\makelettertitle` (recipient, `\lettertitle`, `\opening` or
 *   `\letteropening`) to `\makeletterclosing` (`\closing` or `\letterclosing`, then `\name`),
 *   with `\lettersection` titles as headings;
 * - a `cvletter` environment on its own; otherwise the whole `document` environment;
 * - a file with no `\begin{document}` is a fragment (a body kept in its own file): all of it.
 *
 * The preamble, comments, commands and environments that are not prose (figures, maths
 * displays, verbatim) are left out; tables are read row by row, cells joined by " — ".
 * `\newcommand`/`\def` macros are expanded where they are used (with their arguments), so
 * `\companyname` is read as the company's name; text from a macro points at where it is used.
 */
export function renderLatex(source: string, include: Includer = () => undefined): LatexRendering {
  const renderer = new LatexRenderer(source, include)
  try {
    return {document: renderer.render()}
  } catch (error) {
    if (error instanceof NeedFile) return {need: error.name}
    throw error
  }
}

class NeedFile extends Error {
  constructor(override readonly name: string) {
    super(`needs ${name}`)
  }
}

interface Ctx {
  file: number
  /** Inside a macro's expansion: everything printed stands for the macro where it was used. */
  override?: Origin
  /** The arguments `#1`..`#9` stand for, inside an expansion. */
  args?: Thunk[]
}

/** Nodes with the context they were written in, rendered later (`\opening{...}`, a macro argument). */
interface Thunk {
  nodes: TexNode[]
  ctx: Ctx
  /** The command that stored it. */
  at: {start: number; end: number}
}

interface MacroDefinition {
  params: number
  /** The default of an optional first argument (`\newcommand{\x}[2][default]{...}`). */
  optional?: TexNode[]
  body: TexNode[]
}

type Mode = 'letter' | 'letter-title' | 'cvletter' | 'document' | 'fragment'

/** Expansion limits: a macro that calls itself must not hang the linter. */
const maxDepth = 64
const maxExpansions = 50_000

class LatexRenderer {
  private readonly builder = new RenderedDocumentBuilder()
  private readonly macros = new Map<string, MacroDefinition>()
  private readonly aliases = new Map<string, string>()
  private readonly stored = new Map<string, Thunk[]>()
  private readonly files: Array<{text: string; filePath?: string; key: string}>
  private readonly including: string[] = []
  private containers: Array<{kind: BlockKind; group?: number}> = [{kind: 'paragraph'}]
  private table: {separator?: Origin} | undefined
  private printing = false
  private mode: Mode = 'document'
  private depth = 0
  private expansions = 0

  constructor(
    private readonly source: string,
    private readonly include: Includer
  ) {
    this.files = [{text: source, key: ''}]
  }

  render(): ParsedDocument {
    const nodes = tokenize(this.source)
    const ctx: Ctx = {file: 0}
    const documentIndex = nodes.findIndex((node) => node.type === 'env' && node.name === 'document')
    if (documentIndex < 0) {
      this.mode = 'fragment'
      this.printing = true
      this.renderNodes(nodes, ctx)
    } else {
      const document = nodes[documentIndex] as Extract<TexNode, {type: 'env'}>
      this.printing = false
      this.renderNodes(nodes.slice(0, documentIndex), ctx)
      this.mode = findMode(document.children)
      this.printing = this.mode === 'document'
      this.renderNodes(document.children, ctx)
    }
    const document = this.builder.build('latex', 'line:column', lineColumnResolver(this.files))
    if (!document.blocks.some((block) => block.paragraphs.length > 0 && /[\p{L}\p{N}]/u.test(document.source.slice(block.start, block.end)))) {
      throw new UserError(
        this.mode === 'fragment'
          ? 'no letter body found: no \\begin{document} and no prose (a preamble or a style file?)'
          : 'no letter body found: no prose in \\begin{letter}, between \\makelettertitle and \\makeletterclosing, in cvletter, or in the document'
      )
    }
    return document
  }

  // ---- walking ----

  private renderNodes(input: readonly TexNode[], ctx: Ctx): void {
    const nodes = input.slice()
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!
      switch (node.type) {
        case 'text':
          this.text(node.value, node, ctx)
          break
        case 'space':
        case 'tie':
          this.space(node, ctx)
          break
        case 'par':
          this.endBlock()
          break
        case 'group':
        case 'math':
          this.renderNodes(node.children, ctx)
          break
        case 'tab':
          // Outside a table a bare & is a slip LaTeX complains about; the reader still sees "&".
          if (this.table) this.table.separator = this.origin(node, ctx)
          else this.emit('&', this.origin(node, ctx))
          break
        case 'param': {
          const arg = ctx.args?.[node.index - 1]
          if (arg) this.renderNodes(arg.nodes, arg.ctx)
          break
        }
        case 'env':
          this.environment(node, ctx)
          break
        case 'macro':
          index = this.macro(nodes, index, ctx)
          break
      }
    }
  }

  private environment(node: Extract<TexNode, {type: 'env'}>, ctx: Ctx): void {
    const {name} = node
    if (skippedEnvironments.has(name)) return
    const nodes = node.children.slice()
    const spec = tables[name] ?? environmentArguments[name] ?? ''
    const {args, last} = takeArgs(nodes, -1, spec)
    const content = nodes.slice(last + 1)
    const wasPrinting = this.printing
    this.endBlock()
    if (name === 'letter') {
      if (this.mode === 'letter') this.printing = true
      if (args[0]) this.block({nodes: args[0], ctx, at: node})
    } else if (name === 'cvletter' && this.mode === 'cvletter') {
      this.printing = true
    }
    if (name in tables) {
      // A table of short fields (contact details, addresses) is layout; one with sentences is read.
      if (!hasProseCell(content)) return
      const outer = this.table
      this.table = {}
      this.renderNodes(content, ctx)
      this.endBlock()
      this.table = outer
    } else if (lists.has(name) || quotations.has(name)) {
      const container = lists.has(name) ? {kind: 'list-item' as const, group: this.builder.nextGroup()} : {kind: 'quote' as const}
      this.containers.push(container)
      this.renderNodes(content, ctx)
      this.endBlock()
      this.containers.pop()
    } else {
      this.renderNodes(content, ctx)
      this.endBlock()
    }
    if (name === 'letter' || name === 'cvletter') this.printing = wasPrinting
  }

  /** Handle the command at `nodes[index]`; returns the index of the last node it took. */
  private macro(nodes: TexNode[], index: number, ctx: Ctx): number {
    const node = nodes[index] as Extract<TexNode, {type: 'macro'}>
    const name = this.aliases.get(node.name) ?? node.name

    const definition = this.macros.get(name)
    if (definition) return this.expand(definition, nodes, index, ctx)

    switch (name) {
      case '\\':
      case 'newline':
      case 'linebreak':
      case 'tabularnewline': {
        const {last} = takeArgs(nodes, index, name === '\\' ? 'so' : name === 'linebreak' ? 'o' : '')
        if (this.table) this.endBlock()
        else if (this.printing) this.builder.lineBreak()
        return last
      }
      case 'newcommand':
      case 'renewcommand':
      case 'providecommand':
      case 'DeclareRobustCommand':
        return this.newcommand(nodes, index, name === 'providecommand')
      case 'def':
      case 'gdef':
      case 'edef':
      case 'xdef':
        return this.def(nodes, index)
      case 'let':
        return this.let(nodes, index)
      case 'font': {
        // \font\name=file at 10pt: a font declaration, no text.
        let last = index + 1
        while (last + 1 < nodes.length && nodes[last + 1]!.type !== 'space' && nodes[last + 1]!.type !== 'par') last++
        return last
      }
      case 'input':
      case 'include':
      case 'subfile':
        return this.input(nodes, index, ctx, name === 'include')
      case 'opening':
      case 'closing':
        if (this.mode === 'letter-title') return this.store(name, nodes, index, ctx, 'm')
        return this.letterPart(name, nodes, index, ctx)
      case 'signature':
      case 'lettertitle':
      case 'letteropening':
      case 'letterclosing':
        return this.store(name, nodes, index, ctx, 'm')
      case 'name':
      case 'recipient':
        return this.store(name, nodes, index, ctx, 'mm')
      case 'makelettertitle':
        this.letterTitle(node, ctx)
        return index
      case 'makeletterclosing':
        this.letterClosing(node, ctx)
        return index
      case 'item': {
        const {args, last} = takeArgs(nodes, index, 'o')
        this.endBlock()
        if (args[0]) {
          this.renderNodes(args[0], ctx)
          this.space(node, ctx)
        }
        return last
      }
    }

    if (headings.has(name)) {
      const {args, last} = takeArgs(nodes, index, name === 'lettersection' || name === 'cvsection' ? 'm' : 'som')
      this.endBlock()
      const title = args.at(-1)
      if (title) this.renderNodes(title, ctx)
      this.endBlock('heading')
      return last
    }
    if (paragraphBreaks.has(name)) {
      const {last} = takeArgs(nodes, index, name === 'pagebreak' ? 'o' : '')
      this.endBlock()
      return last
    }
    const gap = horizontalSpace[name]
    if (gap !== undefined) {
      const {last} = takeArgs(nodes, index, gap)
      this.space(node, ctx)
      return last
    }
    const symbol = symbols[name]
    if (symbol !== undefined) {
      if (symbol === ' ') this.space(node, ctx)
      else if (symbol) this.emit(symbol, this.origin(node, ctx))
      return index
    }
    const accent = accents[name]
    if (accent !== undefined) {
      const {args, last} = takeArgs(nodes, index, 'm')
      const base = this.plain(args[0] ?? [], ctx).replace(/^ı/, 'i').replace(/^ȷ/, 'j')
      const end = nodes[last]?.end ?? node.end
      if (base) this.emit((base[0] + accent).normalize('NFC') + base.slice(1), this.origin({start: node.start, end}, ctx))
      return last
    }
    const prints = printing[name]
    if (prints) {
      const {args, last} = takeArgs(nodes, index, prints[0])
      for (const which of prints[1]) {
        const arg = args[which]
        if (arg) this.renderNodes(arg, ctx)
      }
      return last
    }
    const spec = silent[name]
    if (spec !== undefined) return takeArgs(nodes, index, spec).last
    // An unknown command prints nothing; a group after it is read as text, as TeX would print it.
    return index
  }

  // ---- macros ----

  private expand(definition: MacroDefinition, nodes: TexNode[], index: number, ctx: Ctx): number {
    const node = nodes[index]!
    let last = index
    const args: Thunk[] = []
    if (definition.params > 0) {
      let spec = 'm'.repeat(definition.params)
      if (definition.optional) spec = `o${spec.slice(1)}`
      const taken = takeArgs(nodes, index, spec)
      last = taken.last
      taken.args.forEach((arg, which) => {
        const value = arg ?? (which === 0 ? definition.optional : undefined) ?? []
        args.push({nodes: value, ctx: arg ? ctx : {file: ctx.file, override: this.origin(node, ctx)}, at: node})
      })
    }
    if (this.depth >= maxDepth || ++this.expansions > maxExpansions) return last
    const end = nodes[last]?.end ?? node.end
    const override = ctx.override ?? {file: ctx.file, start: node.start, end: definition.params > 0 ? end : node.end, copy: false}
    this.depth++
    try {
      this.renderNodes(definition.body, {file: ctx.file, override, args})
    } finally {
      this.depth--
    }
    return last
  }

  private newcommand(nodes: TexNode[], index: number, provide: boolean): number {
    let at = index
    const star = takeArgs(nodes, at, 's')
    at = star.last
    const target = nextNonSpace(nodes, at)
    if (target < 0) return at
    const nameNode = nodes[target]!
    const inner = nameNode.type === 'group' ? nameNode.children.find((child) => child.type === 'macro') : nameNode
    if (!inner || inner.type !== 'macro') return target
    const {args, last} = takeArgs(nodes, target, 'oom')
    const count = Number(args[0]?.map((part) => (part.type === 'text' ? part.value : '')).join('').trim() || '0')
    if (!(provide && this.macros.has(inner.name))) {
      this.aliases.delete(inner.name)
      this.macros.set(inner.name, {params: Number.isInteger(count) ? Math.min(count, 9) : 0, optional: args[1], body: args[2] ?? []})
    }
    return last
  }

  private def(nodes: TexNode[], index: number): number {
    const target = nextNonSpace(nodes, index)
    const nameNode = nodes[target]
    if (!nameNode || nameNode.type !== 'macro') return index
    let params = 0
    let at = target + 1
    while (at < nodes.length && nodes[at]!.type !== 'group') {
      const part = nodes[at]!
      if (part.type === 'param') params = Math.max(params, part.index)
      at++
    }
    const body = nodes[at]
    if (!body || body.type !== 'group') return at - 1
    this.aliases.delete(nameNode.name)
    this.macros.set(nameNode.name, {params, body: body.children})
    return at
  }

  private let(nodes: TexNode[], index: number): number {
    const first = nextNonSpace(nodes, index)
    let second = nextNonSpace(nodes, first)
    if (second >= 0 && nodes[second]!.type === 'text' && (nodes[second] as {value: string}).value === '=') second = nextNonSpace(nodes, second)
    const a = nodes[first]
    const b = nodes[second]
    if (!a || a.type !== 'macro' || !b || b.type !== 'macro') return index
    const definition = this.macros.get(b.name)
    if (definition) this.macros.set(a.name, definition)
    else {
      this.macros.delete(a.name)
      this.aliases.set(a.name, this.aliases.get(b.name) ?? b.name)
    }
    return second
  }

  // ---- letter structure ----

  private store(name: string, nodes: TexNode[], index: number, ctx: Ctx, spec: string): number {
    const {args, last} = takeArgs(nodes, index, spec)
    const at = {start: nodes[index]!.start, end: nodes[last]?.end ?? nodes[index]!.end}
    this.stored.set(name, args.map((arg) => ({nodes: arg ?? [], ctx, at})))
    return last
  }

  /** `letter` class: `\opening` and `\closing` print where they are (with the signature after the closing). */
  private letterPart(name: 'opening' | 'closing', nodes: TexNode[], index: number, ctx: Ctx): number {
    const {args, last} = takeArgs(nodes, index, 'm')
    const words = {nodes: args[0] ?? [], ctx, at: nodes[index]!}
    if (name === 'opening') this.block(words)
    else this.signOff(words, this.stored.get('signature'))
    return last
  }

  /** `\makelettertitle` (moderncv, Awesome-CV): from here the letter prints. */
  private letterTitle(node: TexNode, ctx: Ctx): void {
    if (this.mode === 'letter-title') this.printing = true
    const recipient = this.stored.get('recipient')
    if (recipient) {
      this.endBlock()
      this.renderThunk(recipient[0]!)
      if (this.builder.inBlock && this.printing) this.builder.lineBreak()
      this.renderThunk(recipient[1]!)
      this.endBlock()
    }
    for (const part of ['lettertitle', 'opening', 'letteropening']) {
      const thunk = this.stored.get(part)?.[0]
      if (thunk) this.block(thunk)
    }
    void node
    void ctx
  }

  /** `\makeletterclosing`: the closing words and the sender's name, then the letter ends. */
  private letterClosing(node: TexNode, ctx: Ctx): void {
    const closing = this.stored.get('closing')?.[0] ?? this.stored.get('letterclosing')?.[0]
    this.signOff(closing, this.stored.get('name'))
    if (this.mode === 'letter-title') this.printing = false
    void node
    void ctx
  }

  private input(nodes: TexNode[], index: number, ctx: Ctx, isInclude: boolean): number {
    let last: number
    let name: string
    const next = nextNonSpace(nodes, index)
    const braced = next >= 0 && nodes[next]!.type === 'group'
    if (braced) {
      const taken = takeArgs(nodes, index, 'm')
      last = taken.last
      name = this.plain(taken.args[0] ?? [], ctx).trim()
    } else {
      // \input file.tex: the name runs to the next space.
      last = index
      name = ''
      while (last + 1 < nodes.length && (nodes[last + 1]!.type === 'text' || nodes[last + 1]!.type === 'macro')) {
        last++
        name += this.plain([nodes[last]!], ctx)
      }
    }
    if (!name) return last
    const file = this.include(name)
    if (!file) throw new NeedFile(name)
    if (this.including.includes(file.key)) throw new UserError(`\\input{${name}} includes a file that is already being read (a loop)`)
    if (this.including.length >= 16) throw new UserError(`\\input{${name}}: files nest more than 16 deep`)
    let fileIndex = this.files.findIndex((known) => known.key === file.key)
    if (fileIndex < 0) fileIndex = this.files.push({text: file.text, filePath: file.filePath, key: file.key}) - 1
    if (isInclude) this.endBlock()
    this.including.push(file.key)
    try {
      this.renderNodes(tokenize(file.text), {file: fileIndex})
    } finally {
      this.including.pop()
    }
    if (isInclude) this.endBlock()
    return last
  }

  /**
   * The closing words and the signature under them, as one block of two lines: the way a
   * letter is written out in text ("Yours sincerely,\nJane Doe"), so both formats read alike.
   * `signature` is `\signature{...}` or `\name{first}{last}`.
   */
  private signOff(closing: Thunk | undefined, signature: Thunk[] | undefined): void {
    this.endBlock()
    if (closing) this.renderThunk(closing)
    if (signature) {
      // moderncv letters often close with a sentence ("Thank you for ..."): that is a paragraph of its own.
      if (this.builder.inBlock && !isClosingLine(this.builder.currentLine())) this.endBlock()
      if (this.printing && this.builder.inBlock) this.builder.lineBreak()
      signature.forEach((part, which) => {
        if (which > 0) this.space(part.at, part.ctx)
        this.renderThunk(part)
      })
    }
    this.endBlock()
  }

  // ---- output ----

  private block(thunk: Thunk, kind: BlockKind = 'paragraph'): void {
    this.endBlock()
    this.renderThunk(thunk)
    this.endBlock(kind)
  }

  private renderThunk(thunk: Thunk): void {
    this.renderNodes(thunk.nodes, thunk.ctx)
  }

  private endBlock(kind?: BlockKind): void {
    const container = this.containers[this.containers.length - 1]!
    if (this.printing || this.builder.inBlock) this.builder.endBlock(kind ?? container.kind, kind ? undefined : container.group)
  }

  private origin(span: {start: number; end: number}, ctx: Ctx): Origin {
    return ctx.override ?? {file: ctx.file, start: span.start, end: span.end, copy: false}
  }

  private space(span: {start: number; end: number}, ctx: Ctx): void {
    if (!this.printing) return
    const origin = ctx.override ?? {file: ctx.file, start: span.start, end: span.end, copy: span.end - span.start === 1}
    this.builder.space(origin)
  }

  private emit(value: string, origin: Origin): void {
    if (!this.printing) return
    if (this.table?.separator) {
      if (this.builder.inBlock) this.builder.append(' — ', this.table.separator)
      this.table.separator = undefined
    }
    this.builder.append(value, origin)
  }

  /** Source text: TeX's ligatures become the characters they print (`---` a dash, two quotes a curly quote). */
  private text(value: string, span: {start: number; end: number}, ctx: Ctx): void {
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

  /** The plain text of nodes (a file name in `\input`): macros expanded, commands dropped. */
  private plain(nodes: readonly TexNode[], ctx: Ctx, depth = 0): string {
    let out = ''
    for (const node of nodes) {
      if (node.type === 'text') out += node.value
      else if (node.type === 'space' || node.type === 'tie') out += ' '
      else if (node.type === 'group') out += this.plain(node.children, ctx, depth)
      else if (node.type === 'param') out += this.plain(ctx.args?.[node.index - 1]?.nodes ?? [], ctx, depth)
      else if (node.type === 'macro') {
        const definition = this.macros.get(this.aliases.get(node.name) ?? node.name)
        if (definition && depth < maxDepth) out += this.plain(definition.body, ctx, depth + 1)
        else if (symbols[node.name]) out += symbols[node.name]
      }
    }
    return out
  }
}

/** Which part of the document is the letter (see `renderLatex`). */
function findMode(nodes: readonly TexNode[]): Mode {
  let letter = false
  let title = false
  let cvletter = false
  const visit = (list: readonly TexNode[]): void => {
    for (const node of list) {
      if (node.type === 'env') {
        if (node.name === 'letter') letter = true
        if (node.name === 'cvletter') cvletter = true
      }
      if (node.type === 'macro' && node.name === 'makelettertitle') title = true
      if ('children' in node) visit(node.children)
    }
  }
  visit(nodes)
  return letter ? 'letter' : title ? 'letter-title' : cvletter ? 'cvletter' : 'document'
}

/** True when a cell of the table holds a sentence (eight words or more). */
function hasProseCell(nodes: readonly TexNode[]): boolean {
  let words = 0
  const visit = (list: readonly TexNode[]): boolean => {
    for (const node of list) {
      if (node.type === 'tab' || node.type === 'par' || (node.type === 'macro' && (node.name === '\\\\' || node.name === 'tabularnewline'))) words = 0
      else if (node.type === 'text' && /\p{L}/u.test(node.value)) words++
      else if ('children' in node && visit(node.children)) return true
      if (words >= 8) return true
    }
    return false
  }
  return visit(nodes)
}

function nextNonSpace(nodes: readonly TexNode[], index: number): number {
  let at = index + 1
  while (at < nodes.length && nodes[at]!.type === 'space') at++
  return at < nodes.length ? at : -1
}

/**
 * Take the arguments of the command at `nodes[index]` by `spec` (see commands.ts). A mandatory
 * argument that is not a group is one token (a command, or one character of text, which is
 * split off in `nodes`). Returns each argument's nodes (`undefined` when an optional one is
 * absent) and the index of the last node taken.
 */
export function takeArgs(nodes: TexNode[], index: number, spec: string): {args: Array<TexNode[] | undefined>; last: number} {
  const args: Array<TexNode[] | undefined> = []
  let last = index
  for (const kind of spec) {
    let at = last + 1
    if (kind !== 's') while (at < nodes.length && nodes[at]!.type === 'space') at++
    const node = nodes[at]
    if (kind === 's') {
      if (node?.type === 'text' && node.value.startsWith('*')) {
        splitText(nodes, at, 1)
        last = at
        args.push([])
      } else args.push(undefined)
      continue
    }
    if (kind === 'o') {
      if (node?.type === 'text' && node.value === '[') {
        let depth = 0
        let close = at
        for (; close < nodes.length; close++) {
          const part = nodes[close]!
          if (part.type === 'par') break
          if (part.type === 'text' && part.value === '[') depth++
          if (part.type === 'text' && part.value === ']' && --depth === 0) break
        }
        if (close < nodes.length && nodes[close]!.type === 'text') {
          args.push(nodes.slice(at + 1, close))
          last = close
          continue
        }
      }
      args.push(undefined)
      continue
    }
    if (!node || node.type === 'par') {
      args.push(kind === 'm' ? [] : undefined)
      continue
    }
    if (node.type === 'group') {
      args.push(node.children)
      last = at
    } else if (kind === 'g') {
      args.push(undefined)
    } else if (node.type === 'text') {
      splitText(nodes, at, 1)
      args.push([nodes[at]!])
      last = at
    } else {
      args.push([node])
      last = at
    }
  }
  return {args, last}
}

/** Split the text node at `index` after `length` characters, in place. */
function splitText(nodes: TexNode[], index: number, length: number): void {
  const node = nodes[index]
  if (!node || node.type !== 'text' || node.value.length <= length) return
  const head = {...node, value: node.value.slice(0, length), end: node.start + length}
  const tail = {...node, value: node.value.slice(length), start: node.start + length}
  nodes.splice(index, 1, head, tail)
}
