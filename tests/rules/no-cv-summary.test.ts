import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('no-cv-summary', {
  fires: [
    {
      name: 'duties, an inventory and a date range',
      text: ['At Acme (2019-2023) I was responsible for backend services.', 'I am proficient in Java, Python, SQL and AWS.'],
      expected: [
        '1:10-1:19 warning "2019-2023" is CV chronology: the CV carries the dates; use the letter for what you built and what it changed.',
        '1:23-1:42 warning "was responsible for" is how a CV describes a job: say what you did and what changed because of it, with a number.',
        '2:6-2:45 warning "proficient in" followed by a list is a skills inventory, which the CV already has: pick the one skill this role needs most and show it in use.'
      ],
      withMessage: true
    },
    {
      name: 'a bulleted list in the body: one finding over the whole list',
      text: ['Dear Priya,', '', 'My strengths:', '', '- ledgers', '- reconciliation', '- settlement', '', 'Yours sincerely,', 'Sam'],
      expected: [
        '5:3-7:13 warning A bulleted list of 3 items (from "ledgers") reads as the CV again: turn the strongest item into a sentence with its number and drop the rest.'
      ],
      withMessage: true
    },
    {name: 'a list of duties', text: ['My duties were code reviews and deployments.'], expected: ['1:4-1:15 warning "duties were"']},
    {name: 'a month range to the present', text: ['I have led the team from Jan 2020 to present.'], expected: ['1:26-1:45 warning "Jan 2020 to present"']},
    {name: 'an inventory of short items that are not technologies', text: ['I have experience with ledgers, settlement, and reconciliation.'], expected: ['1:8-1:63 warning "experience with ledgers, settlement, and reconciliation"']},
    {
      name: 'an inventory of short items, two of them technologies: quoted to its end',
      text: ['I have skills in web work with Agile, Git, Testing and CI.'],
      expected: ['1:8-1:58 warning "skills in web work with Agile, Git, Testing and CI"']
    }
  ],
  quiet: [
    {name: 'a story, not a list', text: ['I rebuilt the settlement service that now clears £40m a month.']},
    {name: '"experience with" one thing', text: ['My experience with Postgres partitioning saved us a migration.']},
    {name: 'a single year', text: ['In 2019 I joined the payments team.']},
    {name: 'phrases joined by "and" without a comma list', text: ['I have experience in taking leadership roles and speaking both publicly and one-on-one.']},
    {name: '"fulfil my duties" says nothing of a job description', text: ['I was glad to fulfil my duties on the pager while we rebuilt the ledger.']}
  ]
})
