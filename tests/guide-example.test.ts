import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {corpusDir} from './helpers/corpus.js'

/**
 * The recruiting guide's own example letter, read from the guide beside the corpus at test time
 * (never copied into the project; skipped when the guide is absent). With its template fields
 * filled in, as its reader would send it, it is the letter every rule was written from: a
 * shortlist at 100 with no findings, its distributed-systems evidence from its distributed work.
 */
const guidePath = process.env.COVER_LINT_GUIDE ?? join(dirname(corpusDir), 'guide', 'backend-engineer-cover-letter-guide.txt')
const hasGuide = existsSync(guidePath)

function example(): string {
  const guide = readFileSync(guidePath, 'utf8')
  const start = guide.indexOf('Example backend engineer cover letter')
  const end = guide.indexOf('Why this works', start)
  return guide.slice(guide.indexOf('\n', start) + 1, end).trim()
}

describe.skipIf(!hasGuide)("the guide's example letter", () => {
  it('shortlists at 100 with no findings once its template fields are filled in', () => {
    const letter = example().replace('[Hiring Manager / Hiring Partner]', 'Priya Shah').replace('[Company]', 'Ledgerline').replace('[Your Name]', 'Sam Okafor')
    const result = lint(letter, {filePath: 'guide-example.md'})
    expect(result.messages).toEqual([])
    expect(result).toMatchObject({verdict: 'shortlist', score: 100, substance: {met: true, missing: []}})
    expect(Object.values(result.signals).every((signal) => signal.proved)).toBe(true)
  })

  it('draws its distributed-systems evidence from the migrations, not from its AI sentence', () => {
    const letter = example().replace('[Hiring Manager / Hiring Partner]', 'Priya Shah').replace('[Company]', 'Ledgerline').replace('[Your Name]', 'Sam Okafor')
    const evidence = lint(letter, {filePath: 'guide-example.md'}).signals.distributed.evidence.map((quote) => quote.text)
    expect(evidence).toEqual([
      'moving £40m monthly transaction volume from a Python service to a Go-based event-driven architecture',
      'designed the dual-write migration that took our 100M-row user-events table'
    ])
  })

  it('as printed, with its template fields left in, is held back only by those fields', () => {
    const result = lint(example(), {filePath: 'guide-example.md'})
    expect(result.messages.map((message) => `${message.ruleId} ${message.actual}`)).toEqual([
      'no-placeholders [Hiring Manager / Hiring Partner]',
      'no-placeholders [Company]',
      'no-placeholders [Your Name]'
    ])
  })
})
