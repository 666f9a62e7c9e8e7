import type {JobMatch} from '../job/types.js'
import type {CompanyContext} from '../letter/companies.js'
import type {Lexicon} from '../letter/lexicon.js'
import {quote} from '../letter/query.js'
import type {Letter} from '../letter/types.js'
import type {SourcePoint} from '../parse/document.js'
import type {Evidence, LintMessage, Severity} from '../types.js'
import {defaultSeverity, type AnyRule, type Finding} from './rule.js'
import {ruleOptions, type RuleSettings} from './settings.js'

export interface RuleRun {
  messages: LintMessage[]
  /** Evidence each rule that ran recorded for its signal, by rule id. */
  evidence: Map<string, Evidence[]>
  /** How much of its signal each rule that ran proved (0-1: the most any of its proofs gave), by rule id. */
  credit: Map<string, number>
  /** The options each rule ran with, by rule id (the score words its advice from them). */
  options: Map<string, Record<string, unknown>>
  /** Ids of the rules that ran (not turned off). */
  ran: Set<string>
  /** Ids of the rules that ran at `info` severity: their signals count in the score only when proved. */
  informational: Set<string>
}

/** The rules that are not turned off by `settings`. */
export function enabledRules(rules: readonly AnyRule[], settings: RuleSettings): AnyRule[] {
  return rules.filter((rule) => settings[rule.meta.id]?.severity !== 'off')
}

/** The lexicons a set of rules needs matched, in a stable order. */
export function rulesLexicons(rules: readonly AnyRule[]): Lexicon[] {
  return rules.flatMap((rule) => rule.meta.lexicons ?? [])
}

/** Run each rule on the letter, applying severity from settings (or the rule's recommendation). */
export function runRules(letter: Letter, rules: readonly AnyRule[], settings: RuleSettings, job?: JobMatch, company?: CompanyContext): RuleRun {
  const messages: LintMessage[] = []
  const evidence = new Map<string, Evidence[]>()
  const credit = new Map<string, number>()
  const optionsUsed = new Map<string, Record<string, unknown>>()
  const ran = new Set<string>()
  const informational = new Set<string>()
  const running = new Set(rules.filter((rule) => settings[rule.meta.id]?.severity !== 'off').map((rule) => rule.meta.id))
  const runs = (ruleId: string): boolean => running.has(ruleId)
  for (const rule of rules) {
    const {id} = rule.meta
    const setting = settings[id]
    if (setting?.severity === 'off') continue
    ran.add(id)
    const proofs: Evidence[] = []
    evidence.set(id, proofs)
    const configured: Severity | undefined = setting?.severity
    if ((configured ?? rule.meta.severity) === 'info') informational.add(id)
    const options = ruleOptions(rule.meta, settings)
    optionsUsed.set(id, options)
    credit.set(id, 0)
    rule.check({
      letter,
      job,
      company,
      options,
      runs,
      report(finding: Finding) {
        messages.push(toMessage(letter, id, configured ?? defaultSeverity(rule.meta, finding.kind), finding))
      },
      prove(proof, share = 1) {
        credit.set(id, Math.max(credit.get(id)!, Math.min(1, Math.max(0, share))))
        if ('text' in proof) {
          proofs.push({text: proof.text, ...letter.locate(proof.at)})
        } else {
          // Evidence is read by people: Markdown emphasis inside the quote is noise there.
          const text = quote(letter.source, proof.start, proof.end)
          proofs.push({text: letter.format === 'markdown' ? text.replace(/\*\*|__|`/g, '') : text, ...letter.locate(proof.start)})
        }
      }
    })
  }
  return {messages: messages.sort(byPosition), evidence, credit, options: optionsUsed, ran, informational}
}

function toMessage(letter: Letter, ruleId: string, severity: Severity, finding: Finding): LintMessage {
  const start = letter.locate(finding.start)
  let end = letter.locate(Math.max(finding.end, finding.start), true)
  // In a rendered letter (LaTeX) a span can run on into another file or back up the source (a
  // sign-off set in the preamble): it then ends at its last words that follow its start.
  if (!follows(start, end)) end = letter.locate(lastOffsetFollowing(letter, start, finding.start, finding.end), true)
  const message: LintMessage = {
    ruleId,
    severity,
    message: finding.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column
  }
  if (start.filePath !== undefined) message.filePath = start.filePath
  if (finding.actual !== null) message.actual = finding.actual ?? quote(letter.source, finding.start, finding.end)
  if (finding.expected && finding.expected.length > 0) message.expected = finding.expected
  return message
}

function follows(start: SourcePoint, end: SourcePoint): boolean {
  return end.filePath === start.filePath && (end.line > start.line || (end.line === start.line && end.column >= start.column))
}

/** The last offset in (from, to] whose position follows `start` in its file (`from` when none does). */
function lastOffsetFollowing(letter: Letter, start: SourcePoint, from: number, to: number): number {
  for (let offset = to; offset > from; offset--) if (follows(start, letter.locate(offset, true))) return offset
  return from
}

/** Findings in reading order (see `runRules`); inline control re-sorts with it. */
export function byPosition(a: LintMessage, b: LintMessage): number {
  // The letter's own file first, then the files it \input (LaTeX), each in order. Ties break on
  // code points, never the locale, so every machine prints the same order.
  return (
    compareText(a.filePath ?? '', b.filePath ?? '') ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
