import type {LintMessage, LintResult, Severity} from '../types.js'
import type {PositionScheme} from '../parse/document.js'
import {printable, printableDeep} from '../util/printable.js'
import {placeInWords} from './positions.js'
import stylish from './stylish.js'
import {problemsText} from './summary.js'
import type {Reporter} from './types.js'
import {inertText, workflowCommand} from './workflow-commands.js'

const commands: Readonly<Record<Severity, string>> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * For GitHub Actions: one `::group::` per letter holding an annotation for each finding (shown
 * inline on the pull request), then the stylish report in full. GitHub shows at most 10
 * annotations of each level per step, so the log must carry every finding too; the runner acts
 * on no line of it (see `inertText`), whatever the file names and letters it quotes hold.
 *
 * It gets the exact results: an annotation keeps the line breaks of its file and message,
 * escaped as the runner unescapes them (see `printableLines`), and every other text goes through
 * `printable`.
 */
const github: Reporter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    lines.push(workflowCommand('group', [], groupTitle(result)))
    if (result.messages.length === 0) lines.push('no findings')
    for (const message of result.messages) lines.push(annotation(message.filePath ?? result.filePath, message, message.filePath ? undefined : result.positions))
    lines.push('::endgroup::')
  }
  return `${lines.join('\n')}\n${inertText(stylish(printableDeep(results), context))}`
}

export default github

function groupTitle(result: LintResult): string {
  return `cover-lint ${printable(result.filePath)}: ${result.verdict} ${result.score}/100, ${problemsText({errors: result.errorCount, warnings: result.warningCount, infos: result.infoCount})}`
}

/**
 * An annotation at the finding's lines and columns. A Word or PDF letter has no lines GitHub
 * could show, so its annotations are on the file, with the place in words in the title
 * ("cover-lint (no-cliche) at page 1, line 17").
 */
function annotation(filePath: string, message: LintMessage, scheme?: PositionScheme): string {
  const title = `cover-lint (${message.ruleId})`
  const properties: Array<readonly [string, string | number]> =
    scheme && scheme !== 'line:column'
      ? [
          ['file', printableLines(filePath)],
          ['title', `${title} at ${placeInWords(scheme, message.line, message.column)}`]
        ]
      : [
          ['file', printableLines(filePath)],
          ['line', message.line],
          ['endLine', message.endLine],
          ['col', message.column],
          ['endColumn', message.endColumn],
          ['title', title]
        ]
  return workflowCommand(commands[message.severity], properties, printableLines(message.message))
}

/**
 * Text for an annotation: its line breaks as they are (`workflowCommand` escapes them as the
 * runner unescapes them, so a message keeps its lines and a file name with a break still names
 * the file), any other control character `printable`.
 */
function printableLines(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : printable(part)))
    .join('')
}
