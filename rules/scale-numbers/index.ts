import {defineRule} from '../../src/engine/rule.js'
import {bodySpan, claimSpan} from '../../src/letter/query.js'

export interface ScaleNumbersOptions {
  /** Fewest quantified production-scale claims a letter should make. */
  min: number
}

export default defineRule<ScaleNumbersOptions>({
  meta: {
    id: 'scale-numbers',
    description:
      'The letter makes at least `min` (2) quantified production-scale claims: money, percentages, latencies, volumes and rates, multipliers, uptime.',
    reason:
      'Panels filter senior backend candidates on real production scale. "Large-scale systems" proves nothing; "£40m a month at p99 95ms" does. Years, dates, phone numbers and years of experience are not scale.',
    severity: {none: 'error', few: 'warning'},
    options: {min: 2},
    schema: {
      type: 'object',
      properties: {min: {type: 'integer', minimum: 1, description: 'Fewest scale numbers expected.'}},
      additionalProperties: false
    },
    signal: 'scale',
    examples: {
      bad: 'I have built large-scale, high-performance backend systems for many years.',
      good: 'I moved £40m of monthly transactions to the new ledger and cut p99 latency from 480ms to 95ms.'
    }
  },
  check({letter, options, report, prove}) {
    const claims = letter.quantities
    if (claims.length === 0) {
      report({
        kind: 'none',
        ...bodySpan(letter),
        actual: null,
        message:
          'No number anywhere shows the scale you work at: add the volume, rate, latency, money or uptime of a system you ran (e.g. "9,000 writes/s", "p99 from 480ms to 95ms", "£40m a month").',
        expected: ['9,000 writes/s', 'p99 from 480ms to 95ms', '99.97% uptime']
      })
      return
    }
    if (claims.length < options.min) {
      const only = claims[0]!
      report({
        kind: 'few',
        start: only.start,
        end: only.end,
        message: `"${only.text}" is the only scale number; a panel looks for at least ${options.min}. Put a number on another claim: a latency, a rate, uptime or money moved.`
      })
      return
    }
    for (const claim of claims) prove(claimSpan(letter, claim))
  }
})
