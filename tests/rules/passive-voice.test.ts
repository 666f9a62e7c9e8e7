import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('passive-voice', {
  fires: [
    {
      name: 'a passive that hides who did the work, regular and irregular, as info',
      text: ['Dear Priya Shah,', '', 'The checkout service was rebuilt in Go and p99 latency was reduced from 900ms to 140ms.'],
      expected: [
        '3:22-3:33 info "was rebuilt" does not say who did it: if it was you, say so ("I rebuilt ..."); a panel credits the work to whoever the sentence names.',
        '3:56-3:67 info "was reduced" does not say who did it: if it was you, say so ("I reduced ..."); a panel credits the work to whoever the sentence names.'
      ],
      withMessage: true
    },
    {
      name: 'after "has been", with an adverb between, and a measure after "by"',
      text: ['The ledger has been written twice. Costs were quickly reduced by 40% and the runbook was adopted by a factor of three teams.'],
      expected: ['1:16-1:28 info "been written"', '1:42-1:62 info "were quickly reduced"', '1:86-1:97 info "was adopted"']
    },
    {
      name: 'the past tense in the advice for an irregular participle',
      text: ['The migration plan was written before the freeze.'],
      expected: ['1:20-1:31 info "was written" does not say who did it: if it was you, say so ("I wrote ..."); a panel credits the work to whoever the sentence names.'],
      withMessage: true
    },
    {
      name: 'work done, beside recognition and a measured outcome in the same sentence',
      text: ['The ledger was rebuilt and then praised by the auditors, and I measured how many writes were lost: the cache was removed.'],
      expected: ['1:12-1:23 info "was rebuilt"', '1:110-1:121 info "was removed"']
    }
  ],
  quiet: [
    {
      name: 'the writer as the subject, and a doer named after "by"',
      text: ['I was promoted twice, we were acquired in 2023, and I have often been asked to lead incidents. The runbook was adopted by three teams.']
    },
    {
      name: 'states, feelings and plans',
      text: [
        'The service is written in Go and was based in Leeds. The team was excited, the work was needed,',
        'and the ledger will be sharded next year. I would love to be considered. The company was founded in 2015.'
      ]
    },
    {
      name: 'active voice, and words in -ed that are not participles',
      text: ['I reduced p99 latency from 900ms to 140ms. The queue was red for a day, and the fix was indeed simple.']
    },
    {
      name: 'recognition, whose doer is someone else by its nature',
      text: [
        'Our team was commended for finishing early, my designs have been published in two journals, and the lab has long been',
        'acknowledged as a leader. I was awarded a grant.'
      ]
    },
    {
      name: 'an outcome measured or described, and admiration for what others built',
      text: [
        'I measured how many particles were deflected, checked whether the SLOs were met, and was struck by what has been achieved',
        'at Ledgerline.'
      ]
    },
    {
      name: 'participles the config ignores',
      options: {ignore: ['deployed']},
      text: ['The ledger was deployed to three regions.']
    }
  ]
})
