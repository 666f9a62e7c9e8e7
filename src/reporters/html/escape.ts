/**
 * Escaping for the HTML report. Everything in the page that came from a letter, a posting, a
 * config or a path is untrusted: it is escaped, never parsed. Characters that would not show,
 * or would rearrange what shows, are made visible instead: C0 and C1 controls (but tab) as their
 * Unicode control pictures or code points, and bidirectional overrides and isolates (which can
 * make text read differently from what it is) as their code points.
 */

// Tab, line feed and carriage return are kept: rows hold no line breaks, and messages fold them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the report makes visible, so it must match them
const hidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

const entities: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!)
}

/** The picture a hidden character is shown as: ␛ for ESC, ␡ for DEL, U+202E for the others. */
function picture(char: string): string {
  const code = char.codePointAt(0)!
  if (code < 0x20) return String.fromCodePoint(0x2400 + code)
  if (code === 0x7f) return '\u2421'
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/** Text for element content: escaped, hidden characters shown in a marked span. */
export function text(value: string): string {
  let out = ''
  let last = 0
  for (const match of value.matchAll(hidden)) {
    out += escapeMarkup(value.slice(last, match.index))
    out += `<span class="ctl" title="a control character">${picture(match[0])}</span>`
    last = match.index + match[0].length
  }
  return out + escapeMarkup(value.slice(last))
}

/** Text for an attribute value (always written in double quotes): escaped, hidden characters as pictures. */
export function attribute(value: string): string {
  return escapeMarkup(value.replace(hidden, picture).replace(/[\r\n\t]+/g, ' '))
}
