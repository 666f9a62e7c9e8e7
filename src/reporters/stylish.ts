import {Chalk, type ChalkInstance} from 'chalk'
import {signalIds} from '../score/signals.js'
import type {LintMessage, LintResult, SignalId} from '../types.js'
import {jobSection} from './job-section.js'
import {clip, fewWords, hang, reportWidth, visibleLength} from './layout.js'
import {plural, summaryLine, tally, type Hidden} from './summary.js'
import {levelText, readingLine, signalState, substanceGaps, substanceLabel, verdictReason, verdictWords} from './report-text.js'
import type {Reporter} from './types.js'

/**
 * The default report: the recruiter's read of each letter. A verdict with its score, the
 * 60-second read (length, shape, numbers), each signal proved or missing with the letter's own
 * words as evidence, then every finding at line:column with what to do instead.
 *
 * Laid out for the terminal's width (80 columns in a pipe or a file, so output there is the
 * same on every machine): long lines wrap at word boundaries under where they start.
 */
const stylish: Reporter = (results, context) => {
  const paint = new Chalk({level: context.color ? 1 : 0})
  const width = reportWidth(context.width)
  const out: string[] = []
  for (const result of results) out.push(...letterReport(result, paint, width), '')
  out.push(summary(results, paint, context.quiet))
  return `${out.join('\n')}\n`
}

export default stylish

function verdictLine(result: LintResult, paint: ChalkInstance, width: number): string[] {
  const colour = result.verdict === 'shortlist' ? paint.green : result.verdict === 'maybe' ? paint.yellow : paint.red
  const head = `  ${colour.bold(verdictWords[result.verdict])} ${paint.bold(`${result.score}/100`)}  `
  return hang(head, verdictReason(result), width, visibleLength(head))
}

function letterReport(result: LintResult, paint: ChalkInstance, width: number): string[] {
  // Word and PDF positions are not line:column of a text file: the header says what they count.
  const header = result.positions ? `${paint.underline(result.filePath)}  ${paint.dim(`(positions are ${result.positions})`)}` : paint.underline(result.filePath)
  const lines = [header, ...verdictLine(result, paint, width), ...levelLine(result, paint, width), ...substanceLines(result, paint, width), '']
  lines.push(`  ${paint.bold('The 60-second read')}`, ...hang('    ', readingLine(result.stats), width, 4), '', `  ${paint.bold('Signals')}`)
  const labelWidth = Math.max(...signalIds.map((id) => result.signals[id].label.length))
  for (const id of signalIds) lines.push(...signalLines(result, id, labelWidth, paint, width))
  if (result.job) lines.push('', ...jobSection(result.job, paint, width))
  if (result.messages.length > 0) lines.push('', ...findings(result.messages, paint, width))
  return lines
}

function levelLine(result: LintResult, paint: ChalkInstance, width: number): string[] {
  const text = levelText(result)
  return text ? hang('  ', paint.dim(text), width, 4) : []
}

function substanceLines(result: LintResult, paint: ChalkInstance, width: number): string[] {
  const gaps = substanceGaps(result)
  return gaps === undefined ? [] : hang(`  ${paint.bold(substanceLabel)} `, gaps, width, 4)
}

function signalLines(result: LintResult, id: SignalId, labelWidth: number, paint: ChalkInstance, width: number): string[] {
  const signal = result.signals[id]
  const label = signal.label.padEnd(labelWidth)
  const indent = 4 + 2 + labelWidth + 2
  const {state, note} = signalState(result, id)
  if (state === 'unassessed') return hang(`    ${paint.dim('–')} ${paint.dim(label)}  `, paint.dim(note), width, indent)
  const quotes = signal.evidence.map((evidence) => `"${clip(evidence.text, 48)}"`)
  if (state === 'proved') return hang(`    ${paint.green('✔')} ${label}  `, quotes.map((quote, index) => (index < quotes.length - 1 ? `${quote};` : quote)), width, indent)
  if (state === 'optional') return hang(`    ${paint.dim('○')} ${label}  `, paint.dim(note), width, indent)
  const partial = quotes.length > 0 ? `${quotes.join('; ')}; ` : ''
  return hang(`    ${paint.red('✘')} ${label}  `, `${partial}${paint.dim(note)}`, width, indent)
}

const severityOrder: Record<LintMessage['severity'], number> = {error: 0, warning: 1, info: 2}

/**
 * The findings, errors first, then warnings, then info, each in the order of the letter. A
 * finding is a head line (place, severity, rule id and the words it is about, unless its message
 * quotes them already) and its message wrapped under it, a blank line between findings.
 */
function findings(messages: readonly LintMessage[], paint: ChalkInstance, width: number): string[] {
  const ordered = messages
    .map((message, index) => ({message, index}))
    .sort((a, b) => severityOrder[a.message.severity] - severityOrder[b.message.severity] || a.index - b.index)
    .map(({message}) => message)
  const places = ordered.map((message) => `${message.filePath ? `${message.filePath}:` : ''}${message.line}:${message.column}`)
  const placeWidth = Math.max(...places.map((place) => place.length))
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, messages.filter((message) => message.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity))
  const lines = [`  ${paint.bold('Findings')}  ${paint.dim(counts.join(', '))}`]
  ordered.forEach((message, index) => {
    if (index > 0) lines.push('')
    lines.push(...findingLines(message, places[index]!, placeWidth, paint, width))
  })
  return lines
}

function findingLines(message: LintMessage, place: string, placeWidth: number, paint: ChalkInstance, width: number): string[] {
  const severity =
    message.severity === 'error' ? paint.red('error  ') : message.severity === 'warning' ? paint.yellow('warning') : paint.blue('info   ')
  const head = `    ${paint.dim(place.padEnd(placeWidth))}  ${severity}  ${paint.dim(message.ruleId)}`
  const quote = quoted(message, Math.max(16, width - visibleLength(head) - 4))
  return [quote ? `${head}  ${quote}` : head, ...hang('      ', message.message, width, 6)]
}

/** The words a finding is about, quoted, when it has any and its message does not quote them already. */
function quoted(message: LintMessage, room: number): string | undefined {
  if (!message.actual) return undefined
  const fold = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()
  if (fold(message.message).includes(fold(message.actual))) return undefined
  return `"${fewWords(message.actual, room)}"`
}

/** One line however wide, as every human format ends: scripts and CI logs look for it. */
function summary(results: readonly LintResult[], paint: ChalkInstance, hidden?: Hidden): string {
  const counts = tally(results)
  const mark = counts.errors > 0 ? paint.red.bold('✖') : counts.warnings > 0 ? paint.yellow.bold('⚠') : paint.green.bold('✔')
  return `${mark} ${summaryLine(counts, hidden)}`
}
