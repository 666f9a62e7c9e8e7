import type {Nodes as MdastNodes} from 'mdast'
import {decodeString} from 'micromark-util-decode-string'
import type {Point, Position, Node as UnistNode} from 'unist'
import {countWhile} from '../util/bisect.js'

/**
 * Where each character of a Markdown text node's value sits in the source.
 *
 * mdast-util-to-nlcst places the words of a text node by counting characters of its `value`
 * from the node's start, as if the value were a copy of the source. It is not: micromark drops
 * what only the syntax needs, so counting drifts after each of these:
 *   - white space at the end of a line ("word \n" has the value "word\n"),
 *   - indentation and container markers at the start of a continuation line (a list item's
 *     indent, a blockquote's "> ", a paragraph's own indent),
 *   - character escapes ("\*" is "*") and references ("&amp;" is "&"), and NUL (read as U+FFFD).
 * (Upstream: syntax-tree/mdast-util-from-markdown#48, closed as intended behaviour.) So a finding
 * on the second line of a list item, or after a trailing space, pointed at the wrong words.
 * This maps value offsets back to source offsets, so the positions can be corrected.
 */
export interface ValueMap {
  /** Where the text node starts: its value counted from here is what mdast-util-to-nlcst assumed. */
  start: number
  /** The value's length: offsets `start`..`start + length` are the node's own. */
  length: number
  /** `offsets[i]` is the source offset of value character `i`; `offsets[length]` is the node's end. */
  offsets: Int32Array
}

const escapable = /[!-/:-@[-`{-~]/
const reference = /&(?:#(?:\d{1,7}|[xX][\da-fA-F]{1,6})|[\da-zA-Z]{1,31});/y

/**
 * Map a text node's value onto its source, or undefined when they are the same text (nearly
 * always) or cannot be aligned (then the old positions stand; never worse than before).
 */
export function valueMap(value: string, source: string, start: number): ValueMap | undefined {
  if (value === source) return undefined
  const offsets = new Int32Array(value.length + 1)
  let i = 0
  let j = 0
  // Inside the run of indentation and markers that starts a continuation line.
  let lineStart = false
  while (i < value.length) {
    const char = source.charAt(j)
    if (j >= source.length) return undefined
    if (char === '\\' && escapable.test(source.charAt(j + 1)) && value.charAt(i) === source.charAt(j + 1)) {
      offsets[i++] = j
      j += 2
      lineStart = false
      continue
    }
    if (char === '&') {
      reference.lastIndex = j
      const match = reference.exec(source)
      if (match) {
        const decoded = decodeString(match[0])
        if (decoded !== match[0] && value.startsWith(decoded, i)) {
          for (let k = 0; k < decoded.length; k++) offsets[i++] = j
          j += match[0].length
          lineStart = false
          continue
        }
      }
    }
    // CommonMark reads NUL as U+FFFD.
    if (value.charAt(i) === char || (char === '\0' && value.charAt(i) === '\uFFFD')) {
      offsets[i++] = j++
      lineStart = char === '\n' || (char === '\r' && source.charAt(j) !== '\n')
      continue
    }
    // Source the value does not have: white space before a line break or after one, or a
    // container marker at the start of a continuation line.
    if (char === ' ' || char === '\t' || (lineStart && char === '>')) {
      j++
      continue
    }
    return undefined
  }
  offsets[value.length] = j
  return {start, length: value.length, offsets}
}

/**
 * The value maps of every text node under `node` (offsets relative to the block, as in the
 * shifted copy `blockToNlcst` parses), in source order, leaving out text that needs none.
 */
export function valueMaps(node: MdastNodes | UnistNode, blockText: string): ValueMap[] {
  const maps: ValueMap[] = []
  const visit = (current: MdastNodes | UnistNode): void => {
    if (current.type === 'text' && 'value' in current && typeof current.value === 'string') {
      const start = current.position?.start.offset
      const end = current.position?.end.offset
      if (start === undefined || end === undefined) return
      const map = valueMap(current.value, blockText.slice(start, end), start)
      if (map) maps.push(map)
      return
    }
    const children = (current as {children?: UnistNode[]}).children
    if (children) for (const child of children) visit(child)
  }
  visit(node)
  return maps
}

interface Positioned {
  position?: Position | undefined
  children?: Positioned[]
}

/**
 * Correct the offsets of every node of an nlcst tree made from text nodes with these maps
 * (offsets only: cover-lint places everything by offset; line and column are left). An
 * offset counted from a mapped text node's start (within its value's length) is moved to where
 * that character really is; other offsets (inline code, line breaks between nodes) were already
 * taken from the source and stay.
 */
export function remapOffsets(tree: Positioned, maps: readonly ValueMap[]): void {
  const remap = (offset: number | undefined): number | undefined => {
    if (offset === undefined) return offset
    // Maps are in order and do not overlap: the first one that does not end before the offset.
    // (A paragraph of thousands of escapes has thousands of maps: a linear look was quadratic.)
    const map = maps[countWhile(maps.length, (index) => maps[index]!.start + maps[index]!.length < offset)]
    if (map && offset >= map.start) return map.start + map.offsets[offset - map.start]!
    return offset
  }
  // A parent's points are often its first and last child's own point objects: move each once.
  const moved = new Set<object>()
  const move = (point: Point): void => {
    if (moved.has(point)) return
    moved.add(point)
    point.offset = remap(point.offset)
  }
  const visit = (node: Positioned): void => {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if (node.children) for (const child of node.children) visit(child)
  }
  visit(tree)
}
