import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {bin, root} from '../helpers/cli.js'

/**
 * Whether the built CLI, linting `args`, loaded Node's crypto module: read from
 * process.moduleLoadList as the process exits, by a preloaded module that prints it on stderr.
 */
function loadsCrypto(args: readonly string[], env: Record<string, string | undefined> = {}): boolean {
  const probe = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write(String(process.moduleLoadList.includes('NativeModule crypto'))))")}`
  const run = spawnSync(process.execPath, ['--import', probe, bin, ...args], {cwd: root, env: {...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined, ...env}, encoding: 'utf8'})
  expect(run.stderr).toMatch(/^(?:true|false)$/)
  return run.stderr === 'true'
}

describe('start-up stays lean: Node modules only some runs need (the built CLI)', () => {
  it('cover-lint letter.md does not load node:crypto (about 5 ms of start-up)', () => {
    expect(loadsCrypto(['fixtures/letters/promising.md'])).toBe(false)
  }, 30_000)

  it('in GitHub Actions it does, to print the report inert', () => {
    expect(loadsCrypto(['--format', 'stylish', 'fixtures/letters/promising.md'], {GITHUB_ACTIONS: 'true'})).toBe(true)
  }, 30_000)
})
