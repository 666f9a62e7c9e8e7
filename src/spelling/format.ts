/**
 * The compiled word list's file layout, shared by the build (scripts/dictionary.mjs, through
 * `encodeWordFile`) and the reader (`decodeWordFile`). A file is read with one `readFileSync`
 * and used where it lies: no parsing, no copying, no Set of a hundred thousand strings.
 *
 *   bytes 0-3    magic "CLWD"
 *   bytes 4-7    format version (uint32, little-endian)
 *   bytes 8-11   root: the index of the first edge of the root of every word
 *   bytes 12-15  field root: the same for the field's words alone (a small search for names)
 *   bytes 16-19  edge count
 *   bytes 20-23  length in bytes of the alphabet (UTF-8)
 *   bytes 24-27  length in bytes of the notes (UTF-8 JSON)
 *   bytes 28-31  length of the start table (uint32 entries)
 *   then         the edges and the start table (uint32 each, little-endian, 4-byte aligned), the
 *                alphabet, the notes
 *
 * The start table is the edge each word's first two characters lead along from the root, by
 * their symbols (`first * (symbols + 1) + second`; the first character alone at `second` 0): the
 * root and its children have the most edges, dozens each, and a table makes them one step. It is
 * computed by the build, so loading the file computes nothing.
 *
 * An edge packs, from the low bits: the index of the target node's first edge (20 bits; 0 is a
 * node with no edges), the tag of the word that ends on this edge (4 bits, 0 when no word ends
 * there), whether it is its node's last edge (1 bit) and its symbol (7 bits: 1 + the character's
 * index in the alphabet, which is sorted, so a node's edges are in character order).
 */

export const magic = 0x44574c43 // "CLWD" read as a little-endian uint32
export const formatVersion = 3
export const headerBytes = 32

export const targetBits = 20
export const targetMask = (1 << targetBits) - 1
export const tagShift = targetBits
export const tagMask = 0xf
export const lastBit = 1 << 24
export const symbolShift = 25
export const maxSymbols = 127
export const maxEdges = targetMask

/** What a word is, as bits of its tag. */
export const Tag = {
  /** In the British English dictionary (dictionary-en-gb). */
  gb: 1,
  /** In the American English dictionary (dictionary-en). */
  us: 2,
  /** In cover-lint's dictionary of the field's words (rules/spelling/words.json, the technology lexicon). */
  field: 4,
  /** Accepted but never suggested (the dictionaries' offensive words). */
  noSuggest: 8
} as const

/** Extra data the build stores beside the word graph: read only when suggestions are made. */
export interface WordFileNotes {
  /** How field words are written when they are not simply lower-case or capitalised ("PostgreSQL", "gRPC"), by their lower-case form. */
  display: Record<string, string>
  /** What the file was built from, for `cover-lint`'s own checks and BENCHMARKS.md. */
  sources: Record<string, string>
}

export interface WordFile {
  edges: Uint32Array
  root: number
  fieldRoot: number
  start: Uint32Array
  alphabet: string
  /** The notes' JSON, undecoded until asked for. */
  notes: Uint8Array
}

export function encodeWordFile(file: {edges: Uint32Array; root: number; fieldRoot: number; alphabet: string; notes: WordFileNotes}): Uint8Array {
  const alphabet = new TextEncoder().encode(file.alphabet)
  const notes = new TextEncoder().encode(JSON.stringify(file.notes))
  const start = startTable(file.edges, file.root, file.alphabet.length)
  const words = [...file.edges, ...start]
  const bytes = new Uint8Array(headerBytes + words.length * 4 + alphabet.length + notes.length)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, magic, true)
  view.setUint32(4, formatVersion, true)
  view.setUint32(8, file.root, true)
  view.setUint32(12, file.fieldRoot, true)
  view.setUint32(16, file.edges.length, true)
  view.setUint32(20, alphabet.length, true)
  view.setUint32(24, notes.length, true)
  view.setUint32(28, start.length, true)
  for (const [index, word] of words.entries()) view.setUint32(headerBytes + index * 4, word, true)
  bytes.set(alphabet, headerBytes + words.length * 4)
  bytes.set(notes, headerBytes + words.length * 4 + alphabet.length)
  return bytes
}

/** The start table of a graph (see the layout above). */
export function startTable(edges: Uint32Array, root: number, symbols: number): Uint32Array {
  const width = symbols + 1
  const table = new Uint32Array(width * width)
  for (let at = root; root !== 0; at++) {
    const first = edges[at]!
    const firstSymbol = first >>> symbolShift
    table[firstSymbol * width] = first
    const child = first & targetMask
    for (let below = child; child !== 0; below++) {
      const second = edges[below]!
      table[firstSymbol * width + (second >>> symbolShift)] = second
      if (second & lastBit) break
    }
    if (first & lastBit) break
  }
  return table
}

/** Read a word file in place. Throws when the bytes are not one (a damaged or stale build). */
export function decodeWordFile(bytes: Uint8Array): WordFile {
  if (bytes.length < headerBytes) throw new Error('too short to be a word file')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) !== magic) throw new Error('not a word file')
  const version = view.getUint32(4, true)
  if (version !== formatVersion) throw new Error(`word file format ${version}, expected ${formatVersion}`)
  const root = view.getUint32(8, true)
  const fieldRoot = view.getUint32(12, true)
  const count = view.getUint32(16, true)
  const alphabetBytes = view.getUint32(20, true)
  const notesBytes = view.getUint32(24, true)
  const startCount = view.getUint32(28, true)
  const edgesEnd = headerBytes + (count + startCount) * 4
  if (edgesEnd + alphabetBytes + notesBytes !== bytes.length) throw new Error('word file length does not match its header')
  // The edges and the table are used in place when the bytes are aligned for it (a Buffer from
  // readFileSync may sit at any offset in Node's pool), else copied once.
  const offset = bytes.byteOffset + headerBytes
  const words =
    offset % 4 === 0 && littleEndian
      ? new Uint32Array(bytes.buffer, offset, count + startCount)
      : Uint32Array.from({length: count + startCount}, (_, index) => view.getUint32(headerBytes + index * 4, true))
  return {
    edges: words.subarray(0, count),
    start: words.subarray(count),
    root,
    fieldRoot,
    alphabet: new TextDecoder().decode(bytes.subarray(edgesEnd, edgesEnd + alphabetBytes)),
    notes: bytes.subarray(edgesEnd + alphabetBytes)
  }
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
