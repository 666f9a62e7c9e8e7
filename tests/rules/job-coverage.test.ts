import {ruleSuite} from '../helpers/rule-suite.js'

const posting = [
  '# Senior Backend Engineer, Ledger',
  '',
  "## What you'll do",
  '',
  '- Own the double-entry ledger and its zero-downtime schema migrations on PostgreSQL.',
  '- Rebuild the payments-reconciliation service in Go.',
  '- Join the on-call rotation.',
  '',
  '## Nice to have',
  '',
  '- Terraform'
]

const letterStart = ['Dear Ana Ruiz,', '']
const letterEnd = ['', 'Yours sincerely,', 'Sam Lee']

ruleSuite('job-coverage', {
  fires: [
    {
      name: 'the most stressed items the letter leaves out, each with where the posting first says it (the title\'s "Ledger" is a mention of the double-entry ledger)',
      posting,
      text: [...letterStart, 'I rebuilt payment reconciliation in Go at Fernpay, moving £30m a month.', ...letterEnd],
      expected: [
        '3:1-3:72 warning The posting stresses "double-entry ledger" (job.md 1:28, 2 mentions) and the letter never connects to it: if you have done that work, name it and its number, in the posting\'s words.',
        '3:1-3:72 warning The posting stresses "on-call rotation" (job.md 7:12) and the letter never connects to it: if you have done that work, name it and its number, in the posting\'s words.',
        '3:1-3:72 warning The posting stresses "zero-downtime schema migrations" (job.md 5:39) and the letter never connects to it: if you have done that work, name it and its number, in the posting\'s words.'
      ],
      withMessage: true
    },
    {
      name: '`maxMissing` sets how many are reported',
      posting,
      text: [...letterStart, 'I rebuilt payment reconciliation in Go at Fernpay, moving £30m a month.', ...letterEnd],
      options: {maxMissing: 1},
      expected: ['3:1-3:72 warning']
    },
    {
      name: 'nothing could be extracted from the posting: a warning, not a silent 100%',
      posting: ['We are hiring!', '', 'Come and join us. Apply today.'],
      text: [...letterStart, 'I rebuilt payment reconciliation in Go at Fernpay.', ...letterEnd],
      expected: [
        '3:1-3:51 warning Nothing could be extracted from the posting job.md: it names no technology and no responsibility cover-lint recognises, so the letter cannot be checked against it. Is it the job description itself?'
      ],
      withMessage: true
    }
  ],
  quiet: [
    {
      name: 'without a posting the rule does not run',
      text: [...letterStart, 'I write React components.', ...letterEnd]
    },
    {
      name: 'a letter that connects to every item, in its own words',
      posting,
      text: [
        ...letterStart,
        'I rebuilt payments reconciliation in Go and own our double entry ledger on Postgres, whose schema migrations run with zero downtime.',
        '',
        'I am on the on-call rota and wrote our Terraform modules.',
        ...letterEnd
      ]
    },
    {
      name: '`maxMissing` 0 reports nothing',
      posting,
      text: [...letterStart, 'I write React components.', ...letterEnd],
      options: {maxMissing: 0}
    }
  ]
})
