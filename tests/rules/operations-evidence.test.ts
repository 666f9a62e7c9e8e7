import {describe, expect, it} from 'vitest'
import {lintLines} from '../helpers/lint.js'
import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('operations-evidence', {
  fires: [
    {
      name: 'nothing about running production: an error over the body',
      text: ['Dear Priya,', '', 'I write clean, well-tested code.', '', 'I enjoy hard problems.', '', 'Yours sincerely,', 'Sam'],
      expected: [
        '3:1-5:23 error No operations evidence anywhere (on-call, incidents, postmortems, SLOs, observability): add a sentence on production you ran, with a number, e.g. "on-call for four years; cut Sev-1s from 11 to 2 with SLOs and error budgets".'
      ],
      withMessage: true
    },
    {name: '"call" and "post" alone are not on-call or postmortems', text: ['I will call you and post the forms.'], expected: ['1:1-1:36 error']},
    {
      name: 'a list of fragments is not a claim: the finding says so',
      text: ['On-call, incidents, SLOs, postmortems: MTTR down 60%.'],
      expected: [
        '1:1-1:54 error No operations evidence anywhere (on-call, incidents, postmortems, SLOs, observability): add a sentence on production you ran, with a number, e.g. "on-call for four years; cut Sev-1s from 11 to 2 with SLOs and error budgets". Not counted: "On-call" is in a list of terms, not a claim; "incidents" is in a list of terms, not a claim.'
      ],
      withMessage: true
    },
    {name: "the employer's rota", text: ['Your on-call rotation is one week in six, which suits me.'], expected: ['1:1-1:58 error']},
    {name: 'a plan is not evidence', text: ['I will introduce SLOs and error budgets in my first month.'], expected: ['1:1-1:59 error']}
  ],
  quiet: [
    {name: 'on call, spelled apart', text: ['I was on call for the ledger.']},
    {name: 'post-mortem with a hyphen', text: ['I wrote the post-mortem.']},
    {name: 'service-level objectives, spelled out', text: ['We set service level objectives for both APIs.']},
    {name: 'Sev-1 incidents', text: ['We cut Sev-1s from 11 to 2.']},
    {name: 'error budgets, in a sentence about the work before it', text: ['I run the checkout API.', 'Weekly error-budget reviews keep its releases honest.']},
    {name: 'carrying the pager, in a verb no list has', text: ['I carry the pager one week in five.']}
  ]
})

describe('operations-evidence proves the operations signal', () => {
  it('quotes each distinct kind of evidence once', () => {
    const result = lintLines(['I was on-call for five years, ran incident reviews, owned our SLOs and was paged twice a week.'])
    expect(result.signals.operations.proved).toBe(true)
    expect(result.signals.operations.evidence.map((evidence) => evidence.text)).toEqual(['on-call', 'incident reviews', 'SLOs'])
  })
})
