import type {LintMessage, LintResult, Verdict} from '../types.js'
import type {GateOutcome} from './gate.js'
import {placeInWords} from './positions.js'
import {findingDocsUrl} from './rule-docs.js'
import {plural, summaryLine, tally} from './summary.js'
import type {Reporter, ReporterContext} from './types.js'

const verdicts: Readonly<Record<Verdict, string>> = {shortlist: '✅ shortlist', maybe: '🟡 maybe', binned: '❌ binned'}

/**
 * A GitHub-flavoured Markdown summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`. With
 * `--min-score` or `--max-warnings` it opens with the gate's outcome and why; then one row per
 * letter (its company and role when known, verdict, score, findings, the first thing to fix),
 * the run's summary, and each letter's findings in a collapsed section with links to the rules.
 */
const markdown: Reporter = (results, context) => {
  const out: string[] = ['### cover-lint', '']
  if (context.gate) out.push(gateLine(context.gate.outcome), '')
  out.push(
    '| Letter | Company | Role | Verdict | Score | Findings | First thing to fix |',
    '| --- | --- | --- | --- | ---: | --- | --- |',
    ...results.map((result) =>
      row([
        cell(result.filePath),
        cell(result.application?.company?.name ?? '–'),
        cell(result.application?.role ?? '–'),
        verdicts[result.verdict],
        String(result.score),
        findingsCell(result),
        firstToFix(result, context.rules)
      ])
    ),
    '',
    `**${cell(summaryLine(tally(results), context.quiet))}**`
  )
  for (const result of results) {
    if (result.messages.length === 0) continue
    const scheme = result.positions ? ` (positions are ${result.positions})` : ''
    out.push(
      '',
      `<details><summary>${html(result.filePath)}: ${plural(result.messages.length, 'finding')}${scheme}</summary>`,
      '',
      '| Line | Severity | Finding | Rule |',
      '| ---: | --- | --- | --- |',
      ...result.messages.map((message) =>
        row([`${message.filePath ? `${cell(message.filePath)}:` : ''}${message.line}:${message.column}`, message.severity, cell(message.message), ruleLink(message, context.rules)])
      ),
      '',
      '</details>'
    )
  }
  return `${out.join('\n')}\n`
}

export default markdown

/** "**❌ Failed:** a.md: score 40 is under --min-score 60; 12 warnings, more than --max-warnings 10 allows." */
function gateLine(outcome: GateOutcome): string {
  if (outcome.passed) return `**✅ Passed:** ${cell(outcome.passes.join('; '))}.`
  const reasons = outcome.failures.map((failure) => (failure.subject ? `${failure.subject}: ${failure.reason}` : failure.reason))
  return `**❌ Failed:** ${cell(reasons.join('; '))}.`
}

/**
 * The finding to fix first: the first error, else the first warning, else the first info, with
 * its place and rule; a dash when there is nothing to fix.
 */
function firstToFix(result: LintResult, rules: ReporterContext['rules']): string {
  const message = (['error', 'warning', 'info'] as const).map((severity) => result.messages.find((found) => found.severity === severity)).find(Boolean)
  if (!message) return '–'
  const place = message.filePath
    ? `${message.filePath}:${message.line}:${message.column}`
    : result.positions
      ? placeInWords(result.positions, message.line, message.column)
      : `${message.line}:${message.column}`
  return `${cell(place)} ${cell(clip(message.message, 140))} (${ruleLink(message, rules)})`
}

/** The rule's id, linked to its documentation when it has a page (a retext plugin's findings have none). */
function ruleLink(message: LintMessage, rules: ReporterContext['rules']): string {
  const url = findingDocsUrl(message.ruleId, rules)
  return url ? `[${message.ruleId}](${url})` : `\`${message.ruleId}\``
}

/** At most `max` characters, cut at a word with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`
}

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
