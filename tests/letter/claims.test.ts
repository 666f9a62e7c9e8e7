import {describe, expect, it} from 'vitest'
import {claimAt, isOwnWork, isWholeSentence, ownScale, whyNotOwnScale} from '../../src/letter/claims/query.js'
import {buildLetter} from '../../src/letter/build.js'
import {parse} from '../../src/parse/index.js'

/** Each claim of a text as `owner mood action | words {numbers}`. */
function claims(text: string): string[] {
  const letter = buildLetter(parse(text, 'markdown'))
  return letter.claims.map((claim) => {
    const numbers = claim.quantities.map((quantity) => quantity.text)
    const words = letter.source.slice(claim.start, claim.end)
    return `${claim.owner} ${claim.mood} ${claim.action?.lemma ?? '-'} | ${words}${numbers.length > 0 ? ` {${numbers.join('; ')}}` : ''}`
  })
}

describe('claims: who, in what mood, doing what, with which numbers', () => {
  it('cuts a sentence into its clauses, each with its action and numbers', () => {
    expect(
      claims('At my last job I designed the dual-write migration of a 100M-row table, reduced Sev-1s from 11 to 2, and operated the service at 99.97% uptime.')
    ).toEqual([
      'applicant done design | At my last job I designed the dual-write migration of a 100M-row table {100M-row table}',
      'applicant done reduce | reduced Sev-1s from 11 to 2 {from 11 to 2}',
      'applicant done operate | operated the service at 99.97% uptime {99.97%}'
    ])
  })

  it("tells the addressee's plans from the writer's own work inside one sentence", () => {
    expect(claims('The spec mentions rebuilding the ledger, which is the migration I led, moving £40m a month.')).toEqual([
      'addressee done - | The spec mentions rebuilding the ledger',
      'addressee done - | is the migration',
      'applicant done lead | I led',
      'applicant done move | moving £40m a month {£40m a month}'
    ])
  })

  it.each([
    ['wished', "I'd like to help your team build the platform you need.", 'applicant wished'],
    ['planned', 'I will bring an event-driven design.', 'applicant planned'],
    ['hypothetical', 'I could cut your p99 by half.', 'applicant hypothetical'],
    ['learning', 'I have read widely about retrieval-augmented generation.', 'applicant learning'],
    ['learning, with no verb of doing', 'I am learning Rust in the evenings.', 'applicant learning'],
    ['negated', 'I have not used Kafka in production.', 'applicant negated'],
    ['done, in the present', 'I carry the pager one week in five.', 'applicant done'],
    ['done: "I\'d" before a past participle is "I had"', "I'd built the ledger before I joined.", 'applicant done'],
    ["the addressee's", 'Your team is moving the quotes API to Kafka.', 'addressee done'],
    ["someone else's", 'They rebuilt the ledger last year.', 'other done']
  ])('the first claim is %s', (_name, text, expected) => {
    expect(claims(text)[0]).toMatch(new RegExp(`^${expected} `))
  })

  it('a negation with a number is an outcome, done', () => {
    expect(claims('We have not lost a message across 1.2 billion events.')).toEqual(['applicant done - | We have not lost a message across 1.2 billion events {not lost a message; 1.2 billion events}'])
  })

  it('a marker governs the clauses after it, except reading about one thing', () => {
    expect(claims("I'd like to build your ledger and scale it to 20,000 writes a second.").map((claim) => claim.split(' |')[0])).toEqual([
      'applicant wished build',
      'applicant wished scale'
    ])
    expect(claims('I am learning Go, and built a small service in it.').map((claim) => claim.split(' |')[0])).toEqual(['applicant learning -', 'applicant done build'])
  })

  it('finds the owner of a sentence that states none', () => {
    const letter = buildLetter(parse('I rebuilt the ledger. It now settles £2bn a month. Quillon serves 9 million customers.', 'markdown'))
    expect(letter.claims.map((claim) => `${claim.owner}/${claim.subject}`)).toEqual(['applicant/stated', 'applicant/anaphoric', 'unknown/none'])
    expect(buildLetter(parse('Led the move to Kafka, cutting costs by a third.', 'markdown')).claims.map((claim) => `${claim.owner}/${claim.subject}`)).toEqual([
      'applicant/implied',
      'applicant/continued'
    ])
  })

  it("reads a list's items with no subject as its lead-in's, in its mood, except what the writer would bring", () => {
    const items = (leadIn: string): string[] =>
      claims(['Dear Sam,', '', leadIn, '', '- zero-downtime migrations on a 400M-row Postgres table', '- a partitioning scheme that kept queries under 50ms'].join('\n'))
        .slice(-2)
        .map((claim) => claim.split(' |')[0]!)
    expect(items('Three things I would bring to Fernhill:')).toEqual(['applicant done -', 'applicant done keep'])
    expect(items('At Northgate I delivered:')).toEqual(['applicant done -', 'applicant done keep'])
    expect(items("In my first year I'd like to deliver:")).toEqual(['applicant wished -', 'applicant wished keep'])
    expect(items('Your posting asks for:')).toEqual(['addressee done -', 'addressee done keep'])
    // Without a colon the sentence before leads into nothing: a list of nouns is nobody's claim.
    expect(items('I have worked on many systems.')[0]).toBe('unknown done -')
  })

  it('reads verbs as verbs only where they are used as verbs', () => {
    expect(claims('We deployed containerised services.')[0]).toMatch(/^applicant done deploy /)
    expect(claims('The build took 4 hours.')[0]).toMatch(/^unknown done take /)
    expect(claims('I fixed an asset-rewriting bug.')[0]).toMatch(/^applicant done fix /)
    expect(claims('I worked at City Index.')[0]).toMatch(/^applicant done - /)
  })

  it('tells whole sentences from fragments', () => {
    const letter = buildLetter(parse('Microservices handling 12,000 requests a second. On-call, SLOs, postmortems. I carry the pager.', 'markdown'))
    expect(letter.sentences.map((sentence) => isWholeSentence(letter, sentence.index))).toEqual([false, false, true])
  })

  it('answers whose numbers are the writer\'s scale, and why not', () => {
    const letter = buildLetter(
      parse('Quillon serves 9 million customers. I graduated with 82%. I would love to reach 20,000 writes a second. I cut p99 from 480ms to 95ms.', 'markdown')
    )
    expect(ownScale(letter).map((quantity) => quantity.text)).toEqual(['p99 from 480ms to 95ms'])
    expect(letter.quantities.map((quantity) => whyNotOwnScale(letter, quantity))).toEqual([
      'is not tied to your work',
      'is a grade, not a system you ran',
      'is a wish, not something you did',
      undefined
    ])
    const last = letter.quantities.at(-1)!
    expect(isOwnWork(claimAt(letter, last.start)!)).toBe(true)
  })
})

describe('a result stated in the next sentence', () => {
  it("is the writer's when it names no work of its own and follows the writer's work in the paragraph", () => {
    expect(claims('I made checkout apply a tap once. Refund requests fell from about 900 a month to 40.')).toEqual([
      'applicant done make | I made checkout apply a tap',
      'applicant done - | Refund requests fell from about 900 a month to 40 {from about 900 a month to 40}'
    ])
  })

  it("is not after the employer's work, after a sentence that did no work, or in another paragraph", () => {
    expect(claims('Your team made checkout apply a tap once. Refund requests fell from 900 a month to 40.').at(-1)).toBe(
      'unknown done - | Refund requests fell from 900 a month to 40 {from 900 a month to 40}'
    )
    expect(claims('I joined Acme in 2021. Orders doubled the year after.').at(-1)).toBe('unknown done double | Orders doubled the year after {doubled}')
    expect(claims('I made checkout apply a tap once.\n\nRefund requests fell from 900 a month to 40.').at(-1)).toBe(
      'unknown done - | Refund requests fell from 900 a month to 40 {from 900 a month to 40}'
    )
  })
})
