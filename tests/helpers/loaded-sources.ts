import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect} from 'vitest'
import {bin, root} from './cli.js'
import {temporaryFolder} from './temporary.js'

const tracer = fileURLToPath(new URL('./trace-loads.mjs', import.meta.url))

/**
 * The source files behind every chunk the built CLI loads for `args`: found by the sources
 * each loaded chunk's source map lists (the bundle is minified, so chunks carry no module comments).
 */
export function sourcesLoaded(args: readonly string[]): string[] {
  const trace = join(temporaryFolder('cover-lint-loads-'), 'loads.txt')
  const run = spawnSync(process.execPath, ['--import', tracer, bin, ...args], {cwd: root, env: {...process.env, TRACE_LOADS: trace, NO_COLOR: '1'}, encoding: 'utf8'})
  expect(run.stderr).toBe('')
  return readFileSync(trace, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'))
    .flatMap((url) => (JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')) as {sources: string[]}).sources)
}
