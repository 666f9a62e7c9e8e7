import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rules} from '../../rules/index.js'
import {lint} from '../../src/lint.js'
import type {ReporterContext} from '../../src/reporters/types.js'
import type {LintMessage, LintResult} from '../../src/types.js'
import {version} from '../../src/version.js'

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
