import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {verdictDiagnostic} from '../../src/lsp/diagnostics.js'

const read = (path: string) => lint(readFileSync(path, 'utf8'), {filePath: path})

describe('the verdict diagnostic', () => {
  it('says what a letter lacks for a shortlist before the signals it misses', () => {
    const result = read('fixtures/calibration/no-company-no-role/letter.md')
    expect(verdictDiagnostic(result, 20).message).toBe(
      `MAYBE ${result.score}/100: a panel might read on, but it lacks what a shortlist needs. Not a shortlist yet: it never names the company or the role you are applying for. Missing: Database depth, AI infrastructure. ${result.stats.words} words of 350 · 3 paragraphs · about ${result.stats.readingSeconds} s to read · ${result.stats.scaleNumbers} scale numbers.`
    )
  })

  it('says nothing of substance for a letter that has it', () => {
    expect(verdictDiagnostic(read('fixtures/letters/strong.md'), 20).message).not.toContain('Not a shortlist yet')
  })
})
