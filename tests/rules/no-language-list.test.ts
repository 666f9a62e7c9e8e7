import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('no-language-list', {
  fires: [
    {
      name: 'a list of seven in one sentence: an error from the first to the last',
      text: ['I am fluent in Go, Rust, Java, Kotlin, Scala, Python and TypeScript.'],
      expected: [
        '1:16-1:68 error This sentence lists 7 languages and frameworks (Go, Rust, Java, Kotlin, Scala, Python and TypeScript): a panel wants depth on two. Keep the ones this role uses and tie each to something you built with it.'
      ],
      withMessage: true
    },
    {
      name: 'variants are one language, and frameworks count',
      text: ['I write Golang, Go, Django, Rails and React every week.'],
      expected: ['1:9-1:44 error "Golang, Go, Django, Rails and React"']
    },
    {
      name: 'spread over the letter: a warning at the fifth language',
      text: ['I write Go daily.', '', 'Before that, Java.', '', 'At university I used Python and C.', '', 'Now I am learning Rust.'],
      expected: [
        '7:19-7:23 warning "Rust" is programming language number 5 in this letter (Go, Java, Python, C and Rust): name the two this role needs and show depth in them.'
      ],
      withMessage: true
    },
    {name: 'a tighter max', text: ['I use Go, Rust and Python.'], options: {max: 2}, expected: ['1:7-1:26 error "Go, Rust and Python"']},
    {
      name: 'a .NET stack: C#/.NET is one item, ASP.NET, Blazor and NodeJS are frameworks',
      text: ['I build with C#/.NET, ASP.NET Core, Blazor and NodeJS.'],
      expected: [
        '1:14-1:54 error This sentence lists 4 languages and frameworks (C#/.NET, ASP.NET, Blazor and Node.js): a panel wants depth on two. Keep the ones this role uses and tie each to something you built with it.'
      ],
      withMessage: true
    },
    {
      name: 'a Classic ASP list',
      text: ['I maintained Classic ASP, VBScript, Entity Framework and WPF screens.'],
      expected: ['1:14-1:61 error "Classic ASP, VBScript, Entity Framework and WPF"']
    },
    {
      name: 'years or versions in brackets after each item do not break the list',
      text: ['I have written Java (2019), Go (five years), Python (three) and Kotlin 1.9.'],
      expected: ['1:16-1:71 error "Java (2019), Go (five years), Python (three) and Kotlin"']
    }
  ],
  quiet: [
    {name: 'depth on two', text: ['I write Go and Python; the settlement engine I rewrote in Go handles 9,000 writes/s.']},
    {
      name: 'English words that are also language names',
      text: ['I go to the office; rust on the bike; a swift reply; a ruby ring; a C grade in maths.']
    },
    {name: 'databases and cloud are not languages', text: ['We run PostgreSQL, Redis, Kafka, Kubernetes and AWS.']},
    {name: 'platforms and tools are not languages', text: ['I shipped it to Android and iOS through GitHub Actions, Fastlane and Sentry.']},
    {
      name: 'a long aside ends the list',
      text: ['I wrote Go (for the ledger that settles every card payment we take) and later Rust, Python and Java.']
    }
  ]
})
