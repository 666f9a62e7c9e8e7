import {describe, expect, it} from 'vitest'
import {extractPosting} from '../../src/job/extract.js'
import {findings, lintLines} from '../helpers/lint.js'
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
      name: 'a company known only from its folder is a guess: tailoring still asks, naming it',
      companies: {folder: 'tallyhook'},
      text: ['Dear Hiring Manager,', '', 'I am applying for the engineering role at your company.'],
      expected: [
        '3:1-3:56 warning The letter never names the company or the role: say which role at which company you are writing about (e.g. "your Senior Backend Engineer role at Ledgerline") in the opening, so the panel reads it as written for them.'
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

/**
 * One omission, one finding: when the company a letter is for is known (front matter, config
 * `company`, the posting), wrong-company reports it named nowhere and tailoring stays quiet;
 * tailoring reports a letter that names neither company nor role when wrong-company cannot (the
 * company unknown, or only guessed from a folder) or is off. Either way the letter has no
 * substance for a shortlist until it names one.
 */
describe('tailoring and wrong-company divide the work', () => {
  const neither = ['Dear Hiring Manager,', '', 'I am applying for the engineering role at your company.', '', 'Yours faithfully,', 'Sam']
  const withPosting = {posting: extractPosting(posting.join('\n'), {path: 'job.md'})}

  it('a known company named nowhere: wrong-company says so, once, and substance is not met', () => {
    const result = lintLines(neither, withPosting)
    expect(findings(result, 'tailoring')).toEqual([])
    expect(findings(result, 'wrong-company', true)).toEqual([
      '3:1-3:56 warning The letter never names Tallyhook, the company it is for (the posting job.md names it): say why Tallyhook, with something specific from its posting or product.'
    ])
    expect(result.substance.missing).toContain('it never names the company or the role you are applying for')
  })

  it('with wrong-company off, tailoring reports it, naming the posting\'s company and title', () => {
    const result = lintLines(neither, {...withPosting, rules: {'wrong-company': {severity: 'off'}}})
    expect(findings(result, 'tailoring', true)).toEqual([
      '3:1-3:56 warning The letter never names Tallyhook or the Senior Backend Engineer, Payments Platform role (job.md 1:3): say which role at which company you are writing about (e.g. "your Senior Backend Engineer, Payments Platform role at Tallyhook") in the opening, so the panel reads it as written for them.'
    ])
  })

  it('the role named but not a company from config: wrong-company warns, tailoring is met', () => {
    const result = lintLines(['Dear Hiring Manager,', '', 'I am applying for your Senior Backend Engineer role.'], {companies: {company: 'Acme Payments'}})
    expect(findings(result, 'tailoring')).toEqual([])
    expect(findings(result, 'wrong-company')).toEqual(['3:1-3:53 warning'])
    expect(result.substance.missing).not.toContain('it never names the company or the role you are applying for')
  })

  it('the known company named in any case or with its legal suffix left out: both quiet', () => {
    const result = lintLines(['Dear Hiring Manager,', '', 'I would like to help ACME PAYMENTS settle payouts faster.'], {companies: {company: 'Acme Payments Ltd'}})
    expect([...findings(result, 'tailoring'), ...findings(result, 'wrong-company')]).toEqual([])
  })
})
