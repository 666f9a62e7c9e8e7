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
    },
    {
      name: 'reading about it is not having built it: the finding says why the words found do not count',
      text: ['Dear Priya,', '', 'I have read widely about retrieval-augmented generation and vector databases.'],
      expected: [
        '3:1-3:78 warning No AI-infrastructure evidence (RAG, vector search, embeddings, semantic caching, evals, LLM serving): if you have built any, add one line with its number, e.g. "a RAG pipeline with semantic caching that cut LLM costs 62%". Not counted: "retrieval-augmented generation" is something you read or learnt about; "vector databases" is something you read or learnt about.'
      ],
      withMessage: true
    },
    {
      name: "the employer's plans and the writer's wishes are not the writer's work",
      text: ['Your team is building a RAG pipeline.', "I'd love to add semantic caching to it."],
      expected: [
        '1:1-2:40 warning No AI-infrastructure evidence (RAG, vector search, embeddings, semantic caching, evals, LLM serving): if you have built any, add one line with its number, e.g. "a RAG pipeline with semantic caching that cut LLM costs 62%". Not counted: "RAG pipeline" is the employer\'s, not your work; "semantic caching" is a wish.'
      ],
      withMessage: true
    },
    {
      name: 'a list of terms is an inventory, not a claim',
      text: ['I have experience with RAG, embeddings, vector search and evals.'],
      expected: ['1:1-1:65 warning']
    },
    {name: 'a fragment with no subject claims nothing', text: ['RAG, semantic caching: costs down 40%.'], expected: ['1:1-1:39 warning']}
  ],
  quiet: [
    {name: 'a RAG pipeline', text: ['I built a RAG pipeline for support search.']},
    {name: 'retrieval-augmented generation, spelled out', text: ['I built retrieval-augmented generation over our docs.']},
    {name: 'vector database and embeddings', text: ['We stored embeddings in a vector database.']},
    {name: 'evals spelled out for large language models', text: ['I built an evaluation framework for large language models at Acme.']},
    {name: 'evaluating LLMs', text: ['I spent last year evaluating LLMs against our support tickets.']},
    {name: 'serving large language models', text: ['My team was serving large language models on our own GPUs.']},
    {name: 'semantic caching and evals, in a sentence about the work before it', text: ['I rebuilt our support search last year.', 'Semantic caching and an eval harness kept its costs down.']},
    {name: 'a CV-style line with no subject is still the writer\'s', text: ['- Shipped an LLM gateway with prompt caching for four product teams.']}
  ]
})
