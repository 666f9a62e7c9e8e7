import type {Diagnostic, DiagnosticSeverity, Range} from 'vscode-languageserver'
import {findingDocsUrl, homepage} from '../reporters/rule-docs.js'
import {readingLine, substanceGaps, substanceLabel, verdictReason, verdictWords} from '../reporters/report-text.js'
import {signalIds} from '../score/signals.js'
import type {LintMessage, LintResult, Severity} from '../types.js'

/** Every diagnostic's `source`, so editors show where it came from and clients can filter. */
export const source = 'cover-lint'

/** The `code` of the verdict diagnostic and of problems that are not a rule's findings. */
export const codes = {
  verdict: 'cover-lint/verdict',
  configError: 'cover-lint/config-error',
  inputError: 'cover-lint/input-error',
  postingError: 'cover-lint/posting-error'
} as const

const severities: Readonly<Record<Severity, DiagnosticSeverity>> = {error: 1, warning: 2, info: 3}

/** What a finding's diagnostic carries for hover and code actions. */
export interface FindingData {
  ruleId: string
  actual?: string
  expected?: string[]
}

/**
 * A position as LSP counts it: zero-based line and character, characters in UTF-16 code units.
 * cover-lint's positions are one-based, in UTF-16 columns of the same lines (a line break is
 * CRLF, LF or CR for both), so the conversion is exact.
 */
export function lspRange(message: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: {line: message.line - 1, character: message.column - 1},
    end: {line: message.endLine - 1, character: message.endColumn - 1}
  }
}

/** One finding as a diagnostic: `code` is the rule id, `codeDescription` its documentation. */
export function findingDiagnostic(message: LintMessage, rules: readonly {id: string; url?: string}[] = []): Diagnostic {
  const data: FindingData = {ruleId: message.ruleId}
  if (message.actual !== undefined) data.actual = message.actual
  if (message.expected) data.expected = message.expected
  const href = findingDocsUrl(message.ruleId, rules)
  return {
    range: lspRange(message),
    severity: severities[message.severity],
    code: message.ruleId,
    ...(href ? {codeDescription: {href}} : {}),
    source,
    message: message.message,
    data
  }
}

/**
 * The verdict and score as an information diagnostic over the first line, so that every editor
 * shows them without a client of its own: "MAYBE 66/100: a panel might read on ... (missing:
 * Distributed systems, AI infrastructure)".
 */
export function verdictDiagnostic(result: LintResult, firstLineLength: number): Diagnostic {
  const missing = signalIds.filter((id) => result.signals[id].assessed && !result.signals[id].proved && !result.signals[id].optional).map((id) => result.signals[id].label)
  const lacks = substanceGaps(result)
  const gaps = `${lacks ? ` ${substanceLabel} ${lacks}.` : ''}${missing.length > 0 ? ` Missing: ${missing.join(', ')}.` : ''}`
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: firstLineLength}},
    severity: severities.info,
    code: codes.verdict,
    codeDescription: {href: `${homepage}/blob/main/README.md#score-and-verdict`},
    source,
    message: `${verdictWords[result.verdict]} ${result.score}/100: ${verdictReason(result)}.${gaps} ${readingLine(result.stats)}.`
  }
}

/** A problem that stopped a letter being linted (a config, a file that does not parse), at the top of a file. */
export function problemDiagnostic(code: string, message: string, severity: Severity = 'error'): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: severities[severity], code, source, message}
}
