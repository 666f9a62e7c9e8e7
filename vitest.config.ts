import {readFileSync} from 'node:fs'
import {defineConfig} from 'vitest/config'

const {version} = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {version: string}

/** What every project shares. */
const shared = {
  setupFiles: ['tests/setup/cleanup.ts'],
  // The first CLI run of a file loads the sources on its worker: seconds on a busy machine.
  testTimeout: 30_000,
  hookTimeout: 30_000
}

export default defineConfig({
  // The version the build writes in (scripts/build.mjs), so the sources report what dist/ does.
  define: {__COVER_LINT_VERSION__: JSON.stringify(version)},
  test: {
    globalSetup: ['tests/setup/temporary-root.ts'],
    projects: [
      {
        // The library and the CLI from src/, in process: the CLI through main(argv, io) (tests/helpers/cli.ts).
        define: {__COVER_LINT_VERSION__: JSON.stringify(version)},
        test: {...shared, name: 'source', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'tests/timing/**'], pool: 'threads', isolate: false}
      },
      {
        // CPU time measured inside the test: each file in a process of its own, nothing else running
        // in it, with the collector at hand so that each measured run starts from a clean heap.
        define: {__COVER_LINT_VERSION__: JSON.stringify(version)},
        test: {...shared, name: 'timing', include: ['tests/timing/**/*.test.ts'], pool: 'forks', execArgv: ['--expose-gc']}
      },
      {
        // The built CLI as a user runs it; built once before these start.
        test: {...shared, name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/setup/build.ts'], pool: 'forks'}
      }
    ]
  }
})
