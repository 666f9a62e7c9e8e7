import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {root} from './helpers/cli.js'

/** The library checks settings handed to it in code, as config files are checked when read. */
describe('lint() with settings from code', () => {
  const letter = readFileSync(join(root, 'fixtures/letters/weak.md'), 'utf8')

  it.each([
    [{'no-cliche': {severity: 'fatal'}}, 'rules.no-cliche: "fatal" is not a severity; use "off", "info", "warning" or "error"'],
    [{'no-cliche': {severity: 'constructor'}}, 'rules.no-cliche: "constructor" is not a severity; use "off", "info", "warning" or "error"'],
    [{'no-cliche': 'error'}, 'rules.no-cliche: must be {severity?, options?}, got "error"'],
    [{'word-count': {options: 300}}, 'rules.word-count: options must be an object, got 300']
  ])('refuses %j with a TypeError naming the rule', (rules, message) => {
    expect(() => lint(letter, {rules: rules as never})).toThrow(new TypeError(message))
  })

  it('refuses a rule that does not exist, listing the ones that do', () => {
    expect(() => lint(letter, {rules: {'no-clichee': {severity: 'off'}}})).toThrow(/^rules\.no-clichee: unknown rule; known rules: .*\bno-cliche\b/)
  })

  it('takes good settings: a severity changes the counts and a score stays a number', () => {
    const base = lint(letter)
    const raised = lint(letter, {rules: {'no-cliche': {severity: 'error'}}})
    const cliches = base.messages.filter((message) => message.ruleId === 'no-cliche').length
    expect(cliches).toBeGreaterThan(0)
    expect(raised.errorCount).toBe(base.errorCount + cliches)
    expect(Number.isFinite(raised.score)).toBe(true)
  })
})
