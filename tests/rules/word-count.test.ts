import {ruleSuite} from '../helpers/rule-suite.js'

const words = (count: number, word = 'ledger'): string => Array.from({length: count}, () => word).join(' ')

ruleSuite('word-count', {
  fires: [
    {
      name: 'over the limit: points from the first word past it to the last word',
      text: ['Dear Priya,', '', `${words(360)}.`],
      // Word 351 is body word 349 (the greeting has two): column 348 * 7 + 1; the last word ends at 360 * 7.
      expected: [
        `3:${348 * 7 + 1}-3:${360 * 7} error The letter is 362 words; the limit is 350. Cut 12: from "ledger ledger ledger ledger" on, a panel has stopped reading. Keep what proves scale, operations and depth; drop what the CV already says.`
      ],
      withMessage: true
    },
    {
      name: 'under the minimum: points at the body',
      text: ['Dear Priya,', '', 'I shipped the ledger.', '', 'Yours sincerely,', 'Sam'],
      expected: [
        '3:1-3:22 warning The letter is 9 words, too few to prove anything (aim for 100-350): add the system you shipped, its scale in numbers, and how you ran it in production.'
      ],
      withMessage: true
    },
    {
      name: 'options change the limits',
      text: ['Dear Priya,', '', `${words(40)}.`],
      options: {max: 30, min: 10},
      expected: [`3:${28 * 7 + 1}-3:${40 * 7} error`]
    }
  ],
  quiet: [
    {name: 'within the limits', text: ['Dear Priya,', '', `${words(200)}.`, '', 'Yours sincerely,', 'Sam Okafor']},
    {
      name: 'the address block, front matter and code are not counted',
      text: ['---', `notes: ${words(300)}`, '---', '', 'Priya Shah', 'Ledgerline', '', 'Dear Priya,', '', `${words(300)}.`, '', '```', words(200), '```']
    }
  ]
})
