import {defineRule} from '../../src/engine/rule.js'
import type {Lexicon, LexiconEntry, Match} from '../../src/letter/lexicon.js'
import {claimSpan, quantitiesIn, quote} from '../../src/letter/query.js'
import data from './terms.json' with {type: 'json'}

/** An entry that only exists to win over a shorter phrase inside it ("high-performance computing" over "high-performance"). */
interface Term extends LexiconEntry {
  ignore?: boolean
}

const terms: Lexicon<Term> = {
  id: 'no-unquantified-claims/terms',
  entries: [...data.terms.map((phrase) => ({phrases: [phrase]})), ...data.context.map((phrase) => ({phrases: [phrase], ignore: true}))]
}
const claims: Lexicon<Term> = {
  id: 'no-unquantified-claims/claims',
  entries: [...data.claims.map((phrase) => ({phrases: [phrase]})), ...data.notClaims.map((phrase) => ({phrases: [phrase], ignore: true}))]
}
const counts = (match: Match<Term>): boolean => !match.entry.ignore

export default defineRule({
  meta: {
    id: 'no-unquantified-claims',
    description:
      'A sentence that claims work in distributed-systems or scale language (built a microservices platform, designed an event-driven system...) also gives a number.',
    reason:
      '"I built a microservices architecture" means nothing to a panel without the transaction volume, query rate, latency or uptime it ran at. With the number it is distributed-systems judgement; without it, vocabulary.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    signal: 'distributed',
    lexicons: [terms, claims],
    examples: {
      bad: 'I designed a scalable, event-driven microservices platform.',
      good: 'I designed the event-driven ledger that now settles 9,000 writes/s at p99 40ms.'
    }
  },
  check({letter, report, prove}) {
    const claiming = new Set(letter.matches<Term>(claims.id).filter(counts).map((match) => match.sentence))
    const reported = new Set<number>()
    for (const match of letter.matches<Term>(terms.id).filter(counts)) {
      const claims = quantitiesIn(letter, match.sentence)
      if (claims.length > 0) {
        const claim = claimSpan(letter, claims[0]!)
        prove({text: `${quote(letter.source, match.start, match.end)}: ${quote(letter.source, claim.start, claim.end)}`, at: match.start})
        continue
      }
      // A sentence that claims nothing ("the failure modes of distributed systems") is context, not a claim.
      // One finding per sentence: the first scale word in it.
      if (!claiming.has(match.sentence) || reported.has(match.sentence)) continue
      reported.add(match.sentence)
      const phrase = quote(letter.source, match.start, match.end)
      report({
        start: match.start,
        end: match.end,
        message: `"${phrase}" with no number in the sentence says nothing about scale: add the volume, rate, latency or uptime it ran at (e.g. "9,000 writes/s at p99 40ms").`
      })
    }
  }
})
