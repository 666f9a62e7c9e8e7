import {describe, expect, it} from 'vitest'
import {buildLetter} from '../../src/letter/build.js'
import {parse} from '../../src/parse/index.js'

/** The quantities found in a one-paragraph letter, as `kind:text` (`~kind:text` for numbers that are not production scale). */
function quantities(text: string): string[] {
  return buildLetter(parse(text, 'markdown')).quantities.map((quantity) => `${quantity.production ? '' : '~'}${quantity.kind}:${quantity.text}`)
}

/** Only the production-scale ones. */
function scale(text: string): string[] {
  return quantities(text).filter((quantity) => !quantity.startsWith('~'))
}

describe('scale numbers', () => {
  it.each([
    ['money', 'We settled £40m a month.', ['money:£40m a month']],
    ['money in words', 'It moved $3.5 billion last year.', ['money:$3.5 billion']],
    ['a percentage', 'Costs fell 62 percent.', ['percentage:62 percent']],
    ['a percentage in words', 'Response time fell by fifty percent.', ['percentage:fifty percent']],
    ['uptime', 'We ran at 99.97% uptime.', ['uptime:99.97%']],
    ['a latency change with its percentile', 'I cut p99 latency from 480ms to 95ms.', ['change:p99 latency from 480ms to 95ms']],
    ['an arrow change', 'p95 went 300ms -> 40ms.', ['change:p95 went 300ms -> 40ms']],
    ['a rate', 'It sustains 9,000 writes/s.', ['rate:9,000 writes/s']],
    ['a rate in words', 'It serves 1,200 queries a minute.', ['rate:1,200 queries a minute']],
    ['a deploy rate', 'We deploy 20+ times a day.', ['rate:20+ times a day']],
    ['a volume with a magnitude', 'A 100M-row table.', ['volume:100M-row table']],
    ['a count of production things', 'We ran 40 services on 120 nodes.', ['volume:40 services', 'volume:120 nodes']],
    ['bookings and trades', 'It took 2,300 bookings and 15,000 trades a day.', ['volume:2,300 bookings', 'rate:15,000 trades a day']],
    ['data sizes', 'It holds 3 TB of events.', ['volume:3 TB']],
    ['a multiplier', 'Volume grew 5x and then threefold.', ['multiplier:5x', 'multiplier:threefold']],
    ['a change in counts', 'Sev-1 incidents fell from 11 in H1 2024 to 2 in H1 2025.', ['change:from 11 in H1 2024 to 2']],
    ['durations inside a change', 'MTTR went from 4 hours to 20 minutes.', ['change:from 4 hours to 20 minutes']],
    ['a change of durations in words', 'I cut the nightly job from hours to a few minutes.', ['change:from hours to a few minutes']],
    ['a change in words to under a second', 'The lookup went from minutes to under a second.', ['change:from minutes to under a second']],
    ['a change in words with no "from"', 'I rewrote the query to use the split, minutes to under a second.', ['change:minutes to under a second']],
    ['two numbered durations stay one change', 'I used a window function, 14 minutes to 50 seconds.', ['change:14 minutes to 50 seconds']],
    ['a fraction of what it was', 'Errors dropped to a tenth of what they were.', ['change:to a tenth of what they were']],
    ['a fraction of the cost', 'It now runs at a third of the cost.', ['change:at a third of the cost']],
    ['none since', 'We logged 1,700 duplicated items and none since.', ['volume:1,700 duplicated items', 'change:none since']],
    ['lost none', 'When the region went down we lost none.', ['change:lost none']],
    ['not lost one', 'We have not lost a scan since.', ['change:not lost a scan']],
    ['a change written the other way round', 'It now takes twenty minutes instead of six hours.', ['change:twenty minutes instead of six hours']],
    ['a fraction after a copula', 'Our cloud bill is a third of what it was.', ['change:is a third of what it was']],
    ['a promotion time', 'A replica is promoted within 30 seconds.', ['latency:30 seconds']],
    ['durations in words in a change, the unit said once', 'It took the report from forty minutes to under one.', ['change:from forty minutes to under one']],
    ['a multiplier in words', 'Purchases arrive at ten times the usual rate.', ['multiplier:ten times the usual rate']],
    ['a change to under a number', 'The page went from about 3 seconds to under 200 milliseconds.', ['change:from about 3 seconds to under 200 milliseconds']],
    ['a queue depth', 'It sheds load once its queue passes 5,000 deep.', ['volume:5,000 deep']],
    ['a takeover time', 'When a leader stalls another takes over in under two seconds.', ['latency:two seconds']]
  ])('%s', (_name, text, expected) => {
    expect(quantities(text)).toEqual(expected)
  })

  it.each([
    ['years and ranges of years', 'From 2019 to 2023, and in the 1990s, I worked in 2020-2022.'],
    ['tenure', 'I have six years of experience, 5+ years in Go and 12 months in Rust.'],
    ['durations with no change', 'I spent hours to get it right and minutes to review it.'],
    ['a fraction of people, not of a result', 'A third of the team moved to a quarter of the office.'],
    ['a shallow queue', 'The queue was 5 deep and I lost sleep since.'],
    ['a takeover of a team', 'I took over the team in two weeks.'],
    ['times of an event, not a multiplier', 'I presented three times at meetups.'],
    ['phone numbers', 'Call me on 07700 900123 or +44 20 7946 0958.'],
    ['dates', 'I can start on 14 March 2026 or 03/04/2026.'],
    ['versions and reference codes', 'We ran Python 3.11 and Java 8; ref REF-20931, v2.4.1.'],
    ['a duration that is a schedule', 'I volunteer 6 hours a week.'],
    ['small counts', 'We had 3 services and 2 databases.'],
    ['emphasis, not measurement', 'I am 100% sure and available 24/7.'],
    ['ordinals and grades', 'I came 3rd and got a 2:1.']
  ])('not %s', (_name, text) => {
    expect(scale(text)).toEqual([])
  })

  it.each([
    ['millions of', 'We served millions of requests.', ['volume:millions of requests']],
    ['tens of thousands of', 'It takes tens of thousands of writes per second.', ['rate:tens of thousands of writes per second']],
    ['billions a day', 'The pipeline moves billions a day.', ['rate:billions a day']],
    ['a number word with a magnitude', 'We hold two million rows.', ['volume:two million rows']],
    ['halved', 'I halved the p99.', ['change:halved']],
    ['doubled', 'Throughput doubled.', ['multiplier:doubled']],
    ['down to zero', 'We cut duplicate payments down to zero.', ['change:down to zero']],
    ['from a count to zero', 'Pages fell from about 40 a week to zero.', ['change:from about 40 a week to zero']],
    ['a fraction', 'It cut costs by a third.', ['change:by a third']],
    ['a duration beside what it measures', 'We kept replica lag under two seconds.', ['latency:two seconds']],
    ['a change to a number in words, the unit said once', 'An index brought the report from 14 seconds to under one.', ['change:from 14 seconds to under one']],
    ['a failover time in words', 'Checkout now fails over between two regions in under a minute.', ['latency:a minute']],
    ['a change to less than a number in words', 'Deploys went from 45 minutes to less than five.', ['change:from 45 minutes to less than five']]
  ])('numbers in words: %s', (_name, text, expected) => {
    expect(scale(text)).toEqual(expected)
  })

  it.each([
    ['a percentage range', 'It cut build times 20–30%.', ['percentage:20–30%']],
    ['a range inside a change, quoted whole', 'Releases went from 2–3 days to 15 minutes.', ['change:from 2–3 days to 15 minutes']],
    ['a range with a hyphen', 'We run 8-12 nodes.', ['volume:8-12 nodes']]
  ])('ranges: %s', (_name, text, expected) => {
    expect(scale(text)).toEqual(expected)
  })

  it.each([
    ['a grade', 'I graduated with 82% in my final year.', ['~grade:82%']],
    ['a count of repositories', 'I maintain more than 30 repositories.', ['~count:30 repositories']],
    ['office hours', 'I answer phones from 10 am to 6 pm.', ['~time-of-day:from 10 am to 6 pm']],
    ['a notice period', "My notice period is one month's.", ["~notice:one month's"]],
    ['tenure', 'I have six years of experience, 5+ years in Go and 12 months in Rust.', ['~tenure:six years', '~tenure:5+ years', '~tenure:12 months']]
  ])('numbers that are not scale keep their kind: %s', (_name, text, expected) => {
    expect(quantities(text)).toEqual(expected)
  })

  it('a sentence that ends in a unit after a slash is still a sentence', () => {
    const letter = buildLetter(parse('It handled 12,000 events/s. Could it do more?', 'markdown'))
    expect(letter.sentences.map((sentence) => sentence.text)).toEqual(['It handled 12,000 events/s.', 'Could it do more?'])
    expect(letter.quantities.map((quantity) => quantity.text)).toEqual(['12,000 events/s'])
  })

  it('points into the file through Markdown emphasis', () => {
    const letter = buildLetter(parse('We settled **£40m** a month.', 'markdown'))
    const [quantity] = letter.quantities
    expect(quantity!.text).toBe('£40m a month')
    expect(letter.source.slice(quantity!.start, quantity!.end)).toBe('£40m** a month')
  })

  it('a sentence that ends in a number is still a sentence', () => {
    const letter = buildLetter(parse('Incidents fell from 14 to 5. I also rebuilt the ledger.', 'markdown'))
    expect(letter.sentences.map((sentence) => sentence.text)).toEqual(['Incidents fell from 14 to 5.', 'I also rebuilt the ledger.'])
  })
})
