import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('ai-infrastructure', {
  fires: [
    {
      name: 'interest in AI is not infrastructure',
      text: ['Dear Priya,', '', 'I am excited about the potential of AI and machine learning.'],
      expected: [
        '3:1-3:61 warning No AI-infrastructure evidence (RAG, vector search, embeddings, semantic caching, evals, LLM serving): if you have built any, add one line with its number, e.g. "a RAG pipeline with semantic caching that cut LLM costs 62%".'
      ],
      withMessage: true
    },
    {name: '"rag" inside another word is not RAG', text: ['The ragged edge of our storage tier kept us busy.'], expected: ['1:1-1:50 warning']},
    {
      name: 'an evaluation framework for something else is not evals',
      text: ['I wrote an evaluation framework for our vendor reviews.'],
      expected: ['1:1-1:56 warning']
    }
  ],
  quiet: [
    {name: 'a RAG pipeline', text: ['I built a RAG pipeline for support search.']},
    {name: 'retrieval-augmented generation, spelled out', text: ['I built retrieval-augmented generation over our docs.']},
    {name: 'vector database and embeddings', text: ['We stored embeddings in a vector database.']},
    {name: 'semantic caching and evals', text: ['Semantic caching and an eval harness kept costs down.']},
    {name: 'evals spelled out for large language models', text: ['I built an evaluation framework for large language models at Acme.']},
    {name: 'evaluating LLMs', text: ['I spent last year evaluating LLMs against our support tickets.']},
    {name: 'serving large language models', text: ['My team was serving large language models on our own GPUs.']}
  ]
})
