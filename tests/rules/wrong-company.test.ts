import {describe, expect, it} from 'vitest'
import type {CompanyOptions} from '../../src/letter/companies.js'
import {lint} from '../../src/lint.js'
import {ruleSuite} from '../helpers/rule-suite.js'

const globex = {name: 'Globex Logistics', source: 'the company of another application (applications/globex/job.md)'}
const acme: CompanyOptions = {company: 'Acme Payments', others: [globex]}
const opening = 'Dear Priya Shah,'
const body = 'At Acme Payments the ledger settles 9,000 payouts a minute, and I have run one like it.'
const posting = ['# Senior Backend Engineer, Ledger', '', '**Acme Payments Ltd** · London · £100,000', '', 'Acme Payments settles card payouts for 9,000 merchants.']

ruleSuite('wrong-company', {
  fires: [
    {
      name: "the last application's company in a copied closing line, with the right name to write instead",
      companies: acme,
      text: [opening, '', body, '', 'I would be glad to bring that experience to Globex Logistics.'],
      expected: [
        '5:45-5:61 error This letter is for Acme Payments, but here it names Globex Logistics, the company of another application (applications/globex/job.md): a line copied from another letter? Write Acme Payments here, or cut it.'
      ],
      withMessage: true
    },
    {
      name: 'case and a legal suffix do not hide a name; the suffix is part of the words to replace',
      companies: acme,
      text: ['Re: Senior Backend Engineer, GLOBEX LOGISTICS LTD', '', opening, '', body, '', 'I admire globex logistics plc.'],
      expected: ['1:30-1:50 error "GLOBEX LOGISTICS LTD"', '7:10-7:30 error "globex logistics plc"']
    },
    {
      name: 'in a sign-off line, a possessive, and a name broken over two lines',
      companies: acme,
      text: [opening, '', `${body} Globex Logistics's routing team taught me that.`, '', 'I would like to join Globex', 'Logistics next year.', '', 'With best wishes to everyone at Globex Logistics,', 'Casey Doyle'],
      expected: ['3:89-3:105 error "Globex Logistics"', '5:22-6:10 error "Globex Logistics"', '8:33-8:49 error "Globex Logistics"']
    },
    {
      name: 'a one-word company from the companies list, written as a name',
      companies: {company: 'Acme Payments', others: [{name: 'Initech', source: 'one of the "companies" in .coverlintrc.json'}]},
      text: [opening, '', body, '', 'Initech is where I want to grow.'],
      expected: [
        '5:1-5:8 error This letter is for Acme Payments, but here it names Initech, one of the "companies" in .coverlintrc.json: a line copied from another letter? Write Acme Payments here, or cut it.'
      ],
      withMessage: true
    },
    {
      name: "a company's own APIs, in its possessive, are still that company, and so is its cloud in lower case",
      companies: {company: 'Acme Payments', others: [globex, {name: 'OpenAI', source: 'x'}]},
      text: [opening, '', body, '', "I would like to design Globex Logistics's APIs and the OpenAI cloud."],
      expected: ['5:24-5:40 error "Globex Logistics"', '5:56-5:62 error "OpenAI"']
    },
    {
      name: "another application's folder name, where the letter writes it as a name",
      companies: {company: 'Acme Payments', others: [{name: 'globex', source: 'the company of another application (applications/globex/)', fromFolder: true}]},
      text: [opening, '', body, '', 'Thank you, Globex, for reading.'],
      expected: ['5:12-5:18 error "Globex"']
    },
    {
      name: 'the right company named nowhere, when the posting says which it is',
      posting,
      text: [opening, '', 'I have run a ledger that settles 9,000 payouts a minute.'],
      expected: [
        '3:1-3:57 warning The letter never names Acme Payments, the company it is for (the posting job.md names it): say why Acme Payments, with something specific from its posting or product.'
      ],
      withMessage: true
    },
    {
      name: 'named nowhere, when config says which it is; a wrong name does not count as naming it',
      companies: acme,
      text: [opening, '', 'I would be glad to bring my ledger work to Globex Logistics.'],
      expected: ['3:1-3:61 warning', '3:44-3:60 error "Globex Logistics"']
    },
    {
      name: "the letter's front matter wins over config: this letter is for Globex Logistics",
      companies: {company: 'Acme Payments', others: [{name: 'Acme Payments', source: 'the company of another application (applications/acme/job.md)'}]},
      text: ['---', 'company: "Globex Logistics"', '---', '', opening, '', 'Globex Logistics moves parcels; at Acme Payments I moved money.'],
      expected: ['7:36-7:49 error "Acme Payments"']
    },
    {
      name: "known only from its folder, the right name to write is the letter's own spelling of it",
      companies: {folder: 'acme-payments', others: [globex]},
      text: [opening, '', 'ACME Payments settles payouts; so did Globex Logistics.'],
      expected: ['3:39-3:55 error "Globex Logistics"']
    }
  ],
  quiet: [
    {name: 'no company known: nothing to compare with', text: [opening, '', 'I would be glad to bring that experience to Globex Logistics.']},
    {
      name: 'the right company in any case, with a legal suffix, and shortened to its first word',
      companies: acme,
      text: ['Re: ACME PAYMENTS LTD', '', opening, '', body, '', "I would like to bring that to Acme's ledger team and to acme payments plc."]
    },
    {
      name: 'a company that shares a word with the right one ("Acme" in "Acme Payments")',
      companies: {company: 'Acme Payments', others: [{name: 'Acme', source: 'the company of another application (applications/acme/)'}, globex]},
      text: [opening, '', body, '', 'I would like to bring that to Acme and its ledger team.']
    },
    {
      name: 'the right company named inside a longer name is not the other company',
      companies: {company: 'Acme', others: [{name: 'Acme Payments', source: 'x'}]},
      text: [opening, '', 'Acme builds payments; Acme settles 9,000 payouts a minute.']
    },
    {
      name: 'one-word names and folder names as ordinary words',
      companies: {company: 'Acme Payments', others: [{name: 'Bolt', source: 'x'}, {name: 'wise', source: 'x', fromFolder: true}]},
      text: [opening, '', `${body} I can bolt on a cache, and it would be wise to.`]
    },
    {
      name: 'known only from its folder and never named: no finding for a name that is only a guess',
      companies: {folder: 'acme-payments'},
      text: [opening, '', 'I have run a ledger that settles 9,000 payouts a minute.']
    },
    {
      name: "another application's company as the name of its product: its APIs, its SDK, its Cloud",
      companies: {company: 'Acme Payments', others: [{name: 'OpenAI', source: 'x'}, {name: 'Google Inc.', source: 'x'}, {name: 'stripe', source: 'x', fromFolder: true}]},
      text: [opening, '', `${body} I built retrieval on the OpenAI APIs, hosted it on Google Cloud and took payments with the Stripe`, 'SDK.']
    },
    {
      name: 'code and comments are not prose',
      companies: acme,
      text: [opening, '', `${body} The \`globex logistics\` client is ours.`, '', '<!-- first drafted for Globex Logistics -->']
    },
    {
      name: 'the first word alone of a longer other name is left alone (only its folder name is matched alone)',
      companies: acme,
      text: [opening, '', `${body} Globex was a client.`]
    }
  ]
})

describe('wrong-company through the library', () => {
  it('reports which company the letter is for and the role, and the others from every source', () => {
    const result = lint(['---', 'company: Globex Logistics', '---', '', opening, '', 'Globex Logistics moves parcels.'].join('\n'), {filePath: 'letter.md'})
    expect(result.application).toEqual({company: {name: 'Globex Logistics', via: 'front-matter'}})
    const plain = lint([opening, '', body].join('\n'), {filePath: 'letter.md'})
    expect(plain.application).toBeUndefined()
  })

  it('a plain string in others is a company you listed', () => {
    const result = lint([opening, '', body, '', 'Globex Logistics too.'].join('\n'), {filePath: 'letter.md', companies: {company: 'Acme Payments', others: ['Globex Logistics']}})
    expect(result.messages.filter((message) => message.ruleId === 'wrong-company').map((message) => message.message)).toEqual([
      'This letter is for Acme Payments, but here it names Globex Logistics, a company you listed: a line copied from another letter? Write Acme Payments here, or cut it.'
    ])
    expect(result.messages.find((message) => message.ruleId === 'wrong-company')?.expected).toEqual(['Acme Payments'])
  })
})
