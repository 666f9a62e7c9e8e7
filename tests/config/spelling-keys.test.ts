import {describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {cli} from '../helpers/cli.js'
import {project} from '../helpers/project.js'

const letter = ['Dear Priya Shah,', '', 'I optimized the colour of every quorvex and tallyhook dashboard.', '', 'Yours sincerely,', 'Sam Okafor', ''].join('\n')

function spelling(root: string): string[] {
  const run = cli(['--format', 'json', 'letter.md'], {cwd: root})
  expect(run.stderr).toBe('')
  return (JSON.parse(run.stdout) as LintResult[])[0]!.messages.filter((message) => message.ruleId === 'spelling').map((message) => `${message.line}:${message.column} ${message.actual} ${JSON.stringify(message.expected)}`)
}

describe('the locale and dictionary keys reach the spelling rule', () => {
  it('without a config: British spelling, no personal words', () => {
    expect(spelling(project({'letter.md': letter}))).toEqual([
      '3:3 optimized ["optimised"]',
      '3:33 quorvex undefined',
      '3:45 tallyhook ["tallyho","tally hook"]'
    ])
  })

  it('"locale": "en-US" checks American spelling; "dictionary" words are known in any case, and add up through extends', () => {
    const root = project({
      'base.json': {dictionary: ['Quorvex']},
      '.coverlintrc.json': {extends: ['./base.json'], locale: 'en-US', dictionary: ['TALLYHOOK']},
      'letter.md': letter
    })
    expect(spelling(root)).toEqual(['3:17 colour ["color"]'])
    const printed = JSON.parse(cli(['print-config', 'letter.md'], {cwd: root}).stdout) as {locale: string; dictionary: string[]; rules: Record<string, unknown>}
    expect([printed.locale, printed.dictionary]).toEqual(['en-US', ['Quorvex', 'TALLYHOOK']])
    expect(printed.rules.spelling).toEqual({
      severity: {misspelt: 'warning', 'over-max': 'error', variant: 'warning'},
      options: {max: 2, locale: 'en-US', dictionary: ['Quorvex', 'TALLYHOOK']}
    })
  })

  it('they are keys of the config, not options of the rule', () => {
    const root = project({'.coverlintrc.json': {rules: {spelling: ['warn', {locale: 'en-US'}]}}, 'letter.md': letter})
    expect(cli(['letter.md'], {cwd: root})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cover-lint: .coverlintrc.json: rules.spelling: "locale" is a key of the config, not an option of spelling: set it at the top level ("locale": ...)\n'
    })
  })
})
