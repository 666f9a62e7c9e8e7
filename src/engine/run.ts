import type {VFile} from 'vfile'
import type {JobMatch} from '../job/types.js'
import type {CompanyContext} from '../letter/companies.js'
import type {Lexicon} from '../letter/lexicon.js'
import {quote} from '../letter/query.js'
import type {Letter} from '../letter/types.js'
import type {SourcePoint} from '../parse/document.js'
import type {Evidence, Severity} from '../types.js'
import {addMessage, byPosition, type VFileMessage} from './messages.js'
import {pluginFinding, pluginRuleId, type PluginRun} from './plugins.js'
import type {ProseMessage} from './prose.js'
import {defaultSeverity, type AnyRule, type Finding} from './rule.js'
import {ruleOptions, type RuleSettings} from './settings.js'

export interface RuleRun {
  /** The findings, as messages on the letter's file, in reading order. */
  messages: VFileMessage[]
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

export interface RunOptions {
  /** The job posting the letter answers, matched against it. */
  job?: JobMatch | undefined
  /** The company the letter is for and the others the repository knows. */
  company?: CompanyContext | undefined
  /** What each rule's `retext` plugins reported on the letter's nlcst (src/engine/prose.ts). */
  retext?: ReadonlyMap<AnyRule, readonly ProseMessage[]> | undefined
  /** What each retext plugin named in config reported. */
  plugins?: readonly PluginRun[] | undefined
  /** Where a rule is documented (the message's `url`). */
  url?(rule: AnyRule): string | undefined
}

/** The rules that are not turned off by `settings`. */
export function enabledRules(rules: readonly AnyRule[], settings: RuleSettings): AnyRule[] {
  return rules.filter((rule) => settings[rule.meta.id]?.severity !== 'off')
}

/** The lexicons a set of rules needs matched, in a stable order. */
export function rulesLexicons(rules: readonly AnyRule[]): Lexicon[] {
  return rules.flatMap((rule) => rule.meta.lexicons ?? [])
}

/**
 * Run each rule on the letter, applying severity from settings (or the rule's recommendation),
 * and turn what the configured retext plugins reported into findings. Every finding becomes a
 * message on `file`, the letter's VFile.
 */
export function runRules(letter: Letter, file: VFile, rules: readonly AnyRule[], settings: RuleSettings, options: RunOptions = {}): RuleRun {
  const messages: VFileMessage[] = []
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
    const used = ruleOptions(rule.meta, settings)
    optionsUsed.set(id, used)
    credit.set(id, 0)
    const url = options.url?.(rule)
    rule.check({
      letter,
      job: options.job,
      company: options.company,
      options: used,
      runs,
      retextMessages: options.retext?.get(rule) ?? [],
      report(finding: Finding) {
        messages.push(toMessage(letter, file, id, configured ?? defaultSeverity(rule.meta, finding.kind), finding, url))
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
  // A retext plugin's rules are known by the messages it reports: a warning unless config says otherwise.
  for (const {plugin, messages: reported} of options.plugins ?? []) {
    for (const prose of reported) {
      const id = pluginRuleId(prose.message, plugin)
      const severity = settings[id]?.severity ?? 'warning'
      if (severity === 'off') continue
      ran.add(id)
      if (severity === 'info') informational.add(id)
      messages.push(toMessage(letter, file, id, severity, pluginFinding(letter, prose), prose.message.url))
    }
  }
  const letterPath = file.path
  return {messages: messages.sort((a, b) => byPosition(a, b, letterPath)), evidence, credit, options: optionsUsed, ran, informational}
}

function toMessage(letter: Letter, file: VFile, ruleId: string, severity: Severity, finding: Finding, url: string | undefined): VFileMessage {
  const start = letter.locate(finding.start)
  let end = letter.locate(Math.max(finding.end, finding.start), true)
  // In a rendered letter (LaTeX) a span can run on into another file or back up the source (a
  // sign-off set in the preamble): it then ends at its last words that follow its start.
  if (!follows(start, end)) end = letter.locate(lastOffsetFollowing(letter, start, finding.start, finding.end), true)
  return addMessage(file, {
    ruleId,
    severity,
    reason: finding.message,
    start,
    end,
    ...(finding.actual !== null ? {actual: finding.actual ?? quote(letter.source, finding.start, finding.end)} : {}),
    ...(finding.expected ? {expected: finding.expected} : {}),
    ...(url ? {url} : {})
  })
}

function follows(start: SourcePoint, end: SourcePoint): boolean {
  return end.filePath === start.filePath && (end.line > start.line || (end.line === start.line && end.column >= start.column))
}

/** The last offset in (from, to] whose position follows `start` in its file (`from` when none does). */
function lastOffsetFollowing(letter: Letter, start: SourcePoint, from: number, to: number): number {
  for (let offset = to; offset > from; offset--) if (follows(start, letter.locate(offset, true))) return offset
  return from
}
