import {describe, expect, it} from 'vitest'
import synonyms from '../../src/job/data/synonyms.json' with {type: 'json'}
import {extractPosting} from '../../src/job/extract.js'
import {phrasingTerms} from '../../src/job/synonyms.js'
import {lint} from '../../src/lint.js'
import type {JobResult} from '../../src/types.js'

function job(postingLines: readonly string[], letterLines: readonly string[]): JobResult {
  const posting = extractPosting(postingLines.join('\n'), {path: 'job.md'})
  return lint(letterLines.join('\n'), {filePath: 'letter.md', posting}).job!
}

/** What the letter covers of the posting's key phrases, with the letter's words. */
const phrasesCovered = (result: JobResult): string[] =>
  result.covered.filter((item) => item.type === 'phrase').map((item) => `${item.name} <- "${item.letter.text}"`)

const posting = (...duties: string[]): string[] => ['# Backend Engineer', '', '## What you will do', '', ...duties.map((duty) => `- ${duty}`)]

describe('the synonym table (src/job/data/synonyms.json)', () => {
  const concepts = synonyms.concepts as Array<{id: string; about: string; same: string[]; shownBy?: string[]; askedAs?: string[]}>

  it('each concept has a unique id, says what it is, and has phrasings that mean it', () => {
    expect(new Set(concepts.map((concept) => concept.id)).size).toBe(concepts.length)
    for (const concept of concepts) {
      expect(concept.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(concept.about.length, concept.id).toBeGreaterThan(5)
      expect(concept.same.length, concept.id).toBeGreaterThan(0)
    }
  })

  it('phrasings are lower-case words, listed once in their concept, each with something to match', () => {
    for (const concept of concepts) {
      const all = [...concept.same, ...(concept.shownBy ?? []), ...(concept.askedAs ?? [])]
      expect(new Set(all).size, concept.id).toBe(all.length)
      for (const phrasing of all) {
        expect(phrasing, concept.id).toMatch(/^[a-z0-9](?:[a-z0-9 /-]*[a-z0-9])?$/)
        expect(phrasingTerms(phrasing).length, `${concept.id}: ${phrasing}`).toBeGreaterThan(0)
      }
    }
  })

  it('a phrasing means the same work in one concept only', () => {
    const owner = new Map<string, string>()
    for (const concept of concepts) {
      for (const phrasing of concept.same) {
        expect(owner.get(phrasing), `"${phrasing}" in ${owner.get(phrasing)} and ${concept.id}`).toBeUndefined()
        owner.set(phrasing, concept.id)
      }
    }
  })

  it('a phrasing that names a technology matches it in any spelling; a hyphenated word is one term', () => {
    expect(phrasingTerms('opentelemetry')).toEqual([{technology: 'OpenTelemetry'}])
    expect(phrasingTerms('new relic')).toEqual([{technology: 'New Relic'}])
    expect(phrasingTerms('sev-1 review')).toEqual([
      {stem: 'sev 1', exact: true},
      {stem: 'review', exact: true}
    ])
    expect(phrasingTerms('carry the pager')).toEqual([
      {stem: 'carri', exact: true},
      {stem: 'pager', exact: true}
    ])
  })
})

describe('a letter covers a phrase when it shows the same work in other words', () => {
  it('carrying the pager is the on-call rotation', () => {
    const result = job(posting('Join the on-call rotation (one week in six).'), ['I carry the pager one week in five for the payments API.'])
    expect(phrasesCovered(result)).toEqual(['on-call rotation <- "pager"'])
  })

  it('an out-of-hours support rota is on call, both ways', () => {
    expect(phrasesCovered(job(posting('Take part in the out-of-hours support rota.'), ['I have been on call for our booking API since 2022.']))).toEqual([
      'out-of-hours support rota <- "on call"'
    ])
    expect(phrasesCovered(job(posting('Join our on-call rota.'), ['I was on the out-of-hours rota for three years.']))).toEqual(['on-call rota <- "out-of-hours rota"'])
  })

  it('leading the review of a Sev-1, or writing its postmortem, is an incident review', () => {
    const duty = posting('Lead incident reviews when things break.')
    expect(phrasesCovered(job(duty, ['I led the review of a Sev-1 where a retry storm double-posted payouts.']))).toEqual(['incident reviews <- "review of a Sev-1"'])
    expect(phrasesCovered(job(duty, ['I wrote the postmortem for our worst outage of 2024.']))).toEqual(['incident reviews <- "postmortem"'])
  })

  it('tracing shows observability, but observability is not tracing', () => {
    expect(phrasesCovered(job(posting('Improve observability across the platform.'), ['I added distributed tracing to every payments service.']))).toEqual([
      'observability <- "distributed tracing"'
    ])
    expect(phrasesCovered(job(posting('Own distributed tracing across the platform.'), ['I care a great deal about observability.']))).toEqual([])
  })

  it('a technology that does the work shows it: OpenTelemetry in any spelling shows observability', () => {
    expect(phrasesCovered(job(posting('Improve observability across the platform.'), ['I instrumented the ledger with OTel last spring.']))).toEqual([
      'observability <- "instrumented"'
    ])
  })

  it('the other words stand in only for their part of a phrase: exactly-once payouts answer idempotent payout APIs', () => {
    const duty = posting('Design idempotent payout APIs that partners call all day.')
    expect(phrasesCovered(job(duty, ['I made payouts exactly-once with a deduplication table.']))).toEqual(['idempotent payout APIs <- "payouts exactly-once"'])
    expect(phrasesCovered(job(duty, ['Our consumers process events exactly once.']))).toEqual([])
  })

  it('a posting may ask in words too vague to answer with: changing database tables is schema migrations, designing tables is not', () => {
    const duty = posting('Change database tables safely, with every migration reviewed.')
    expect(phrasesCovered(job(duty, ['I rehearsed each schema migration on a copy of the live database.']))).toEqual(['database tables <- "schema migration"'])
    expect(phrasesCovered(job(posting('Own our schema migrations.'), ['I designed the database tables for the booking app.']))).toEqual([])
  })

  it('a nightly import is a nightly batch job; a nightly stand-up is not', () => {
    const duty = posting('Move our hotel sync off a nightly batch job.')
    expect(phrasesCovered(job(duty, ['I replaced a nightly spreadsheet import with an API call.']))).toEqual(['nightly batch job <- "nightly spreadsheet import"'])
    expect(phrasesCovered(job(duty, ['We hold a nightly stand-up with the Sydney team.']))).toEqual([])
  })

  it('near words of another meaning do not connect: web pages are no pager, a Redis cache is not semantic caching', () => {
    expect(phrasesCovered(job(posting('Join the on-call rotation.'), ['I build fast, accessible pages in React.']))).toEqual([])
    expect(phrasesCovered(job(posting('Bring semantic caching to the assistant.'), ['I cached sessions in Redis and halved p99.']))).toEqual([])
  })
})
