import {expect, it} from 'vitest'
import {extractPosting} from '../../src/job/extract.js'
import {ruleSuite} from '../helpers/rule-suite.js'
import {lintLines} from '../helpers/lint.js'

/** opening-hook with a job posting: naming a concrete item of the posting is a hook too. */

const posting = [
  '# Senior Backend Engineer',
  '',
  "## What you'll do",
  '',
  '- Rebuild the payments-reconciliation service, moving it off our Python monolith.',
  '- Write Go.'
]

const citing = [
  'Dear Ana Ruiz,',
  '',
  "I'm writing about your senior backend role. The spec mentions rebuilding the payments-reconciliation service, which is the migration I led at Fernpay.",
  '',
  'Yours sincerely,',
  'Sam Lee'
]

ruleSuite('opening-hook', {
  fires: [
    {
      name: 'the same opening without a posting has no hook (no number from the writer’s work)',
      text: citing,
      expected: ['3:1-3:18 warning "I\'m writing about"']
    },
    {
      name: 'a technology the posting names is not a concrete item of the role',
      posting,
      text: ['Dear Ana Ruiz,', '', 'I am writing to apply for the role. I write Go every day.', '', 'Yours sincerely,', 'Sam Lee'],
      expected: ['3:1-3:22 warning "I am writing to apply"']
    }
  ],
  quiet: [
    {
      name: 'the opening names a project from the posting, after a stock first sentence',
      posting,
      text: citing
    },
    {
      name: 'the opening answers it in its own words',
      posting,
      text: ['Dear Ana Ruiz,', '', 'Moving reconciliation of payments off a monolith is the work I did at Fernpay.', '', 'Yours sincerely,', 'Sam Lee']
    }
  ]
})

it('the reference is the evidence of a specific opening', () => {
  const result = lintLines(citing, {posting: extractPosting(posting.join('\n'), {path: 'job.md'})})
  expect(result.signals.specificity).toMatchObject({proved: true, evidence: [{text: 'payments-reconciliation', line: 3, column: 78}]})
})
