import type {LintResult, Verdict} from '../types.js'
import {ruleDocsUrl} from './rule-docs.js'
import {plural, summaryLine, tally} from './summary.js'
import type {Reporter} from './types.js'

const verdicts: Readonly<Record<Verdict, string>> = {shortlist: '✅ shortlist', maybe: '🟡 maybe', binned: '❌ binned'}

/**
 * A GitHub-flavoured Markdown summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: one
 * table with a row per letter (verdict, score, findings), the run's summary, then each letter's
 * findings in a collapsed section with links to the rules' documentation.
 */
const markdown: Reporter = (results, context) => {
  const out: string[] = [
    '### cover-lint',
    '',
    '| Letter | Verdict | Score | Findings |',
    '| --- | --- | ---: | --- |',
    ...results.map((result) => row([cell(result.filePath), verdicts[result.verdict], String(result.score), findingsCell(result)])),
    '',
    `**${cell(summaryLine(tally(results), context.quiet))}**`
  ]
  for (const result of results) {
    if (result.messages.length === 0) continue
    out.push(
      '',
      `<details><summary>${html(result.filePath)}: ${plural(result.messages.length, 'finding')}</summary>`,
      '',
      '| Line | Severity | Finding | Rule |',
      '| ---: | --- | --- | --- |',
      ...result.messages.map((message) =>
        row([`${message.filePath ? `${cell(message.filePath)}:` : ''}${message.line}:${message.column}`, message.severity, cell(message.message), `[${message.ruleId}](${ruleDocsUrl(message.ruleId)})`])
      ),
      '',
      '</details>'
    )
  }
  return `${out.join('\n')}\n`
}

export default markdown

function findingsCell(result: LintResult): string {
  const parts = [
    result.errorCount > 0 ? plural(result.errorCount, 'error') : '',
    result.warningCount > 0 ? plural(result.warningCount, 'warning') : '',
    result.infoCount > 0 ? `${result.infoCount} info` : ''
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'none'
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/**
 * Text made safe for a table cell: HTML special characters as entities (a placeholder such as
 * `<Company>` would otherwise vanish as a tag), Markdown punctuation backslash-escaped so a
 * letter's words never turn into emphasis, code or links, `|` escaped so it cannot end the
 * cell, and line breaks folded to spaces.
 */
export function cell(text: string): string {
  return html(text)
    .replace(/[\\`*_[\]~#]/g, '\\$&')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ')
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
