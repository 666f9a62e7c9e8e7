import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {location} from 'vfile-location'
import {lint} from '../src/lint.js'
import {hasCorpus, realLetters} from './helpers/corpus.js'

/**
 * Real letters people sent: no crash, and every finding points at the words it names. Whether a
 * finding is right is read by people (see the corpus notes in the README); this guards the
 * mechanics on prose nobody wrote for a test.
 */
describe.skipIf(!hasCorpus)('the real-letter corpus', () => {
  const letters = realLetters()

  it('has all 69 letters', () => {
    expect(letters).toHaveLength(69)
  })

  for (const path of letters) {
    it(`lints ${path.slice(-6)} with every position inside the file and on its words`, () => {
      const text = readFileSync(path, 'utf8')
      const result = lint(text, {filePath: path})
      const place = location(text)
      for (const message of result.messages) {
        const start = place.toOffset({line: message.line, column: message.column})
        const end = place.toOffset({line: message.endLine, column: message.endColumn})
        expect(start, `${message.ruleId} start`).toBeTypeOf('number')
        expect(end, `${message.ruleId} end`).toBeTypeOf('number')
        expect(end!).toBeGreaterThanOrEqual(start!)
        if (message.actual !== undefined) {
          expect(text.slice(start!, end!).replace(/\s+/g, ' ').trim(), message.ruleId).toBe(message.actual)
        }
      }
    })
  }
})
