import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {cli, root} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'

const posting = readFileSync(join(root, 'fixtures/jobs/fintech-backend/job.md'), 'utf8')

function json(run: {stdout: string}): LintResult[] {
  return JSON.parse(run.stdout) as LintResult[]
}

describe('config "job"', () => {
  it('names the posting for the letters under it, relative to the config file', () => {
    const dir = project({
      '.coverlintrc.json': {job: 'postings/ledger-role.md'},
      'postings/ledger-role.md': posting,
      'applications/ledgerline/letter.md': letter
    })
    const run = cli(['--format', 'json', 'applications'], {cwd: dir})
    expect(run.stderr).toBe('')
    const [result] = json(run)
    expect(result!.job?.path).toBe('postings/ledger-role.md')
    expect(result!.job?.via).toBe('config')
  })

  it('--job wins over it', () => {
    const dir = project({
      '.coverlintrc.json': {job: 'missing.md'},
      'other.md': posting,
      'letter.md': letter
    })
    const run = cli(['--format', 'json', '--job', 'other.md', 'letter.md'], {cwd: dir})
    expect(run.stderr).toBe('')
    expect(json(run)[0]!.job?.path).toBe('other.md')
  })

  it('a posting the config names that does not exist: one line, exit 2, the letter still linted', () => {
    const dir = project({'.coverlintrc.json': {job: 'postings/gone.md'}, 'letter.md': letter})
    const run = cli(['--format', 'json', 'letter.md'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: postings/gone.md: no such file or directory (the job posting for letter.md; it was linted without one)\n')
    expect(json(run)).toHaveLength(1)
  })

  it('must be a path', () => {
    const dir = project({'.coverlintrc.json': {job: 3}, 'letter.md': letter})
    const run = cli(['letter.md'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: .coverlintrc.json: job: must be the path of a job posting, got 3\n')
  })
})

describe('config "extensions"', () => {
  it('limits what a folder scan picks up', () => {
    const dir = project({
      '.coverlintrc.json': {extensions: ['md']},
      'letters/acme.md': letter,
      'letters/acme.txt': letter
    })
    const run = cli(['--format', 'json', 'letters'], {cwd: dir})
    expect(run.stderr).toBe('')
    expect(json(run).map((result) => result.filePath)).toEqual(['letters/acme.md'])
  })

  it('a folder with none of them says what it looked for', () => {
    const dir = project({'.coverlintrc.json': {extensions: ['.tex', '.docx']}, 'letters/acme.md': letter})
    const run = cli(['letters'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: letters: no letters found (looked for .tex and .docx files)\n')
  })

  it('an extension cover-lint cannot read is a config error', () => {
    const dir = project({'.coverlintrc.json': {extensions: ['.rtf']}, 'letter.md': letter})
    const run = cli(['letter.md'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^cover-lint: \.coverlintrc\.json: extensions: cover-lint does not read "\.rtf" files; it reads \.md, /)
    expect(run.stderr.split('\n')).toHaveLength(2)
  })
})
