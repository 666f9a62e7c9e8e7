import {claimAt, claimSpan, defineRule, isInName, isListed, isOwnWork, ownScaleIn, phraseEnd, quote, resultAfter, type Claim, type EvidenceTerm, type Lexicon, type LexiconEntry, type Match, type Quantity} from '../../src/rule.js'
import {countWhile} from '../../src/util/bisect.js'
import data from './terms.json' with {type: 'json'}
import decisionData from './decisions.json' with {type: 'json'}

/**
 * `kind` says what a term is: an architecture's name, a claim of scale, or a phrase that only
 * exists to win over a shorter one inside it ("high-performance computing" over "high-performance").
 */
interface Term extends LexiconEntry {
  kind: 'architecture' | 'scale' | 'ignore'
}

const terms: Lexicon<Term> = {
  id: 'no-unquantified-claims/terms',
  entries: [
    ...data.architecture.map((phrase) => ({phrases: [phrase], kind: 'architecture' as const})),
    ...data.scale.map((phrase) => ({phrases: [phrase], kind: 'scale' as const})),
    ...data.context.map((phrase) => ({phrases: [phrase], kind: 'ignore' as const}))
  ]
}
const claimWords: Lexicon<LexiconEntry & {ignore?: boolean}> = {
  id: 'no-unquantified-claims/claims',
  entries: [...data.claims.map((phrase) => ({phrases: [phrase]})), ...data.notClaims.map((phrase) => ({phrases: [phrase], ignore: true}))]
}
/** Words of an architecture change: whole words ("rewriting" is not in "asset-rewriting"). */
const changes: Lexicon<LexiconEntry> = {id: 'no-unquantified-claims/changes', wholeWords: true, entries: data.changes.map((phrase) => ({phrases: [phrase]}))}
/** `notWith`: words that, in the same claim, make the decision something else ("partitioned the events table by month" is database depth). */
interface Decision extends EvidenceTerm {
  notWith?: readonly string[]
}
const decisions: Lexicon<Decision> = {id: 'no-unquantified-claims/decisions', entries: decisionData.terms}

/** Credit for an architecture named with its number but no decision: half the signal. */
const architectureCredit = 0.5

interface Proof {
  start: number
  end: number
  credit: number
  /** The number is in the term's own clause, not elsewhere in the sentence: the better quote. */
  sameClause: boolean
}

export default defineRule({
  meta: {
    id: 'no-unquantified-claims',
    description:
      'A claim of your own work in distributed-systems or scale language (built a microservices platform, designed an event-driven system...) also gives a number.',
    reason:
      '"I built a microservices architecture" means nothing to a panel without the transaction volume, query rate, latency or uptime it ran at. With the number it is evidence; with a decision (sharding, replication, idempotency keys, an outbox, failover) and its number it is distributed-systems judgement.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    signal: 'distributed',
    lexicons: [terms, claimWords, changes, decisions],
    examples: {
      bad: 'I designed a scalable, event-driven microservices platform.',
      good: 'I sharded the ledger across 16 nodes with consistent hashing, and it now takes 14,000 writes/s at p99 40ms.'
    }
  },
  check({letter, report, prove}) {
    const ownClaim = (match: {start: number}): Claim | undefined => {
      const claim = claimAt(letter, match.start)
      return claim && isOwnWork(claim) ? claim : undefined
    }
    const found = letter.matches(terms).filter((match) => match.entry.kind !== 'ignore')
    const decided = letter.matches(decisions).filter((match) => !isInName(letter, match))
    // A list of buzzwords ("microservices, CQRS, sagas and Kafka") is an inventory, not a decision.
    const listed = {has: (match: Match) => isListed(letter, match)}
    const claiming = new Set(letter.matches(claimWords).filter((match) => !match.entry.ignore).map((match) => match.sentence))

    const proofs: Proof[] = []
    // One proof per claim and per number: "idempotency keys ... exactly once" is one decision, not two.
    const proved = new Set<Claim | Quantity>()
    const proveWith = (match: Match, claim: Claim, credit: number): void => {
      if (proved.has(claim)) return
      const number = nearest(claim, ownScaleIn(letter, match.sentence), match, proved)
      if (!number) {
        // "... so a retry can never apply twice. Duplicate orders fell from 1,700 to none.": the
        // decision's number is the result the next sentence states for it; the quote runs to it.
        const result = resultAfter(letter, match.sentence)
        if (!result || proved.has(result)) return
        proved.add(claim).add(result)
        const from = claim.action && claim.action.start < match.start ? claim.action.start : match.start
        proofs.push({start: from, end: claimSpan(letter, result).end, credit, sameClause: false})
        return
      }
      proved.add(claim).add(number)
      // The quote is the claim: from its action (or the term) to the end of the term's phrase or of
      // its number when the number is in the same clause ("sharded our ledger across 16 nodes"), else
      // to the end of the clause (the number is elsewhere in the sentence).
      const from = claim.action && claim.action.start < match.start ? claim.action.start : match.start
      const own = claim.quantities.includes(number)
      const span = own ? claimSpan(letter, number) : undefined
      const start = span ? Math.min(from, span.start) : from
      const end = own ? Math.max(phraseEnd(letter, match), span!.end) : claim.end
      proofs.push({start, end, credit, sameClause: own})
    }
    for (const match of decided) {
      const claim = ownClaim(match)
      if (claim && !listed.has(match) && !saysOtherwise(letter.source.slice(claim.start, claim.end), match.entry)) proveWith(match, claim, 1)
    }
    // "moving £40m a month onto an event-driven architecture": a change of architecture is a decision too.
    const changed = new Set(letter.matches(changes).map((match) => claimAt(letter, match.start)))
    for (const match of found) {
      const claim = ownClaim(match)
      if (claim && match.entry.kind === 'architecture' && !listed.has(match)) proveWith(match, claim, changed.has(claim) ? 1 : architectureCredit)
    }
    proofs.sort((a, b) => b.credit - a.credit || Number(b.sameClause) - Number(a.sameClause) || a.start - b.start)
    for (const proof of proofs) prove(proof, proof.credit)

    const reported = new Set<number>()
    for (const match of found) {
      if (reported.has(match.sentence) || ownScaleIn(letter, match.sentence).length > 0) continue
      const claim = ownClaim(match)
      // Only the writer's own, done work is a claim: not the employer's plans, a wish, or what was read about.
      // One that claims nothing ("the failure modes of distributed systems") is context.
      if (!claim || (claim.action === undefined && !claiming.has(match.sentence))) continue
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

/** Whether a claim's words make its decision something else: "partitioned the events table by month" is a table's, not data spread over nodes. */
function saysOtherwise(claim: string, decision: Decision): boolean {
  if (!decision.notWith) return false
  const words = ` ${claim.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  return decision.notWith.some((phrase) => words.includes(` ${phrase} `))
}

/**
 * The number that goes with a term, not used by another proof: one inside its own claim first,
 * else the nearest in its sentence (`numbers` are in order: found by bisection, then a walk past
 * the used ones on each side).
 */
function nearest(claim: Claim, numbers: readonly Quantity[], match: Match, used: ReadonlySet<unknown>): Quantity | undefined {
  const inClaim = claim.quantities.find((number) => number.production && !used.has(number))
  if (inClaim) return inClaim
  const at = countWhile(numbers.length, (index) => numbers[index]!.start < match.start)
  let before = at - 1
  let after = at
  while (before >= 0 && used.has(numbers[before])) before--
  while (after < numbers.length && used.has(numbers[after])) after++
  const left = numbers[before]
  const right = numbers[after]
  if (!left) return right
  if (!right) return left
  return match.start - left.end <= right.start - match.end ? left : right
}
