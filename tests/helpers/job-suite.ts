import {describe as group, expect, it} from 'vitest'
import type {RuleSettings} from '../../src/engine/settings.js'
import {extractPosting} from '../../src/job/extract.js'
import type {InputFormat} from '../../src/parse/index.js'
import {findings, lintLines} from './lint.js'

export interface JobFiringCase {
  name: string
  /** The posting, one string per line (read as `job.md`); left out, the letter is linted without one. */
  posting?: readonly string[]
  /** The letter, one string per line. */
  text: readonly string[]
  /** Each finding of the rule: `line:col-endLine:endCol severity "actual"` (see `describe` in lint.ts). */
  expected: readonly string[]
  withMessage?: boolean
  options?: Record<string, unknown>
  format?: InputFormat
}

export interface JobQuietCase {
  name: string
  /** The posting; left out, the letter is linted without one. */
  posting?: readonly string[]
  text: readonly string[]
  options?: Record<string, unknown>
}

/**
 * `ruleSuite` (rule-suite.ts) for rules that read a job posting: each case is a posting, a
 * letter and the rule's exact findings on the letter.
 */
export function jobRuleSuite(ruleId: string, cases: {fires: readonly JobFiringCase[]; quiet: readonly JobQuietCase[]}): void {
  const settings = (options?: Record<string, unknown>): RuleSettings => (options ? {[ruleId]: {options}} : {})
  const posting = (lines: readonly string[] | undefined) => (lines ? extractPosting(lines.join('\n'), {path: 'job.md'}) : undefined)
  group(ruleId, () => {
    it('has cases where it fires and where it stays quiet', () => {
      expect(cases.fires.length).toBeGreaterThan(0)
      expect(cases.quiet.length).toBeGreaterThan(0)
    })
    for (const testCase of cases.fires) {
      it(`fires: ${testCase.name}`, () => {
        const result = lintLines(testCase.text, {rules: settings(testCase.options), format: testCase.format ?? 'markdown', posting: posting(testCase.posting)})
        expect(findings(result, ruleId, testCase.withMessage)).toEqual(testCase.expected)
      })
    }
    for (const testCase of cases.quiet) {
      it(`stays quiet: ${testCase.name}`, () => {
        const result = lintLines(testCase.text, {rules: settings(testCase.options), posting: posting(testCase.posting)})
        expect(findings(result, ruleId, true)).toEqual([])
      })
    }
  })
}
