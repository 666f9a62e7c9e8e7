import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, root} from './helpers/cli.js'
import {hostileFolder} from './helpers/hostile.js'

/**
 * Hostile files, each through the CLI: too big, link loops, gone, not files at all, thousands
 * of them, read-only. Each bad one gives one line on stderr and exit 2, and the good letters
 * beside it are still reported. Unreadable files (read as another user), a file deleted while
 * the CLI runs and a reader that closes the pipe need a process of their own: tests/e2e/hostile-process.test.ts.
 */

const letter = readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8')
const other = readFileSync(join(root, 'fixtures/letters/weak.md'), 'utf8')

interface Run {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

/** The CLI in `cwd`, timed. */
function run(args: readonly string[], options: {cwd: string; input?: string}): Run {
  const start = performance.now()
  const result = cli(args, options)
  return {...result, ms: performance.now() - start}
}

/** The files a JSON report covers. */
function reported(output: string): string[] {
  return (JSON.parse(output) as Array<{filePath: string}>).map((result) => result.filePath)
}

const folder = hostileFolder()

describe('a file over the size limit', () => {
  it('is refused by default over 1 MB, with the size and the flag that raises the limit, and the other letters are linted', () => {
    const cwd = folder('big', {'letter.md': letter, 'huge.md': `${'word '.repeat(209_716)}\n`})
    const result = run(['--format', 'json', 'huge.md', 'letter.md'], {cwd})
    expect(statSync(join(cwd, 'huge.md')).size).toBe(1_048_581)
    expect(result.stderr).toBe('cover-lint: huge.md: file is 1048581 bytes, over the 1048576-byte limit for a letter (raise it with --max-file-size)\n')
    expect(reported(result.stdout)).toEqual(['letter.md'])
    expect(result.code).toBe(2)
  })

  it('follows --max-file-size both ways', () => {
    const cwd = folder('limit', {'letter.md': letter})
    const size = statSync(join(cwd, 'letter.md')).size
    const refused = run(['--max-file-size', String(size - 1), 'letter.md'], {cwd})
    expect(refused.stderr).toBe(`cover-lint: letter.md: file is ${size} bytes, over the ${size - 1}-byte limit for a letter (raise it with --max-file-size)\n`)
    expect(refused.stdout).toBe('')
    expect(refused.code).toBe(2)
    const linted = run(['--max-file-size', String(size), '--format', 'json', 'letter.md'], {cwd})
    expect(linted.stderr).toBe('')
    expect(reported(linted.stdout)).toEqual(['letter.md'])
  })

  it('applies to standard input too, which is not read past the limit', () => {
    const cwd = folder('stdin')
    const result = run(['--max-file-size', '1000', '-'], {cwd, input: letter})
    expect(result.stderr).toBe('cover-lint: <stdin>: standard input is over the 1000 bytes limit for a letter (raise it with --max-file-size)\n')
    expect(result.code).toBe(2)
  })
})

describe('symbolic links in a scanned folder', () => {
  it('reports a link that loops back to a folder, and a link to itself, skips them, and lints the rest once', () => {
    const cwd = folder('loops', {'letters/a.md': other, 'letters/sub/': '', 'letters/sub/b.md': letter})
    symlinkSync('..', join(cwd, 'letters/sub/up'))
    symlinkSync('self.md', join(cwd, 'letters/self.md'))
    const result = run(['--format', 'json', 'letters'], {cwd})
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'cover-lint: letters/self.md: too many levels of symbolic links (a link loop)',
      'cover-lint: letters/sub/up: skipped: a symbolic link loops back to a folder already searched'
    ])
    expect(reported(result.stdout)).toEqual(['letters/a.md', 'letters/sub/b.md'])
    expect(result.code).toBe(2)
  })
})

describe('symbolic links through a glob', () => {
  it('a glob that goes through a link back to a folder lints each letter once, by its own path', () => {
    const cwd = folder('glob-loop', {'letters/a.md': other, 'letters/sub/': '', 'letters/sub/b.md': letter})
    symlinkSync('..', join(cwd, 'letters/sub/up'))
    const result = run(['--format', 'json', 'letters/**/*.md'], {cwd})
    expect(reported(result.stdout)).toEqual(['letters/a.md', 'letters/sub/b.md'])
  })
})

describe('files that cannot be read', () => {
  it.skipIf(process.platform === 'win32' || spawnSync('mkfifo', ['--version']).error !== undefined)(
    'refuses a named pipe named like a letter instead of waiting for a writer that never comes',
    () => {
      const cwd = folder('fifo', {'letter.md': letter})
      expect(spawnSync('mkfifo', [join(cwd, 'pipe.md')]).status).toBe(0)
      const result = run(['--format', 'json', 'pipe.md', 'letter.md'], {cwd})
      expect(result.stderr).toBe('cover-lint: pipe.md: not a regular file (a pipe, socket or device); to lint what it holds, pipe it to standard input: cover-lint -\n')
      expect(reported(result.stdout)).toEqual(['letter.md'])
      expect(result.code).toBe(2)
    }
  )

  it.skipIf(process.platform === 'win32')('refuses a device that never ends (/dev/zero) instead of reading it forever', () => {
    const result = run(['/dev/zero'], {cwd: folder('device')})
    expect(result.stderr).toBe('cover-lint: /dev/zero: not a regular file (a pipe, socket or device); to lint what it holds, pipe it to standard input: cover-lint -\n')
    expect(result.code).toBe(2)
  })
})

describe('files that disappear', () => {
  it('reports a link whose file is gone (found while scanning), and lints the rest', () => {
    const cwd = folder('dangling', {'letters/a.md': other})
    symlinkSync('deleted.md', join(cwd, 'letters/gone.md'))
    const result = run(['--format', 'json', 'letters'], {cwd})
    expect(result.stderr).toBe('cover-lint: letters/gone.md: no such file or directory\n')
    expect(reported(result.stdout)).toEqual(['letters/a.md'])
    expect(result.code).toBe(2)
  })
})

describe('a folder of thousands of letters', () => {
  it('lints every one of 2,000 letters, in order, with nothing on stderr', () => {
    const cwd = folder('thousands')
    const letters = join(cwd, 'letters')
    mkdirSync(letters)
    const names = Array.from({length: 2000}, (_, index) => `letter-${String(index).padStart(4, '0')}.md`)
    for (const [index, name] of names.entries()) {
      writeFileSync(join(letters, name), `Dear Jo,\n\nLetter ${index}: I led the payments team through ${index + 10} incidents at 9,000 writes/s.\n\nYours sincerely,\nSam\n`)
    }
    const result = run(['--format', 'json', 'letters'], {cwd})
    expect(result.stderr).toBe('')
    expect(reported(result.stdout)).toEqual(names.map((name) => `letters/${name}`))
    const errors = (JSON.parse(result.stdout) as Array<{errorCount: number}>).some((one) => one.errorCount > 0)
    expect(result.code).toBe(errors ? 1 : 0)
    // How long it takes, for BENCHMARKS.md (the batch of 1,000 full letters is in `npm run bench`).
    console.log(`2,000 short letters in one folder, the CLI in process: ${(result.ms / 1000).toFixed(1)} s`)
  }, 120_000)
})

describe('input files are only read', () => {
  it('lints a read-only letter, and leaves its content and its times as they were', () => {
    const cwd = folder('read-only', {'letter.md': letter})
    const path = join(cwd, 'letter.md')
    chmodSync(path, 0o444)
    const before = statSync(path)
    const result = run(['--format', 'json', 'letter.md'], {cwd})
    expect(result.stderr).toBe('')
    expect(reported(result.stdout)).toEqual(['letter.md'])
    const after = statSync(path)
    expect(readFileSync(path, 'utf8')).toBe(letter)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(after.ctimeMs).toBe(before.ctimeMs)
    expect(after.mode).toBe(before.mode)
  })

  it('leaves a linted folder as it was: no file added, changed or removed', () => {
    const cwd = folder('untouched', {'letters/a.md': other, 'letters/b.md': letter, 'letters/notes.txt': letter})
    const snapshot = (): string[] =>
      readdirSync(cwd, {recursive: true})
        .map(String)
        .sort()
        .map((name) => {
          const stats = statSync(join(cwd, name))
          return `${name} ${stats.size} ${stats.mtimeMs} ${stats.mode}`
        })
    const before = snapshot()
    expect(run(['letters'], {cwd}).code).toBe(1)
    expect(snapshot()).toEqual(before)
  })
})
