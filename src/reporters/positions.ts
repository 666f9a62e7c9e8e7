import type {PositionScheme} from '../parse/document.js'

/**
 * Word and PDF findings carry `paragraph:column` and `page:line` in their `line` and `column`
 * fields (see `LintResult.positions`): a binary document has no lines of text to point at. The
 * machine formats keep those numbers where their readers expect numbers, and say in words what
 * they count wherever the format has room for it: "page 1, line 17".
 */
export function placeInWords(scheme: PositionScheme, line: number, column: number): string {
  switch (scheme) {
    case 'page:line':
      return `page ${line}, line ${column}`
    case 'paragraph:column':
      return `paragraph ${line}, column ${column}`
    default:
      return `line ${line}, column ${column}`
  }
}
