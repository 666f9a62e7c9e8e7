import {spawn, spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {chmodSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {bin, root} from '../helpers/cli.js'
import {hostileFolder} from '../helpers/hostile.js'

/**
 * Hostile files that need the CLI in a process of its own, the built one a user runs: a letter
 * that only another user could read, a letter deleted while the process runs, and a reader
 * that closes the pipe. The rest are in tests/hostile-files.test.ts.
 */

const letter = readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8')
const other = readFileSync(join(root, 'fixtures/letters/weak.md'), 'utf8')
const vanish = fileURLToPath(new URL('../helpers/vanish.mjs', import.meta.url))
const folder = hostileFolder()

/** The built CLI in `cwd`, with a timeout so that a hang fails the test instead of stalling the suite. */
function run(args: readonly string[], options: {cwd: string; nodeArgs?: string[]; env?: NodeJS.ProcessEnv; uid?: number; gid?: number}) {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...options.env},
    timeout: 60_000,
    ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.gid})
  }
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], spawnOptions)
  return {code: result.status, stdout: String(result.stdout), stderr: String(result.stderr)}
}

/** The files a JSON report covers. */
function reported(output: string): string[] {
  return (JSON.parse(output) as Array<{filePath: string}>).map((result) => result.filePath)
}

describe('files that cannot be read', () => {
  /**
   * chmod 000 does not stop root, who these tests may run as: then the CLI runs as `nobody`
   * (uid 65534), for whom it does. If nobody cannot reach the test's folder either (a TMPDIR
   * only root may enter), the case is skipped, saying so.
   */
  const asRoot = process.getuid?.() === 0
  const asUser = asRoot ? {uid: 65534, gid: 65534} : {}

  it.skipIf(process.platform === 'win32')('reports an unreadable letter and an unreadable folder in a scanned folder, skips them, and lints the rest', (context) => {
    const cwd = folder('locked', {'letters/a.md': other, 'letters/locked.md': letter, 'letters/private/': '', 'letters/private/c.md': letter})
    if (asRoot && run(['--format', 'json', 'letters'], {cwd, ...asUser}).code !== 1) {
      context.skip(`the user nobody cannot read ${cwd} (its TMPDIR is closed to other users)`)
    }
    chmodSync(join(cwd, 'letters/locked.md'), 0o000)
    chmodSync(join(cwd, 'letters/private'), 0o000)
    const result = run(['--format', 'json', 'letters'], {cwd, ...asUser})
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'cover-lint: letters/locked.md: permission denied',
      'cover-lint: letters/private: permission denied'
    ])
    expect(reported(result.stdout)).toEqual(['letters/a.md'])
    expect(result.code).toBe(2)
  })
})

describe('files that disappear', () => {
  it('reports a letter deleted after the folder was scanned and before it was read, and lints the rest', () => {
    const cwd = folder('vanishing', {'letters/a.md': other, 'letters/b.md': letter, 'letters/c.md': letter})
    // tests/helpers/vanish.mjs deletes b.md as the CLI opens a.md: after discovery, before b.md is read.
    const result = run(['--format', 'json', 'letters'], {
      cwd,
      nodeArgs: ['--import', vanish],
      env: {VANISH_AFTER: join('letters', 'a.md'), VANISH_PATH: join(cwd, 'letters/b.md')}
    })
    expect(result.stderr).toBe('cover-lint: letters/b.md: no such file or directory\n')
    expect(reported(result.stdout)).toEqual(['letters/a.md', 'letters/c.md'])
    expect(result.code).toBe(2)
  })
})

describe('a reader that stops early', () => {
  it('is not an error: `cover-lint letters/ | head` exits with the lint result and no stack trace', async () => {
    const cwd = folder('pipe-closed', {'letters/weak.md': other})
    // A report long enough to still be being written when the reader goes away.
    for (let index = 0; index < 300; index++) writeFileSync(join(cwd, 'letters', `copy-${index}.md`), other)
    const child = spawn(process.execPath, [bin, '--format', 'json', 'letters'], {cwd, env: {...process.env, NO_COLOR: '1'}})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Like `head -c 100`: read the first bytes, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(1)
  }, 60_000)
})
