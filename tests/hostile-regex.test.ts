import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {adversarial} from './helpers/adversarial.mjs'

/**
 * Hostile letters for the fixed patterns over sentence text (src/letter/quantities.ts,
 * rules/no-placeholders, the structure and technology-list patterns): four times the input must
 * take about four times the time, not sixteen (quadratic) or worse. Each case runs in a child
 * process that measures lint()'s own CPU time (tests/helpers/lint-time.mjs), on the built
 * library that `npm test` builds first.
 *
 * Each of these took quadratic (or worse) time before it was fixed: at 160 KB, seconds to minutes.
 */
const script = fileURLToPath(new URL('./helpers/lint-time.mjs', import.meta.url))
/** Small enough to keep the suite fast; large enough that a quadratic cost dwarfs the noise. */
const size = 20_000

const run = promisify(execFile)

// Concurrent: each case is a child process, and CPU time is measured inside it.
describe.concurrent('time stays linear on hostile letters', () => {
  for (const name of Object.keys(adversarial)) {
    it(`${name}: 4x the text in well under 16x the time`, async () => {
      // The timeout kills a child that hangs (as each did before its fix) rather than leave it running.
      const {stdout, stderr} = await run(process.execPath, [script, name, String(size)], {encoding: 'utf8', timeout: 50_000})
      expect(stderr).toBe('')
      const {small, large} = JSON.parse(stdout) as {small: number; large: number}
      // Linear is 4; quadratic 16. The floor keeps a tiny, noisy small-size time from deciding.
      expect(large / Math.max(small, 20), `small ${small.toFixed(0)} ms, large ${large.toFixed(0)} ms`).toBeLessThan(8)
    }, 60_000)
  }
})
