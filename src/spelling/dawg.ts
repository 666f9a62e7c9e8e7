import {lastBit, startTable, symbolShift, tagMask, tagShift, targetMask, type WordFile} from './format.js'

/**
 * The word graph, read in place from its typed array (see `format.ts` for the layout). A lookup
 * walks one edge list per character; nothing is parsed or allocated when the file is loaded.
 */
export class WordGraph {
  readonly edges: Uint32Array
  readonly root: number
  /** The root of the field's words alone (0 when the file has none): searched for near misses of names. */
  readonly fieldRoot: number
  readonly alphabet: string
  /** Symbol of each character code (0: not in the alphabet, so in no word). */
  readonly #symbols: Uint8Array
  /** The edge a word's first two characters lead along (see `startTable` in format.ts). */
  readonly #start: Uint32Array
  readonly #width: number

  constructor(file: Pick<WordFile, 'edges' | 'root' | 'alphabet'> & {fieldRoot?: number; start?: Uint32Array}) {
    this.edges = file.edges
    this.root = file.root
    this.fieldRoot = file.fieldRoot ?? 0
    this.alphabet = file.alphabet
    let max = 0
    for (let index = 0; index < file.alphabet.length; index++) max = Math.max(max, file.alphabet.charCodeAt(index))
    this.#symbols = new Uint8Array(max + 1)
    for (let index = 0; index < file.alphabet.length; index++) this.#symbols[file.alphabet.charCodeAt(index)] = index + 1
    this.#width = file.alphabet.length + 1
    this.#start = file.start ?? startTable(file.edges, file.root, file.alphabet.length)
  }

  /** The tag of `word` (see `Tag` in format.ts), 0 when the graph does not hold it. */
  tag(word: string): number {
    const {edges} = this
    const symbols = this.#symbols
    const first = symbols[word.charCodeAt(0)] ?? 0
    if (first === 0) return 0
    let edge = this.#start[first * this.#width]!
    if (word.length > 1) {
      const second = symbols[word.charCodeAt(1)] ?? 0
      edge = second === 0 ? 0 : this.#start[first * this.#width + second]!
    }
    if (edge === 0) return 0
    let tag = (edge >>> tagShift) & tagMask
    let node = edge & targetMask
    for (let index = 2; index < word.length; index++) {
      const symbol = symbols[word.charCodeAt(index)] ?? 0
      if (symbol === 0 || node === 0) return 0
      let next = 0
      for (let at = node; ; at++) {
        const candidate = edges[at]!
        const found = candidate >>> symbolShift
        if (found === symbol) {
          next = candidate
          break
        }
        // Edges are in symbol order: past the symbol, it is not there.
        if (found > symbol || candidate & lastBit) return 0
      }
      tag = (next >>> tagShift) & tagMask
      node = next & targetMask
    }
    return tag
  }

  /** The character an edge spells. */
  charOf(edge: number): string {
    return this.alphabet[(edge >>> symbolShift) - 1]!
  }
}

export const edgeTag = (edge: number): number => (edge >>> tagShift) & tagMask
export const edgeTarget = (edge: number): number => edge & targetMask
export const isLastEdge = (edge: number): boolean => (edge & lastBit) !== 0
