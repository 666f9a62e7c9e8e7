import {defineRule, evidenceLexicon, requireEvidence, type EvidenceTerm} from '../../src/rule.js'
import data from './terms.json' with {type: 'json'}

const terms = evidenceLexicon('operations-evidence/terms', data.terms as EvidenceTerm[])

export default defineRule({
  meta: {
    id: 'operations-evidence',
    description: 'The letter shows operations experience: on-call, incidents, postmortems, SLOs and error budgets, observability, MTTR.',
    reason:
      'UK senior backend hires are operations-fluent. A letter without on-call or incident evidence reads as junior or system-isolated, however good the code.',
    severity: 'error',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    signal: 'operations',
    lexicons: [terms],
    examples: {
      bad: 'I write clean, well-tested code and enjoy solving hard problems.',
      good: 'I have been on-call for six years and cut Sev-1 incidents from 11 to 2 a half-year by introducing SLOs and weekly error-budget reviews.'
    }
  },
  check(context) {
    requireEvidence(context, terms, {
      message:
        'No operations evidence anywhere (on-call, incidents, postmortems, SLOs, observability): add a sentence on production you ran, with a number, e.g. "on-call for four years; cut Sev-1s from 11 to 2 with SLOs and error budgets".',
      expected: ['on-call', 'incident response', 'postmortems', 'SLOs and error budgets']
    })
  }
})
