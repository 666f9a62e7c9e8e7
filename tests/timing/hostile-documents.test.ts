import {describe, expect, it} from 'vitest'
import {leastCpuTime} from '../helpers/cpu.js'
import {lintBytes} from '../helpers/documents.js'
import {hostileDocuments} from '../helpers/hostile-documents.mjs'

/**
 * Long documents in every format, shaped where each reader was slower than linear (the rendered
 * text, Word's paragraphs, PDF pages, one paragraph of a .tex or Markdown file): four times the
 * input must take about four times the CPU time, not sixteen. Read and linted from the sources,
 * in this file's own process.
 */

/** The size the time of each is compared at (and 4x), where one costs more than most. */
const sizes: Readonly<Record<string, number>> = {'Word: paragraphs': 10_000}

describe('long documents in every format take time in proportion to their length', () => {
  for (const [name, make] of Object.entries(hostileDocuments)) {
    it(`${name}: 4x the text in well under 16x the time`, async () => {
      const size = sizes[name] ?? 20_000
      const small = await make(size)
      const large = await make(size * 4)
      // Warm up on the small input, so that compiling the code is not counted against it.
      await lintBytes(small.format, small.bytes)
      const smallMs = await leastCpuTime(() => lintBytes(small.format, small.bytes))
      const largeMs = await leastCpuTime(() => lintBytes(large.format, large.bytes))
      // Linear is 4; quadratic 16. The floor keeps a tiny, noisy small-size time from deciding.
      expect(largeMs / Math.max(smallMs, 20), `small ${smallMs.toFixed(0)} ms, large ${largeMs.toFixed(0)} ms`).toBeLessThan(8)
    }, 120_000)
  }
})
