import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractPosting} from '../../src/job/extract.js'
import {lint} from '../../src/lint.js'
import type {JobResult} from '../../src/types.js'

function job(postingPath: string, letterPath: string): JobResult {
  const posting = extractPosting(readFileSync(postingPath, 'utf8'), {path: postingPath, format: postingPath.endsWith('.txt') ? 'text' : 'markdown'})
  return lint(readFileSync(letterPath, 'utf8'), {filePath: letterPath, posting}).job!
}

function inline(postingLines: readonly string[], letterLines: readonly string[]): JobResult {
  const posting = extractPosting(postingLines.join('\n'), {path: 'job.md'})
  return lint(letterLines.join('\n'), {filePath: 'letter.md', posting}).job!
}

/** A connection as one line: the posting's item, where and what the letter answers it with. */
const connections = (result: JobResult): string[] => result.covered.map((item) => `${item.name} <- ${item.letter.line}:${item.letter.column} "${item.letter.text}"`)
const missing = (result: JobResult): string[] => result.missing.map((item) => item.name)

describe('coverage of the fixture letters', () => {
  it('the fintech letter connects to the fintech posting, with evidence on both sides', () => {
    const result = job('fixtures/jobs/fintech-backend/job.md', 'fixtures/jobs/fintech-backend/letter.md')
    expect(connections(result)).toEqual([
      'Go <- 3:213 "Go"',
      'Payments Platform <- 7:45 "payments platform"',
      'PostgreSQL <- 5:39 "PostgreSQL"',
      'double-entry ledger <- 5:16 "double-entry ledger"',
      'payments-reconciliation service <- 3:39 "payments reconciliation"',
      'idempotent payout APIs <- 5:394 "idempotency keys on every payout API"',
      'on-call rotation <- 5:265 "pager"',
      'event-driven Go services <- 3:200 "event-driven Go"',
      'incident reviews <- 5:317 "review of a Sev-1"',
      'Kafka <- 3:228 "Kafka"',
      'Python <- 3:71 "Python"'
    ])
    expect(result.covered[0]).toMatchObject({type: 'technology', mentions: 4, posting: {text: 'Go', line: 9, column: 100}})
    expect(missing(result)).toEqual(['observability', 'OpenTelemetry', 'Grafana', 'Kubernetes', 'AWS', 'Java', 'Kotlin', 'Terraform'])
    expect(result.covered.length + result.missing.length).toBe(result.stack.length + result.phrases.length)
  })

  it('a generic frontend letter connects to nothing in the fintech posting', () => {
    const result = job('fixtures/jobs/fintech-backend/job.md', 'fixtures/jobs/fintech-backend/generic-letter.md')
    expect(result.covered).toEqual([])
    expect(missing(result).slice(0, 4)).toEqual(['Go', 'Payments Platform', 'PostgreSQL', 'double-entry ledger'])
  })

  it('the AI platform letter connects to the AI posting', () => {
    const result = job('fixtures/jobs/ai-platform/posting.md', 'fixtures/jobs/ai-platform/letter.md')
    expect(connections(result)).toEqual([
      'retrieval pipeline <- 3:148 "retrieval pipeline"',
      'LLM inference <- 5:18 "LLM inference"',
      'semantic caching <- 5:167 "Semantic caching"',
      'on-call <- 5:255 "on-call rota"',
      'LLM serving layer <- 5:18 "LLM inference onto our own GPUs with vLLM on Kubernetes, which cut serving"',
      'vLLM <- 5:55 "vLLM"',
      'pgvector <- 3:249 "pgvector"',
      'Elasticsearch <- 3:283 "Elasticsearch"',
      'Kubernetes <- 5:63 "Kubernetes"'
    ])
    expect(missing(result)).toEqual(['clinicians', 'offline and online evals', 'inference spend', 'Python', 'Rust', 'Go', 'Ray', 'Airflow', 'dbt'])
    expect(result.signals.map((signal) => `${signal.id} ${signal.mentions} ${signal.letter?.text ?? '-'}`)).toEqual([
      'ai 13 embeddings',
      'scale 4 14 million',
      'data 2 -',
      'on-call 1 on-call rota'
    ])
  })

  it('the payments letter barely connects to the AI posting: its pager and languages it lists in passing', () => {
    const result = job('fixtures/jobs/ai-platform/posting.md', 'fixtures/jobs/fintech-backend/letter.md')
    // "some Rust or Go is welcome": the letter's Go answers Rust too.
    expect(connections(result)).toEqual(['on-call <- 5:265 "pager"', 'Python <- 3:71 "Python"', 'Rust <- 3:213 "Go"', 'Go <- 3:213 "Go"'])
    expect(missing(result).slice(0, 3)).toEqual(['retrieval pipeline', 'clinicians', 'LLM inference'])
  })

  it('the junior letter connects to the junior posting; the generic graduate letter does not', () => {
    const result = job('fixtures/jobs/junior-web/job.txt', 'fixtures/jobs/junior-web/letter.txt')
    expect(connections(result)).toEqual([
      'TypeScript <- 3:136 "TypeScript"',
      'automated tests <- 5:24 "automated tests"',
      'code review <- 7:40 "code review"',
      'booking system <- 3:97 "booking system"',
      'Node.js <- 3:151 "Node.js"',
      'nightly batch job <- 5:95 "nightly spreadsheet import"',
      'API integration <- 5:130 "API integration"',
      'pair programming <- 7:56 "pair programming"',
      'JavaScript <- 3:136 "TypeScript"'
    ])
    expect(missing(result)).toEqual(['hotel availability sync', 'SQL', 'React', 'Git', 'GitHub Actions'])
    expect(job('fixtures/jobs/junior-web/job.txt', 'fixtures/jobs/junior-web/generic-letter.md').covered).toEqual([])
  })
})

describe('matching rules', () => {
  const stack = ['# Backend Engineer', '', '## What you will do', '', '- Run services in Go, Rust, PostgreSQL, Kubernetes and Kafka.']

  it('common variants connect: Golang is Go, Postgres is PostgreSQL, k8s is Kubernetes, any case of a plain name', () => {
    const result = inline(stack, ['I wrote Golang services on Postgres, deployed them to k8s and read from KAFKA.'])
    expect(connections(result)).toEqual(['Go <- 1:9 "Golang"', 'PostgreSQL <- 1:28 "Postgres"', 'Kubernetes <- 1:55 "k8s"', 'Kafka <- 1:73 "KAFKA"'])
  })

  it('a name inside another word or the same letters as an English word never connects', () => {
    const result = inline(stack, ['At Google I earned the trust of a team on the go, and Rusty, our cat, helped.'])
    expect(result.covered).toEqual([])
  })

  it('a technology the posting offers as a choice is answered by the other one; a pair joined by "and" is not', () => {
    const choice = ['# Backend Engineer', '', '## About you', '', '- Strong Java or Kotlin and Spring Boot; Python, Go or Rust for tooling.']
    expect(connections(inline(choice, ['I write Kotlin every day, and my tooling is in Rust.']))).toEqual([
      'Java <- 1:9 "Kotlin"',
      'Kotlin <- 1:9 "Kotlin"',
      'Python <- 1:48 "Rust"',
      'Go <- 1:48 "Rust"',
      'Rust <- 1:48 "Rust"'
    ])
    const both = ['# Backend Engineer', '', '## About you', '', '- Java and Kotlin with Spring Boot.']
    expect(missing(inline(both, ['I write Kotlin every day.']))).toEqual(['Java', 'Spring'])
  })

  it('a Go-based or Postgres-backed service names the technology', () => {
    const result = inline(stack, ['I built a Go-based ledger on a Postgres-backed queue.'])
    expect(connections(result)).toEqual(['Go <- 1:11 "Go"', 'PostgreSQL <- 1:32 "Postgres"'])
  })

  const phrases = ['# Payments Engineer', '', '## What you will do', '', '- Rebuild the payments-reconciliation service.', '- Join the on-call rotation.']

  it('phrases connect in any inflection and order within one sentence', () => {
    const result = inline(phrases, ['Last year I was reconciling payments by hand; now it is automated.'])
    expect(connections(result)).toEqual(['payments-reconciliation service <- 1:17 "reconciling payments"'])
  })

  it('a compound with a small word ("on-call") connects only written together, with a hyphen or a space', () => {
    expect(connections(inline(phrases, ['I joined the on call rota in 2021.']))).toEqual(['on-call rotation <- 1:14 "on call rota"'])
    expect(inline(phrases, ['I took a call on rotation planning.']).covered).toEqual([])
  })

  it('the words of a phrase must meet in one sentence', () => {
    expect(inline(phrases, ['I handled payments. Reconciliation was another team.']).covered).toEqual([])
  })

  it('words are whole: "repayments" is not "payments", "reconciliations" is', () => {
    expect(inline(phrases, ['I ran repayments and reconciliation jobs.']).covered).toEqual([])
    expect(connections(inline(phrases, ['I ran payment reconciliations.']))).toEqual(['payments-reconciliation service <- 1:7 "payment reconciliations"'])
  })

  it('a posting with nothing to extract covers nothing and misses nothing', () => {
    const result = inline(['We are hiring!', '', 'Come and join us. Apply today.'], ['I built a Go service.'])
    expect(result).toMatchObject({path: 'job.md', stack: [], phrases: [], covered: [], missing: []})
  })
})
