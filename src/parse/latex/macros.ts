import {UserError} from '../../errors.js'
import {count} from '../../util/count.js'
import {nextNonSpace, takeArgs} from './args.js'
import {symbols} from './commands.js'
import type {Ctx} from './context.js'
import type {TexNode} from './tokenize.js'

/** A macro the letter defines with `\newcommand` or `\def`. */
export interface MacroDefinition {
  params: number
  /** The default of an optional first argument (`\newcommand{\x}[2][default]{...}`). */
  optional?: TexNode[] | undefined
  body: TexNode[]
}

/**
 * The macros a letter defines, as the renderer meets their definitions. `\let\a\b` copies a
 * macro's definition; for a command cover-lint knows (`\let\oldsection\section`), `\a` means
 * that command from then on, whatever `\b` is redefined to later, as in TeX.
 */
export class Macros {
  private readonly definitions = new Map<string, MacroDefinition>()
  private readonly aliases = new Map<string, string>()

  /** The letter's own macro called `name`, if it is one. */
  definition(name: string): MacroDefinition | undefined {
    return this.aliases.has(name) ? undefined : this.definitions.get(name)
  }

  /** The command cover-lint knows that `name` stands for (itself, unless `\let` made it another's). */
  builtin(name: string): string {
    return this.aliases.get(name) ?? name
  }

  /** `\newcommand{\name}[params][default]{body}` at `index`; returns the index of the last node it took. */
  newcommand(nodes: TexNode[], index: number, provide: boolean): number {
    const star = takeArgs(nodes, index, 's')
    const target = nextNonSpace(nodes, star.last)
    if (target < 0) return star.last
    const nameNode = nodes[target]!
    const inner = nameNode.type === 'group' ? nameNode.children.find((child) => child.type === 'macro') : nameNode
    if (inner?.type !== 'macro') return target
    const {args, last} = takeArgs(nodes, target, 'oom')
    const count = Number(args[0]?.map((part) => (part.type === 'text' ? part.value : '')).join('').trim() || '0')
    if (!(provide && this.definitions.has(inner.name))) {
      this.aliases.delete(inner.name)
      this.definitions.set(inner.name, {params: Number.isInteger(count) ? Math.max(0, Math.min(count, 9)) : 0, optional: args[1], body: args[2] ?? []})
    }
    return last
  }

  /** `\def\name#1#2{body}` at `index`. */
  def(nodes: TexNode[], index: number): number {
    const target = nextNonSpace(nodes, index)
    const nameNode = nodes[target]
    if (nameNode?.type !== 'macro') return index
    let params = 0
    let at = target + 1
    // The parameter text (`#1#2`, delimiters) is short; without a body soon after it, this is not a definition.
    const stop = Math.min(nodes.length, at + maxParameterText)
    while (at < stop && nodes[at]!.type !== 'group') {
      const part = nodes[at]!
      if (part.type === 'param') params = Math.max(params, part.index)
      at++
    }
    const body = nodes[at]
    if (body?.type !== 'group') return target
    this.aliases.delete(nameNode.name)
    this.definitions.set(nameNode.name, {params, body: body.children})
    return at
  }

  /** `\let\a\b` (or `\let\a=\b`). */
  let(nodes: TexNode[], index: number): number {
    const first = nextNonSpace(nodes, index)
    let second = nextNonSpace(nodes, first)
    const equals = nodes[second]
    if (second >= 0 && equals?.type === 'text' && equals.value === '=') second = nextNonSpace(nodes, second)
    const a = nodes[first]
    const b = nodes[second]
    if (a?.type !== 'macro' || b?.type !== 'macro') return index
    const definition = this.definition(b.name)
    if (definition) {
      this.aliases.delete(a.name)
      this.definitions.set(a.name, definition)
    } else {
      this.definitions.delete(a.name)
      this.aliases.set(a.name, this.builtin(b.name))
    }
    return second
  }
}

/** `\def`'s parameter text runs at most this many nodes before the body. */
const maxParameterText = 64

/** Macros expand inside each other at most this deep. */
export const maxExpansionDepth = 64

/** Nodes rendered from macro bodies, their arguments and stored letter parts, per letter. */
export const maxExpansionSteps = 100_000

/** A name (`\input{...}`) or the letter under an accent, its macros expanded, is at most this long. */
const maxPlainLength = 1024

/**
 * The bounds on expansion, so that a macro that calls itself, or repeats its argument inside
 * itself, is refused with a line that says so instead of running for minutes: every node
 * rendered from an expansion is a step, and expansions nest at most `maxExpansionDepth` deep.
 */
export class ExpansionBudget {
  private steps = 0
  depth = 0

  /** One node rendered inside an expansion. */
  step(): void {
    if (++this.steps > maxExpansionSteps) {
      throw new UserError(`macro expansion exceeded ${count(maxExpansionSteps)} steps (a macro that calls itself, or repeats its argument?)`)
    }
  }

  /** An expansion of `name` starts (a macro, or a letter part a command prints). */
  enter(name: string): void {
    if (++this.depth > maxExpansionDepth) {
      throw new UserError(`\\${name} expands inside itself more than ${maxExpansionDepth} levels deep (a macro that calls itself?)`)
    }
  }

  leave(): void {
    this.depth--
  }
}

/**
 * The plain text of the argument of `\command` (a file name in `\input`, the letter under an
 * accent): macros expanded, other commands dropped. Walked with a stack, counted against `budget`.
 */
export function plainText(command: string, nodes: readonly TexNode[], ctx: Ctx, macros: Macros, budget: ExpansionBudget): string {
  let out = ''
  const stack: Array<{nodes: readonly TexNode[]; index: number; expanded: boolean}> = [{nodes, index: 0, expanded: false}]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (top.index >= top.nodes.length) {
      stack.pop()
      if (top.expanded) budget.leave()
      continue
    }
    const node = top.nodes[top.index++]!
    if (budget.depth > 0) budget.step()
    if (node.type === 'text') out += node.value
    else if (node.type === 'space' || node.type === 'tie') out += ' '
    else if (node.type === 'group') stack.push({nodes: node.children, index: 0, expanded: false})
    else if (node.type === 'param') stack.push({nodes: ctx.args?.[node.index - 1]?.nodes ?? [], index: 0, expanded: false})
    else if (node.type === 'macro') {
      const definition = macros.definition(node.name)
      if (definition) {
        budget.enter(node.name)
        stack.push({nodes: definition.body, index: 0, expanded: true})
      } else {
        const symbol = symbols[macros.builtin(node.name)]
        if (symbol) out += symbol
      }
    }
    if (out.length > maxPlainLength) {
      throw new UserError(`\\${command}: its argument is over ${count(maxPlainLength)} characters with its macros expanded (a macro that repeats itself?)`)
    }
  }
  return out
}
