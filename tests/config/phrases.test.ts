import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {findings} from '../helpers/lint.js'
import {letter, project} from '../helpers/project.js'
import type {LintResult} from '../../src/types.js'

const phrases = [
  {id: 'custom/routing', match: ['order routing', 'order-routing service'], message: 'name the system: "Fenwick Dispatch"', suggest: ['Fenwick Dispatch']},
  {id: 'custom/pairing', severity: 'error', match: ['pairing']},
  {id: 'custom/company', required: true, match: ['Ledgerline', 'Ledgerline Ltd'], message: 'say why this company'},
  {id: 'custom/query-plans', severity: 'info', required: true, match: ['query plans']}
]

function lintWith(config: object, text = letter, args: readonly string[] = []): LintResult {
  const root = project({'.coverlintrc.json': config, 'letter.md': text})
  const run = cli(['--format', 'json', ...args, 'letter.md'], {cwd: root})
  expect(run.stderr).toBe('')
  return (JSON.parse(run.stdout) as LintResult[])[0]!
}

describe('phrase rules (phrases)', () => {
  it('banned phrases fire under their own ids with message and suggestions; required ones when missing', () => {
    const result = lintWith({phrases})
    // The longest phrase wins: "order-routing service" (a hyphen matches a hyphen or a space).
    expect(findings(result, 'custom/routing', true)).toEqual(['3:25-3:46 warning "order-routing service": name the system: "Fenwick Dispatch"'])
    expect(result.messages.find((message) => message.ruleId === 'custom/routing')?.expected).toEqual(['Fenwick Dispatch'])
    expect(findings(result, 'custom/pairing', true)).toEqual(['5:279-5:286 error "pairing" is a phrase this project bans'])
    expect(findings(result, 'custom/company', true)).toEqual(['3:1-7:131 warning The letter never says "Ledgerline" or "Ledgerline Ltd": say why this company'])
    // Present: a required phrase is quiet.
    expect(findings(result, 'custom/query-plans')).toEqual([])
  })

  it('matches case-insensitively and across line breaks, on whole words only', () => {
    const text = letter.replace('pairing with analysts', 'PAIRING\nwith analysts').replace('a team player', 'a team-player, not a pairings person')
    const result = lintWith({phrases: [{id: 'custom/pairing-with', match: ['pairing with']}]}, text)
    expect(findings(result, 'custom/pairing-with')).toEqual(['5:302-6:5 warning "PAIRING with"'])
  })

  it('phrases are words, never patterns: regex characters are refused, not run', () => {
    const root = project({'.coverlintrc.json': {phrases: [{id: 'custom/x', match: ['(a+)+$']}]}, 'letter.md': letter})
    const run = cli(['letter.md'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: .coverlintrc.json: phrases[0].match[0]: "(a+)+$" must be words (letters, digits, hyphens, apostrophes): phrases are matched on words, never as patterns\n')
  })

  it('a phrase is at most 32 words: a longer one is a config error that quotes its start, not all of it', () => {
    const long = Array.from({length: 5001}, (_, index) => `word${index}`).join(' ')
    const root = project({'.coverlintrc.json': {phrases: [{id: 'custom/passage', match: ['team player', long]}]}, 'letter.md': letter})
    const run = cli(['letter.md'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: .coverlintrc.json: phrases[0].match[1]: "word0 word1 word2 word3 ..." is 5,001 words; a phrase to match is at most 32 words (a phrase, not a passage)\n')
    const longest = Array.from({length: 32}, () => 'team').join(' ')
    expect(lintWith({phrases: [{id: 'custom/thirty-two', match: [longest]}]}).messages.filter((message) => message.ruleId === 'custom/thirty-two')).toEqual([])
  })

  it('rules and --rule set their severity like any rule', () => {
    const result = lintWith({phrases, rules: {'custom/pairing': 'warn', 'custom/company': 'off'}}, letter, ['--rule', 'custom/routing=error'])
    expect(findings(result, 'custom/pairing')).toEqual(['5:279-5:286 warning "pairing"'])
    expect(findings(result, 'custom/company')).toEqual([])
    expect(findings(result, 'custom/routing')).toEqual(['3:25-3:46 error "order-routing service"'])
  })

  it('inline comments control them by id', () => {
    const text = letter.replace('I redesigned', '<!-- cover-lint ignore custom/pairing -->\n\nI redesigned')
    const result = lintWith({phrases}, text)
    expect(findings(result, 'custom/pairing')).toEqual([])
    expect(result.messages.filter((message) => message.ruleId.startsWith('cover-lint/'))).toEqual([])
  })

  it('an extending file can redefine a phrase by id', () => {
    const root = project({
      'base.json': {phrases: [{id: 'custom/pairing', match: ['pairing']}, {id: 'custom/team', match: ['team']}]},
      '.coverlintrc.json': {extends: './base.json', phrases: [{id: 'custom/pairing', match: ['analysts'], severity: 'info'}]},
      'letter.md': letter
    })
    const result = (JSON.parse(cli(['--format', 'json', 'letter.md'], {cwd: root}).stdout) as LintResult[])[0]!
    expect(findings(result, 'custom/pairing')).toEqual(['5:292-5:300 info "analysts"'])
    expect(findings(result, 'custom/team')).toEqual(['5:256-5:260 warning "team"'])
  })
})
