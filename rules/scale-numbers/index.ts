import {bodySpan, claimSpan, defineRule, listing, ownScale, whyNotOwnScale} from '../../src/rule.js'

export interface ScaleNumbersOptions {
  /** Fewest quantified production-scale claims a letter should make. */
  min: number
}

/** How many of the numbers that do not count the message names. */
const maxNamed = 2

export default defineRule<ScaleNumbersOptions>({
  meta: {
    id: 'scale-numbers',
    description:
      'The letter makes at least `min` (2) quantified production-scale claims about your own work: money, percentages, latencies, volumes and rates, multipliers, uptime.',
    reason:
      'Panels filter senior backend candidates on real production scale. "Large-scale systems" proves nothing; "£40m a month at p99 95ms" does. Only your own, done work counts: the employer\'s user count, a degree mark, office hours, a notice period and years of experience are not your scale, nor is what you would like to build.',
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
    const own = ownScale(letter)
    if (own.length === 0) {
      // Numbers that look like scale but are someone else's, a grade or a plan: say why, so the writer knows what to change.
      // Each reason once: a grade written twice is one thing to fix.
      const others = [...new Set(letter.quantities.map((quantity) => `"${quantity.text.replace(/\s+/g, ' ')}" ${whyNotOwnScale(letter, quantity)}`))].slice(0, maxNamed)
      report({
        kind: 'none',
        ...bodySpan(letter),
        actual: null,
        message: `No number shows the scale of your own work${others.length > 0 ? ` (${listing(others)})` : ''}: add the volume, rate, latency, money or uptime of a system you ran (e.g. "9,000 writes/s", "p99 from 480ms to 95ms", "£40m a month").`,
        expected: ['9,000 writes/s', 'p99 from 480ms to 95ms', '99.97% uptime']
      })
      return
    }
    if (own.length < options.min) {
      const only = own[0]!
      report({
        kind: 'few',
        start: only.start,
        end: only.end,
        message: `"${only.text}" is the only scale number from your own work; a panel looks for at least ${options.min}. Put a number on another claim: a latency, a rate, uptime or money moved.`
      })
      for (const claim of own) prove(claimSpan(letter, claim), own.length / options.min)
      return
    }
    for (const claim of own) prove(claimSpan(letter, claim))
  }
})
