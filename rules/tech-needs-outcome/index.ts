import {claimAt, defineRule, distance, isOwnWork, ownScaleIn, quote, type Lexicon, type LexiconEntry} from '../../src/rule.js'
import data from './decisions.json' with {type: 'json'}

/** Whole words only: "rewriting" is no decision inside "asset-rewriting". */
const verbs: Lexicon<LexiconEntry> = {id: 'tech-needs-outcome/verbs', wholeWords: true, entries: data.verbs.map((phrase) => ({phrases: [phrase]}))}
const architectures: Lexicon<LexiconEntry> = {
  id: 'tech-needs-outcome/architectures',
  entries: data.architectures.map((phrase) => ({phrases: [phrase]}))
}

/** How far after the verb the technology may stand: "migrated our payments service from Python to Go". */
const maxGap = 80

export default defineRule({
  meta: {
    id: 'tech-needs-outcome',
    description: 'A technology decision of your own ("migrated from Python to Go", "moved to Kubernetes") comes with its measured outcome in the same sentence.',
    reason:
      '"Migrated from Python to Go" is weak; "migrated from Python to Go to cut p99 from 480ms to 95ms while supporting 5x growth" is the format that works. Panels hire the judgement and the result, not the tool.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    lexicons: [verbs, architectures],
    examples: {
      bad: 'I migrated our services from Python to Go.',
      good: 'I migrated the payments service from Python to Go to cut p99 from 480ms to 95ms while volume grew 5x.'
    }
  },
  check({letter, report}) {
    const targets = [
      ...letter.technologies.map(({start, end, sentence}) => ({start, end, sentence})),
      ...letter.matches(architectures)
    ].sort((a, b) => a.start - b.start)
    // Targets by sentence, so each verb looks only at its own sentence (linear in long documents).
    const bySentence = new Map<number, Array<{start: number; end: number}>>()
    for (const target of targets) {
      const list = bySentence.get(target.sentence)
      if (list) list.push(target)
      else bySentence.set(target.sentence, [target])
    }
    const reported = new Set<number>()
    for (const verb of letter.matches(verbs)) {
      if (reported.has(verb.sentence) || ownScaleIn(letter, verb.sentence).length > 0) continue
      // Only the writer's own, done decisions: not "your role mentions moving the quotes API".
      const claim = claimAt(letter, verb.start)
      if (!claim || !isOwnWork(claim)) continue
      const inSentence = (bySentence.get(verb.sentence) ?? []).filter((target) => target.start > verb.end && distance(letter.source, verb.end, target.start) <= maxGap)
      if (inSentence.length === 0) continue
      // "containerised microservices", "we run containerised services": a participle straight before
      // its noun, and not the clause's verb, describes the thing; it decides nothing.
      const next = inSentence[0]!
      if (/(?:ed|en|t)$/i.test(letter.source.slice(verb.start, verb.end)) && /^\s+$/.test(letter.source.slice(verb.end, next.start)) && claim.action?.start !== verb.start) continue
      // Take "from Python to Go" whole when the sentence names both ends.
      const last = inSentence.find((target, index) => index === inSentence.length - 1 || distance(letter.source, target.end, inSentence[index + 1]!.start) > 12)!
      reported.add(verb.sentence)
      const decision = quote(letter.source, verb.start, last.end)
      report({
        start: verb.start,
        end: last.end,
        message: `"${decision}" names a decision but not what it bought: add the measured outcome in the same sentence (latency, throughput, cost, incidents), e.g. "... to cut p99 from 480ms to 95ms".`
      })
    }
  }
})
