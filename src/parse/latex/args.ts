import type {TexNode} from './tokenize.js'

/**
 * Arguments of LaTeX commands, taken from the node list a command is in. Specs are xparse's
 * letters (see commands.ts): `m` mandatory, `o` optional `[...]`, `s` a star, `g` a `{...}`
 * group if one follows.
 */

/** What `takeArgs` took. */
export interface TakenArgs {
  /** Each argument's nodes; `undefined` when an optional one is absent. */
  args: Array<TexNode[] | undefined>
  /** The index of the last node taken (the command's own index when none was). */
  last: number
  /** Where what was taken ends in the source. */
  end: number
}

/** An optional argument longer than this many nodes is not one: a stray `[` in the prose. */
const maxOptionalLength = 1000

/**
 * Take the arguments of the command at `nodes[index]` by `spec`. A mandatory argument that is
 * not a group is one token: a command, or one character of text (the text node is cut in two,
 * in place: `nodes` must be the caller's own copy).
 */
export function takeArgs(nodes: TexNode[], index: number, spec: string): TakenArgs {
  const args: Array<TexNode[] | undefined> = []
  let last = index
  let end = nodes[index]?.end ?? 0
  const take = (at: number): void => {
    last = at
    end = nodes[at]!.end
  }
  for (const kind of spec) {
    let at = last + 1
    if (kind !== 's') while (at < nodes.length && nodes[at]!.type === 'space') at++
    const node = nodes[at]
    if (kind === 's') {
      if (node?.type === 'text' && node.value.startsWith('*')) {
        const head = takeHead(nodes, at)
        if (head) {
          last = at - 1
          end = head.end
        } else take(at)
        args.push([])
      } else args.push(undefined)
      continue
    }
    if (kind === 'o') {
      const close = node?.type === 'text' && node.value === '[' ? closingBracket(nodes, at) : -1
      if (close >= 0) {
        args.push(nodes.slice(at + 1, close))
        take(close)
      } else args.push(undefined)
      continue
    }
    if (!node || node.type === 'par') {
      args.push(kind === 'm' ? [] : undefined)
      continue
    }
    if (node.type === 'group') {
      args.push(node.children)
      take(at)
    } else if (kind === 'g') {
      args.push(undefined)
    } else if (node.type === 'text') {
      const head = takeHead(nodes, at)
      if (head) {
        args.push([head])
        last = at - 1
        end = head.end
      } else {
        args.push([node])
        take(at)
      }
    } else {
      args.push([node])
      take(at)
    }
  }
  return {args, last, end}
}

/** The index of the `]` that closes the `[` at `open`, or -1 (none before a paragraph break, or too far). */
function closingBracket(nodes: readonly TexNode[], open: number): number {
  let depth = 0
  const stop = Math.min(nodes.length, open + maxOptionalLength)
  for (let close = open; close < stop; close++) {
    const part = nodes[close]!
    if (part.type === 'par') return -1
    if (part.type === 'text' && part.value === '[') depth++
    if (part.type === 'text' && part.value === ']' && --depth === 0) return close
  }
  return -1
}

/**
 * Cut the first character off the text node at `index`: it is returned, and the rest stays at
 * `index` (replaced in place, so a long list is never spliced). Undefined when the node is one
 * character (take it whole).
 */
function takeHead(nodes: TexNode[], index: number): TexNode | undefined {
  const node = nodes[index]
  if (node?.type !== 'text' || node.value.length <= 1) return undefined
  const head = {...node, value: node.value.slice(0, 1), end: node.start + 1}
  nodes[index] = {...node, value: node.value.slice(1), start: node.start + 1}
  return head
}

/** The index of the first node after `index` that is not a space, or -1. */
export function nextNonSpace(nodes: readonly TexNode[], index: number): number {
  let at = index + 1
  while (at < nodes.length && nodes[at]!.type === 'space') at++
  return at < nodes.length ? at : -1
}
