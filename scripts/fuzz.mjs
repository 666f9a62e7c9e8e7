// `npm run fuzz [-- runs]`: the property tests (tests/property.test.ts, tests/timing/property-hostile.test.ts) with many more runs and
// bigger documents than `npm test` gives them. Default 1,000 runs per property.
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const runs = process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? '1000'
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))
const result = spawnSync(process.execPath, [vitest, 'run', 'tests/property.test.ts', 'tests/timing/property-hostile.test.ts'], {
  stdio: 'inherit',
  env: {...process.env, COVER_LINT_FUZZ_RUNS: runs}
})
process.exit(result.status ?? 1)
