import {describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {cli} from '../helpers/cli.js'
import {findings, lintLines} from '../helpers/lint.js'
import {project} from '../helpers/project.js'

/** Our own letter with one finding of each retext-based rule in its first body paragraph. */
const letter = [
  'Dear Priya Shah,',
  '',
  'I cut the the p99 latency of our payments API from 900ms to 140ms with an new cache, and the ledger was rebuilt in Go.',
  '',
  'I ran the on-call rota for three years and wrote every postmortem for 40 Sev-1 incidents.',
  '',
  'Yours sincerely,',
  'Sam Okafor'
]

const expected = {
  'repeated-words': '3:7-3:14 warning "the the"',
  'indefinite-article': '3:72-3:74 warning "an"',
  'passive-voice': '3:101-3:112 info "was rebuilt"'
} as const

const ruleIds = Object.keys(expected) as Array<keyof typeof expected>

describe('the retext-based rules run as every rule does', () => {
  it('each fires at its words with its recommended severity', () => {
    const result = lintLines(letter)
    expect(ruleIds.map((ruleId) => findings(result, ruleId))).toEqual(ruleIds.map((ruleId) => [expected[ruleId]]))
  })

  it('config sets their severity or turns them off', () => {
    const up = lintLines(letter, {rules: {'repeated-words': {severity: 'error'}, 'indefinite-article': {severity: 'info'}, 'passive-voice': {severity: 'warning'}}})
    expect(findings(up, 'repeated-words')).toEqual(['3:7-3:14 error "the the"'])
    expect(findings(up, 'indefinite-article')).toEqual(['3:72-3:74 info "an"'])
    expect(findings(up, 'passive-voice')).toEqual(['3:101-3:112 warning "was rebuilt"'])
    const off = lintLines(letter, {rules: Object.fromEntries(ruleIds.map((ruleId) => [ruleId, {severity: 'off'}]))})
    expect(ruleIds.flatMap((ruleId) => findings(off, ruleId))).toEqual([])
  })

  it('the warnings cost the score and passive voice, as info, costs nothing', () => {
    const score = (rules: Record<string, {severity: 'off' | 'info'}>): number => lintLines(letter, {rules}).score
    const all = score({})
    const neither = score({'repeated-words': {severity: 'off'}, 'indefinite-article': {severity: 'off'}})
    expect(score({'repeated-words': {severity: 'off'}})).toBeGreaterThan(all)
    expect(score({'indefinite-article': {severity: 'off'}})).toBeGreaterThan(all)
    expect(score({'repeated-words': {severity: 'info'}, 'indefinite-article': {severity: 'info'}})).toBe(neither)
    expect(score({'passive-voice': {severity: 'off'}})).toBe(all)
  })

  it('an inline comment hides them in the next block only', () => {
    const hidden = lintLines([...letter.slice(0, 2), '<!-- cover-lint ignore repeated-words passive-voice -->', '', ...letter.slice(2)])
    expect(findings(hidden, 'repeated-words')).toEqual([])
    expect(findings(hidden, 'passive-voice')).toEqual([])
    expect(findings(hidden, 'indefinite-article')).toEqual(['5:72-5:74 warning "an"'])
  })

  it('--rule on the command line, and the rules list', () => {
    const folder = project({'letter.md': `${letter.join('\n')}\n`})
    const run = cli(['--format', 'json', '--rule', 'repeated-words=off', '--rule', 'passive-voice=error', 'letter.md'], {cwd: folder})
    const result = (JSON.parse(run.stdout) as LintResult[])[0]!
    expect(findings(result, 'repeated-words')).toEqual([])
    expect(findings(result, 'passive-voice')).toEqual(['3:101-3:112 error "was rebuilt"'])
    expect(run.code).toBe(1)
    const rules = cli(['rules'], {cwd: folder}).stdout
    expect(rules).toMatch(/^repeated-words +warning /m)
    expect(rules).toMatch(/^indefinite-article +warning /m)
    expect(rules).toMatch(/^passive-voice +info /m)
  })
})
