import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {judgeGate} from '../../src/reporters/gate.js'
import markdown from '../../src/reporters/markdown.js'
import {cli, root} from '../helpers/cli.js'
import {expectedSummary, findingsCell, jsonResults, lintFixture, reporterContext} from '../helpers/reporters.js'
import type {LintResult} from '../../src/types.js'
import {project} from '../helpers/project.js'

const repository = join(root, 'fixtures/repository')
const verdicts = {shortlist: '✅ shortlist', maybe: '🟡 maybe', binned: '❌ binned'}
/** The letters' own results: scores and counts come from the rules, which other work tunes; the layout and the reasons are what is tested here. */
const results = jsonResults(['applications/'], repository)
const [acme, robotics, globex] = results as [LintResult, LintResult, LintResult]
const totalWarnings = results.reduce((sum, result) => sum + result.warningCount, 0)
const fix = '1:32 This letter is for Acme Payments, but here it names Globex, the company of another application (applications/globex/): a line copied from… ([wrong-company](https://github.com/cover-lint/cover-lint/blob/main/README.md#wrong-company))'
const header = ['| Letter | Company | Role | Verdict | Score | Findings | First thing to fix |', '| --- | --- | --- | --- | ---: | --- | --- |']
const acmeRow = `| applications/acme-payments/letter.md | Acme Payments | Senior Backend Engineer, Ledger | ${verdicts[acme.verdict]} | ${acme.score} | ${findingsCell(acme)} | ${fix} |`
const rowStart = (result: LintResult, company: string, role: string): string =>
  `| ${result.filePath} | ${company} | ${role} | ${verdicts[result.verdict]} | ${result.score} | ${findingsCell(result)} | `

describe('the markdown report and the step summary say why the gate failed', {timeout: 60_000}, () => {
  it('the fixture: the copied company is an error, the other two letters score above it', () => {
    expect(acme.errorCount).toBe(2)
    expect(Math.min(robotics.score, globex.score)).toBeGreaterThan(acme.score + 1)
  })

  it('with --min-score and --max-warnings: the outcome and every reason first, then a row per application, then the details', () => {
    const minScore = String(acme.score + 1)
    const maxWarnings = String(totalWarnings - 1)
    const run = cli(['--format', 'markdown', '--min-score', minScore, '--max-warnings', maxWarnings, 'applications/'], {cwd: repository})
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines.slice(0, 7)).toEqual([
      '### cover-lint',
      '',
      `**❌ Failed:** applications/acme-payments/letter.md: 2 errors (any error fails the run); ${totalWarnings} warnings, more than --max-warnings ${maxWarnings} allows; applications/acme-payments/letter.md: score ${acme.score} is under --min-score ${minScore}.`,
      '',
      ...header,
      acmeRow
    ])
    expect(lines[7]).toContain(rowStart(robotics, 'Acme Robotics', '–'))
    expect(lines[8]).toContain(rowStart(globex, 'Globex Logistics', 'Platform Engineer'))
    expect(lines[10]).toBe(`**${expectedSummary(results)}**`)
    expect(lines[12]).toBe(`<details><summary>applications/acme-payments/letter.md: ${acme.messages.length} findings</summary>`)
    // stderr says the same, as it always has.
    expect(run.stderr).toBe(
      [`cover-lint: ${totalWarnings} warnings, more than --max-warnings ${maxWarnings} allows`, `cover-lint: applications/acme-payments/letter.md: score ${acme.score} is under --min-score ${minScore}`, ''].join('\n')
    )
  })

  it('a passing gate says what it checked; without a gate there is no outcome line', () => {
    const good = ['applications/acme-robotics', 'applications/globex']
    const warnings = robotics.warningCount + globex.warningCount
    const passed = cli(['--format', 'markdown', '--min-score', String(acme.score + 1), '--max-warnings', String(warnings), ...good], {cwd: repository})
    expect(passed.code).toBe(0)
    expect(passed.stdout.split('\n')[2]).toBe(`**✅ Passed:** no errors; ${warnings} warnings, within --max-warnings ${warnings}; every letter scores ${acme.score + 1} or more.`)
    const plain = cli(['--format', 'markdown', 'applications/'], {cwd: repository}).stdout.split('\n')
    expect(plain.slice(0, 5)).toEqual(['### cover-lint', '', ...header, acmeRow])
  })

  it('GitHub Actions: the step summary opens with the same outcome, appended after the log', () => {
    const dir = project({})
    const summary = join(dir, 'summary.md')
    const run = cli(['--min-score', String(acme.score + 1), 'applications/'], {cwd: repository, env: {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary}})
    expect(run.code).toBe(1)
    expect(run.stdout.startsWith(`::group::cover-lint applications/acme-payments/letter.md: maybe ${acme.score}/100`)).toBe(true)
    const written = readFileSync(summary, 'utf8').split('\n')
    expect(written.slice(0, 7)).toEqual([
      '### cover-lint',
      '',
      `**❌ Failed:** applications/acme-payments/letter.md: 2 errors (any error fails the run); applications/acme-payments/letter.md: score ${acme.score} is under --min-score ${acme.score + 1}.`,
      '',
      ...header,
      acmeRow
    ])
  })

  it('judgeGate: errors fail whatever the gate; each limit passes or fails on its own', () => {
    const strong = lintFixture('strong.md')
    const weak = lintFixture('weak.md')
    expect(judgeGate([strong], {})).toEqual({passed: true, failures: [], passes: ['no errors']})
    expect(judgeGate([strong, weak], {minScore: 50, maxWarnings: 100})).toEqual({
      passed: false,
      failures: [
        {kind: 'errors', subject: 'fixtures/letters/weak.md', reason: '3 errors (any error fails the run)'},
        {kind: 'score', subject: 'fixtures/letters/weak.md', reason: `score ${weak.score} is under --min-score 50`}
      ],
      passes: ['18 warnings, within --max-warnings 100']
    })
    // A Word or PDF letter's first thing to fix says where in words.
    const pdf = {...strong, positions: 'page:line' as const, messages: weak.messages.slice(0, 1), errorCount: 0, warningCount: 1}
    expect(markdown([pdf], reporterContext())).toContain('| 1 warning | page 1, line 1 "Dear Sir or Madam" tells the panel')
    expect(markdown([pdf], reporterContext())).toContain('<summary>fixtures/letters/strong.md: 1 finding (positions are page:line)</summary>')
  })
})
