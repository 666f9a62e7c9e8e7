import {describe, expect, it} from 'vitest'
import {lintLines} from '../helpers/lint.js'
import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('no-unquantified-claims', {
  fires: [
    {
      name: 'a claim in scale language with no number: points at the first scale word',
      text: ['I built a scalable, event-driven microservices platform for payments.'],
      expected: [
        '1:11-1:19 warning "scalable" with no number in the sentence says nothing about scale: add the volume, rate, latency or uptime it ran at (e.g. "9,000 writes/s at p99 40ms").'
      ],
      withMessage: true
    },
    {
      name: 'one finding per sentence, each sentence on its own',
      text: ['I have experience with distributed systems and high availability.', 'We designed it to be fault-tolerant.'],
      expected: ['1:24-1:43 warning "distributed systems"', '2:22-2:36 warning "fault-tolerant"']
    },
    {name: 'one microservice, singular', text: ['I built a microservice for refunds.'], expected: ['1:11-1:23 warning "microservice"']},
    {
      name: 'CQRS and event sourcing are architectures: named in a claim, they want a number too',
      text: ['I built a catalogue service with CQRS and an Event Sourcing architecture.'],
      expected: ['1:34-1:38 warning "CQRS"']
    },
    {
      name: 'regions and availability zones with no number',
      text: ['I ran the booking API across multiple regions and availability zones.', 'We designed the queue to be multi-region.'],
      expected: ['1:30-1:46 warning "multiple regions"', '2:29-2:41 warning "multi-region"']
    }
  ],
  quiet: [
    {name: 'the number is in the same sentence', text: ['I built the event-driven ledger that settles 9,000 writes/s at p99 40ms.']},
    {
      name: 'a sentence that names the field but claims nothing',
      text: ['Most of my career has been on the failure modes of distributed systems under load.']
    },
    {name: 'a field, not a claim', text: ['I worked in high-performance computing at a national lab.']},
    {name: 'built-in is not a claim of building', text: ['Postgres has built-in replication that is fault tolerant.']},
    {
      name: 'regions with the number they ran at',
      text: ['I ran the booking API across three regions and six availability zones at 4,000 requests a second with 99.99% uptime.']
    },
    {name: 'a wish is not a claim', text: ["I'd like to help your team build the resilient, scalable platform you need."]},
    {name: 'an eagerness is not a claim', text: ["I am eager to enhance your product's scalability."]},
    {name: "the employer's project is not the writer's claim", text: ['Your role mentions moving the quotes API onto an event-driven architecture.']},
    {name: 'reading about it is not a claim', text: ['I have read widely about event-driven microservices.']},
    {name: 'a number in words is a number', text: ['I built event-driven services that handle millions of requests a day.']}
  ]
})

describe('no-unquantified-claims proves distributed-systems judgement', () => {
  const signal = (lines: readonly string[]) => lintLines(lines).signals.distributed

  it('a decision of the writer\'s own with its number proves it, quoting that claim', () => {
    const result = signal(['I sharded our ledger across 16 nodes with consistent hashing at 14,000 writes/s.'])
    expect(result).toMatchObject({proved: true, earned: 15})
    expect(result.evidence.map((evidence) => evidence.text)).toEqual(['sharded our ledger across 16 nodes'])
  })

  it('an architecture named with its number but no decision proves half of it', () => {
    const result = signal(['I built microservices that handle 12,000 requests a second.'])
    expect(result).toMatchObject({proved: false, earned: 7.5})
    expect(result.evidence.map((evidence) => evidence.text)).toEqual(['built microservices that handle 12,000 requests a second'])
  })

  it('a change of architecture is a decision: "moving ... onto an event-driven ..."', () => {
    const result = signal(['Last year I led the move of £40m a month from a Python monolith onto event-driven Go services.'])
    expect(result).toMatchObject({proved: true})
  })

  it('a list of buzzwords proves nothing, nor does a fragment, a wish or scale words', () => {
    expect(signal(['I have hands-on expertise in CQRS, sagas, sharding and consistent hashing at 10,000 requests a second.']).earned).toBe(0)
    expect(signal(['Sharding, consistent hashing, CQRS: 14,000 writes/s.']).earned).toBe(0)
    expect(signal(["I'd love to shard your ledger to reach 20,000 writes a second."]).earned).toBe(0)
    expect(signal(['I built a RAG pipeline with semantic caching that cut LLM costs 62 percent at scale.']).earned).toBe(0)
  })

  it('a table partitioned by date is database depth; data partitioned by key, or a region failover with its time, is distributed', () => {
    expect(signal(['I partitioned the 600M-row transactions table by month.']).earned).toBe(0)
    expect(signal(['I partitioned the booking topic by hotel id, at 900 bookings a minute.'])).toMatchObject({proved: true})
    const failover = signal(['Our checkout now fails over between two regions in under a minute.'])
    expect(failover).toMatchObject({proved: true})
    expect(failover.evidence.map((evidence) => evidence.text)).toEqual(['fails over between two regions in under a minute'])
  })

  it('the quote stays inside its sentence', () => {
    const result = signal(['We moved the ledger onto an event-driven design at 12,000 events/s. Could you tell me more about the team?'])
    expect(result.evidence.map((evidence) => evidence.text)).toEqual(['moved the ledger onto an event-driven design at 12,000 events/s'])
  })
})

describe('decisions in plain words, and a number from the result stated next', () => {
  const signal = (lines: readonly string[]) => lintLines(lines).signals.distributed
  const quotes = (lines: readonly string[]) => signal(lines).evidence.map((evidence) => evidence.text)

  it('idempotency described takes its number from the next sentence when that sentence states its result', () => {
    expect(quotes(['I made the service accept a tap any number of times and apply it once. Refund requests fell from about 900 a month to 40.'])).toEqual([
      'made the service accept a tap any number of times and apply it once. Refund requests fell from about 900 a month to 40'
    ])
    expect(quotes(['Our client retries with the same trade id, so a retry can never apply twice. We logged 1,700 duplicated trades before and none since.'])).toEqual([
      'retries with the same trade id, so a retry can never apply twice. We logged 1,700 duplicated trades before and none since'
    ])
  })

  it('quorums by counts, a leader lease with its takeover time, back-pressure and load shedding prove it', () => {
    expect(quotes(['I built the store behind our tracker.', 'Each partition has one leader chosen by a lease, and when a leader stalls another takes over in under two seconds.'])).toEqual([
      'one leader chosen by a lease, and when a leader stalls another takes over in under two seconds'
    ])
    expect(quotes(['Each record lives on five replicas; we write to three and read from three at 40,000 writes a second.'])).toEqual([
      'write to three and read from three at 40,000 writes a second'
    ])
    expect(quotes(['I made the stream slow its readers down rather than drop events across billions of events a month.'])).toEqual([
      'made the stream slow its readers down rather than drop events across billions of events a month'
    ])
    expect(quotes(['Our API stops serving browse requests before purchases once its queue passes 5,000 deep.'])).toEqual([
      'stops serving browse requests before purchases once its queue passes 5,000 deep'
    ])
  })

  it('no number is taken from a next sentence that does work of its own, is in another paragraph, follows no work, or is a wish', () => {
    expect(signal(['I made the service apply each payment once. I then rebuilt the reports, from 40 a week to 2.']).earned).toBe(0)
    expect(signal(['I made the service apply each payment once.', '', 'Refund requests fell from about 900 a month to 40.']).earned).toBe(0)
    expect(signal(['I joined Acme, where a retry can never apply twice. Orders doubled.']).earned).toBe(0)
    expect(signal(["I'd like to make your retries apply once. Refund requests fell from 900 a month to 40."]).earned).toBe(0)
    expect(signal(['Your team made checkout apply a tap once. Refund requests fell from 900 a month to 40.']).earned).toBe(0)
  })
})
