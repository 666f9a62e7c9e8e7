import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import github from '../../src/reporters/github.js'
import stylish from '../../src/reporters/stylish.js'
import {escapeData, escapeProperty} from '../../src/reporters/workflow-commands.js'
import type {LintMessage} from '../../src/types.js'
import {inertPart} from '../helpers/actions-runner.js'
import {cli} from '../helpers/cli.js'
import {expectedSummary, lintFixture, reporterContext, withMessages} from '../helpers/reporters.js'

/** How the Actions runner reads an escaped value back (the reverse of @actions/core's escaping). */
function unescapeValue(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

function message(overrides: Partial<LintMessage>): LintMessage {
  return {ruleId: 'no-cliche', severity: 'warning', message: 'x', line: 2, column: 3, endLine: 2, endColumn: 9, ...overrides}
}

describe('github workflow-command escaping', {timeout: 60_000}, () => {
  it('escapes %, CR and LF in messages, and : and , as well in properties', () => {
    expect(escapeData('100% sure: yes, really\r\nnext line\nlast')).toBe('100%25 sure: yes, really%0D%0Anext line%0Alast')
    expect(escapeProperty('applications/acme: 50%, London\n.md')).toBe('applications/acme%3A 50%25%2C London%0A.md')
    // % first: an already-escaped-looking text must survive the round trip.
    expect(escapeData('%0A is not a newline')).toBe('%250A is not a newline')
  })

  it('round-trips any text, and never leaves a character that would end a value', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        expect(unescapeValue(escapeData(text))).toBe(text)
        expect(unescapeValue(escapeProperty(text))).toBe(text)
        expect(escapeData(text)).not.toMatch(/[\r\n]/)
        expect(escapeProperty(text)).not.toMatch(/[\r\n:,]/)
      })
    )
  })

  it('writes each finding as an annotation with file, lines, columns and title escaped', () => {
    const base = lintFixture('promising.md')
    const result = withMessages(base, 'letters/acme: london, 100%.md', [
      message({message: 'Line one: 100% sure, really\r\nline two\nline three', severity: 'error'}),
      message({ruleId: 'word-count', message: 'plain', severity: 'warning', line: 3, column: 1, endLine: 7, endColumn: 108}),
      message({ruleId: 'salutation', message: 'a note', severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 17})
    ])
    const lines = github([result], reporterContext()).split('\n')
    expect(lines.slice(0, 5)).toEqual([
      '::group::cover-lint letters/acme: london, 100%25.md: maybe 68/100, 3 problems (1 error, 1 warning, 1 info)',
      '::error file=letters/acme%3A london%2C 100%25.md,line=2,endLine=2,col=3,endColumn=9,title=cover-lint (no-cliche)::Line one: 100%25 sure, really%0D%0Aline two%0Aline three',
      '::warning file=letters/acme%3A london%2C 100%25.md,line=3,endLine=7,col=1,endColumn=108,title=cover-lint (word-count)::plain',
      '::notice file=letters/acme%3A london%2C 100%25.md,line=1,endLine=1,col=1,endColumn=17,title=cover-lint (salutation)::a note',
      '::endgroup::'
    ])
  })

  it('puts one group per letter before the full stylish report, since GitHub shows only 10 annotations of a kind', () => {
    const results = [lintFixture('promising.md'), lintFixture('strong.md'), lintFixture('weak.md')]
    const output = github(results, reporterContext())
    const groups = output.split('\n').filter((line) => line.startsWith('::group::'))
    const [promising, strong, weak] = results
    expect(groups).toEqual([
      `::group::cover-lint fixtures/letters/promising.md: maybe ${promising!.score}/100, ${promising!.warningCount} problems (0 errors, ${promising!.warningCount} warnings)`,
      '::group::cover-lint fixtures/letters/strong.md: shortlist 100/100, no problems',
      `::group::cover-lint fixtures/letters/weak.md: binned 4/100, ${weak!.messages.length} problems (${weak!.errorCount} errors, ${weak!.warningCount} warnings)`
    ])
    expect(strong!.messages).toEqual([])
    expect(output.split('\n').filter((line) => line === '::endgroup::')).toHaveLength(3)
    const annotations = output.split('\n').filter((line) => /^::(error|warning|notice) /.test(line))
    expect(annotations).toHaveLength(promising!.messages.length + weak!.messages.length)
    // The stylish report follows, printed so that the runner acts on none of its lines.
    const report = stylish(results, reporterContext())
    expect(inertPart(output)).toBe(report)
    expect(output.endsWith(`${report}::${/^::stop-commands::(.+)$/m.exec(output)![1]}::\n`)).toBe(true)
    expect(report.trimEnd().split('\n').at(-1)).toBe(`✖ ${expectedSummary(results)}`)
  })

  it('is what the CLI prints with --format github', () => {
    const run = cli(['--format', 'github', 'fixtures/letters/weak.md'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::warning file=fixtures/letters/weak.md,line=5,endLine=5,col=319,endColumn=330,title=cover-lint (no-cliche)::"team player" is claimed by everyone: name a team outcome you drove (an incident you led, a migration you coordinated).'
    )
    expect(run.stdout).toContain('\nfixtures/letters/weak.md\n  BINNED 4/100')
  })
})
