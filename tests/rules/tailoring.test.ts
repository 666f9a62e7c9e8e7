import {ruleSuite} from '../helpers/rule-suite.js'

const posting = ['# Senior Backend Engineer, Payments Platform', '', '**Tallyhook** · London · £95,000–£115,000', '', "## What you'll do", '', '- Own the double-entry ledger.']

ruleSuite('tailoring', {
  fires: [
    {
      name: 'no company and no role: one finding over the opening paragraph',
      text: ['Dear Hiring Manager,', '', 'I built the order pipeline for an online grocer.', '', 'I would enjoy a conversation.', '', 'Yours faithfully,', 'Sam'],
      expected: [
        '3:1-3:49 warning The letter never names the company or the role: say which role at which company you are writing about (e.g. "your Senior Backend Engineer role at Ledgerline") in the opening, so the panel reads it as written for them.'
      ],
      withMessage: true
    },
    {
      name: "with a posting, names the posting's company and title and where the posting says them",
      posting,
      text: ['Dear Hiring Manager,', '', 'I am applying for the engineering role at your company.'],
      expected: [
        '3:1-3:56 warning The letter never names Tallyhook or the Senior Backend Engineer, Payments Platform role (job.md 1:3): say which role at which company you are writing about (e.g. "your Senior Backend Engineer, Payments Platform role at Tallyhook") in the opening, so the panel reads it as written for them.'
      ],
      withMessage: true
    },
    {name: '"this position" names no role', text: ['I am writing to apply for this position and would love to join your team.'], expected: ['1:1-1:74 warning']},
    {name: 'a job title with nothing about applying is a label', text: ['Senior backend engineer. Kafka, Kubernetes, SLOs.'], expected: ['1:1-1:50 warning']},
    {name: 'a name the writer worked at is not the company applied to', text: ['At Northwind I rebuilt the ledger.'], expected: ['1:1-1:35 warning']},
    {name: 'a batch job named by its field is not a post', text: ['I rewrote the nightly payments job we apply refunds with.'], expected: ['1:1-1:58 warning']}
  ],
  quiet: [
    {name: 'the role named', text: ['I am writing about your senior Backend Engineer role.']},
    {name: 'a role named by its team', text: ['I would like to apply for the Payments Platform role.']},
    {name: 'a role named by what it is about', text: ['I am applying for your backend role, and I have run payments systems for six years.']},
    {name: 'the company the writer wants to join', text: ["I'd love to join Ledgerline and help with its settlement rebuild."]},
    {name: 'the company the greeting names', text: ['Dear Ledgerline team,', '', 'I rebuilt our ledger last year, and I see Ledgerline is doing the same.']},
    {name: "the posting's company", posting, text: ['Tallyhook moves money for small businesses, which is the work I do.']},
    {name: "the posting's title, without its level", posting, text: ['I have been a backend engineer for six years.']}
  ]
})
