import {spawnSync} from 'node:child_process'
import {symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {project} from '../helpers/project.js'

/**
 * Files a LaTeX letter `\input`s are someone else's choice too: they are read through the
 * checks a letter gets, and only from inside the letter's project (the nearest folder above it
 * with .git or a package.json, as for configs; else its own folder), so a letter cannot make cover-lint read /etc/passwd, hang on a pipe or fill memory
 * from /dev/zero, and never quotes such a file back.
 */

const body = 'I rebuilt the order service that handles 4,000 orders a minute and cut p99 latency from 900ms to 140ms.\n'
const letterInputting = (name: string): string => `\\documentclass{article}\n\\begin{document}\n${body}\n\\input{${name}}\n\\end{document}\n`

interface Run {
  code: number | null
  stderr: string
  /** The files the JSON report covers. */
  reported: string[]
  stdout: string
  ms: number
}

/** Lint `bad.tex` and `good.md` in `cwd`, as JSON. */
function lintBesideGood(cwd: string, args: readonly string[] = [], target = 'bad.tex'): Run {
  const start = performance.now()
  const run = cli(['--format', 'json', ...args, target, 'good.md'], {cwd})
  return {
    code: run.code,
    stderr: run.stderr,
    stdout: run.stdout,
    reported: (JSON.parse(run.stdout || '[]') as Array<{filePath: string}>).map((result) => result.filePath),
    ms: performance.now() - start
  }
}

/** A repository (a folder with .git) holding `files` and a good letter beside `bad.tex`. */
function repository(files: Record<string, string>): string {
  return project({'.git/HEAD': 'ref: refs/heads/main\n', 'good.md': body, ...files})
}

describe('files a letter \\inputs', () => {
  it('outside the project: /etc/passwd is refused, and none of it is quoted back', () => {
    const cwd = repository({'bad.tex': letterInputting('/etc/passwd')})
    const run = lintBesideGood(cwd)
    expect(run.stderr).toBe(`cover-lint: bad.tex: \\input{/etc/passwd}: not read: it is outside the letter's project (.), and only files inside it are\n`)
    expect(run.stdout).not.toContain('root:')
    expect(run.reported).toEqual(['good.md'])
    expect(run.code).toBe(2)
  })

  it('outside the project: a path up and out of it, and a link that leads out of it', () => {
    const outer = project({'x.tex': 'Not part of the letter.\n'})
    const cwd = repository({'bad.tex': letterInputting('../../x'), 'linked.tex': letterInputting('leak')})
    symlinkSync(join(outer, 'x.tex'), join(cwd, 'leak.tex'))
    expect(lintBesideGood(cwd).stderr).toBe(`cover-lint: bad.tex: \\input{../../x}: not read: it is outside the letter's project (.), and only files inside it are\n`)
    expect(lintBesideGood(cwd, [], 'linked.tex').stderr).toBe(
      `cover-lint: linked.tex: \\input{leak}: not read: it is outside the letter's project (.), and only files inside it are\n`
    )
  })

  it('devices are outside it too: /dev/zero grew to gigabytes, /dev/stdin hung', () => {
    for (const device of ['/dev/zero', '/dev/stdin']) {
      const run = lintBesideGood(repository({'bad.tex': letterInputting(device)}))
      expect(run.stderr).toBe(`cover-lint: bad.tex: \\input{${device}}: not read: it is outside the letter's project (.), and only files inside it are\n`)
      expect(run.reported).toEqual(['good.md'])
    }
  })

  it('inside it, a named pipe is refused at once rather than waited on', () => {
    const cwd = repository({'bad.tex': letterInputting('pipe')})
    expect(spawnSync('mkfifo', [join(cwd, 'pipe.tex')]).status).toBe(0)
    const run = lintBesideGood(cwd)
    expect(run.stderr).toBe('cover-lint: bad.tex: \\input{pipe}: not a regular file (a pipe, socket or device)\n')
    expect(run.reported).toEqual(['good.md'])
    expect(run.ms).toBeLessThan(30_000)
  })

  it('inside it, a file over the size limit is refused as a letter would be (a 51 MB file took 2.6 GB)', () => {
    const cwd = repository({'bad.tex': letterInputting('big')})
    writeFileSync(join(cwd, 'big.tex'), body.repeat(120))
    const run = lintBesideGood(cwd, ['--max-file-size', '10000'])
    expect(run.stderr).toBe('cover-lint: bad.tex: \\input{big}: file is 12 KB, over the 10 KB limit for a letter (raise it with --max-file-size)\n')
    expect(run.reported).toEqual(['good.md'])
  })

  it('inside the project but outside the letter\'s folder is read, with positions in that file', () => {
    const cwd = repository({'letters/bad.tex': letterInputting('../shared/body'), 'shared/body.tex': '% the body\nI am a team player.\n'})
    const run = cli(['--format', 'json', 'letters/bad.tex'], {cwd})
    expect(run.stderr).toBe('')
    const [result] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; filePath?: string; line: number; column: number}>}>
    const cliche = result!.messages.find((message) => message.ruleId === 'no-cliche')
    expect(cliche).toMatchObject({filePath: 'shared/body.tex', line: 2, column: 8})
  })

  it('a package.json marks the project as .git does: a file elsewhere in it is read, one above it is not', () => {
    const cwd = project({'letters/bad.tex': letterInputting('../shared/body'), 'shared/body.tex': 'I led the migration.\n', 'letters/good.md': body})
    expect(cli(['letters/bad.tex'], {cwd}).stderr).toBe('')
    const nested = project({'app/package.json': '{"name": "app"}\n', 'app/bad.tex': letterInputting('../body'), 'body.tex': 'I led it.\n'})
    expect(cli(['app/bad.tex'], {cwd: nested}).stderr).toBe(`cover-lint: app/bad.tex: \\input{../body}: not read: it is outside the letter's project (app), and only files inside it are\n`)
  })

  it('with no project root, only the letter\'s own folder: a file beside its folder is refused', () => {
    const cwd = project({'package.json': null, 'letters/bad.tex': letterInputting('../body'), 'body.tex': 'I am a team player.\n', 'letters/good.md': body})
    const run = cli(['letters/bad.tex', 'letters/good.md'], {cwd})
    expect(run.stderr).toBe(`cover-lint: letters/bad.tex: \\input{../body}: not read: it is outside the letter's folder (letters), and only files inside it are\n`)
    expect(run.code).toBe(2)
  })
})
