import {defineRule, evidenceLexicon, requireEvidence, type EvidenceTerm} from '../../src/rule.js'
import data from './terms.json' with {type: 'json'}

const terms = evidenceLexicon('database-depth/terms', data.terms as EvidenceTerm[])

export default defineRule({
  meta: {
    id: 'database-depth',
    description:
      'The letter shows database depth: query optimisation, indexing, EXPLAIN ANALYZE, zero-downtime or schema migrations, partitioning, replication.',
    reason:
      'Panels filter senior backend engineers on database expertise. Query plans, indexing strategy and migrations without downtime are the evidence; "SQL" on a list is not.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    signal: 'database',
    lexicons: [terms],
    examples: {
      bad: 'Experienced with PostgreSQL and MySQL.',
      good: 'I designed the dual-write migration that moved our 100M-row events table to a new schema with zero downtime.'
    }
  },
  check(context) {
    requireEvidence(context, terms, {
      message:
        'Nothing shows database depth (query plans, indexing, zero-downtime migrations, partitioning, replication): add one concrete database decision and its result, e.g. "a composite index that took the hot query from 2s to 40ms".',
      expected: ['EXPLAIN ANALYZE', 'indexing strategy', 'zero-downtime migration', 'partitioning']
    })
  }
})
