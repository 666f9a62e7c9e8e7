import {ruleSuite} from '../helpers/rule-suite.js'

const paragraph = 'I moved the ledger to a partitioned schema and ran its on-call rota for three years.'

ruleSuite('paragraph-count', {
  fires: [
    {
      name: 'one block of text: points at the body',
      text: ['Dear Priya,', '', paragraph, '', 'Yours sincerely,', 'Sam'],
      expected: [
        '3:1-3:85 warning The body is one paragraph; split it into three: the hook with your number, the evidence (operations, databases), and the close.'
      ],
      withMessage: true
    },
    {
      name: 'too many paragraphs: points from the first one over the limit',
      text: ['Dear Priya,', '', paragraph, '', paragraph, '', paragraph, '', paragraph, '', paragraph, '', 'Sam'],
      expected: [
        '11:1-11:85 warning The body has 5 paragraphs; keep it to 4 at most (three reads best). Merge or cut from paragraph 5 on: one hook, one paragraph of evidence, one close.'
      ],
      withMessage: true
    },
    {
      name: 'options change the range',
      text: ['Dear Priya,', '', paragraph, '', paragraph, '', paragraph],
      options: {min: 1, max: 2},
      expected: ['7:1-7:85 warning']
    }
  ],
  quiet: [
    {name: 'three paragraphs between greeting and sign-off', text: ['Dear Priya,', '', paragraph, '', paragraph, '', paragraph, '', 'Yours sincerely,', 'Sam']},
    {
      name: 'a bulleted list counts as one paragraph and headings not at all',
      text: ['Dear Priya,', '', '## Why Ledgerline', '', paragraph, '', '- one', '- two', '- three', '- four', '', paragraph, '', 'Yours sincerely,', 'Sam']
    },
    {name: 'a greeting glued to the first paragraph is still a greeting', text: ['Dear Priya,', paragraph, '', paragraph, '', paragraph, 'Best regards,', 'Sam'], format: 'text'}
  ]
})
