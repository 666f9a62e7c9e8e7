import {expect, it} from 'vitest'
import {articleFor} from '../../rules/indefinite-article/initialisms.js'
import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('indefinite-article', {
  fires: [
    {
      name: 'a wrong article before a word and before an abbreviation, with the right one',
      text: ['Dear Priya Shah,', '', 'I built a API gateway and an test harness for the ledger.'],
      expected: [
        '3:9-3:10 warning "a API": write "an API"; "API" starts with a vowel sound.',
        '3:27-3:29 warning "an test": write "a test"; "test" starts with a consonant sound.'
      ],
      withMessage: true
    },
    {
      name: 'the exceptions a speller knows: a user, an hour, a European, an 8-node cluster, a one-off',
      text: ['I wrote an user guide in a hour for an European team, ran a 8-node cluster and an one-off migration.'],
      expected: ['1:9-1:11 warning "an"', '1:26-1:27 warning "a"', '1:37-1:39 warning "an"', '1:59-1:60 warning "a"', '1:80-1:82 warning "an"']
    },
    {
      name: 'abbreviations read letter by letter and as words; a capital at the start of a sentence',
      text: ['A LLM sat behind an GPU pool. I ran an RAG pipeline on a SRE rota and an REST API.'],
      expected: ['1:1-1:2 warning "A"', '1:18-1:20 warning "an"', '1:37-1:39 warning "an"', '1:56-1:57 warning "a"', '1:71-1:73 warning "an"']
    }
  ],
  quiet: [
    {
      name: 'right articles before words, numbers and abbreviations',
      text: [
        'I led an API migration, a RAG pipeline, an SRE rota, a GPU pool, a URL shortener, an LLM gateway, a REST API, an 11-person team,',
        'a one-off backfill, a unique index, an hour of downtime, an historic outage, a user-facing SLA and an MBA.'
      ]
    },
    {
      name: 'abbreviations read two ways (a SQL or an SQL; an SLO or a SLO; a HTTP in British use)',
      text: ['I tuned a SQL query and an SQL view, set a SLO and an SLO, and fixed a HTTP cache and an HTTP proxy.']
    },
    {
      name: 'a capital A that names something, a letter, and a template field',
      text: ['Plan A API keys stayed in place; options a and b were both slow. I would be an [Company] engineer.']
    },
    {
      name: 'an article before code or across a sentence',
      text: ['I ran a `API` check. It held a. Eight nodes later it failed.']
    }
  ]
})

it('reads abbreviations letter by letter unless listed as words or as read both ways', () => {
  expect(['API', 'SRE', 'LLM', 'EC2', 'IoT', 'MVP', 'NHS', 'S3'].map(articleFor)).toEqual(['an', 'an', 'an', 'an', 'an', 'an', 'an', 'an'])
  expect(['GPU', 'URL', 'UX', 'RAG', 'REST', 'JSON', 'SaaS', 'YAML', 'NAT'].map(articleFor)).toEqual(['a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'])
  expect(['OLAP', 'OAuth', 'ACID'].map(articleFor)).toEqual(['an', 'an', 'an'])
  expect(['SQL', 'SLOs', 'HTTP', 'test', 'Go', 'gRPC'].map(articleFor)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
})
