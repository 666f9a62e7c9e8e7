import {claimSpan, defineRule, ownScaleIn, postingReference, quantitiesIn, shortQuote, whyNotOwnScale, type Lexicon, type LexiconEntry} from '../../src/rule.js'
import data from './openers.json' with {type: 'json'}

const openers: Lexicon<LexiconEntry> = {
  id: 'opening-hook/openers',
  entries: data.openers.map((phrase) => ({phrases: [phrase]}))
}

export default defineRule({
  meta: {
    id: 'opening-hook',
    description: 'The first body paragraph opens with a specific scale number from your own, done work.',
    reason:
      'The letters that win open with a number from a system the writer shipped ("moving £40m a month to an event-driven Go service"). A stock opener ("I am writing to apply for...") spends the 60 seconds on what the panel already knows.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    signal: 'specificity',
    lexicons: [openers],
    examples: {
      bad: 'I am writing to apply for the Senior Backend Engineer position at your company.',
      good: 'Over the last year I led the move of £40m a month in payments onto an event-driven Go service, cutting p99 from 480ms to 95ms.'
    }
  },
  check({letter, job, report, prove}) {
    const first = letter.body[0]
    if (!first || first.sentences.length === 0) return
    const sentences = letter.body.filter((block) => block.group === first.group).flatMap((block) => block.sentences)
    const claims = sentences.flatMap((sentence) => quantitiesIn(letter, sentence.index)).filter((quantity) => quantity.production)
    const own = sentences.flatMap((sentence) => ownScaleIn(letter, sentence.index))[0]
    if (own) {
      prove(claimSpan(letter, own))
      return
    }
    // Naming something concrete from the job posting is a hook too.
    const cited = postingReference(job, sentences)
    if (cited) {
      prove(cited)
      return
    }
    const opening = sentences[0]!
    const stock = letter.matches(openers).find((match) => match.sentence === opening.index)
    if (stock && claims.length === 0 && !letter.technologies.some((mention) => mention.sentence === opening.index)) {
      const phrase = letter.source.slice(stock.start, stock.end)
      report({
        start: stock.start,
        end: stock.end,
        message: `"${phrase}" spends the opening on what the panel already knows, and the paragraph names nothing you built: open with a system you shipped and its number (volume, latency, money).`
      })
      return
    }
    if (claims.length > 0) {
      const claim = claims[0]!
      report({
        start: claim.start,
        end: claim.end,
        message: `"${claim.text}" in the opening ${whyNotOwnScale(letter, claim) ?? 'is not tied to your work'}: say what you built or ran that moved it ("I led...", "my team cut...").`
      })
      return
    }
    report({
      start: opening.start,
      end: opening.end,
      message: `The opening ("${shortQuote(opening.text, 48)}") has no number from your own work: open with the system you shipped and its scale (volume, latency, money) so the panel reads on.`
    })
  }
})
