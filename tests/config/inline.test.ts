import {describe, expect, it} from 'vitest'
import {findings, lintLines} from '../helpers/lint.js'
import type {LintResult} from '../../src/types.js'

// Three short body paragraphs, each with a cliché; no operations or AI evidence.
const body = [
  'Dear Alex Morgan,',
  '',
  'I am a team player who cut checkout p99 from 800ms to 120ms at 3,000 orders a minute.',
  '',
  'I am also a self-starter: I partitioned our 90M-row orders table with zero downtime.',
  '',
  'I think outside the box, and would welcome a conversation about the Platform role.',
  '',
  'Yours sincerely,',
  'Casey Doyle'
]

function withComment(at: number, comment: string): string[] {
  return [...body.slice(0, at), comment, '', ...body.slice(at)]
}

function ids(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

describe('inline control comments', () => {
  it('without comments every finding is reported', () => {
    expect(ids(lintLines(body))).toEqual([
      '3:1 ai-infrastructure',
      '3:1 operations-evidence',
      '3:1 word-count',
      '3:8 no-cliche',
      '5:13 no-cliche',
      '7:3 no-cliche'
    ])
  })

  it('disable turns a rule off from the comment on', () => {
    const result = lintLines(withComment(4, '<!-- cover-lint disable no-cliche -->'))
    expect(findings(result, 'no-cliche')).toEqual(['3:8-3:19 warning "team player"'])
    expect(result.warningCount).toBe(3)
  })

  it('enable turns it back on', () => {
    const lines = withComment(4, '<!-- cover-lint disable no-cliche -->')
    const result = lintLines([...lines.slice(0, 8), '<!-- cover-lint enable no-cliche -->', '', ...lines.slice(8)])
    expect(findings(result, 'no-cliche')).toEqual(['3:8-3:19 warning "team player"', '11:3-11:24 warning "think outside the box"'])
  })

  it('ignore covers the next block only', () => {
    const result = lintLines(withComment(4, '<!-- cover-lint ignore no-cliche -->'))
    expect(findings(result, 'no-cliche')).toEqual(['3:8-3:19 warning "team player"', '9:3-9:24 warning "think outside the box"'])
  })

  it('no rule ids means every rule', () => {
    const result = lintLines(withComment(2, '<!-- cover-lint ignore -->'))
    expect(ids(result)).toEqual(['5:1 ai-infrastructure', '5:1 operations-evidence', '5:1 word-count', '7:13 no-cliche', '9:3 no-cliche'])
  })

  it('disable with no ids before the body turns everything off', () => {
    const result = lintLines(['<!-- cover-lint disable -->', '', ...body])
    expect(ids(result)).toEqual([])
    expect(result.signals.operations.assessed).toBe(false)
  })

  it('several ids in one comment; the hyphenated form reads the same', () => {
    const result = lintLines(['<!-- cover-lint-disable no-cliche ai-infrastructure -->', '', ...body])
    expect(ids(result)).toEqual(['5:1 operations-evidence', '5:1 word-count'])
  })

  it('a finding about the whole letter is hidden only by a disable before the body, never by ignore', () => {
    // `ignore` before the first paragraph hides its cliché, not the missing operations evidence.
    expect(ids(lintLines(withComment(2, '<!-- cover-lint ignore -->')))).toContain('5:1 operations-evidence')
    // A disable inside the body does not reach back to the body's start.
    expect(ids(lintLines(withComment(4, '<!-- cover-lint disable operations-evidence -->')))).toContain('3:1 operations-evidence')
    // Before the body it does.
    const result = lintLines(['<!-- cover-lint disable operations-evidence -->', '', ...body])
    expect(ids(result)).not.toContain('5:1 operations-evidence')
  })

  it('a rule silenced entirely counts as off for its signal; partly silenced, it still counts', () => {
    const plain = lintLines(body)
    expect(plain.signals.operations).toMatchObject({assessed: true, proved: false})
    const silenced = lintLines(['<!-- cover-lint disable operations-evidence -->', '', ...body])
    expect(silenced.signals.operations).toMatchObject({assessed: false, proved: false})
    // Operations (20 points) leaves the sum and its error (10) goes: same as --rule operations-evidence=off.
    expect(silenced.score).toBe(lintLines(body, {rules: {'operations-evidence': {severity: 'off'}}}).score)
    expect(silenced.score).toBeGreaterThan(plain.score)
    // Hiding one of three clichés: the rule still ran, two findings remain, and the score is that of one warning fewer.
    const partly = lintLines(withComment(4, '<!-- cover-lint ignore no-cliche -->'))
    expect(partly.warningCount).toBe(plain.warningCount - 1)
    expect(partly.score).toBeGreaterThan(plain.score)
  })

  it('reports an unknown rule id in a comment, with a hint, and it costs no points', () => {
    const result = lintLines(withComment(4, '<!-- cover-lint disable no-cliches -->'))
    const notice = result.messages.find((message) => message.ruleId === 'cover-lint/unknown-rule')
    expect(notice).toEqual({
      ruleId: 'cover-lint/unknown-rule',
      severity: 'warning',
      message: '"no-cliches" in this cover-lint comment is not a rule (did you mean "no-cliche"?); the comment does nothing for it',
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 39,
      actual: '<!-- cover-lint disable no-cliches -->'
    })
    expect(findings(result, 'no-cliche')).toHaveLength(3)
    expect(result.warningCount).toBe(lintLines(body).warningCount + 1)
    expect(result.score).toBe(lintLines(body).score)
  })

  it('reports an unknown keyword', () => {
    const result = lintLines(withComment(4, '<!-- cover-lint disabel no-cliche -->'))
    expect(findings(result, 'cover-lint/unknown-keyword', true)).toEqual([
      '5:1-5:38 warning "disabel" is not a cover-lint comment keyword (did you mean "disable"?); use disable, enable or ignore, followed by rule ids or nothing for all rules'
    ])
    expect(findings(result, 'no-cliche')).toHaveLength(3)
  })

  it('other comments, and comments in code, control nothing', () => {
    const result = lintLines([...body.slice(0, 4), '<!-- note: cover-lint disable no-cliche -->', '', '```', '<!-- cover-lint disable no-cliche -->', '```', '', ...body.slice(4)])
    expect(findings(result, 'no-cliche')).toHaveLength(3)
  })

  it('plain-text letters read the same comments: they control rules, and are never words or paragraphs', () => {
    const disabled = lintLines(withComment(4, '<!-- cover-lint disable no-cliche -->'), {format: 'text'})
    expect(findings(disabled, 'no-cliche')).toEqual(['3:8-3:19 warning "team player"'])
    const ignored = lintLines(withComment(4, '<!-- cover-lint ignore no-cliche -->'), {format: 'text'})
    expect(findings(ignored, 'no-cliche')).toEqual(['3:8-3:19 warning "team player"', '9:3-9:24 warning "think outside the box"'])
    const plain = lintLines(body, {format: 'text'})
    const noted = lintLines(
      [...body.slice(0, 3).map((line, index) => (index === 2 ? `${line} <!-- a note to myself, about the numbers in this sentence -->` : line)), '', '<!--', 'A draft paragraph,', '', 'kept for later.', '-->', ...body.slice(3)],
      {format: 'text'}
    )
    expect(noted.stats).toEqual(plain.stats)
    expect(noted.stats.paragraphs).toBe(3)
    const words = (result: LintResult): string[] => result.messages.map((message) => `${message.ruleId} ${message.actual ?? ''}`)
    expect(words(noted)).toEqual(words(plain))
  })
})
