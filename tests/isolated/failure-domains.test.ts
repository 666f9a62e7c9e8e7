import {readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {main} from '../../src/cli.js'
import type {CliIO} from '../../src/cli/io.js'
import {root} from '../helpers/cli.js'
import {project} from '../helpers/project.js'

/**
 * One failure domain per input: a letter, a posting or a config that makes cover-lint fail in a
 * way it did not expect (a bug, a stack overflow) costs its own report and no other. The failure
 * is injected here (in a letter named explodes.md, a posting or a config in a folder named
 * bad-posting or bad-config), so the tests hold however the
 * parsers are fixed: the other letters' reports are exactly what they are without the bad input,
 * the bad one is one line on stderr, and the exit code is 2.
 */

const overflow = (): never => {
  throw new RangeError('Maximum call stack size exceeded')
}

vi.mock('../../src/lint.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lint.js')>()
  return {...actual, lintDocument: (...args: Parameters<typeof actual.lintDocument>) => (args[1]?.filePath?.includes('explodes') ? overflow() : actual.lintDocument(...args))}
})

vi.mock('../../src/job/extract.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/job/extract.js')>()
  return {
    ...actual,
    extractPostingFrom: (...args: Parameters<typeof actual.extractPostingFrom>) => (args[1]?.path?.includes('bad-posting') ? overflow() : actual.extractPostingFrom(...args))
  }
})

vi.mock('../../src/config/keys.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/config/keys.js')>()
  return {
    ...actual,
    readConfig: (...args: Parameters<typeof actual.readConfig>) => (args[1].dir.includes('bad-config') ? Promise.reject(new TypeError('definition.read is not a function')) : actual.readConfig(...args))
  }
})

vi.mock('../../src/reporters/stylish.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/reporters/stylish.js')>()
  const stylish: typeof actual.default = (results, context) => {
    if (results.some((result) => result.filePath.includes('unreportable'))) throw new TypeError("Cannot read properties of undefined (reading 'label')")
    return actual.default(results, context)
  }
  return {...actual, default: stylish}
})

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** The CLI in process, in `cwd`, with no colour and no CI variables. */
async function run(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, stdin = ''): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    cwd,
    env,
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)},
    readStdin: () => Promise.resolve(new TextEncoder().encode(stdin))
  }
  const code = await main(args, io)
  return {code, stdout, stderr}
}

const strong = readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8')
const weak = readFileSync(join(root, 'fixtures/letters/weak.md'), 'utf8')
const posting = readFileSync(join(root, 'fixtures/jobs/fintech-backend/job.md'), 'utf8')
const formats = ['stylish', 'json', 'sarif', 'github', 'markdown', 'unix']

/**
 * Lint a.md, `bad` and z.md, then a.md and z.md alone: the first run's report must be the second's,
 * with `line` on stderr and exit 2.
 */
async function expectIsolated(format: string, bad: string, line: string): Promise<void> {
  const cwd = project({'a.md': strong, [bad]: weak, 'z.md': weak})
  const alone = await run(['-f', format, 'a.md', 'z.md'], cwd)
  const both = await run(['-f', format, 'a.md', bad, 'z.md'], cwd)
  expect(both.stderr).toBe(`${line}\n`)
  expect(both.code).toBe(2)
  expect(both.stdout).toBe(alone.stdout)
  expect(alone.stdout).toContain('z.md')
  const only = await run(['-f', format, bad], cwd)
  expect([only.code, only.stdout]).toEqual([2, ''])
}

describe('one failure domain per input', () => {
  for (const format of formats) {
    it(`a letter that fails: one line, exit 2, and the other letters' ${format} report as without it`, async () => {
      await expectIsolated(format, 'explodes.md', 'cover-lint: explodes.md: internal error, please report: Maximum call stack size exceeded')
    })
  }

  for (const format of ['stylish', 'github']) {
    it(`a letter the ${format} report fails on: one line, exit 2, and the others reported as without it`, async () => {
      await expectIsolated(format, 'unreportable.md', "cover-lint: unreportable.md: internal error, please report: Cannot read properties of undefined (reading 'label')")
    })
  }

  it('a folder of letters with one that fails reports every other letter', async () => {
    const cwd = project({'letters/a.md': strong, 'letters/b/explodes.md': weak, 'letters/c.md': weak})
    const {code, stdout, stderr} = await run(['-f', 'json', 'letters'], cwd)
    expect(stderr).toBe('cover-lint: letters/b/explodes.md: internal error, please report: Maximum call stack size exceeded\n')
    expect(code).toBe(2)
    expect((JSON.parse(stdout) as Array<{filePath: string}>).map((result) => result.filePath)).toEqual(['letters/a.md', 'letters/c.md'])
  })

  it('standard input that fails is named as --stdin-filename gives it', async () => {
    const cwd = project({})
    const {code, stderr} = await run(['-', '--stdin-filename', 'explodes.md'], cwd, {}, weak)
    expect([code, stderr]).toEqual([2, 'cover-lint: explodes.md: internal error, please report: Maximum call stack size exceeded\n'])
  })

  it('the stack only with COVER_LINT_DEBUG=1', async () => {
    const cwd = project({'explodes.md': weak})
    const quiet = await run(['explodes.md'], cwd, {COVER_LINT_DEBUG: '0'})
    expect(quiet.stderr).toBe('cover-lint: explodes.md: internal error, please report: Maximum call stack size exceeded\n')
    const debug = await run(['explodes.md'], cwd, {COVER_LINT_DEBUG: '1'})
    const lines = debug.stderr.split('\n')
    expect(lines[0]).toBe('cover-lint: explodes.md: internal error, please report: Maximum call stack size exceeded')
    expect(lines[1]).toBe('RangeError: Maximum call stack size exceeded')
    expect(lines[2]).toMatch(/^\s+at overflow /)
    expect(debug.code).toBe(2)
  })

  for (const format of formats) {
    it(`a posting that fails: one line naming it, its letter linted without it, the others untouched (${format})`, async () => {
      // Under applications/, both folders are applications with or without their postings, so the
      // two runs differ only in the posting (the company is then the folder's name).
      const cwd = project({'applications/a/letter.md': strong, 'applications/a/job.md': posting, 'applications/bad-posting/letter.md': weak, 'applications/bad-posting/job.md': posting})
      const letters = ['applications/a/letter.md', 'applications/bad-posting/letter.md']
      const failing = await run(['-f', format, ...letters], cwd)
      expect(failing.stderr).toBe(
        'cover-lint: applications/bad-posting/job.md: internal error, please report: Maximum call stack size exceeded (the job posting for applications/bad-posting/letter.md; it was linted without one)\n'
      )
      expect(failing.code).toBe(2)
      rmSync(join(cwd, 'applications/bad-posting/job.md'))
      const without = await run(['-f', format, ...letters], cwd)
      expect([without.code, without.stderr]).toEqual([1, ''])
      expect(failing.stdout).toBe(without.stdout)
      if (format === 'json') {
        const results = JSON.parse(failing.stdout) as Array<{job?: {path: string}; application?: {company: {name: string; via: string}}}>
        expect(results.map((result) => result.job?.path)).toEqual(['applications/a/job.md', undefined])
        expect(results.map((result) => result.application?.company)).toEqual([{name: 'Tallyhook', via: 'posting'}, {name: 'Bad Posting', via: 'folder'}])
      }
    })
  }

  it('a --job posting that fails is one line naming it, exit 2', async () => {
    const cwd = project({'letter.md': strong, 'bad-posting/job.md': posting})
    const {code, stdout, stderr} = await run(['--job', 'bad-posting/job.md', 'letter.md'], cwd)
    expect(stderr).toBe('cover-lint: bad-posting/job.md: internal error, please report: Maximum call stack size exceeded (the posting given with --job)\n')
    expect([code, stdout]).toEqual([2, ''])
  })

  for (const format of formats) {
    it(`a config that fails: one line naming it, and the letters under other configs reported as without it (${format})`, async () => {
      const cwd = project({
        'a/letter.md': strong,
        'a/.coverlintrc.json': {rules: {'no-cliche': 'error'}},
        'bad-config/letter.md': weak,
        'bad-config/.coverlintrc.json': {rules: {'no-cliche': 'error'}},
        'z/letter.md': weak
      })
      const alone = await run(['-f', format, 'a/letter.md', 'z/letter.md'], cwd)
      const both = await run(['-f', format, 'a/letter.md', 'bad-config/letter.md', 'z/letter.md'], cwd)
      expect(both.stderr).toBe('cover-lint: bad-config/.coverlintrc.json: internal error, please report: definition.read is not a function\n')
      expect(both.code).toBe(2)
      expect(both.stdout).toBe(alone.stdout)
    })
  }

  it('a config that fails in the working directory is one line, and letters under other configs are still linted', async () => {
    const cwd = project({'bad-config/.coverlintrc.json': {}, 'a/.coverlintrc.json': {}, 'a/letter.md': strong})
    const {code, stdout, stderr} = await run(['-f', 'json', '../a/letter.md'], join(cwd, 'bad-config'))
    expect(stderr).toBe('cover-lint: .coverlintrc.json: internal error, please report: definition.read is not a function\n')
    expect(code).toBe(2)
    expect((JSON.parse(stdout) as Array<{filePath: string}>).map((result) => result.filePath)).toEqual([join(cwd, 'a/letter.md')])
  })
})
