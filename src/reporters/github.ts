import type {LintMessage, LintResult, Severity} from '../types.js'
import stylish from './stylish.js'
import {problemsText} from './summary.js'
import type {Reporter} from './types.js'
import {workflowCommand} from './workflow-commands.js'

const commands: Readonly<Record<Severity, string>> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * For GitHub Actions: one `::group::` per letter holding an annotation for each finding (shown
 * inline on the pull request), then the stylish report in full. GitHub shows at most 10
 * annotations of each level per step, so the log must carry every finding too.
 */
const github: Reporter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    lines.push(workflowCommand('group', [], groupTitle(result)))
    if (result.messages.length === 0) lines.push('no findings')
    for (const message of result.messages) lines.push(annotation(message.filePath ?? result.filePath, message))
    lines.push('::endgroup::')
  }
  return `${lines.join('\n')}\n${stylish(results, context)}`
}

export default github

function groupTitle(result: LintResult): string {
  return `cover-lint ${result.filePath}: ${result.verdict} ${result.score}/100, ${problemsText({errors: result.errorCount, warnings: result.warningCount, infos: result.infoCount})}`
}

function annotation(filePath: string, message: LintMessage): string {
  return workflowCommand(
    commands[message.severity],
    [
      ['file', filePath],
      ['line', message.line],
      ['endLine', message.endLine],
      ['col', message.column],
      ['endColumn', message.endColumn],
      ['title', `cover-lint (${message.ruleId})`]
    ],
    message.message
  )
}
