import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {root} from '../helpers/cli.js'
import {lintLines} from '../helpers/lint.js'
import {ruleSuite} from '../helpers/rule-suite.js'

const over = (count: number) => `. With ${count} misspelt words (more than 2) the letter is kept off the shortlist: a panel stops reading at typos`

const britishLetter = [
  'Dear Priya Shah,',
  '',
  "I optimised the colour-coded ledger views, analysed every query plan, and travelled to the Lincoln Centre team's offsite; the centre of my work is modelling payments.",
  '',
  'Yours sincerely,',
  'Sam Okafor'
]
const americanLetter = britishLetter.map((line) =>
  line.replace('optimised', 'optimized').replace('colour', 'color').replace('analysed', 'analyzed').replace('travelled', 'traveled').replace('the centre', 'the center').replace('modelling', 'modeling')
)

ruleSuite('spelling', {
  fires: [
    {
      name: 'typos, each at its place with the words meant; more than two misspelt words are errors',
      text: [
        'Dear Priya Shah,',
        '',
        "At Ledgerline I moved the Bnak's settlement feed onto Postgress and recieved a 40% cut in p99 latency.",
        '',
        'I would like to discus the migration and my werk on Kafka with your team.',
        '',
        'Yours sincerely,',
        'Sam Okafor'
      ],
      expected: [
        `3:27-3:33 error "Bnak's" is misspelt: "Bank's" (or "Beak's")${over(5)}`,
        `3:55-3:64 error "Postgress" is misspelt: "Postgres"${over(5)}`,
        `3:69-3:77 error "recieved" is misspelt: "received" (or "relieved")${over(5)}`,
        `5:17-5:23 error "discus" means the disc thrown in athletics; you probably meant "discuss"${over(5)}`,
        `5:45-5:49 error "werk" is misspelt: "work" (or "week", "weak")${over(5)}`
      ],
      withMessage: true
    },
    {
      name: 'one or two misspelt words are warnings, however often each is repeated',
      text: ['I recieved the pager alert and recieved the runbook; then I fixed the Kuberntes probe.'],
      expected: [
        '1:3-1:11 warning "recieved" is misspelt: "received" (or "relieved")',
        '1:32-1:40 warning "recieved" is misspelt: "received" (or "relieved")',
        '1:71-1:80 warning "Kuberntes" is misspelt: "Kubernetes"'
      ],
      withMessage: true
    },
    {
      name: 'a capital at the start of a sentence, a part of a hyphenated word, a name written in lower case',
      text: [
        'Dear Priya Shah,',
        '',
        'Recieved wisdom says a payments-reconcilation rewrite takes a year; we shipped it in london in five months.',
        '',
        'Kind regards,',
        'Sam Okafor'
      ],
      expected: ['3:1-3:9 error "Recieved"', '3:33-3:46 error "reconcilation"', '3:86-3:92 error "london"']
    },
    {
      name: 'American spellings in a British letter (the default) get the British form',
      text: americanLetter,
      expected: [
        '3:3-3:12 warning "optimized" is the American spelling: "optimised" in a British letter (or set "locale": "en-US" in your config)',
        '3:17-3:22 warning "color" is the American spelling: "colour" in a British letter (or set "locale": "en-US" in your config)',
        '3:43-3:51 warning "analyzed" is the American spelling: "analysed" in a British letter (or set "locale": "en-US" in your config)',
        '3:74-3:82 warning "traveled" is the American spelling: "travelled" in a British letter (or set "locale": "en-US" in your config)',
        '3:125-3:131 warning "center" is the American spelling: "centre" in a British letter (or set "locale": "en-US" in your config)',
        '3:146-3:154 warning "modeling" is the American spelling: "modelling" in a British letter (or set "locale": "en-US" in your config)'
      ],
      withMessage: true
    },
    {
      name: 'British spellings in an American letter get the American form',
      text: britishLetter,
      options: {locale: 'en-US'},
      expected: [
        '3:3-3:12 warning "optimised" is the British spelling: "optimized" in an American letter (or set "locale": "en-GB" in your config)',
        '3:17-3:23 warning "colour" is the British spelling: "color" in an American letter (or set "locale": "en-GB" in your config)',
        '3:44-3:52 warning "analysed" is the British spelling: "analyzed" in an American letter (or set "locale": "en-GB" in your config)',
        '3:75-3:84 warning "travelled" is the British spelling: "traveled" in an American letter (or set "locale": "en-GB" in your config)',
        '3:127-3:133 warning "centre" is the British spelling: "center" in an American letter (or set "locale": "en-GB" in your config)',
        '3:148-3:157 warning "modelling" is the British spelling: "modeling" in an American letter (or set "locale": "en-GB" in your config)'
      ],
      withMessage: true
    },
    {
      name: 'the other locale\'s spellings are not misspellings: many of them stay warnings',
      text: ['We organized, prioritized, standardized and modernized the catalog.'],
      expected: [
        '1:4-1:13 warning "organized"',
        '1:15-1:26 warning "prioritized"',
        '1:28-1:40 warning "standardized"',
        '1:45-1:55 warning "modernized"',
        '1:60-1:67 warning "catalog"'
      ]
    },
    {
      name: 'a word the posting does not write is checked (the quiet case below gives the posting)',
      text: ['I would own ledgerd, the settlement service, from its first on-call shift.'],
      expected: ['1:13-1:20 warning "ledgerd" is misspelt: "ledgers" (or "ledger")'],
      withMessage: true
    },
    {
      name: 'a word that is not the user\'s is still checked (the quiet case below gives the dictionary)',
      text: ['I run the quorvex scheduler.'],
      expected: ['1:11-1:18 warning "quorvex" is not in the dictionary: check its spelling, or add it to "dictionary" in your config if it is right'],
      withMessage: true
    },
    {
      name: 'words the parser sees through Markdown emphasis and links keep their places; a link of several words is prose',
      text: ['I **recieved** the [Postgress docs](https://example.com/docs) award.'],
      expected: ['1:5-1:13 warning "recieved"', '1:21-1:30 warning "Postgress"']
    },
    {
      name: 'compounds are read part by part when their solid form is no word; handles and tags only after their sign',
      text: ['I re-archtected the co-locatd cache, and re-organized the oncal team; follow @sokafor and #oncal.'],
      expected: ['1:6-1:16 error "archtected"', '1:24-1:30 error "locatd"', '1:45-1:54 warning "organized"', '1:59-1:64 error "oncal"']
    },
    {
      name: 'a one-word link text is only a name inside the link',
      text: ['I wrote ledgerwatchd, see [ledgerwatchd](https://example.com/daemon).'],
      expected: ['1:9-1:21 warning "ledgerwatchd"']
    }
  ],
  quiet: [
    {
      name: 'names of people, companies and products, the field\'s words, addresses, code, the address block and the signature',
      text: [
        'Sam Okafor',
        '14 Quayside Mews, Gateshead NE8 2BQ',
        'sam.okafor@example.com · github.com/sokafor',
        '',
        'Dear Ms Abernathy-Nkemelu,',
        '',
        "Tallyhook's payments team is why I am writing. At Zephyrine, with Oluwaseun Adebayo and Siobhán Ní Bhriain, I ran PostgreSQL 16, Kubernetes, Kafka, gRPC and Terraform for a ledger of 9,000 writes/s at p99 40ms. Our SLOs, Sev-1 runbooks, MTTR of 22 minutes, idempotency keys on every payout API and pgvector-backed retrieval with evals are in my notes at https://sokafor.dev/posts/idempotent-payouts and in `pg_stat_statements` output. I backfilled 100M-row tables, ran blameless postmortems and cut p95 by 62%. Monzo, Revolut and Starling engineers reviewed the design, e.g. the outbox and the dual-write cutover.",
        '',
        'Yours sincerely,',
        'Sam Okafor',
        'Principal Engineer, Zephyrine Ltd'
      ]
    },
    {name: 'an American letter with "locale": "en-US"', text: americanLetter, options: {locale: 'en-US'}},
    {name: 'a British letter, by default', text: britishLetter},
    {
      name: 'words the posting writes (its products, its company) are known',
      posting: ['# Senior Backend Engineer, Settlements', '', 'You will own ledgerd, our settlement service, and its on-call rotation.'],
      text: ['I would own ledgerd, the settlement service, from its first on-call shift.']
    },
    {name: 'the user\'s own words, in any case', text: ['I run the Quorvex scheduler; quorvex pages me.'], options: {dictionary: ['quorvex']}},
    {
      name: 'code blocks, HTML comments and front matter',
      text: ['---', 'title: recieved', '---', '', '<!-- werk in progress -->', '', '```', 'recieved = werk()', '```', '', 'The ledger is done.']
    },
    {
      name: 'contractions, possessives, accents and curly apostrophes',
      text: ['I’m sure the team’s café-style résumé reviews weren’t naïve; engineers’ on-call notes don\'t lie.']
    },
    {
      name: 'a link whose whole text is one word names what it links to (a site, a repository), run together or not',
      text: ['My notes on [_pgvectorscale_](https://example.com/notes) and the [ledgerwatchd](https://example.com/daemon) daemon are public.']
    },
    {
      name: 'compounds whose solid form is a word, handles and tags',
      text: ['I re-architected the payouts service, co-founded our guild and de-risked the cut-over; I am @sokafor, and I post under #oncallnotes.']
    },
    {
      name: 'the names in the letter\'s own web and e-mail addresses, written in its prose',
      text: ['My daemon ledgerd (github.com/sokafor/ledgerd) and the crate ledgerd-core are mine; write to sam@okaforlabs.dev, or see okaforlabs.'],
    },
    {
      name: 'a capitalised word inside a sentence is a name, whatever it looks like',
      text: ['I worked with Adeyemi at Kestrel Quillworks on the Castillo account and the Lincoln Center project.']
    }
  ]
})

/** The suggestions a finding carries in `expected` (what an editor's quick fix applies), by word. */
function suggestions(lines: readonly string[], options?: Record<string, unknown>): string[] {
  const result = lintLines(lines, options ? {rules: {spelling: {options}}} : {})
  return result.messages.filter((message) => message.ruleId === 'spelling').map((message) => `${message.line}:${message.column} ${message.actual} ${JSON.stringify(message.expected)}`)
}

describe('spelling suggestions in expected', () => {
  const typos = [
    'Dear Priya Shah,',
    '',
    "At Ledgerline I moved the Bnak's settlement feed onto Postgress and recieved a 40% cut in p99 latency.",
    '',
    'I would like to discus the migration and my werk on Kafka with your team; I optimize every query.',
    '',
    'Yours sincerely,',
    'Sam Okafor'
  ]

  it('each typo has the words likely meant, best first; an American spelling in a British letter has the British form', () => {
    expect(suggestions(typos)).toEqual([
      `3:27 Bnak's ["Bank's","Beak's"]`,
      '3:55 Postgress ["Postgres"]',
      '3:69 recieved ["received","relieved"]',
      '5:17 discus ["discuss"]',
      '5:45 werk ["work","week","weak","weer"]',
      '5:77 optimize ["optimise"]'
    ])
  })

  it('in an American letter the typos are the same and the British spelling gets the American form', () => {
    const british = typos.map((line) => line.replace('optimize', 'optimise'))
    expect(suggestions(british, {locale: 'en-US'}).slice(-1)).toEqual(['5:77 optimise ["optimize"]'])
    expect(suggestions(british, {locale: 'en-US'})).toHaveLength(6)
  })

  it('a word with no likely spelling near it has no expected', () => {
    expect(suggestions(['I run the quorvex scheduler.'])).toEqual(['1:11 quorvex undefined'])
  })
})

describe('several misspellings keep a letter off the shortlist', () => {
  const strong = readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8')
  const two = strong.replace('describes', 'descibes').replace('unglamorous half', 'unglamorous halff')
  const three = two.replace('designed the', 'desinged the')
  const read = (text: string) => {
    const result = lint(text, {filePath: 'strong.md'})
    return [result.verdict, result.messages.map((message) => `${message.ruleId} ${message.severity} ${message.line}:${message.column} ${message.actual}`)]
  }

  it('two typos in a strong letter are warnings, and it is still shortlisted', () => {
    expect(read(two)).toEqual(['shortlist', ['spelling warning 7:14 descibes', 'spelling warning 9:36 halff']])
  })

  it('a third makes each an error, and the letter is not shortlisted', () => {
    expect(read(three)).toEqual(['maybe', ['spelling error 7:14 descibes', 'spelling error 9:36 halff', 'spelling error 9:123 desinged']])
  })
})
