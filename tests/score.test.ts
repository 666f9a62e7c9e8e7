import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {root} from './helpers/cli.js'

const strong = readFileSync(join(root, 'fixtures', 'letters', 'strong.md'), 'utf8')
const lintText = (text: string, rules = {}) => lint(text, {filePath: 'letter.md', rules})

describe('score', () => {
  it('a letter that proves every signal with no findings scores 100', () => {
    expect(lintText(strong)).toMatchObject({score: 100, verdict: 'shortlist'})
  })

  it('each warning takes 3% of the score and each error 10%', () => {
    const warned = lintText(strong.replace('I can be reached', 'I am a team player and can be reached'))
    expect(warned.warningCount).toBe(1)
    expect(warned.score).toBe(97)
    const erred = lintText(strong, {'word-count': {severity: 'error', options: {max: 150}}})
    expect(erred.errorCount).toBe(1)
    // Concision is now half proved (paragraphs pass, length does not): 95, less 10%.
    expect(erred.signals.concision.earned).toBe(5)
    expect(erred.score).toBe(86)
    expect(erred.verdict).toBe('maybe')
  })

  it('a partly proved signal earns part of its weight: one scale number of the two expected', () => {
    const result = lintText(['Dear Priya,', '', 'I am applying for the Backend Engineer role at Ledgerline. I cut p99 latency from 480ms to 95ms on the payments API.'].join('\n'))
    expect(result.signals.scale).toMatchObject({proved: false, earned: 10, evidence: [{text: 'p99 latency from 480ms to 95ms'}]})
  })

  it('keeps spreading below the shortlist line instead of stopping at 0', () => {
    const weak = lintText(readFileSync(join(root, 'fixtures', 'letters', 'weak.md'), 'utf8'))
    expect(weak.verdict).toBe('binned')
    expect(weak.errorCount).toBeGreaterThanOrEqual(3)
    expect(weak.score).toBeGreaterThan(0)
  })
})

describe('signal advice', () => {
  const strict = {'word-count': {options: {min: 150, max: 300}}, 'paragraph-count': {options: {min: 3, max: 3}}}

  it('words concision in the limits configured, naming what is off', () => {
    const short = lintText(['Dear Priya,', '', 'I led the ledger rebuild at Northwind for the Backend Engineer role.'].join('\n'), strict)
    expect(short.signals.concision.advice).toBe('between 150 and 300 words, in 3 paragraphs')
    const defaults = lintText(['Dear Priya,', '', 'I led the ledger rebuild at Northwind for the Backend Engineer role.'].join('\n'))
    expect(defaults.signals.concision.advice).toBe('between 100 and 350 words, in 2 to 4 paragraphs (three reads best)')
  })

  it('names only the part that is off, and nothing once proved', () => {
    const onePart = lintText(strong, {'paragraph-count': {options: {min: 4, max: 4}}})
    expect(onePart.signals.concision).toMatchObject({proved: false, earned: 5, advice: '4 paragraphs'})
    expect(lintText(strong, strict).signals.concision).toMatchObject({proved: true, advice: ''})
  })

  it('words the scale advice from its minimum', () => {
    const result = lintText(['Dear Priya,', '', 'I write clean code for the Backend Engineer role at Ledgerline.'].join('\n'), {'scale-numbers': {options: {min: 3}}})
    expect(result.signals.scale.advice).toBe('put numbers on at least 3 things you ran: volume, rate, latency, money, uptime')
  })
})

describe('substance', () => {
  it('a letter that names no company and no role cannot be shortlisted, and says why', () => {
    const unnamed = strong.replace('Your posting describes', 'The industry is now').replace("Ledgerline's settlement rebuild", 'a settlement rebuild')
    const result = lintText(unnamed)
    expect(result.substance).toEqual({met: false, missing: ['it never names the company or the role you are applying for']})
    expect(result.verdict).toBe('maybe')
    expect(result.score).toBeLessThanOrEqual(69)
  })

  it('a letter of fragments cannot be shortlisted whatever its keywords', () => {
    const salad = [
      'Dear Priya,',
      '',
      'Senior Backend Engineer role at Ledgerline. Event-driven microservices at 14,000 writes/s, p99 40ms, 99.99% uptime. Sharding, idempotency keys, outbox, failover.',
      '',
      'On-call, incidents, SLOs, postmortems: MTTR down 60%. PostgreSQL, EXPLAIN ANALYZE, composite indexes, zero-downtime migrations. RAG, pgvector, semantic caching: LLM costs down 45%.',
      '',
      'Available now.',
      '',
      'Yours sincerely,',
      'Sam'
    ].join('\n')
    const result = lintText(salad)
    expect(result.verdict).not.toBe('shortlist')
    expect(result.substance.met).toBe(false)
    expect(result.substance.missing).toContain('no whole sentence says what you did: write at least two about systems you built or ran ("I led...", "my team cut...")')
  })

  it('a condition whose rule is off is not required', () => {
    const unnamed = strong.replace('Your posting describes', 'The industry is now').replace("Ledgerline's settlement rebuild", 'a settlement rebuild')
    expect(lintText(unnamed, {tailoring: {severity: 'off'}})).toMatchObject({substance: {met: true}, verdict: 'shortlist'})
  })
})
