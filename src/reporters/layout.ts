/**
 * Laying out the terminal report: its width, wrapping at word boundaries, quotes cut short. Widths are measured without ANSI colour codes, so a
 * coloured line wraps where the same line uncoloured does; a colour running across a break
 * carries on to the next line, as terminals keep it.
 */

/** The width the report is laid out for when output is not a terminal (a pipe, a file, a test). */
export const defaultWidth = 80

/** Terminal widths outside this are clamped: below it nothing fits, above it lines get too long to read. */
const narrowest = 40
const widest = 120

/** The width to lay the report out at: the terminal's, clamped, or `defaultWidth` when there is none. */
export function reportWidth(columns: number | undefined): number {
  if (!columns || !Number.isFinite(columns)) return defaultWidth
  return Math.max(narrowest, Math.min(widest, Math.floor(columns)))
}

// SGR sequences only: chalk writes nothing else.
// biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR sequence starts with ESC, so the pattern must match one
const ansi = /\u001b\[[0-9;]*m/g

/** Columns `text` takes on a terminal: code points, colour codes not counted. */
export function visibleLength(text: string): number {
  let length = 0
  for (const _ of text.replace(ansi, '')) length++
  return length
}

/**
 * `first` followed by `text`, wrapped to `width` columns; lines after the first start with
 * `indent` spaces. `text` breaks at its spaces; given as a list, it breaks only between the
 * parts (joined by `separator`), and a part longer than a whole line breaks at its spaces. A
 * word longer than a line is never cut: it overflows on a line of its own. At least `minimum`
 * columns are left for the words, however deep the indent.
 */
export function hang(first: string, text: string | readonly string[], width: number, indent: number, options: {separator?: string; minimum?: number} = {}): string[] {
  const room = Math.max(width, indent + (options.minimum ?? 24))
  const separator = typeof text === 'string' ? ' ' : (options.separator ?? ' ')
  const parts = (typeof text === 'string' ? text.split(/\s+/) : text).filter((part) => part !== '')
  const lines: string[] = []
  let line = first
  let length = visibleLength(first)
  let empty = true
  const place = (part: string, gap: string): void => {
    const size = visibleLength(part)
    if (!empty && length + gap.length + size > room) {
      lines.push(line)
      line = ' '.repeat(indent) + part
      length = indent + size
      return
    }
    line += empty ? part : gap + part
    length += empty ? size : gap.length + size
    empty = false
  }
  for (const part of parts) {
    if (typeof text !== 'string' && indent + visibleLength(part) > room && part.includes(' ')) {
      for (const [index, word] of part.split(' ').entries()) if (word) place(word, index === 0 ? separator : ' ')
    } else {
      place(part, separator)
    }
  }
  lines.push(line)
  return lines
}

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

/**
 * The few words a finding is about, for quoting: whole when short, else its first and last
 * words around an ellipsis (a span of a whole paragraph quotes where it starts and ends).
 */
export function fewWords(text: string, max = 44): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  if (folded.length <= max) return folded
  const words = folded.split(' ')
  let head = ''
  let tail = ''
  let start = 0
  let end = words.length
  // Take words from the front and the back in turn, the front getting about two thirds.
  while (start < end) {
    const front = head.length <= 2 * tail.length
    const word = front ? words[start]! : words[end - 1]!
    const next = front ? (head ? `${head} ${word}` : word) : tail ? `${word} ${tail}` : word
    if (next.length + (front ? tail.length : head.length) + 3 > max) break
    if (front) {
      head = next
      start++
    } else {
      tail = next
      end--
    }
  }
  if (!head) return clip(folded, max)
  return tail ? `${head} … ${tail}` : `${head} …`
}
