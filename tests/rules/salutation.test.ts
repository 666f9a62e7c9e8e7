import {ruleSuite} from '../helpers/rule-suite.js'

const body = ['', 'I moved £38m a month onto the new ledger.', '']

ruleSuite('salutation', {
  fires: [
    {
      name: 'a greeting that names nobody, and the UK pairing after it',
      text: ['Dear Sir or Madam,', ...body, 'Yours sincerely,', 'Sam'],
      expected: [
        '1:1-1:18 warning "Dear Sir or Madam" tells the panel you did not find out who reads this: address the hiring manager by name (the job ad, LinkedIn, or ask the recruiter).',
        '5:1-5:16 warning "Yours sincerely" after an unnamed greeting: in the UK "Dear Sir or Madam" closes "Yours faithfully" (better: find the name and keep "Yours sincerely").'
      ],
      withMessage: true
    },
    {
      name: 'a named greeting closed "Yours faithfully"',
      text: ['Dear Ms Shah,', ...body, 'Yours faithfully,', 'Sam'],
      expected: ['5:1-5:17 warning "Yours faithfully" after a greeting by name: in the UK a named greeting closes "Yours sincerely".'],
      withMessage: true
    },
    {name: 'to whom it may concern', text: ['To whom it may concern,', ...body, 'Best regards,', 'Sam'], expected: ['1:1-1:23 warning "To whom it may concern"']}
  ],
  quiet: [
    {name: 'named, closed sincerely', text: ['Dear Priya Shah,', ...body, 'Yours sincerely,', 'Sam']},
    {name: 'unnamed, closed faithfully', text: ['Dear Hiring Manager,', ...body, 'Yours faithfully,', 'Sam']},
    {name: 'no greeting at all', text: [...body, 'Kind regards,', 'Sam']}
  ]
})
