import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The built CLI, as a user runs it. `npm test` builds before vitest runs. */
export const bin = fileURLToPath(new URL('../../bin/cover-lint.js', import.meta.url))
export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Spawn `bin/cover-lint.js` with `args`, from `cwd` (the repository root by default), colour off. */
export function cli(args: readonly string[], options: {cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv} = {}): CliRun {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', ...options.env}
  // A CI runner's own variables must not change what the tests see.
  for (const name of ['FORCE_COLOR', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY']) if (!options.env?.[name]) delete env[name]
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', env})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}
