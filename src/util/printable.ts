/**
 * Text that came from outside (a file name, a letter's or a posting's words) made safe to print
 * where people or logs read it. Every control character except the tab is shown as an escape
 * (`\n`, `\r`, `\x1B`, `\u2028`), so that:
 *
 * - a file name with a line break in it (git allows one) cannot start a line of its own: a forged
 *   `path:line:col:` finding, a `::error` workflow command in a GitHub Actions log, a heading or a
 *   link in a Markdown summary;
 * - a letter's terminal escapes (`ESC[2J` clears the screen, OSC 8 makes a link, C1 `CSI` does
 *   what `ESC[` does) reach the terminal as text, with colour on or off;
 * - the Unicode line and paragraph separators, and the bidirectional overrides, embeddings and
 *   isolates (which make a line display in an order other than the one it has), are seen for
 *   what they are. The marks U+200E and U+200F, which right-to-left text needs, are kept.
 *
 * Machine formats (JSON, SARIF) keep the exact text: they are data, and their own escaping is
 * exact. The tab stays: it moves the cursor and nothing else.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters made printable, so they must be matched
const unsafe = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g

const named: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r'}

export function printable(text: string): string {
  unsafe.lastIndex = 0
  if (!unsafe.test(text)) return text
  return text.replace(unsafe, (character) => {
    if (Object.hasOwn(named, character)) return named[character]!
    const code = character.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
  })
}

/**
 * `value` with `printable` applied to every string in it, at any depth (object keys included):
 * a report's results, so each human-readable reporter prints safe text whatever field it reads.
 */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => printableDeep(item)) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [printable(key), printableDeep(item)])) as T
  }
  return value
}
