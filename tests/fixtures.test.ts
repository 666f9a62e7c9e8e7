import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import type {LintResult} from '../src/types.js'
import {root} from './helpers/cli.js'

/**
 * Whole letters and their expected results, reviewed by hand (`npm run fixtures` regenerates
 * them; the diff is the review): a fresh lint of each letter must give its reviewed result. The
 * calibration the guide asks for is checked on fresh lints too, not on the reviewed files, so
 * regenerating them cannot make a calibration test pass.
 */
const folder = join(root, 'fixtures', 'letters')
const letters = readdirSync(folder).filter((name) => /\.(md|txt)$/.test(name)).sort()

/** A fresh lint of a fixture letter, named as the reviewed results name it. */
function lintLetter(name: string): LintResult {
  return lint(readFileSync(join(folder, name), 'utf8'), {filePath: `fixtures/letters/${name}`})
}

function expected(name: string): LintResult {
  return JSON.parse(readFileSync(join(folder, name.replace(/\.(md|txt)$/, '.expected.json')), 'utf8')) as LintResult
}

describe('fixture letters', () => {
  for (const name of letters) {
    it(`${name} gives its reviewed result`, () => {
      expect(lintLetter(name)).toEqual(expected(name))
    })
  }
})

describe('calibration', () => {
  const result = lintLetter

  it('a strong letter in the guide\'s shape is shortlisted with no errors', () => {
    expect(result('strong.md')).toMatchObject({verdict: 'shortlist', errorCount: 0})
    expect(Object.values(result('strong.md').signals).every((signal) => signal.proved)).toBe(true)
  })

  it('the same letter with its template fields left in: an error on each, not shortlisted', () => {
    const placeholders = result('placeholders.md')
    expect(placeholders.verdict).not.toBe('shortlist')
    expect(placeholders.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['no-placeholders', '[Hiring Manager Name]'],
      ['no-placeholders', '[Company]'],
      ['no-placeholders', '[Hiring Manager]'],
      ['no-placeholders', '{{company}}'],
      ['no-placeholders', '[Your Name]']
    ])
  })

  it("a letter made of the guide's common mistakes is binned, for those mistakes", () => {
    const weak = result('weak.md')
    expect(weak.verdict).toBe('binned')
    const fired = new Set(weak.messages.map((message) => message.ruleId))
    for (const rule of ['no-language-list', 'scale-numbers', 'operations-evidence', 'no-cliche', 'no-cv-summary']) expect(fired).toContain(rule)
  })

  it('nothing fires on front matter, code or HTML comments', () => {
    const markup = result('markup.md')
    expect(markup.messages).toEqual([])
    expect(markup.verdict).toBe('shortlist')
  })

  it('a plain-text letter with CRLF line endings and a byte-order mark', () => {
    const plain = result('plain-crlf.txt')
    expect(plain.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual ?? ''}`.trim())).toEqual([
      '3:1 ai-infrastructure',
      '8:49 no-cliche passionate about'
    ])
  })
})
