import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint, lintFile} from '../../src/lint.js'
import {parse} from '../../src/parse/index.js'
import {ruleDocsUrl} from '../../src/reporters/rule-docs.js'

const weak = readFileSync(new URL('../../fixtures/letters/weak.md', import.meta.url), 'utf8')

describe('a letter is linted as a VFile', () => {
  it('every finding is a VFileMessage with ruleId, source, place, actual, expected and url', () => {
    const {file, result} = lintFile(parse(weak, 'markdown'), {filePath: 'weak.md'})
    expect(file.path).toBe('weak.md')
    expect(String(file)).toBe(weak)
    expect(file.messages).toHaveLength(result.messages.length)
    expect(file.messages.length).toBeGreaterThan(3)
    file.messages.forEach((message, index) => {
      const json = result.messages[index]!
      expect(message.source).toBe('cover-lint')
      expect(message.ruleId).toBe(json.ruleId)
      expect(message.reason).toBe(json.message)
      expect(message.place).toEqual({start: {line: json.line, column: json.column}, end: {line: json.endLine, column: json.endColumn}})
      expect(message.actual).toBe(json.actual)
      expect(message.expected).toEqual(json.expected)
      expect(message.url).toBe(ruleDocsUrl(json.ruleId))
      // Severity is vfile's `fatal`: true an error, false a warning, unset an info.
      expect(message.fatal).toBe(json.severity === 'error' ? true : json.severity === 'warning' ? false : undefined)
    })
  })

  it('the JSON result is made from those messages, and is what lint() returns', () => {
    const {file, result} = lintFile(parse(weak, 'markdown'), {filePath: 'weak.md'})
    expect(lint(weak, {filePath: 'weak.md'})).toEqual(result)
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
    )
  })
})
