import {summaryLine, tally} from './summary.js'
import type {Reporter} from './types.js'

/**
 * One finding a line, `path:line:col: message [severity/rule-id]`, the shape editors' error
 * parsers (Vim's errorformat, Emacs compile mode) and grep expect; then a blank line and the
 * run's summary, which matches no `path:line:col:` pattern.
 */
const unix: Reporter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    for (const message of result.messages) {
      lines.push(`${message.filePath ?? result.filePath}:${message.line}:${message.column}: ${oneLine(message.message)} [${message.severity}/${message.ruleId}]`)
    }
  }
  if (lines.length > 0) lines.push('')
  lines.push(summaryLine(tally(results), context.quiet))
  return `${lines.join('\n')}\n`
}

export default unix

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}
