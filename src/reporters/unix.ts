import {summaryLine, tally} from './summary.js'
import type {Reporter} from './types.js'

/**
 * One finding a line, `path:line:col: message [severity/rule-id]`, the shape editors' error
 * parsers (Vim's errorformat, Emacs compile mode) and grep expect; then a blank line and the
 * run's summary, which matches no `path:line:col:` pattern. A Word or PDF letter's findings keep
 * that shape with paragraph:column or page:line in it (the only places such a file has), and a
 * note before the summary says so: `letter.pdf: positions are page:line`.
 */
const unix: Reporter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    for (const message of result.messages) {
      lines.push(`${message.filePath ?? result.filePath}:${message.line}:${message.column}: ${oneLine(message.message)} [${message.severity}/${message.ruleId}]`)
    }
  }
  if (lines.length > 0) lines.push('')
  for (const result of results) if (result.positions && result.messages.length > 0) lines.push(`${result.filePath}: positions are ${result.positions}`)
  lines.push(summaryLine(tally(results), context.quiet))
  return `${lines.join('\n')}\n`
}

export default unix

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}
