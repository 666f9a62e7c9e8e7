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
      name: 'the recruiter\'s other groans, each with its own advice',
      text: [
        'I always go the extra mile and will add value from day one.',
        'I love solving complex problems and thrive under pressure.',
        'I am eager to learn and a valuable asset.'
      ],
      expected: [
        '1:10-1:27 warning "go the extra mile" is what everyone promises: name the time you did more than asked (a weekend migration, a tool nobody requested) and what it saved.',
        '1:37-1:59 warning "add value from day one" is a promise every applicant makes: say what you would ship in your first months and why you can (you have done it before, with its number).',
        '2:8-2:32 warning "solving complex problems" is claimed in every letter: describe one hard problem you solved, what made it hard and the number that changed.',
        '2:37-2:58 warning "thrive under pressure" is a claim, not evidence: name the incident or deadline and what you did in it.',
        '3:6-3:20 warning "eager to learn" is what every applicant says: show something you learned on your own and what you built with it.',
        '3:27-3:41 warning "valuable asset" is for the panel to judge: show the two or three things you are strongest at, with what you built.'
      ],
      withMessage: true
    },
    {
      name: 'their variants',
      text: ['Going above and beyond, I was adding value and tackling complex problems as a seasoned engineer.'],
      expected: ['1:1-1:23 warning "Going above and beyond"', '1:31-1:43 warning "adding value"', '1:48-1:73 warning "tackling complex problems"', '1:79-1:96 warning "seasoned engineer"']
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
      name: 'the plain words inside those phrases',
      text: ['I have owned the ledger from day one of the project, added a value column to the schema and cut a complex query from 2s to 40ms.']
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
