import {edgeTag, edgeTarget, isLastEdge, type WordGraph} from './dawg.js'
import {symbolShift} from './format.js'

/**
 * Suggestions for a misspelt word: the words of the graph within a few edits of it, found by
 * walking the graph with a row of edit costs per character (Levenshtein over a trie, pruned as
 * soon as every cost in the row is over the limit), so that no list of candidate edits is made
 * and checked word by word. Only run for words that are wrong.
 *
 * Edits are weighted by how people mistype, in quarters of an edit: a doubled letter added or
 * dropped ("Postgress", "sucessful") costs 1; two neighbouring letters swapped ("recieved") or one
 * vowel for another ("werk") 2; a letter left out or typed in extra ("pattens"), or a key for its
 * neighbour on the keyboard, 3; any other substitution 4; each 2 more at the first letter, which
 * people rarely get wrong.
 */

export interface Candidate {
  /** As the graph holds it ("postgres", "London"). */
  word: string
  /** In quarters of an edit. */
  cost: number
  tag: number
}

/** One plain edit, in the units of `Candidate.cost`. */
export const editCost = 4
/** A letter left out or typed in extra. */
const indelCost = 3

const vowels = 'aeiou'
const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/** Substitution costs between ASCII lower-case letters (other characters cost a plain edit). */
const substitution = new Uint8Array(128 * 128).fill(editCost)
for (let code = 0; code < 128; code++) substitution[code * 128 + code] = 0
for (const a of vowels) for (const b of vowels) if (a !== b) substitution[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = 2
keyboardRows.forEach((row, rowIndex) => {
  for (let index = 0; index < row.length; index++) {
    const near: string[] = [row[index - 1] ?? '', row[index + 1] ?? '']
    near.push(keyboardRows[rowIndex - 1]?.[index] ?? '', keyboardRows[rowIndex - 1]?.[index + 1] ?? '')
    near.push(keyboardRows[rowIndex + 1]?.[index - 1] ?? '', keyboardRows[rowIndex + 1]?.[index] ?? '')
    for (const key of near) {
      if (!key) continue
      const at = row.charCodeAt(index) * 128 + key.charCodeAt(0)
      substitution[at] = Math.min(substitution[at]!, 3)
      substitution[key.charCodeAt(0) * 128 + row.charCodeAt(index)] = Math.min(substitution[key.charCodeAt(0) * 128 + row.charCodeAt(index)]!, 3)
    }
  }
})

const firstLetter = 2

function substitutionCost(wanted: number, found: number, position: number): number {
  if (wanted === found) return 0
  const cost = wanted < 128 && found < 128 ? substitution[wanted * 128 + found]! : editCost
  return position === 0 ? cost + firstLetter : cost
}

/** A letter the query lacks, `char` after `before` (-1 at the start): 1 when it doubles `before`. */
function insertionCost(char: number, before: number, depth: number): number {
  return char === before ? 1 : depth === 0 ? indelCost + firstLetter : indelCost
}

/**
 * The distance `nearWords` measures, between two lower-case words, as a plain table (restricted
 * Damerau-Levenshtein with the weights above): what the graph walk computes row by row.
 */
export function editDistance(query: string, word: string): number {
  const wanted = Uint16Array.from(query, (char) => char.charCodeAt(0))
  const rows: number[][] = [[0]]
  for (let index = 1; index <= query.length; index++) rows[0]![index] = rows[0]![index - 1]! + deletionCost(wanted, index - 1)
  for (let depth = 0; depth < word.length; depth++) {
    const char = word.charCodeAt(depth)
    const before = depth > 0 ? word.charCodeAt(depth - 1) : -1
    const row = rows[depth]!
    const next = [row[0]! + insertionCost(char, before, depth)]
    for (let index = 1; index <= query.length; index++) {
      const letter = wanted[index - 1]!
      let cost = Math.min(row[index - 1]! + substitutionCost(letter, char, index - 1), row[index]! + insertionCost(char, before, depth), next[index - 1]! + deletionCost(wanted, index - 1))
      if (depth > 0 && index > 1 && letter === before && wanted[index - 2] === char && letter !== char) cost = Math.min(cost, rows[depth - 1]![index - 2]! + 2)
      next.push(cost)
    }
    rows.push(next)
  }
  return rows[word.length]![query.length]!
}

/**
 * Every word within `maxCost` of `query` (lower-case) whose tag passes `accept`, among the words
 * under `root` (all of them, or `graph.fieldRoot` for the field's alone). The graph's own
 * case is compared in lower case: "london" finds "London". The walk is iterative over typed rows
 * (one per depth), so a search allocates a few arrays, not one per edge.
 */
export function nearWords(graph: WordGraph, query: string, maxCost: number, accept: (tag: number) => boolean, root = graph.root): Candidate[] {
  const {edges, alphabet} = graph
  const length = query.length
  const width = length + 1
  // No word is longer than the query by more than the insertions the cost allows (1 each at least).
  const maxDepth = length + maxCost + 1
  const lowerCodes = Uint16Array.from(alphabet.toLowerCase(), (char) => char.charCodeAt(0))
  const wanted = Uint16Array.from(query, (char) => char.charCodeAt(0))
  const rows = new Int32Array((maxDepth + 1) * width)
  const edgeAt = new Int32Array(maxDepth + 1)
  const symbols = new Uint8Array(maxDepth + 1)
  for (let index = 1; index <= length; index++) rows[index] = rows[index - 1]! + deletionCost(wanted, index - 1)

  const found = new Map<string, Candidate>()
  let depth = 0
  edgeAt[0] = root
  if (root === 0) return []
  while (depth >= 0) {
    const edge = edges[edgeAt[depth]!]!
    const symbol = edge >>> symbolShift
    const char = lowerCodes[symbol - 1]!
    const before = depth > 0 ? lowerCodes[symbols[depth - 1]! - 1]! : -1
    const row = depth * width
    const next = row + width
    const previous = row - width
    const insert = insertionCost(char, before, depth)
    rows[next] = rows[row]! + insert
    let best = rows[next]!
    for (let index = 1; index <= length; index++) {
      const letter = wanted[index - 1]!
      let cost = rows[row + index - 1]! + substitutionCost(letter, char, index - 1)
      const inserted = rows[row + index]! + insert
      if (inserted < cost) cost = inserted
      const deleted = rows[next + index - 1]! + deletionCost(wanted, index - 1)
      if (deleted < cost) cost = deleted
      // Two neighbouring letters swapped: "ie" for "ei".
      if (depth > 0 && index > 1 && letter === before && wanted[index - 2] === char && letter !== char) {
        const swapped = rows[previous + index - 2]! + 2
        if (swapped < cost) cost = swapped
      }
      rows[next + index] = cost
      if (cost < best) best = cost
      // A child may swap this letter with the next one, from this row's cell two back: keep the
      // path open while that could come in under the limit.
      if (index > 1 && wanted[index - 1] === char && rows[row + index - 2]! + 2 < best) best = rows[row + index - 2]! + 2
    }
    let descended = false
    if (best <= maxCost) {
      symbols[depth] = symbol
      const tag = edgeTag(edge)
      const cost = rows[next + length]!
      if (tag !== 0 && cost <= maxCost && accept(tag)) {
        let word = ''
        for (let index = 0; index <= depth; index++) word += alphabet[symbols[index]! - 1]
        const known = found.get(word)
        if (!known || known.cost > cost) found.set(word, {word, cost, tag})
      }
      const target = edgeTarget(edge)
      if (target !== 0 && depth + 1 < maxDepth) {
        depth++
        edgeAt[depth] = target
        descended = true
      }
    }
    if (!descended) {
      // The next edge of this node, or of the nearest node above with one left.
      while (depth >= 0 && isLastEdge(edges[edgeAt[depth]!]!)) depth--
      if (depth >= 0) edgeAt[depth]!++
    }
  }
  return [...found.values()]
}

/** A deleted query letter costs 1 when it doubles the letter before it ("Postgress"). */
function deletionCost(query: Uint16Array, index: number): number {
  if (index > 0 && query[index] === query[index - 1]) return 1
  return index === 0 ? indelCost + firstLetter : indelCost
}
