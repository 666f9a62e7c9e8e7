import {Chalk, type ChalkInstance} from 'chalk'
import {signalIds} from '../score/signals.js'
import type {LintMessage, LintResult, SignalId, SignalResult, Verdict} from '../types.js'
import {jobSection} from './job-section.js'
import {plural, summaryLine, tally} from './summary.js'
import type {Reporter} from './types.js'

/**
 * The default report: the recruiter's read of each letter. A verdict with its score, the
 * 60-second read (length, shape, numbers), each signal proved or missing with the letter's own
 * words as evidence, then every finding at line:column with what to do instead.
 */
const stylish: Reporter = (results, context) => {
  const paint = new Chalk({level: context.color ? 1 : 0})
  const out: string[] = []
  for (const result of results) out.push(...letterReport(result, paint), '')
  out.push(summary(results, paint))
  return `${out.join('\n')}\n`
}

export default stylish

const verdictWords: Record<Verdict, string> = {
  shortlist: 'SHORTLIST',
  maybe: 'MAYBE',
  binned: 'BINNED'
}

function verdictLine(result: LintResult, paint: ChalkInstance): string {
  const colour = result.verdict === 'shortlist' ? paint.green : result.verdict === 'maybe' ? paint.yellow : paint.red
  const why =
    result.verdict === 'shortlist'
      ? 'a panel would read on and call you in'
      : result.errorCount > 0
        ? `${plural(result.errorCount, 'error')} keep${result.errorCount === 1 ? 's' : ''} it off the shortlist`
        : result.verdict === 'maybe'
          ? 'a panel might read on: prove the missing signals below'
          : 'a panel would stop reading: too little of what they look for'
  return `  ${colour.bold(verdictWords[result.verdict])} ${paint.bold(`${result.score}/100`)}  ${why}`
}

function letterReport(result: LintResult, paint: ChalkInstance): string[] {
  // Word and PDF positions are not line:column of a text file: the header says what they count.
  const header = result.positions ? `${paint.underline(result.filePath)}  ${paint.dim(`(positions are ${result.positions})`)}` : paint.underline(result.filePath)
  const lines = [header, verdictLine(result, paint), ...levelLine(result, paint), '']
  const {stats} = result
  lines.push(
    `  ${paint.bold('The 60-second read')}`,
    `    ${stats.words} words${stats.wordLimit === null ? '' : ` of ${stats.wordLimit}`} · ${plural(stats.paragraphs, 'paragraph')} · about ${stats.readingSeconds} s to read · ${plural(stats.scaleNumbers, 'scale number')}`,
    '',
    `  ${paint.bold('Signals')}`
  )
  const labelWidth = Math.max(...signalIds.map((id) => result.signals[id].label.length))
  for (const id of signalIds) lines.push(signalLine(result, id, labelWidth, paint))
  if (result.job) lines.push('', ...jobSection(result.job, paint))
  if (result.messages.length > 0) {
    lines.push('', `  ${paint.bold('Findings')}`)
    const places = result.messages.map((message) => `${message.filePath ? `${message.filePath}:` : ''}${message.line}:${message.column}`)
    const placeWidth = Math.max(...places.map((place) => place.length))
    result.messages.forEach((message, index) => lines.push(findingLine(message, places[index]!, placeWidth, paint)))
  }
  return lines
}

/**
 * Which level the letter was judged at, when something other than the default set it: a junior
 * letter beside a junior posting is read as one, and the report says so.
 */
function levelLine(result: LintResult, paint: ChalkInstance): string[] {
  const {level} = result
  if (level.from === 'default') return []
  const source =
    level.from === 'posting' && level.posting
      ? `the posting says "${level.posting.text}" (${fileName(result.job?.path ?? 'posting')} ${level.posting.line}:${level.posting.column})`
      : '"seniority" in the config'
  return [`  ${paint.dim(`Judged at ${level.seniority} level: ${source}`)}`]
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function signalLine(result: LintResult, id: SignalId, width: number, paint: ChalkInstance): string {
  const signal: SignalResult = result.signals[id]
  const label = signal.label.padEnd(width)
  if (!signal.assessed) {
    // A posting that asks for no AI work leaves AI infrastructure out (README, "Role and seniority").
    const unasked = id === 'ai' && result.job && !result.job.signals.some((theme) => theme.id === 'ai')
    return `    ${paint.dim('–')} ${paint.dim(label)}  ${paint.dim(unasked ? 'not assessed: the posting asks for no AI work' : 'not assessed (its rules are off)')}`
  }
  const quotes = signal.evidence.map((evidence) => `"${clip(evidence.text, 48)}"`).join('; ')
  if (signal.proved) return `    ${paint.green('✔')} ${label}  ${quotes}`
  if (signal.optional) {
    const why = result.level.seniority === 'junior' || result.level.seniority === 'mid' ? `welcome at ${result.level.seniority} level, not expected` : 'optional here (its rules are info)'
    return `    ${paint.dim('○')} ${label}  ${paint.dim(`${why}: ${signal.advice}`)}`
  }
  const partial = quotes ? `${quotes}; ` : ''
  return `    ${paint.red('✘')} ${label}  ${partial}${paint.dim(`missing: ${signal.advice}`)}`
}

function findingLine(message: LintMessage, place: string, width: number, paint: ChalkInstance): string {
  const severity =
    message.severity === 'error' ? paint.red('error  ') : message.severity === 'warning' ? paint.yellow('warning') : paint.blue('info   ')
  return `    ${paint.dim(place.padEnd(width))}  ${severity}  ${message.message}  ${paint.dim(message.ruleId)}`
}

function summary(results: readonly LintResult[], paint: ChalkInstance): string {
  const counts = tally(results)
  const mark = counts.errors > 0 ? paint.red.bold('✖') : counts.warnings > 0 ? paint.yellow.bold('⚠') : paint.green.bold('✔')
  return `${mark} ${summaryLine(counts)}`
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}
