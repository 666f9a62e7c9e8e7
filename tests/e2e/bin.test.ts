import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, root} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'
import {temporaryFolder} from '../helpers/temporary.js'

/**
 * The built CLI as a user runs it: bin/cover-lint.js started by its own shebang, loading dist/,
 * with a real process's exit code and pipes. Everything else about the CLI is tested in process,
 * from the sources (tests/helpers/cli.ts).
 */

const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: ''}
const strong = join(root, 'fixtures/letters/strong.md')
const weak = join(root, 'fixtures/letters/weak.md')

/** Run bin/cover-lint.js itself (its shebang picks node), with a timeout so that a hang fails the test. */
function run(args: readonly string[], options: {cwd?: string; input?: string} = {}) {
  const result = spawnSync(bin, args, {cwd: options.cwd ?? root, input: options.input, env, encoding: 'utf8', timeout: 60_000})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error}
}

describe('bin/cover-lint.js', () => {
  it('starts by its shebang and prints the version the build wrote in', () => {
    const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(run(['--version'])).toMatchObject({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it('exits 0 for a clean letter, 1 for lint errors, 2 for bad input, as the process exit code', () => {
    const clean = run([strong])
    expect(clean.stdout).toContain('SHORTLIST 100/100')
    expect(clean.code).toBe(0)
    expect(run([weak]).code).toBe(1)
    const bad = run(['--max-warnings', 'many', strong])
    expect(bad.stderr).toBe("cover-lint: option '--max-warnings <n>' argument 'many' is invalid. --max-warnings takes a whole number from 0 up\n")
    expect(bad.code).toBe(2)
  })

  it('reads a letter piped to standard input', () => {
    const piped = run(['-', '--stdin-filename', 'letter.md', '--format', 'json'], {input: readFileSync(strong, 'utf8')})
    expect((JSON.parse(piped.stdout) as Array<{filePath: string; verdict: string}>).map((result) => [result.filePath, result.verdict])).toEqual([['letter.md', 'shortlist']])
    expect(piped.code).toBe(0)
  })

  it('stops reading a standard input that never ends at the size limit', () => {
    // `yes | cover-lint -`: the stream never closes, so only the limit can end the read.
    const result = spawnSync('bash', ['-c', `yes | "${bin}" --max-file-size 1000 -`], {cwd: root, env, encoding: 'utf8', timeout: 60_000})
    expect(result.stderr).toBe('cover-lint: <stdin>: standard input is over the 1000 bytes limit for a letter (raise it with --max-file-size)\n')
    expect(result.status).toBe(2)
  })

  it('nothing in the working directory configures config loading: a broken package.json is not read, .config/config.mjs is not run', () => {
    // A config loader that reads settings of its own from the process's working directory (as
    // cosmiconfig did) needs a process started there to show it.
    const root = project({
      '.coverlintrc.json': {rules: {'no-cliche': 'error'}},
      'a/package.json': 'Dear Alex,\n',
      'a/.config/config.mjs': "import {writeFileSync} from 'node:fs'\nwriteFileSync(new URL('../ran.txt', import.meta.url), 'ran')\nexport default {}\n",
      'a/letter.md': letter
    })
    const result = run(['--config', '../.coverlintrc.json', 'letter.md'], {cwd: join(root, 'a')})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(existsSync(join(root, 'a/ran.txt'))).toBe(false)
  })
})

describe('npm run bench', () => {
  it('measures the built CLI against a bare node and reports each budget it judges', () => {
    const out = join(temporaryFolder('cover-lint-bench-report-'), 'bench.json')
    // --quick: a smoke test of the harness; on a busy machine a budget may fail, so the exit code says only that.
    const result = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--no-build', '--only', 'startup', '--json', out], {cwd: root, env, encoding: 'utf8', timeout: 120_000})
    expect(result.stdout).toMatch(/^cover-lint bench: node v\d+/)
    expect(result.stdout).toMatch(/^(PASS|FAIL) {2}single letter/m)
    const report = JSON.parse(readFileSync(out, 'utf8')) as {startup: {bareTimes: number[]; cliTimes: number[]}; checks: Array<{label: string; pass: boolean}>}
    expect(report.startup.cliTimes).toHaveLength(5)
    expect(report.startup.bareTimes).toHaveLength(5)
    expect(report.checks.map((check) => check.label)).toEqual(['single letter <= 2.5x bare node'])
    expect(result.status).toBe(report.checks.every((check) => check.pass) ? 0 : 1)
  }, 120_000)
})
