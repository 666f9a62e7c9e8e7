import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {cli} from '../helpers/cli.js'
import {temporaryFolder} from '../helpers/temporary.js'

const scratch = temporaryFolder('cover-lint-job-')

const letter = readFileSync('fixtures/jobs/fintech-backend/letter.md', 'utf8')
const postingText = readFileSync('fixtures/jobs/fintech-backend/job.md', 'utf8')

/** A folder of its own under the scratch directory, with the given files. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const path = join(scratch, name)
  mkdirSync(path, {recursive: true})
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content)
  return path
}

function json(stdout: string): LintResult[] {
  return JSON.parse(stdout) as LintResult[]
}

describe('a posting beside the letter', () => {
  it('job.md beside a letter is used without flags, and the report says which file it used', () => {
    const run = cli(['fixtures/jobs/fintech-backend/letter.md'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // Laid out for 80 columns: long lines break between their parts, under where they start.
    expect(run.stdout).toContain('  Against the job spec  fixtures/jobs/fintech-backend/job.md\n    (found beside the letter)\n')
    expect(run.stdout).toContain('    Senior role · £95,000–£115,000\n    stresses operations ×5 ✔, scale ×4 ✔, data ×1 ✘\n')
    expect(run.stdout).toContain('    Coverage 11 of 19 (stack 4 of 11, key phrases 7 of 8)\n')
    expect(run.stdout).toContain('    ✔ payments-reconciliation service  letter 3:39 "payments reconciliation"\n                                       posting 9:15\n')
    // "I carry the pager one week in five" is the on-call rotation in other words.
    expect(run.stdout).toContain('    ✔ on-call rotation                 letter 5:265 "pager"  posting 12:12\n')
    expect(run.stdout).toContain('    ✘ observability                    posting 13:11\n')
  })

  it('when a folder is linted, the posting is read as a posting and never linted as a letter', () => {
    const run = cli(['--format', 'json', 'fixtures/jobs/fintech-backend'])
    expect(run.code).toBe(1) // the generic letter has errors
    const results = json(run.stdout)
    expect(results.map((result) => [result.filePath, result.job?.path, result.job?.via])).toEqual([
      ['fixtures/jobs/fintech-backend/generic-letter.md', 'fixtures/jobs/fintech-backend/job.md', 'beside'],
      ['fixtures/jobs/fintech-backend/letter.md', 'fixtures/jobs/fintech-backend/job.md', 'beside']
    ])
  })

  it('job.txt and posting.md are postings too, and globs skip them', () => {
    const run = cli(['--format', 'json', 'fixtures/jobs/*/*.md', 'fixtures/jobs/junior-web/letter.txt'])
    const results = json(run.stdout)
    expect(results.map((result) => [result.filePath, result.job?.path])).toEqual([
      ['fixtures/jobs/ai-platform/letter.md', 'fixtures/jobs/ai-platform/posting.md'],
      ['fixtures/jobs/fintech-backend/generic-letter.md', 'fixtures/jobs/fintech-backend/job.md'],
      ['fixtures/jobs/fintech-backend/letter.md', 'fixtures/jobs/fintech-backend/job.md'],
      ['fixtures/jobs/junior-web/generic-letter.md', 'fixtures/jobs/junior-web/job.txt'],
      ['fixtures/jobs/junior-web/letter.txt', 'fixtures/jobs/junior-web/job.txt']
    ])
  })

  it('a posting named on the command line is skipped with one line on stderr; naming only postings exits 0', {timeout: 60_000}, () => {
    const notice = (path: string): string => `cover-lint: ${path}: skipped: a job posting, which letters are read against, not a letter\n`
    for (const path of ['fixtures/jobs/fintech-backend/job.md', 'fixtures/jobs/junior-web/job.txt', 'fixtures/jobs/ai-platform/posting.md']) {
      expect(cli(['--format', 'json', path])).toEqual({code: 0, stdout: '', stderr: notice(path)})
    }
    const both = cli(['--format', 'json', 'fixtures/jobs/fintech-backend/job.md', 'fixtures/jobs/fintech-backend/letter.md'])
    expect(both.stderr).toBe(notice('fixtures/jobs/fintech-backend/job.md'))
    expect(json(both.stdout).map((result) => [result.filePath, result.job?.path])).toEqual([
      ['fixtures/jobs/fintech-backend/letter.md', 'fixtures/jobs/fintech-backend/job.md']
    ])
  })

  it('the --job file and a file a config names with "job" are postings too, named or found in a folder', {timeout: 60_000}, () => {
    const dir = folder('named-postings', {'letter.md': letter, 'tallyhook.md': postingText, 'other.md': postingText, '.coverlintrc.json': '{"job": "tallyhook.md"}', 'package.json': '{}'})
    const files = (run: ReturnType<typeof cli>): string[] => json(run.stdout).map((result) => result.filePath)
    const folderRun = cli(['--format', 'json', '.'], {cwd: dir})
    expect(folderRun.stderr).toBe('')
    expect(files(folderRun)).toEqual(['letter.md', 'other.md'])
    const named = cli(['--format', 'json', 'tallyhook.md', 'letter.md'], {cwd: dir})
    expect(named.stderr).toBe('cover-lint: tallyhook.md: skipped: a job posting, which letters are read against, not a letter\n')
    expect(files(named)).toEqual(['letter.md'])
    const flagged = cli(['--format', 'json', '--job', 'other.md', 'other.md', 'letter.md'], {cwd: dir})
    expect(flagged.stderr).toBe('cover-lint: other.md: skipped: a job posting, which letters are read against, not a letter\n')
    expect(json(flagged.stdout).map((result) => [result.filePath, result.job?.path])).toEqual([['letter.md', 'other.md']])
  })

  it('standard input with --stdin-filename finds the posting beside that name', () => {
    const run = cli(['--format', 'json', '-', '--stdin-filename', 'fixtures/jobs/fintech-backend/draft.md'], {input: letter})
    expect(json(run.stdout)[0]!.job).toMatchObject({path: 'fixtures/jobs/fintech-backend/job.md', via: 'beside'})
  })

  it('a letter with no posting beside it has no job section and no job object', () => {
    const run = cli(['--format', 'json', 'fixtures/letters/strong.md'])
    expect(json(run.stdout)[0]!.job).toBeUndefined()
    expect(cli(['fixtures/letters/strong.md']).stdout).not.toContain('Against the job spec')
  })
})

describe('--job', () => {
  it('names the posting for every letter and wins over a posting beside the letter', () => {
    const run = cli(['--format', 'json', '--job', 'fixtures/jobs/ai-platform/posting.md', 'fixtures/jobs/fintech-backend/letter.md'])
    const job = json(run.stdout)[0]!.job!
    expect(job).toMatchObject({path: 'fixtures/jobs/ai-platform/posting.md', via: 'flag', seniority: {level: 'staff', text: 'Staff Engineer', line: 1, column: 1}})
    expect(job.salary).toEqual({text: '£120k - £145k', currency: 'GBP', min: 120000, max: 145000, period: 'year', line: 2, column: 57})
    expect(job.covered.map((item) => item.name)).toEqual(['on-call', 'Python', 'Rust', 'Go'])
    expect(job.covered[1]).toEqual({
      name: 'Python',
      type: 'technology',
      weight: 2,
      mentions: 1,
      posting: {text: 'Python', line: 18, column: 14},
      letter: {text: 'Python', line: 3, column: 71}
    })
    expect(job.missing[0]).toEqual({
      name: 'retrieval pipeline',
      type: 'phrase',
      weight: 10.5,
      mentions: 2,
      posting: {text: 'retrieval-augmented generation pipeline', line: 6, column: 156}
    })
    expect(Object.keys(job)).toEqual(['path', 'via', 'seniority', 'salary', 'signals', 'stack', 'phrases', 'covered', 'missing'])
    const messages = json(run.stdout)[0]!.messages.filter((message) => message.ruleId === 'job-coverage')
    // The three most stressed items it leaves out (findings at one place sort by message).
    expect(messages.map((message) => message.expected![0]).sort()).toEqual(['LLM inference', 'clinicians', 'retrieval pipeline'])
  })

  it('a --job file inside a folder being linted is not a letter', () => {
    const dir = folder('spec-inside', {'spec.md': postingText, 'letter.md': letter})
    const run = cli(['--format', 'json', '--job', join(dir, 'spec.md'), dir])
    expect(json(run.stdout).map((result) => result.filePath.endsWith('letter.md'))).toEqual([true])
  })

  it('a posting saved as an HTML page is read like an HTML letter, with places in the HTML file', () => {
    const html = [
      '<!doctype html>',
      '<html><body>',
      '<h1>Senior Backend Engineer</h1>',
      '<h2>What you&rsquo;ll do</h2>',
      '<ul>',
      '  <li>Own the double-entry ledger on PostgreSQL.</li>',
      '  <li>Join the on-call rotation.</li>',
      '</ul>',
      '</body></html>'
    ].join('\n')
    const dir = folder('html-posting', {'posting.html': html})
    const run = cli(['--format', 'json', '--job', join(dir, 'posting.html'), 'fixtures/jobs/fintech-backend/letter.md'])
    const job = json(run.stdout)[0]!.job!
    expect(job.seniority).toEqual({level: 'senior', text: 'Senior', line: 3, column: 5})
    expect(job.stack.map((item) => [item.name, item.posting.line, item.posting.column])).toEqual([['PostgreSQL', 6, 38]])
    expect(job.phrases.map((item) => [item.name, item.posting.line, item.posting.column])).toEqual([
      ['double-entry ledger', 6, 15],
      ['on-call rotation', 7, 16]
    ])
    expect(job.covered.map((item) => item.name)).toEqual(['double-entry ledger', 'on-call rotation', 'PostgreSQL'])
  })

  it('- reads the posting from standard input', () => {
    const run = cli(['--format', 'json', '--job', '-', 'fixtures/letters/strong.md'], {input: postingText})
    expect(run.code).toBe(0)
    expect(json(run.stdout)[0]!.job).toMatchObject({path: '<stdin>', via: 'flag'})
  })

  it('- for both the letter and the posting is a usage error', () => {
    const run = cli(['-', '--job', '-'], {input: letter})
    expect(run).toEqual({code: 2, stdout: '', stderr: 'cover-lint: --job: standard input can hold the letter or the posting, not both: give the posting as a file\n'})
  })

  it('a --job path that does not exist, is empty or is binary: one line, exit 2, nothing linted', () => {
    const dir = folder('bad-postings', {'empty.md': '  \n\n', 'binary.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])})
    expect(cli(['--job', 'no-such-posting.md', 'fixtures/letters/strong.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cover-lint: no-such-posting.md: no such file or directory (the posting given with --job)\n'
    })
    expect(cli(['--job', 'empty.md', join(process.cwd(), 'fixtures/letters/strong.md')], {cwd: dir})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cover-lint: empty.md: file is empty (the posting given with --job)\n'
    })
    expect(cli(['--job', 'binary.md', join(process.cwd(), 'fixtures/letters/strong.md')], {cwd: dir})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cover-lint: binary.md: not a text file (binary content) (the posting given with --job)\n'
    })
  })

  it('--job is listed in --help', () => {
    expect(cli(['--help']).stdout).toContain('--job <path>')
  })
})

describe('bad postings beside letters', () => {
  it('an empty job.md beside a letter: one line naming it, the letter still linted, exit 2', () => {
    const dir = folder('empty-beside', {'job.md': '', 'letter.md': letter})
    const run = cli(['--format', 'json', '.'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: job.md: file is empty (the job posting for letter.md; it was linted without one)\n')
    const results = json(run.stdout)
    expect(results.map((result) => [result.filePath, result.job])).toEqual([['letter.md', undefined]])
  })

  it('two letters beside one broken posting: it is reported once', () => {
    const dir = folder('binary-beside', {'job.md': Buffer.from([0, 1, 2]), 'a.md': letter, 'b.md': letter})
    const run = cli(['.'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: job.md: not a text file (binary content) (the job posting for a.md; it was linted without one)\n')
    expect(run.stdout).toContain('a.md\n')
    expect(run.stdout).toContain('b.md\n')
  })

  it('a posting with nothing to extract: a warning, not a crash or a silent 100%', () => {
    const dir = folder('vague-posting', {'job.md': 'We are hiring!\n\nCome and join us. Apply today.\n', 'letter.md': letter})
    const run = cli(['letter.md'], {cwd: dir})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('  Against the job spec  job.md (found beside the letter)\n    Nothing could be extracted: no technology or key phrase recognised, so\n    coverage is not assessed.\n')
    expect(run.stdout).toMatch(
      /\n {4}3:1 +warning {2}job-coverage\n {6}Nothing could be extracted from the posting job\.md: it names no technology\n {6}and no responsibility cover-lint recognises, so the letter cannot be\n {6}checked against it\. Is it the job description itself\?\n/
    )
  })
})
