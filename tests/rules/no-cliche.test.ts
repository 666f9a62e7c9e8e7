import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('no-cliche', {
  fires: [
    {
      name: 'each cliché, with the words it points at and what to do instead',
      text: [
        'Dear Priya Shah,',
        '',
        'I am a passionate, results-driven engineer and a team player.',
        'I believe I would be a great fit for the Ledger team.'
      ],
      expected: [
        '3:8-3:18 warning "passionate" tells a panel nothing: show it with a system you shipped and its number instead.',
        '3:20-3:34 warning "results-driven" is a label, not a result: state the result, with its number.',
        '3:50-3:61 warning "team player" is claimed by everyone: name a team outcome you drove (an incident you led, a migration you coordinated).',
        '4:1-4:33 warning "I believe I would be a great fit" is for the panel to decide: show the overlap instead (their problem, the same problem you solved).'
      ],
      withMessage: true
    },
    {
      name: 'the longest phrase wins, across a line break and in any case',
      text: ['I am Passionate', 'about payments, and thrive in a Fast Paced Environment.'],
      expected: ['1:6-2:6 warning "Passionate about"', '2:33-2:55 warning "Fast Paced Environment"']
    },
    {
      name: 'inside emphasis the position still points into the file',
      text: ['I am **passionate about** ledgers.'],
      expected: ['1:8-1:24 warning "passionate about"']
    }
  ],
  quiet: [
    {
      name: 'specific prose',
      text: ['I moved £38m a month onto an event-driven Go service and cut p99 from 620ms to 110ms.']
    },
    {
      name: 'a cliché quoted in inline code is an example, not a claim',
      text: ['My coach bans `passionate about` in every draft, so I show the work instead.']
    },
    {
      name: 'clichés inside code, HTML comments and front matter',
      text: [
        '---',
        'title: passionate about letters',
        '---',
        '',
        'My style guide bans `team player` and this:',
        '',
        '<!-- passionate about synergy -->',
        '',
        '```',
        'results-driven self-starter',
        '```'
      ]
    },
    {
      name: 'words that only contain a cliché',
      text: ['Compassionate on-call handovers and player statistics pipelines.']
    }
  ]
})
