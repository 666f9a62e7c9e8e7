import {describe, expect, it} from 'vitest'
import type {CompanyOptions} from '../../src/letter/companies.js'
import {extractPosting} from '../../src/job/extract.js'
import {readOrganisation} from '../../src/job/organisation.js'
import {lint} from '../../src/lint.js'
import {adversarial} from '../helpers/adversarial.mjs'
import {leastCpuTime} from '../helpers/cpu.js'

/**
 * Hostile letters for the fixed patterns over sentence text (src/letter/quantities.ts,
 * rules/no-placeholders, the structure and technology-list patterns): four times the input must
 * take about four times the time, not sixteen (quadratic) or worse. lint() runs here, from the
 * sources; this file's project gives each test file a process of its own (vitest.config.ts), so
 * the process's CPU time is lint()'s alone, whatever else the machine is doing.
 *
 * Each of these took quadratic (or worse) time before it was fixed: at 160 KB, seconds to minutes.
 */

/** Small enough to keep the suite fast; large enough that a quadratic cost dwarfs the noise. */
const size = 20_000

type Case = string | {letter: string; posting?: string; filePath?: string; companies?: CompanyOptions} | {organisation: string}

/**
 * Lint one case: a letter, or a letter against a posting (read from its text each time), or with
 * its companies; or read only the organisation of a posting.
 */
function lintCase(input: Case): void {
  if (typeof input === 'string') lint(input, {filePath: 'letter.md'})
  else if ('organisation' in input) readOrganisation(input.organisation)
  else {
    const posting = input.posting === undefined ? undefined : extractPosting(input.posting)
    lint(input.letter, {filePath: input.filePath ?? 'letter.md', posting, companies: input.companies})
  }
}

describe('time stays linear on hostile letters', () => {
  for (const [name, make] of Object.entries(adversarial)) {
    it(`${name}: 4x the text in well under 16x the time`, async () => {
      const small = make(size)
      const large = make(size * 4)
      // Warm up on both, so that compiling the code is counted against neither.
      lintCase(small)
      lintCase(large)
      const smallMs = await leastCpuTime(() => lintCase(small))
      const largeMs = await leastCpuTime(() => lintCase(large))
      // Linear is 4; quadratic 16. The floor keeps a tiny, noisy small-size time from deciding.
      expect(largeMs / Math.max(smallMs, 20), `small ${smallMs.toFixed(0)} ms, large ${largeMs.toFixed(0)} ms`).toBeLessThan(8)
    }, 60_000)
  }
})
