import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {judgeGate} from '../../src/reporters/gate.js'
import markdown from '../../src/reporters/markdown.js'
import {cli, root} from '../helpers/cli.js'
import {lintFixture, reporterContext} from '../helpers/reporters.js'
import {project} from '../helpers/project.js'

const repository = join(root, 'fixtures/repository')
const fix = '1:32 This letter is for Acme Payments, but here it names Globex, the company of another application (applications/globex/): a line copied from… ([wrong-company](https://github.com/cover-lint/cover-lint/blob/main/README.md#wrong-company))'
const rows = [
  '| Letter | Company | Role | Verdict | Score | Findings | First thing to fix |',
  '| --- | --- | --- | --- | ---: | --- | --- |',
  `| applications/acme-payments/letter.md | Acme Payments | Senior Backend Engineer, Ledger | 🟡 maybe | 71 | 2 errors, 3 warnings | ${fix} |`,
  '| applications/acme-robotics/letter.md | Acme Robotics | – | ✅ shortlist | 100 | none | – |',
  '| applications/globex/letter.md | Globex Logistics | Platform Engineer | ✅ shortlist | 85 | none | – |'
]

describe('the markdown report and the step summary say why the gate failed', {timeout: 60_000}, () => {
  it('with --min-score and --max-warnings: the outcome and every reason first, then a row per application, then the details', () => {
    const run = cli(['--format', 'markdown', '--min-score', '80', '--max-warnings', '2', 'applications/'], {cwd: repository})
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines.slice(0, 10)).toEqual([
      '### cover-lint',
      '',
      '**❌ Failed:** applications/acme-payments/letter.md: 2 errors (any error fails the run); 3 warnings, more than --max-warnings 2 allows; applications/acme-payments/letter.md: score 71 is under --min-score 80.',
      '',
      ...rows,
      ''
    ])
    expect(lines[10]).toBe('**3 letters: 2 shortlisted, 1 maybe, 0 binned · 5 problems (2 errors, 3 warnings)**')
    expect(lines[12]).toBe('<details><summary>applications/acme-payments/letter.md: 5 findings</summary>')
    // stderr says the same, as it always has.
    expect(run.stderr).toBe(['cover-lint: 3 warnings, more than --max-warnings 2 allows', 'cover-lint: applications/acme-payments/letter.md: score 71 is under --min-score 80', ''].join('\n'))
  })

  it('a passing gate says what it checked; without a gate there is no outcome line', () => {
    const good = ['applications/acme-robotics', 'applications/globex']
    const passed = cli(['--format', 'markdown', '--min-score', '80', '--max-warnings', '0', ...good], {cwd: repository})
    expect(passed.code).toBe(0)
    expect(passed.stdout.split('\n')[2]).toBe('**✅ Passed:** no errors; 0 warnings, within --max-warnings 0; every letter scores 80 or more.')
    const plain = cli(['--format', 'markdown', 'applications/'], {cwd: repository}).stdout.split('\n')
    expect(plain.slice(0, 4)).toEqual(['### cover-lint', '', rows[0], rows[1]])
  })

  it('GitHub Actions: the step summary opens with the same outcome, appended after the log', () => {
    const dir = project({})
    const summary = join(dir, 'summary.md')
    const run = cli(['--min-score', '75', 'applications/'], {cwd: repository, env: {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary}})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::group::cover-lint applications\/acme-payments\/letter\.md: maybe 71\/100/)
    const written = readFileSync(summary, 'utf8').split('\n')
    expect(written.slice(0, 5)).toEqual([
      '### cover-lint',
      '',
      '**❌ Failed:** applications/acme-payments/letter.md: 2 errors (any error fails the run); applications/acme-payments/letter.md: score 71 is under --min-score 75.',
      '',
      rows[0]
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
        {kind: 'score', subject: 'fixtures/letters/weak.md', reason: 'score 0 is under --min-score 50'}
      ],
      passes: ['18 warnings, within --max-warnings 100']
    })
    // A Word or PDF letter's first thing to fix says where in words.
    const pdf = {...strong, positions: 'page:line' as const, messages: weak.messages.slice(0, 1), errorCount: 0, warningCount: 1}
    expect(markdown([pdf], reporterContext())).toContain('| 1 warning | page 1, line 1 "Dear Sir or Madam" tells the panel')
    expect(markdown([pdf], reporterContext())).toContain('<summary>fixtures/letters/strong.md: 1 finding (positions are page:line)</summary>')
  })
})
