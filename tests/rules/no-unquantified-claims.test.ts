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
    }
  ]
})
