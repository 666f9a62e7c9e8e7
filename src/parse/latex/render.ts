import {UserError} from '../../errors.js'
import type {ParsedDocument} from '../document.js'
import {lineColumnResolver} from '../rendered.js'
import {nextNonSpace, takeArgs} from './args.js'
import {accents, environmentArguments, headings, horizontalSpace, lists, paragraphBreaks, printing, quotations, silent, skippedEnvironments, symbols, tables} from './commands.js'
import type {Ctx, Task, Thunk} from './context.js'
import {LatexEmitter} from './emitter.js'
import {findMode, LetterParts} from './letter-classes.js'
import {ExpansionBudget, Macros, plainText, type MacroDefinition} from './macros.js'
import {hasProseCell} from './tables.js'
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
 * Reads the file `\input`/`\include` names (`name` as written, macros expanded). Rejects with
 * a UserError when it cannot or may not (see `relatedFileReader`).
 */
export type Includer = (name: string) => Promise<IncludedFile>

/** A letter reads at most this many files besides itself, and `\input`s at most this many times in all. */
const maxFiles = 32
const maxIncludes = 64
/** `\input` inside `\input`ed files nests at most this deep. */
const maxIncludeDepth = 16
/** The rendered text may be twice as long as the files it came from, and at least this long. */
const minRenderedLimit = 1024 * 1024

/**
 * Render a LaTeX letter to the text a reader of the PDF sees, as a `ParsedDocument` whose
 * positions map back to line:column of the .tex source (or of the file `\input` brought in).
 * Which part is the letter follows the letter classes (letter-classes.ts). The preamble,
 * comments, commands and environments that are not prose (figures, maths displays, verbatim)
 * are left out; tables of prose are read row by row, cells joined by " — ". `\newcommand` and
 * `\def` macros are expanded where they are used (macros.ts), with their arguments, so
 * `\companyname` is read as the company's name; text from a macro points at where it is used.
 *
 * The walk is one pass over the nodes with a stack of node lists, not recursion, so braces
 * nested ten thousand deep cost memory, not the call stack; `\input` files are read as the
 * pass reaches them. Expansion is bounded (`ExpansionBudget`), and so is the rendered text.
 */
export function renderLatex(source: string, include: Includer = refuseIncludes): Promise<ParsedDocument> {
  return new LatexRenderer(source, include).render()
}

async function refuseIncludes(name: string): Promise<never> {
  throw new UserError(`\\input{${name}}: cannot read other files here`)
}

/** A node list being rendered. */
interface Frame {
  nodes: TexNode[]
  index: number
  ctx: Ctx
  /** Runs when the list is done. */
  after?: () => void
  /** An expansion of this command: its nodes count against the budget. */
  expands?: string | undefined
  started?: boolean
}

const letterFile: Ctx = {file: 0}

class LatexRenderer {
  private readonly files: Array<{text: string; filePath?: string; key: string; nodes?: TexNode[]}>
  private readonly including: string[] = []
  private includes = 0
  /** Characters in the files read so far: the rendered text may be twice that. */
  private sourceLength: number
  private readonly macros = new Macros()
  private readonly budget = new ExpansionBudget()
  private readonly out = new LatexEmitter(() => Math.max(minRenderedLimit, 2 * this.sourceLength))
  private readonly frames: Frame[] = []
  private readonly letter = new LetterParts(this.out, (...tasks) => this.schedule(...tasks))

  constructor(
    private readonly source: string,
    private readonly include: Includer
  ) {
    this.files = [{text: source, key: ''}]
    this.sourceLength = source.length
  }

  async render(): Promise<ParsedDocument> {
    const nodes = tokenize(this.source)
    const at = {start: 0, end: this.source.length}
    const documentIndex = nodes.findIndex((node) => node.type === 'env' && node.name === 'document')
    const document = nodes[documentIndex]
    if (document?.type !== 'env') {
      this.letter.mode = 'fragment'
      this.out.printing = true
      this.schedule({nodes, ctx: letterFile, at})
    } else {
      const mode = findMode(document.children)
      this.schedule({nodes: nodes.slice(0, documentIndex), ctx: letterFile, at}, () => {
        this.letter.mode = mode
        this.out.printing = mode === 'document'
      }, {nodes: document.children, ctx: letterFile, at: document})
    }
    await this.run()
    const rendered = this.out.builder.build('latex', 'line:column', lineColumnResolver(this.files))
    // A block is never empty, so it parses to a paragraph: a letter or a digit in one is a body.
    if (!rendered.blocks.some((block) => /[\p{L}\p{N}]/u.test(rendered.source.slice(block.start, block.end)))) {
      throw new UserError(
        this.letter.mode === 'fragment'
          ? 'no letter body found: no \\begin{document} and no prose (a preamble or a style file?)'
          : 'no letter body found: no prose in \\begin{letter}, between \\makelettertitle and \\makeletterclosing, in cvletter, or in the document'
      )
    }
    return rendered
  }

  /** Render these next, in order, before the rest of the list being rendered. */
  private schedule(...tasks: Task[]): void {
    for (let index = tasks.length - 1; index >= 0; index--) {
      const task = tasks[index]!
      if (typeof task === 'function') this.frames.push({nodes: [], index: 0, ctx: letterFile, after: task})
      // A copy: taking an argument cuts text nodes in place, and a macro's body is rendered many times.
      else this.frames.push({nodes: task.nodes.slice(), index: 0, ctx: task.ctx, expands: task.expands})
    }
  }

  private async run(): Promise<void> {
    const {frames, out, budget} = this
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!
      if (!frame.started) {
        frame.started = true
        if (frame.expands) budget.enter(frame.expands)
      }
      if (frame.index >= frame.nodes.length) {
        frames.pop()
        if (frame.expands) budget.leave()
        frame.after?.()
        continue
      }
      const index = frame.index++
      const node = frame.nodes[index]!
      const {ctx} = frame
      if (budget.depth > 0) budget.step()
      switch (node.type) {
        case 'text':
          out.text(node.value, node, ctx)
          break
        case 'space':
        case 'tie':
          out.space(node, ctx)
          break
        case 'par':
          out.endBlock()
          break
        case 'group':
        case 'math':
          this.schedule({nodes: node.children, ctx, at: node})
          break
        case 'tab':
          // Outside a table a bare & is a slip LaTeX complains about; the reader still sees "&".
          if (out.table) out.table.separator = out.origin(node, ctx)
          else out.emit('&', out.origin(node, ctx))
          break
        case 'param': {
          const arg = ctx.args?.[node.index - 1]
          if (arg) this.schedule(arg)
          break
        }
        case 'env':
          this.environment(node, ctx)
          break
        case 'macro': {
          const last = this.macro(frame.nodes, index, ctx)
          frame.index = (typeof last === 'number' ? last : await last) + 1
          break
        }
      }
    }
  }

  private environment(node: Extract<TexNode, {type: 'env'}>, ctx: Ctx): void {
    const {name} = node
    if (skippedEnvironments.has(name)) return
    const nodes = node.children.slice()
    const spec = tables[name] ?? environmentArguments[name] ?? ''
    const {args, last} = takeArgs(nodes, -1, spec)
    const content: Thunk = {nodes: nodes.slice(last + 1), ctx, at: node}
    const {out} = this
    const wasPrinting = out.printing
    out.endBlock()
    const {tasks, isLetter} = this.letter.enterEnvironment(name, args, ctx, node)
    if (name in tables) {
      // A table of short fields (contact details, addresses) is layout; one with sentences is read.
      if (!hasProseCell(content.nodes)) return
      const outer = out.table
      tasks.push(
        () => {
          out.table = {}
        },
        content,
        () => {
          out.endBlock()
          out.table = outer
        }
      )
    } else if (lists.has(name) || quotations.has(name)) {
      tasks.push(
        () => out.enterContainer(lists.has(name) ? 'list-item' : 'quote'),
        content,
        () => {
          out.endBlock()
          out.leaveContainer()
        }
      )
    } else {
      tasks.push(content, () => out.endBlock())
    }
    if (isLetter)
      tasks.push(() => {
        out.printing = wasPrinting
      })
    this.schedule(...tasks)
  }

  /** Handle the command at `nodes[index]`; returns the index of the last node it took. */
  private macro(nodes: TexNode[], index: number, ctx: Ctx): number | Promise<number> {
    const node = nodes[index] as Extract<TexNode, {type: 'macro'}>
    const definition = this.macros.definition(node.name)
    if (definition) return this.expand(definition, nodes, index, ctx)
    const name = this.macros.builtin(node.name)
    const {out} = this

    const part = this.letter.command(name, nodes, index, ctx)
    if (part !== undefined) return part

    switch (name) {
      case '\\':
      case 'newline':
      case 'linebreak':
      case 'tabularnewline': {
        const {last} = takeArgs(nodes, index, name === '\\' ? 'so' : name === 'linebreak' ? 'o' : '')
        if (out.table) out.endBlock()
        else out.lineBreak()
        return last
      }
      case 'newcommand':
      case 'renewcommand':
      case 'providecommand':
      case 'DeclareRobustCommand':
        return this.macros.newcommand(nodes, index, name === 'providecommand')
      case 'def':
      case 'gdef':
      case 'edef':
      case 'xdef':
        return this.macros.def(nodes, index)
      case 'let':
        return this.macros.let(nodes, index)
      case 'font': {
        // \font\name=file at 10pt: a font declaration, no text.
        let last = index + 1
        while (last + 1 < nodes.length && nodes[last + 1]!.type !== 'space' && nodes[last + 1]!.type !== 'par') last++
        return last
      }
      case 'input':
      case 'include':
      case 'subfile':
        return this.input(name, nodes, index, ctx)
      case 'item': {
        const {args, last} = takeArgs(nodes, index, 'o')
        out.endBlock()
        if (args[0]) this.schedule({nodes: args[0], ctx, at: node}, () => out.space(node, ctx))
        return last
      }
    }

    if (headings.has(name)) {
      const {args, last} = takeArgs(nodes, index, name === 'lettersection' || name === 'cvsection' ? 'm' : 'som')
      out.endBlock()
      const title = args.at(-1)
      this.schedule(...(title ? [{nodes: title, ctx, at: node}] : []), () => out.endBlock('heading'))
      return last
    }
    if (paragraphBreaks.has(name)) {
      const {last} = takeArgs(nodes, index, name === 'pagebreak' ? 'o' : '')
      out.endBlock()
      return last
    }
    const gap = horizontalSpace[name]
    if (gap !== undefined) {
      const {last} = takeArgs(nodes, index, gap)
      out.space(node, ctx)
      return last
    }
    const symbol = symbols[name]
    if (symbol !== undefined) {
      if (symbol === ' ') out.space(node, ctx)
      else if (symbol) out.emit(symbol, out.origin(node, ctx))
      return index
    }
    const accent = accents[name]
    if (accent !== undefined) {
      const {args, last, end} = takeArgs(nodes, index, 'm')
      const base = plainText(name, args[0] ?? [], ctx, this.macros, this.budget).replace(/^ı/, 'i').replace(/^ȷ/, 'j')
      if (base) out.emit((base[0] + accent).normalize('NFC') + base.slice(1), out.origin({start: node.start, end}, ctx))
      return last
    }
    const prints = printing[name]
    if (prints) {
      const {args, last} = takeArgs(nodes, index, prints[0])
      const printed: Task[] = []
      for (const which of prints[1]) {
        const arg = args[which]
        if (arg) printed.push({nodes: arg, ctx, at: node})
      }
      this.schedule(...printed)
      return last
    }
    const spec = silent[name]
    if (spec !== undefined) return takeArgs(nodes, index, spec).last
    // An unknown command prints nothing; a group after it is read as text, as TeX would print it.
    return index
  }

  /** A macro of the letter's own, with its arguments: its body renders next, standing for the macro where it is used. */
  private expand(definition: MacroDefinition, nodes: TexNode[], index: number, ctx: Ctx): number {
    const node = nodes[index] as Extract<TexNode, {type: 'macro'}>
    let last = index
    let end = node.end
    const args: Thunk[] = []
    if (definition.params > 0) {
      let spec = 'm'.repeat(definition.params)
      if (definition.optional) spec = `o${spec.slice(1)}`
      const taken = takeArgs(nodes, index, spec)
      last = taken.last
      end = taken.end
      taken.args.forEach((arg, which) => {
        const value = arg ?? (which === 0 ? definition.optional : undefined) ?? []
        args.push({nodes: value, ctx: arg ? ctx : {file: ctx.file, override: this.out.origin(node, ctx)}, at: node})
      })
    }
    const override = ctx.override ?? {file: ctx.file, start: node.start, end: definition.params > 0 ? end : node.end, copy: false}
    this.schedule({nodes: definition.body, ctx: {file: ctx.file, override, args}, at: node, expands: node.name})
    return last
  }

  /** `\input{name}` (`\include`, `\subfile`): the file is read, and its nodes render next. */
  private async input(command: string, nodes: TexNode[], index: number, ctx: Ctx): Promise<number> {
    let last: number
    let name: string
    const next = nextNonSpace(nodes, index)
    if (next >= 0 && nodes[next]!.type === 'group') {
      const taken = takeArgs(nodes, index, 'm')
      last = taken.last
      name = plainText(command, taken.args[0] ?? [], ctx, this.macros, this.budget).trim()
    } else {
      // \input file.tex: the name runs to the next space.
      last = index
      const parts: TexNode[] = []
      while (last + 1 < nodes.length && (nodes[last + 1]!.type === 'text' || nodes[last + 1]!.type === 'macro')) parts.push(nodes[++last]!)
      name = plainText(command, parts, ctx, this.macros, this.budget)
    }
    if (!name) return last
    if (++this.includes > maxIncludes) throw new UserError(`\\${command}{${name}}: the letter reads files more than ${maxIncludes} times`)
    if (this.including.length >= maxIncludeDepth) throw new UserError(`\\${command}{${name}}: files nest more than ${maxIncludeDepth} deep`)
    const file = await this.include(name)
    if (this.including.includes(file.key)) throw new UserError(`\\${command}{${name}} includes a file that is already being read (a loop)`)
    let fileIndex = this.files.findIndex((known) => known.key === file.key)
    if (fileIndex < 0) {
      if (this.files.length > maxFiles) throw new UserError(`\\${command}{${name}}: the letter reads more than ${maxFiles} other files`)
      fileIndex = this.files.push({text: file.text, filePath: file.filePath, key: file.key}) - 1
      this.sourceLength += file.text.length
    }
    const known = this.files[fileIndex]!
    known.nodes ??= tokenize(known.text)
    const isInclude = command === 'include'
    if (isInclude) this.out.endBlock()
    this.including.push(file.key)
    this.schedule({nodes: known.nodes, ctx: {file: fileIndex}, at: nodes[index]!}, () => {
      this.including.pop()
      if (isInclude) this.out.endBlock()
    })
    return last
  }
}
