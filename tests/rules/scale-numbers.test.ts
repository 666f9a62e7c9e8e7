import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('scale-numbers', {
  fires: [
    {
      name: 'no scale number at all: an error over the body',
      text: ['Dear Priya,', '', 'I have built large-scale systems for many years.', '', 'Yours sincerely,', 'Sam'],
      expected: [
        '3:1-3:49 error No number anywhere shows the scale you work at: add the volume, rate, latency, money or uptime of a system you ran (e.g. "9,000 writes/s", "p99 from 480ms to 95ms", "£40m a month").'
      ],
      withMessage: true
    },
    {
      name: 'one is not enough: a warning on it',
      text: ['Dear Priya,', '', 'I cut p99 latency from 480ms to 95ms on the payments API.'],
      expected: [
        '3:7-3:37 warning "p99 latency from 480ms to 95ms" is the only scale number; a panel looks for at least 2. Put a number on another claim: a latency, a rate, uptime or money moved.'
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
    {name: 'two claims in words and symbols', text: ['I cut costs by sixty percent and latency by 40 per cent.']}
  ]
})
