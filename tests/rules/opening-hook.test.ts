import {ruleSuite} from '../helpers/rule-suite.js'

const body = ['', 'I ran the on-call rota and wrote the postmortems.', '', 'Yours sincerely,', 'Sam']

ruleSuite('opening-hook', {
  fires: [
    {
      name: 'a stock opener that names nothing: points at the opener',
      text: ['Dear Priya,', '', 'I am writing to apply for the Senior Backend Engineer role at your company.', ...body],
      expected: [
        '3:1-3:22 warning "I am writing to apply" spends the opening on what the panel already knows, and the paragraph names nothing you built: open with a system you shipped and its number (volume, latency, money).'
      ],
      withMessage: true
    },
    {
      name: 'a number that is about them, not the writer',
      text: ['Dear Priya,', '', 'Ledgerline serves 10M customers across Europe, which is why this role appeals.', ...body],
      expected: [
        '3:19-3:32 warning "10M customers" in the opening is not tied to your work: say what you built or ran that moved it ("I led...", "my team cut...").'
      ],
      withMessage: true
    },
    {
      name: 'no number and no stock opener: points at the first sentence',
      text: ['Dear Priya,', '', 'Payments infrastructure has interested me since university. I like hard problems.', ...body],
      expected: [
        '3:1-3:60 warning The opening ("Payments infrastructure has interested me since…") has no number from your own work: open with the system you shipped and its scale (volume, latency, money) so the panel reads on.'
      ],
      withMessage: true
    }
  ],
  quiet: [
    {
      name: 'a note above a placeholder greeting is not the opening',
      text: ['Note to self: send this before Friday.', '', '[HIRING MANAGER],', '', 'I moved £38m a month onto an event-driven Go service last year.', ...body]
    },
    {
      name: 'opens with a number from the writer\'s own work',
      text: ['Dear Priya,', '', 'I moved £38m a month onto an event-driven Go service last year.', ...body]
    },
    {
      name: 'a stock opener followed by a number from the writer\'s work in the same paragraph',
      text: ['Dear Priya,', '', 'I am writing to apply for the Platform role. At Northwind my team cut p99 from 620ms to 110ms.', ...body]
    }
  ]
})
