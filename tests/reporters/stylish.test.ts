import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {main} from '../../src/cli.js'
import {extractPosting} from '../../src/job/extract.js'
import {lint} from '../../src/lint.js'
import {fewWords, hang, reportWidth} from '../../src/reporters/layout.js'
import stylish from '../../src/reporters/stylish.js'
import type {LintMessage} from '../../src/types.js'
import {lintFixture, reporterContext, withMessages} from '../helpers/reporters.js'

const jobLetter = lint(readFileSync('fixtures/jobs/fintech-backend/letter.md', 'utf8'), {
  filePath: 'fixtures/jobs/fintech-backend/letter.md',
  posting: extractPosting(readFileSync('fixtures/jobs/fintech-backend/job.md', 'utf8'), {path: 'fixtures/jobs/fintech-backend/job.md'})
})
const letters = [lintFixture('weak.md'), lintFixture('promising.md'), lintFixture('strong.md'), lintFixture('placeholders.md'), jobLetter]

/** The lines of the findings section of a one-letter report, up to the blank line before the summary. */
function findingsOf(report: string): string[] {
  const lines = report.split('\n')
  const start = lines.findIndex((line) => line.startsWith('  Findings'))
  return lines.slice(start, lines.length - 3)
}

function message(fields: Partial<LintMessage> & Pick<LintMessage, 'ruleId' | 'severity' | 'message' | 'line' | 'column'>): LintMessage {
  return {endLine: fields.line, endColumn: fields.column + 1, ...fields}
}

describe('the stylish report at 80 to 100 columns', () => {
  for (const width of [undefined, 80, 100]) {
    it(`no line is wider than ${width ?? 'the default 80'} columns, except the summary`, () => {
      const report = stylish(letters, {...reporterContext(), ...(width === undefined ? {} : {width})})
      const lines = report.trimEnd().split('\n')
      const over = lines.slice(0, -1).filter((line) => [...line].length > (width ?? 80))
      expect(over).toEqual([])
      expect(lines.at(-1)).toMatch(/^✖ 5 letters: /)
    })
  }

  it('wraps a message at word boundaries under its place, and the lines put back together are the message', () => {
    const weak = lintFixture('weak.md')
    const lines = findingsOf(stylish([weak], reporterContext()))
    const head = lines.indexOf('    5:236  warning  tech-needs-outcome')
    expect(head).toBeGreaterThan(0)
    const body: string[] = []
    for (let index = head + 1; lines[index]?.startsWith('      '); index++) body.push(lines[index]!)
    expect(body.length).toBeGreaterThan(1)
    expect(body.map((line) => line.slice(6)).join(' ')).toBe(weak.messages.find((found) => found.ruleId === 'tech-needs-outcome')!.message)
    // Each break falls between words: no line ends or starts with a cut word.
    const words = new Set(weak.messages.flatMap((found) => found.message.split(' ')))
    for (const line of body) {
      const parts = line.trim().split(' ')
      expect(words.has(parts[0]!) && words.has(parts.at(-1)!), line).toBe(true)
    }
  })

  it('lists errors first, then warnings, then info, each in the order of the letter', () => {
    const base = lintFixture('promising.md')
    const result = withMessages(base, 'letter.md', [
      message({ruleId: 'no-cliche', severity: 'warning', message: 'w1', line: 1, column: 5}),
      message({ruleId: 'ai-infrastructure', severity: 'info', message: 'i1', line: 2, column: 1}),
      message({ruleId: 'word-count', severity: 'error', message: 'e1', line: 3, column: 1}),
      message({ruleId: 'no-cliche', severity: 'warning', message: 'w2', line: 4, column: 2}),
      message({ruleId: 'scale-numbers', severity: 'error', message: 'e2', line: 5, column: 1})
    ])
    const lines = findingsOf(stylish([result], reporterContext()))
    expect(lines[0]).toBe('  Findings  2 errors, 2 warnings, 1 info')
    expect(lines.filter((line) => /^ {4}\d/.test(line))).toEqual([
      '    3:1  error    word-count',
      '    5:1  error    scale-numbers',
      '    1:5  warning  no-cliche',
      '    4:2  warning  no-cliche',
      '    2:1  info     ai-infrastructure'
    ])
  })

  it('quotes the few words a finding is about, unless the message quotes them or there are none', () => {
    const weak = lintFixture('weak.md')
    const lines = findingsOf(stylish([weak], reporterContext()))
    // "proficient in" quotes only the start of what it flags: the list is quoted on the head line, cut short.
    expect(lines).toContain('    5:6    warning  no-cv-summary  "proficient in Go, Rust, … and TypeScript"')
    // The cliché's message quotes it already; a missing signal has no words.
    expect(lines).toContain('    3:88   warning  no-cliche')
    expect(lines).toContain('    3:1    error    operations-evidence')
  })

  it('puts a finding in an included file at that file, and says what Word and PDF positions count', () => {
    const base = lintFixture('promising.md')
    const result = {
      ...withMessages(base, 'letter.docx', [message({ruleId: 'no-cliche', severity: 'warning', message: 'say what you did', line: 9, column: 8, actual: 'team player'})]),
      positions: 'paragraph:column' as const
    }
    const report = stylish([result], reporterContext())
    expect(report.split('\n')[0]).toBe('letter.docx  (positions are paragraph:column)')
    expect(report).toContain('    9:8  warning  no-cliche  "team player"\n      say what you did\n')
    const included = withMessages(base, 'letter.tex', [message({ruleId: 'no-cliche', severity: 'warning', message: 'say "team player" less', line: 12, column: 5, filePath: 'body.tex'})])
    expect(stylish([included], reporterContext())).toContain('    body.tex:12:5  warning  no-cliche\n')
  })

  it('uses the terminal width, clamped to 40..120, and 80 without a terminal', () => {
    expect([undefined, 0, 30, 80, 100, 119.6, 400].map(reportWidth)).toEqual([80, 80, 40, 80, 100, 119, 120])
  })

  it('the CLI passes the terminal width to the report, never a width to a pipe', async () => {
    const run = async (stdout: {isTTY?: boolean; columns?: number}): Promise<string> => {
      let out = ''
      const code = await main(['fixtures/letters/weak.md'], {
        cwd: process.cwd(),
        env: {NO_COLOR: '1'},
        stdout: {...stdout, write: (text: string) => (out += text)},
        stderr: {write: () => true},
        readStdin: async () => new Uint8Array()
      })
      expect(code).toBe(1)
      return out
    }
    const widest = (report: string): number => Math.max(...report.trimEnd().split('\n').slice(0, -1).map((line) => [...line].length))
    const wide = await run({isTTY: true, columns: 100})
    expect(widest(wide)).toBeGreaterThan(80)
    expect(widest(wide)).toBeLessThanOrEqual(100)
    expect(widest(await run({isTTY: false, columns: 100}))).toBeLessThanOrEqual(80)
    expect(widest(await run({isTTY: true, columns: 60}))).toBeLessThanOrEqual(60)
  })
})

describe('what a shortlist needs', () => {
  const salad = ['Dear Hiring Manager,', '', 'Microservices at 12,000 requests a second. Kafka, CQRS. On-call, SLOs: MTTR down 60%.', '', 'Regards,', 'Robin']

  it('under the verdict, every missing piece of substance, wrapped like the rest', () => {
    const result = lint(salad.join('\n'), {filePath: 'salad.md'})
    const lines = stylish([result], {...reporterContext(), width: 80}).split('\n')
    expect(lines[1]).toBe(`  BINNED ${result.score}/100  2 errors keep it off the shortlist`)
    const at = lines.findIndex((line) => line.startsWith('  Not a shortlist yet: '))
    expect(at).toBe(2)
    const block: string[] = [lines[at]!]
    for (let index = at + 1; lines[index]!.startsWith('    '); index++) block.push(lines[index]!)
    expect(block.every((line) => [...line].length <= 80)).toBe(true)
    expect(block.join(' ').replace(/\s+/g, ' ').trim()).toBe(`Not a shortlist yet: ${result.substance.missing.join('; ')}`)
  })

  it('a letter with substance has no such line, and a maybe without it says it lacks it', () => {
    expect(stylish([lintFixture('strong.md')], reporterContext())).not.toContain('Not a shortlist yet')
    const maybe = {...lintFixture('strong.md'), verdict: 'maybe' as const, score: 69, substance: {met: false, missing: ['it never names the company or the role you are applying for']}}
    const lines = stylish([maybe], {...reporterContext(), width: 100}).split('\n')
    expect(lines.slice(1, 3)).toEqual([
      '  MAYBE 69/100  a panel might read on, but it lacks what a shortlist needs',
      '  Not a shortlist yet: it never names the company or the role you are applying for'
    ])
  })
})

describe('layout helpers', () => {
  it('hang: a word longer than the line overflows on a line of its own, never cut', () => {
    const url = `https://example.com/${'a'.repeat(90)}`
    expect(hang('  ', `see ${url} now`, 40, 2)).toEqual(['  see', `  ${url}`, '  now'])
  })

  it('hang: parts break only between them, with their separator', () => {
    expect(hang('> ', ['one two', 'three four', 'five six'], 18, 2, {separator: ' · ', minimum: 8})).toEqual(['> one two', '  three four', '  five six'])
    expect(hang('> ', ['one', 'two'], 40, 2, {separator: ' · '})).toEqual(['> one · two'])
  })

  it('fewWords: short text whole; long text by its first and last words', () => {
    expect(fewWords('team  player')).toBe('team player')
    const quoted = fewWords('I redesigned the indexes on our 80M-row shipments table after EXPLAIN ANALYZE showed sequential scans', 40)
    expect(quoted).toBe('I redesigned the … sequential scans')
    expect(quoted.length).toBeLessThanOrEqual(40)
    expect(fewWords('x'.repeat(60), 20)).toBe(`${'x'.repeat(19)}…`)
  })
})
