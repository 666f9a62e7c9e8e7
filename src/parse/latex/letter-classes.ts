import {isClosingLine} from '../letter-lines.js'
import type {BlockKind} from '../document.js'
import {takeArgs} from './args.js'
import type {Ctx, Span, Task, Thunk} from './context.js'
import type {LatexEmitter} from './emitter.js'
import type {TexNode} from './tokenize.js'

/**
 * How the letter classes print a letter, and so which part of a `.tex` file is the letter:
 * - `letter`: the `letter` class (or any `\begin{letter}{recipient}`): the recipient, then
 *   `\opening`, the prose, `\closing` with `\signature` under it, each where it is written;
 * - `letter-title`: moderncv and Awesome-CV: `\recipient`, `\opening` (`\lettertitle`,
 *   `\letteropening`), `\closing` (`\letterclosing`) and `\name` are stored, and print at
 *   `\makelettertitle` and `\makeletterclosing`; the letter is what lies between the two;
 * - `cvletter`: Awesome-CV's `cvletter` environment on its own;
 * - `document`: any other class: the whole `document` environment;
 * - `fragment`: a file with no `\begin{document}` (a body kept in its own file): all of it.
 */
export type Mode = 'letter' | 'letter-title' | 'cvletter' | 'document' | 'fragment'

/** Which class's way the `document` environment's nodes print the letter. */
export function findMode(nodes: readonly TexNode[]): Mode {
  let letter = false
  let title = false
  let cvletter = false
  const stack: TexNode[] = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'env') {
      if (node.name === 'letter') letter = true
      if (node.name === 'cvletter') cvletter = true
    }
    if (node.type === 'macro' && node.name === 'makelettertitle') title = true
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return letter ? 'letter' : title ? 'letter-title' : cvletter ? 'cvletter' : 'document'
}

/**
 * The letter classes' commands: the parts of a letter they store and print, and when the
 * letter starts and stops printing. Rendering is scheduled through `schedule` (tasks run in order,
 * before the rest of the node list the command was in).
 */
export class LetterParts {
  /** The class's way; the preamble is read as `document` (nothing in it prints). */
  mode: Mode = 'document'
  private readonly stored = new Map<string, Thunk[]>()

  constructor(
    private readonly out: LatexEmitter,
    private readonly schedule: (...tasks: Task[]) => void
  ) {}

  /**
   * `\begin{name}` with its arguments: the letter's own environment starts printing (and the
   * `letter` environment prints its recipient first). Returns the tasks to run before the
   * environment's content, and whether the environment is the letter.
   */
  enterEnvironment(name: string, args: ReadonlyArray<TexNode[] | undefined>, ctx: Ctx, at: Span): {tasks: Task[]; isLetter: boolean} {
    if (name === 'letter') {
      if (this.mode === 'letter') this.out.printing = true
      return {tasks: args[0] ? this.block({nodes: args[0], ctx, at}) : [], isLetter: true}
    }
    if (name === 'cvletter') {
      if (this.mode === 'cvletter') this.out.printing = true
      return {tasks: [], isLetter: true}
    }
    return {tasks: [], isLetter: false}
  }

  /** Handle `\name` at `nodes[index]` if it is a letter class's command: the index of the last node it took, else undefined. */
  command(name: string, nodes: TexNode[], index: number, ctx: Ctx): number | undefined {
    switch (name) {
      case 'opening':
      case 'closing':
        if (this.mode === 'letter-title') return this.store(name, nodes, index, ctx, 'm')
        return this.inPlace(name, nodes, index, ctx)
      case 'signature':
      case 'lettertitle':
      case 'letteropening':
      case 'letterclosing':
        return this.store(name, nodes, index, ctx, 'm')
      case 'name':
      case 'recipient':
        return this.store(name, nodes, index, ctx, 'mm')
      case 'makelettertitle':
        this.letterTitle()
        return index
      case 'makeletterclosing':
        this.letterClosing()
        return index
    }
    return undefined
  }

  private store(name: string, nodes: TexNode[], index: number, ctx: Ctx, spec: string): number {
    const {args, last, end} = takeArgs(nodes, index, spec)
    const at = {start: nodes[index]!.start, end}
    this.stored.set(name, args.map((arg) => ({nodes: arg ?? [], ctx, at})))
    return last
  }

  /** `letter` class: `\opening` and `\closing` print where they are (with the signature after the closing). */
  private inPlace(name: 'opening' | 'closing', nodes: TexNode[], index: number, ctx: Ctx): number {
    const {args, last} = takeArgs(nodes, index, 'm')
    const words = {nodes: args[0] ?? [], ctx, at: nodes[index]!}
    this.schedule(...(name === 'opening' ? this.block(words) : this.signOff(words, this.printed('signature'))))
    return last
  }

  /** `\makelettertitle` (moderncv, Awesome-CV): from here the letter prints, recipient and opening first. */
  private letterTitle(): void {
    if (this.mode === 'letter-title') this.out.printing = true
    const tasks: Task[] = []
    const recipient = this.printed('recipient', 'makelettertitle')
    if (recipient) {
      tasks.push(() => this.out.endBlock(), recipient[0]!, () => this.out.lineBreak(), recipient[1]!, () => this.out.endBlock())
    }
    for (const part of ['lettertitle', 'opening', 'letteropening']) {
      const thunk = this.printed(part, 'makelettertitle')?.[0]
      if (thunk) tasks.push(...this.block(thunk))
    }
    this.schedule(...tasks)
  }

  /** `\makeletterclosing`: the closing words and the sender's name, then the letter ends. */
  private letterClosing(): void {
    const closing = this.printed('closing', 'makeletterclosing')?.[0] ?? this.printed('letterclosing', 'makeletterclosing')?.[0]
    this.schedule(...this.signOff(closing, this.printed('name', 'makeletterclosing')), () => {
      if (this.mode === 'letter-title') this.out.printing = false
    })
  }

  /**
   * The closing words and the signature under them, as one block of two lines: the way a
   * letter is written out in text ("Yours sincerely,\nJane Doe"), so both formats read alike.
   * `signature` is `\signature{...}` or `\name{first}{last}`.
   */
  private signOff(closing: Task | undefined, signature: Task[] | undefined): Task[] {
    const tasks: Task[] = [() => this.out.endBlock()]
    if (closing) tasks.push(closing)
    if (signature) {
      tasks.push(() => {
        // moderncv letters often close with a sentence ("Thank you for ..."): that is a paragraph of its own.
        if (this.out.builder.inBlock && !isClosingLine(this.out.builder.currentLine())) this.out.endBlock()
        this.out.lineBreak()
      })
      signature.forEach((part, which) => {
        if (which > 0 && typeof part !== 'function') tasks.push(() => this.out.space(part.at, part.ctx))
        tasks.push(part)
      })
    }
    tasks.push(() => this.out.endBlock())
    return tasks
  }

  private block(thunk: Task, kind: BlockKind = 'paragraph'): Task[] {
    return [() => this.out.endBlock(), thunk, () => this.out.endBlock(kind)]
  }

  /** A stored part, as printed by `\by`: an expansion, so a part that prints itself is caught by the expansion limits. */
  private printed(name: string, by = 'closing'): Task[] | undefined {
    return this.stored.get(name)?.map((thunk) => ({...thunk, expands: by}))
  }
}
