import {lastBit, maxEdges, maxSymbols, symbolShift, tagMask, tagShift} from './format.js'

/**
 * Builds the word graph the spelling rule reads: a minimal acyclic automaton (a DAWG) of every
 * word with its tag, laid out as the edges of `format.ts`. Run at package build time
 * (scripts/dictionary.mjs), never when a letter is linted.
 *
 * Words are added in sorted order and suffixes shared as they are found (Daciuk, Mihov, Watson
 * and Watson, "Incremental construction of minimal acyclic finite-state automata", 2000). The
 * tag sits on the edge a word ends on, so two nodes are the same only when their edges, their
 * tags and their targets are.
 */

interface Edge {
  symbol: number
  tag: number
  target: BuildNode
}

interface BuildNode {
  edges: Edge[]
  /** Set once the node is in the register: its identity, and then its offset in the edge array. */
  id: number
}

export interface BuiltGraph {
  edges: Uint32Array
  /** The root of each word set given, in order: one graph, whose sets share their suffixes. */
  roots: number[]
  alphabet: string
}

/**
 * Build the graph of one or more word sets (word -> non-zero tag). Each set gets a root of its
 * own (a lookup or a search starts from the root of the set it asks about), and the sets share
 * their nodes: a small set beside a large one costs little more than its own first letters.
 */
export function buildGraph(...sets: ReadonlyMap<string, number>[]): BuiltGraph {
  // Characters are numbered by how often they occur, most often first: a node's edges are in
  // that order, so a lookup, which scans a node's edges until it finds its character, finds
  // "e" and "t" at once and reaches "q" and "Z" only when the word has them.
  const counts = new Map<string, number>()
  for (const words of sets) for (const word of words.keys()) for (const char of word) counts.set(char, (counts.get(char) ?? 0) + 1)
  const alphabet = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || compareCodeUnits(a, b)).join('')
  if (alphabet.length > maxSymbols) throw new Error(`${alphabet.length} distinct characters, more than the ${maxSymbols} a word file holds`)
  const symbolOf = new Map([...alphabet].map((char, index) => [char, index + 1]))

  const register = new Map<string, BuildNode>()
  const registered: BuildNode[] = []
  const roots = sets.map((words) => addWords(words, symbolOf, register, registered))

  // Lay the nodes out: each registered node's edges in a run, children before parents (the
  // register holds them in that order), the roots last. Offset 0 is reserved for "no edges".
  const out: number[] = [0]
  const offsets = new Map<BuildNode, number>()
  const place = (node: BuildNode): number => {
    if (node.edges.length === 0) return 0
    const offset = out.length
    node.edges.forEach((edge, index) => {
      const target = edge.target.edges.length === 0 ? 0 : offsets.get(edge.target)
      if (target === undefined) throw new Error('a node was laid out before its child')
      out.push((edge.symbol << symbolShift) | (index === node.edges.length - 1 ? lastBit : 0) | (edge.tag << tagShift) | target)
    })
    offsets.set(node, offset)
    return offset
  }
  for (const node of registered) place(node)
  const rootOffsets = roots.map(place)
  if (out.length > maxEdges) throw new Error(`${out.length} edges, more than the ${maxEdges} a word file holds`)
  return {edges: Uint32Array.from(out, (edge) => edge >>> 0), roots: rootOffsets, alphabet}
}

/** Add one word set to the register, suffixes shared with every node already in it; its root. */
function addWords(words: ReadonlyMap<string, number>, symbolOf: ReadonlyMap<string, number>, register: Map<string, BuildNode>, registered: BuildNode[]): BuildNode {
  // In the order of the symbols, which the incremental construction needs.
  const keyOf = (word: string): string => String.fromCharCode(...[...word].map((char) => symbolOf.get(char)!))
  const sorted = [...words.keys()]
    .filter((word) => word.length > 0)
    .map((word) => ({word, key: keyOf(word)}))
    .sort((a, b) => compareCodeUnits(a.key, b.key))
    .map(({word}) => word)
  const root: BuildNode = {edges: [], id: -1}
  // The path of the word added last: nodes not yet shared, from the root down.
  let path: BuildNode[] = [root]
  let previous = ''

  const minimise = (downTo: number): void => {
    for (let depth = path.length - 1; depth > downTo; depth--) {
      const parent = path[depth - 1]!
      const child = path[depth]!
      const key = child.edges.map((edge) => `${edge.symbol}.${edge.tag}.${edge.target.id}`).join(' ')
      const same = register.get(key)
      if (same) {
        parent.edges[parent.edges.length - 1]!.target = same
      } else {
        child.id = registered.length
        registered.push(child)
        register.set(key, child)
      }
    }
    path = path.slice(0, downTo + 1)
  }

  for (const word of sorted) {
    const tag = words.get(word)!
    if (tag <= 0 || tag > tagMask) throw new Error(`"${word}": tag ${tag} is not 1-${tagMask}`)
    const chars = [...word]
    const previousChars = [...previous]
    let common = 0
    while (common < chars.length && common < previousChars.length && chars[common] === previousChars[common]) common++
    minimise(common)
    if (common === chars.length) {
      // The word is a prefix of the one before: impossible in sorted, distinct input.
      throw new Error(`"${word}" is out of order`)
    }
    for (let index = common; index < chars.length; index++) {
      const node: BuildNode = {edges: [], id: -1}
      path[path.length - 1]!.edges.push({symbol: symbolOf.get(chars[index]!)!, tag: index === chars.length - 1 ? tag : 0, target: node})
      path.push(node)
    }
    previous = word
  }
  minimise(0)
  return root
}

/** Sort by UTF-16 code units, as the graph's edges are ordered (never by locale). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
