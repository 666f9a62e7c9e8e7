import type {TexNode} from './tokenize.js'

/**
 * Whether a table is prose: some cell of it holds a sentence (eight words or more, counted
 * in document order through nested groups; `&`, `\tabularnewline` and a blank line start a
 * new cell, a `\\` row end does not). A table of short fields (a contact block) is layout
 * and is not read.
 *
 * Each group or environment is summed up once and the sum kept, so nested tables cost no more
 * than flat ones (walking each table's content anew was quadratic in the nesting).
 */
export function hasProseCell(nodes: readonly TexNode[]): boolean {
  const summary = listSummary(nodes)
  return summary.lead >= proseWords || summary.foundAfter
}

const proseWords = 8

/** What a run of nodes does to the word count of the cell it is in. */
interface Summary {
  /** Whether a cell ends in it. */
  hasReset: boolean
  /** Words before the first cell end (all its words when none ends). */
  lead: number
  /** Whether a cell that starts inside it reaches eight words. */
  foundAfter: boolean
  /** Words after the last cell end (all its words when none ends). */
  tail: number
}

const empty: Summary = {hasReset: false, lead: 0, foundAfter: false, tail: 0}
const cellEnd: Summary = {hasReset: true, lead: 0, foundAfter: false, tail: 0}
const word: Summary = {hasReset: false, lead: 1, foundAfter: false, tail: 1}

const summaries = new WeakMap<TexNode, Summary>()

/** `a` followed by `b`. */
function then(a: Summary, b: Summary): Summary {
  return {
    hasReset: a.hasReset || b.hasReset,
    lead: a.hasReset ? a.lead : a.lead + b.lead,
    foundAfter: a.foundAfter || b.foundAfter || (a.hasReset && a.tail + b.lead >= proseWords),
    tail: b.hasReset ? b.tail : a.tail + b.lead
  }
}

function leaf(node: TexNode): Summary | undefined {
  if (node.type === 'tab' || node.type === 'par' || (node.type === 'macro' && node.name === 'tabularnewline')) return cellEnd
  if (node.type === 'text') return /\p{L}/u.test(node.value) ? word : empty
  return 'children' in node ? undefined : empty
}

function listSummary(nodes: readonly TexNode[]): Summary {
  const stack: Array<{nodes: readonly TexNode[]; index: number; sum: Summary; owner?: TexNode}> = [{nodes, index: 0, sum: empty}]
  for (;;) {
    const top = stack[stack.length - 1]!
    if (top.index >= top.nodes.length) {
      stack.pop()
      if (top.owner) summaries.set(top.owner, top.sum)
      const parent = stack[stack.length - 1]
      if (!parent) return top.sum
      parent.sum = then(parent.sum, top.sum)
      continue
    }
    const node = top.nodes[top.index++]!
    const known = leaf(node) ?? summaries.get(node)
    if (known) top.sum = then(top.sum, known)
    else if ('children' in node) stack.push({nodes: node.children, index: 0, sum: empty, owner: node})
  }
}
