import {readFileSync} from 'node:fs'
import {defineConfig} from 'vitest/config'
import {wordFile} from './scripts/dictionary.mjs'

const {version} = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {version: string}

/** The version the build writes in (scripts/build.mjs), so the sources report what dist/ does. */
const define = {
  __COVER_LINT_VERSION__: JSON.stringify(version),
  // The spelling rule's word file, compiled from the dictionary packages (cached until they or
  // the field's words change): running from source, the rule reads it from here.
  __COVER_LINT_WORDS__: JSON.stringify(await wordFile({log: (line) => console.error(line)}))
}

/** What every project shares. */
const shared = {
  setupFiles: ['tests/setup/cleanup.ts'],
  // A copy: vite empties the define objects it is given.
  provide: {defines: {...define}},
  // The first CLI run of a file loads the sources on its worker: seconds on a busy machine.
  testTimeout: 30_000,
  hookTimeout: 30_000
}

export default defineConfig({
  define,
  test: {
    globalSetup: ['tests/setup/temporary-root.ts'],
    projects: [
      {
        // The library and the CLI from src/, in process: the CLI through main(argv, io) (tests/helpers/cli.ts).
        // Files share their threads (isolate: false): the sources and the CLI's worker load once per
        // thread, not once per file (measured: 118 s of CPU down to 38 s), and every CLI run then
        // also shows that a run leaves no state behind for the next.
        define,
        test: {...shared, setupFiles: [...shared.setupFiles, 'tests/setup/defines.ts'], name: 'source', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'tests/timing/**', 'tests/isolated/**'], pool: 'threads', isolate: false}
      },
      {
        // Files that replace modules of src/ with vi.mock (to make one input fail on purpose): each
        // in a module graph of its own, so that no mock reaches another file, nor a cached module it.
        define,
        test: {...shared, setupFiles: [...shared.setupFiles, 'tests/setup/defines.ts'], name: 'isolated', include: ['tests/isolated/**/*.test.ts'], pool: 'threads', isolate: true}
      },
      {
        // CPU time measured inside the test: each file in a process of its own, nothing else running
        // in it, with the collector at hand so that each measured run starts from a clean heap.
        define,
        test: {...shared, setupFiles: [...shared.setupFiles, 'tests/setup/defines.ts'], name: 'timing', include: ['tests/timing/**/*.test.ts'], pool: 'forks', execArgv: ['--expose-gc']}
      },
      {
        // The built CLI as a user runs it; built once before these start.
        test: {...shared, name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/setup/build.ts'], pool: 'forks'}
      }
    ]
  }
})
