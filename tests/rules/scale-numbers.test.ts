import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('scale-numbers', {
  fires: [
    {
      name: 'no scale number at all: an error over the body',
      text: ['Dear Priya,', '', 'I have built large-scale systems for many years.', '', 'Yours sincerely,', 'Sam'],
      expected: [
        '3:1-3:49 error No number shows the scale of your own work: add the volume, rate, latency, money or uptime of a system you ran (e.g. "9,000 writes/s", "p99 from 480ms to 95ms", "£40m a month").'
      ],
      withMessage: true
    },
    {
      name: 'one is not enough: a warning on it',
      text: ['Dear Priya,', '', 'I cut p99 latency from 480ms to 95ms on the payments API.'],
      expected: [
        '3:7-3:37 warning "p99 latency from 480ms to 95ms" is the only scale number from your own work; a panel looks for at least 2. Put a number on another claim: a latency, a rate, uptime or money moved.'
      ],
      withMessage: true
    },
    {
      name: 'years, dates, phone numbers, versions, tenure and reference codes are not scale',
      text: [
        'Dear Priya,',
        '',
        'From 2019 to 2023 I worked on Python 3.11 services for six years, then 12 months on REF-20931.',
        'Call me on 07700 900123 before 14 March 2026, or after the 3rd.'
      ],
      expected: ['3:1-4:64 error']
    },
    {
      name: "the employer's figures are not the writer's scale, and the finding says so",
      text: ['Dear Tomasz,', '', 'Quillon serves 9 million customers, and your ledger takes 25,000 writes a second.'],
      expected: [
        '3:1-3:82 error No number shows the scale of your own work ("9 million customers" is not tied to your work and "25,000 writes a second" is the employer\'s figure, not your work): add the volume, rate, latency, money or uptime of a system you ran (e.g. "9,000 writes/s", "p99 from 480ms to 95ms", "£40m a month").'
      ],
      withMessage: true
    },
    {
      name: 'a grade, repositories, office hours and a notice period are not scale',
      text: [
        'I graduated with 82% and maintain more than 30 repositories.',
        'I answer phones from 10 am to 6 pm, and my notice period is one month.'
      ],
      expected: [
        '1:1-2:71 error No number shows the scale of your own work ("82%" is a grade, not a system you ran and "30 repositories" counts things you made, not the load a system carried): add the volume, rate, latency, money or uptime of a system you ran (e.g. "9,000 writes/s", "p99 from 480ms to 95ms", "£40m a month").'
      ],
      withMessage: true
    },
    {
      name: 'a grade written twice is named once',
      text: ['I graduated with a GPA of 80.75%.', 'A GPA of 80.75% took hard work.'],
      expected: [
        '1:1-2:32 error No number shows the scale of your own work ("80.75%" is a grade, not a system you ran): add the volume, rate, latency, money or uptime of a system you ran (e.g. "9,000 writes/s", "p99 from 480ms to 95ms", "£40m a month").'
      ],
      withMessage: true
    },
    {
      name: 'wishes, plans and possibilities are not things done',
      text: [
        'I would love to design a ledger for you that sustains 20,000 writes a second.',
        'I will cut your p99 from 400ms to 80ms, and I could save £200k a year.'
      ],
      expected: [
        '1:1-2:71 error No number shows the scale of your own work ("20,000 writes a second" is a wish, not something you did and "p99 from 400ms to 80ms" is a plan, not something you did): add the volume, rate, latency, money or uptime of a system you ran (e.g. "9,000 writes/s", "p99 from 480ms to 95ms", "£40m a month").'
      ],
      withMessage: true
    },
    {
      name: 'the option raises the bar',
      text: ['Dear Priya,', '', 'We settled £40m a month at 99.97% uptime.'],
      options: {min: 3},
      expected: ['3:12-3:24 warning "£40m a month"']
    }
  ],
  quiet: [
    {
      name: 'money, latency, rates, volumes, multipliers and uptime each count',
      text: ['Dear Priya,', '', 'We settled £40m a month, 9,000 writes/s over a 100M-row table, at 5x the old volume and 99.97% uptime.']
    },
    {name: 'two claims in words and symbols', text: ['I cut costs by sixty percent and latency by 40 per cent.']},
    {name: 'numbers in words', text: ['My team served millions of requests a day, and I halved the p99.']},
    {name: 'a CV-style line and a sentence about the work before it', text: ['- Moved 2 billion events a month onto Kafka.', '', 'I rebuilt the ledger. It now settles £2bn a month.']},
    {name: 'a result the writer then explains', text: ['Latency fell 40% after I rewrote the hot path, and throughput doubled.']}
  ]
})
