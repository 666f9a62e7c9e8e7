import {describe as group, expect, it} from 'vitest'
import type {RuleSettings} from '../../src/engine/settings.js'
import {extractPosting} from '../../src/job/extract.js'
import type {CompanyOptions} from '../../src/letter/companies.js'
import type {InputFormat} from '../../src/parse/index.js'
import {findings, lintLines} from './lint.js'

export interface FiringCase {
  name: string
  /** The job posting the letter answers, one string per line (read as `job.md`); left out, none. */
  posting?: readonly string[]
  /** The letter, one string per line. */
  text: readonly string[]
  /** Each finding of the rule: `line:col-endLine:endCol severity "actual"` (see `describe` in lint.ts). */
  expected: readonly string[]
  /** Compare whole messages too (`... "actual" message`). */
  withMessage?: boolean
  options?: Record<string, unknown>
  format?: InputFormat
  /** What the CLI would know of the companies (config `company`, the folder, the others). */
  companies?: CompanyOptions
}

export interface QuietCase {
  name: string
  posting?: readonly string[]
  text: readonly string[]
  options?: Record<string, unknown>
  format?: InputFormat
  companies?: CompanyOptions
}

/**
 * The generic runner behind every rule's tests: each case is data (a letter, the posting it
 * answers if any, and the rule's exact findings), so a test reads as what the rule must and must
 * not say.
 */
export function ruleSuite(ruleId: string, cases: {fires: readonly FiringCase[]; quiet: readonly QuietCase[]}): void {
  const settings = (options?: Record<string, unknown>): RuleSettings => (options ? {[ruleId]: {options}} : {})
  const run = (testCase: FiringCase | QuietCase) =>
    lintLines(testCase.text, {
      rules: settings(testCase.options),
      format: testCase.format ?? 'markdown',
      posting: testCase.posting ? extractPosting(testCase.posting.join('\n'), {path: 'job.md'}) : undefined,
      companies: testCase.companies
    })
  group(ruleId, () => {
    it('has cases where it fires and where it stays quiet', () => {
      expect(cases.fires.length).toBeGreaterThan(0)
      expect(cases.quiet.length).toBeGreaterThan(0)
    })
    for (const testCase of cases.fires) {
      it(`fires: ${testCase.name}`, () => {
        expect(findings(run(testCase), ruleId, testCase.withMessage)).toEqual(testCase.expected)
      })
    }
    for (const testCase of cases.quiet) {
      it(`stays quiet: ${testCase.name}`, () => {
        expect(findings(run(testCase), ruleId, true)).toEqual([])
      })
    }
  })
}
