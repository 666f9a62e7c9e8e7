import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractPosting} from '../../src/job/extract.js'
import type {Posting, PostingItem} from '../../src/job/types.js'

function fixture(path: string): Posting {
  const full = `fixtures/jobs/${path}`
  return extractPosting(readFileSync(full, 'utf8'), {path: full, format: path.endsWith('.txt') ? 'text' : 'markdown'})
}

/** An item as one comparable line: name, weight, where the posting first says it, how often. */
function summary(item: PostingItem): string {
  const first = item.mentions[0]!
  return `${item.name} ${item.weight} @${first.line}:${first.column} x${item.mentions.length}`
}

function posting(lines: readonly string[], format: 'markdown' | 'text' = 'markdown'): Posting {
  return extractPosting(lines.join('\n'), {path: 'job.md', format})
}

describe('extracting the fintech backend posting (Markdown, ## sections)', () => {
  const result = fixture('fintech-backend/job.md')

  it('reads the stack from the technology lexicon, most stressed first (role > requirements > our stack > nice to have)', () => {
    expect(result.stack.map(summary)).toEqual([
      'Go 8.5 @9:100 x4',
      'PostgreSQL 6.5 @10:109 x3',
      'OpenTelemetry 4.5 @13:59 x2',
      'Grafana 4.5 @13:77 x2',
      'Kafka 3.5 @19:24 x2',
      'Kubernetes 3.5 @19:43 x2',
      'AWS 3.5 @19:57 x2',
      'Python 3 @9:66 x1',
      'Java 2 @17:80 x1',
      'Kotlin 2 @17:88 x1',
      'Terraform 2 @25:3 x2'
    ])
  })

  it('keeps the responsibilities and projects as key phrases, not the perks, the company or the boilerplate', () => {
    expect(result.phrases.map(summary)).toEqual([
      'Payments Platform 7 @1:28 x2',
      'double-entry ledger 6 @5:97 x2',
      'payments-reconciliation service 6 @9:15 x1',
      'idempotent payout APIs 5 @11:10 x1',
      'on-call rotation 4.5 @12:12 x1',
      'observability 4.5 @13:11 x1',
      'event-driven Go services 3.5 @9:87 x1',
      'incident reviews 3.5 @12:56 x1'
    ])
    const names = result.phrases.map((item) => item.name.toLowerCase()).join(' | ')
    for (const word of ['tallyhook', 'london', 'holiday', 'health insurance', 'experience', 'several years']) expect(names).not.toContain(word)
  })

  it('states the level and the pay band, and not the company figures', () => {
    expect(result.seniority).toMatchObject({level: 'senior', place: {text: 'Senior', line: 1, column: 3}})
    expect(result.salary).toMatchObject({text: '£95,000–£115,000', currency: 'GBP', min: 95_000, max: 115_000, period: 'year', place: {line: 3, column: 59}})
  })

  it('counts the themes it stresses, scale numbers included, the salary and perks not', () => {
    expect(result.signals.map((signal) => `${signal.id} ${signal.mentions.map((mention) => mention.text).join('; ')}`)).toEqual([
      'on-call on-call rotation; incident; observability; pager; incident',
      'scale £1.2bn a year; 3x; performance; 20,000 times a minute',
      'data Event streaming'
    ])
  })

  it('records the lists of technologies in the posting’s order', () => {
    expect(result.lists.map((list) => list.names.join(', '))).toEqual([
      'OpenTelemetry, Grafana',
      'Java, Kotlin',
      'Go, PostgreSQL, Kafka, Kubernetes, AWS, Terraform, OpenTelemetry, Grafana'
    ])
    expect(result.lists[2]!.place).toMatchObject({line: 31, column: 1})
  })
})

describe('extracting the AI platform posting (Markdown, bold pseudo-headings, metadata line under the title)', () => {
  const result = fixture('ai-platform/posting.md')

  it('reads the stack', () => {
    expect(result.stack.map((item) => item.name)).toEqual(['vLLM', 'pgvector', 'Elasticsearch', 'Python', 'Rust', 'Go', 'Kubernetes', 'Ray', 'Airflow', 'dbt'])
  })

  it('reads the key phrases; a phrase inside a stronger one is another form of it', () => {
    expect(result.phrases.map(summary)).toEqual([
      'retrieval pipeline 10.5 @6:156 x2',
      'clinicians 6 @6:5 x2',
      'LLM inference 5.5 @10:7 x1',
      'offline and online evals 5 @12:9 x1',
      'semantic caching 4.5 @13:9 x1',
      'on-call 4.5 @14:13 x1',
      'LLM serving layer 3.5 @6:133 x1',
      'inference spend 3.5 @13:37 x1'
    ])
    expect(result.phrases[0]!.mentions.map((mention) => mention.text)).toEqual(['retrieval-augmented generation pipeline', 'retrieval pipeline'])
    const forms = result.phrases[0]!.forms!
    expect(forms.filter((form) => !form.all)).toEqual([
      {terms: [{stem: 'retriev'}, {stem: 'pipelin'}], required: 2},
      {terms: [{stem: 'retriev'}, {stem: 'augment'}, {stem: 'gener'}, {stem: 'pipelin'}], required: 3}
    ])
    // The field's other words for it (src/job/data/synonyms.json): RAG, whole, or vector search that shows it.
    expect(forms).toContainEqual({all: [{stem: 'rag', exact: true}], terms: [], required: 0})
    expect(forms).toContainEqual({all: [{stem: 'vector', exact: true}, {stem: 'search', exact: true}], terms: [], required: 0})
  })

  it('states the level from the title and the band from the metadata line', () => {
    expect(result.seniority).toMatchObject({level: 'staff', place: {text: 'Staff Engineer', line: 1, column: 1}})
    expect(result.salary).toMatchObject({text: '£120k - £145k', min: 120_000, max: 145_000, period: 'year', place: {line: 2, column: 57}})
  })

  it('stresses AI most', () => {
    expect(result.signals.map((signal) => `${signal.id} ${signal.mentions.length}`)).toEqual(['ai 13', 'scale 4', 'data 2', 'on-call 1'])
  })
})

describe('extracting the junior posting (plain text, headings as short lines)', () => {
  const result = fixture('junior-web/job.txt')

  it('reads the stack; "nice to have" weighs least', () => {
    expect(result.stack.map(summary)).toEqual([
      'TypeScript 5 @8:43 x2',
      'Node.js 3 @8:58 x1',
      'JavaScript 2 @15:8 x1',
      'SQL 2 @15:34 x1',
      'React 0.5 @19:3 x1',
      'Git 0.5 @20:3 x1',
      'GitHub Actions 0.5 @20:11 x1'
    ])
  })

  it('reads the key phrases', () => {
    expect(result.phrases.map((item) => item.name)).toEqual([
      'automated tests',
      'hotel availability sync',
      'code review',
      'booking system',
      'nightly batch job',
      'API integration',
      'pair programming'
    ])
  })

  it('states the level and the band with its period', () => {
    expect(result.seniority).toMatchObject({level: 'junior', place: {text: 'Junior', line: 1, column: 1}})
    expect(result.salary).toMatchObject({text: '£32,000 - £36,000 per annum', min: 32_000, max: 36_000, period: 'year'})
  })
})

describe('extraction details', () => {
  it('a posting with no stack and no key phrases extracts nothing (and does not crash)', () => {
    const result = posting(['We are hiring!', '', 'Come and join us. Apply today.'])
    expect(result.stack).toEqual([])
    expect(result.phrases).toEqual([])
    expect(result.seniority).toBeUndefined()
    expect(result.salary).toBeUndefined()
  })

  it('finds technologies by their variants, never inside other words', () => {
    const result = posting(['# Backend Engineer', '', 'You will run Postgres on k8s and write Golang. We trust Google Cloud and go fast.'])
    expect(result.stack.map((item) => `${item.name} "${item.mentions[0]!.text}"`)).toEqual(['PostgreSQL "Postgres"', 'Kubernetes "k8s"', 'Go "Golang"', 'GCP "Google Cloud"'])
  })

  it('reads pay bands in their common forms', () => {
    const salary = (line: string) => {
      const found = posting(['# Engineer', '', line]).salary
      return found && `${found.text} ${found.min}-${found.max} ${found.currency} ${found.period ?? ''}`.trim()
    }
    expect(salary('The range is £40-50k plus bonus.')).toBe('£40-50k 40000-50000 GBP year')
    expect(salary('Contract at £550 - £650 per day, outside IR35.')).toBe('£550 - £650 per day 550-650 GBP day')
    expect(salary('Salary: up to £120k depending on experience.')).toBe('£120k 120000-120000 GBP year')
    expect(salary('$180,000 to $210,000 base.')).toBe('$180,000 to $210,000 180000-210000 USD year')
    expect(salary('The salary for this role is €65k-€80k.')).toBe('€65k-€80k 65000-80000 EUR year')
    expect(salary('We moved £1.2bn last year and give you a £1,000 budget.')).toBeUndefined()
  })

  it('takes the level from the title, and "support staff" or "lead a review" say nothing of level', () => {
    expect(posting(['# Software Engineer', '', 'Help our support staff and lead incident reviews.']).seniority).toBeUndefined()
    expect(posting(['Principal Engineer, Data', '', 'Senior engineers will work with you.']).seniority?.level).toBe('principal')
  })

  it('weighs a phrase under "What you\'ll do" above the same kind of phrase under "Nice to have"', () => {
    const result = posting(['# Engineer', '', '## Nice to have', '', '- Fraud detection', '', "## What you'll do", '', '- Build the settlement engine.'])
    expect(result.phrases.map((item) => `${item.name} ${item.weight}`)).toEqual(['settlement engine 4.5', 'Fraud detection 0.5'])
  })

  it('a dash between spaces ends a phrase; the company line under the title names no work', () => {
    const result = posting(['Backend Developer - Logistics Platform', 'Routewise | Remote (UK) | £70,000 - £85,000', '', 'Responsibilities:', '1. Own the event pipeline that ingests GPS pings.'], 'text')
    expect(result.phrases.map((item) => item.name)).toEqual(['event pipeline', 'Logistics Platform', 'GPS pings'])
  })

  it('key phrases are the work, never places, pay or fragments of sentences', () => {
    const result = posting([
      '# Junior Backend Developer, Leeds',
      '',
      'Harrowgate Freight · Leeds · £30,000 - £34,000',
      '',
      'This is an entry-level role in our Leeds office, and we offer a competitive salary, a generous pension and private healthcare.',
      '',
      '## What you will do',
      '',
      '- Write and test features for our route-planning API.',
      '- Change database tables safely, with migrations reviewed by a senior engineer.',
      '- Fix bugs reported by couriers and the support desk.',
      '- Work closely with designers and product owners in two-week sprints.',
      '- Keep the nightly invoicing job running on time in Edinburgh and Glasgow.'
    ])
    expect(result.phrases.map((item) => item.name)).toEqual(['database tables', 'nightly invoicing job', 'route-planning API'])
  })

  it('positions survive CRLF line endings and a byte-order mark', () => {
    const text = '\uFEFF# Engineer\r\n\r\n## What you will do\r\n\r\n- Own the double-entry ledger on PostgreSQL.\r\n'
    const result = extractPosting(text, {format: 'markdown'})
    expect(result.phrases.map((item) => `${item.name} ${item.mentions[0]!.line}:${item.mentions[0]!.column}`)).toEqual(['double-entry ledger 5:11'])
    expect(result.stack.map((item) => `${item.name} ${item.mentions[0]!.line}:${item.mentions[0]!.column}`)).toEqual(['PostgreSQL 5:34'])
  })
})
