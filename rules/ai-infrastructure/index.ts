import {defineRule, evidenceLexicon, requireEvidence, type EvidenceTerm} from '../../src/rule.js'
import data from './terms.json' with {type: 'json'}

const terms = evidenceLexicon('ai-infrastructure/terms', data.terms as EvidenceTerm[])

export default defineRule({
  meta: {
    id: 'ai-infrastructure',
    description: 'The letter shows AI-infrastructure work: RAG, vector databases, embeddings, semantic caching, evals, LLM serving.',
    reason:
      'At most UK backend roles above about £85k, AI infrastructure is now a shortlist signal: the plumbing (retrieval, caching, evaluation, serving), not "interested in AI".',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    signal: 'ai',
    lexicons: [terms],
    examples: {
      bad: 'I am excited about the potential of AI.',
      good: 'I built a RAG pipeline with semantic caching that cut LLM costs 62 percent.'
    }
  },
  check(context) {
    requireEvidence(context, terms, {
      message:
        'No AI-infrastructure evidence (RAG, vector search, embeddings, semantic caching, evals, LLM serving): if you have built any, add one line with its number, e.g. "a RAG pipeline with semantic caching that cut LLM costs 62%".',
      expected: ['RAG pipeline', 'vector database', 'semantic caching', 'evals']
    })
  }
})
