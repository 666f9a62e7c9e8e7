import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rules} from '../../rules/index.js'
import {lint} from '../../src/lint.js'
import type {ReporterContext} from '../../src/reporters/types.js'
import type {LintMessage, LintResult} from '../../src/types.js'
import {version} from '../../src/version.js'
import {cli} from './cli.js'

/** What the CLI hands a reporter, without colour. */
export function reporterContext(cwd = '/work/letters'): ReporterContext {
  return {cwd, color: false, rules: rules.map((rule) => rule.meta), version}
}

/** A sample letter from fixtures/letters, linted as if named `filePath`. */
export function lintFixture(name: string, filePath = `fixtures/letters/${name}`): LintResult {
  const text = readFileSync(fileURLToPath(new URL(`../../fixtures/letters/${name}`, import.meta.url)), 'utf8')
  return lint(text, {filePath})
}

/** A real result whose findings are replaced, for testing how a reporter prints awkward text. */
export function withMessages(result: LintResult, filePath: string, messages: LintMessage[]): LintResult {
  const count = (severity: LintMessage['severity']): number => messages.filter((message) => message.severity === severity).length
  return {...result, filePath, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info')}
}

/**
 * The summary line every human format ends with, written out here independently of
 * src/reporters/summary.ts, for letters whose findings change as rules are tuned: the format is
 * fixed by the tests, the counts come from the letters' own results.
 */
export function expectedSummary(results: readonly LintResult[]): string {
  const count = (verdict: string): number => results.filter((result) => result.verdict === verdict).length
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
  const s = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const problems = errors + warnings === 0 ? 'no problems' : `${s(errors + warnings, 'problem')} (${s(errors, 'error')}, ${s(warnings, 'warning')})`
  return `${s(results.length, 'letter')}: ${count('shortlist')} shortlisted, ${count('maybe')} maybe, ${count('binned')} binned · ${problems}`
}

/** `--format json` of a run, for the counts the other formats must agree with. */
export function jsonResults(args: readonly string[], cwd?: string): LintResult[] {
  return JSON.parse(cli(['--format', 'json', ...args], {cwd}).stdout) as LintResult[]
}

/** "3 errors, 18 warnings", as the markdown table's findings column shows a letter. */
export function findingsCell(result: LintResult): string {
  const parts = [
    result.errorCount > 0 ? `${result.errorCount} error${result.errorCount === 1 ? '' : 's'}` : '',
    result.warningCount > 0 ? `${result.warningCount} warning${result.warningCount === 1 ? '' : 's'}` : ''
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'none'
}
