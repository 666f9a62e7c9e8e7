import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {inertPart} from '../helpers/actions-runner.js'
import {cli, root} from '../helpers/cli.js'
import {expectedSummary} from '../helpers/reporters.js'
import {temporaryFolder} from '../helpers/temporary.js'

const strong = readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8')
const weak = readFileSync(join(root, 'fixtures/letters/weak.md'), 'utf8')

/** Letters written in a scrambled order, so the file system's own order is not sorted. */
function scrambled(): string {
  const dir = temporaryFolder('cover-lint-order-')
  const names = ['zeta/letter.md', 'b.md', 'Acme.md', 'a.md', 'alpha/z.txt', 'alpha/b.md', 'alpha-beta.md', 'é.md', 'B.md']
  names.forEach((name, index) => {
    mkdirSync(dirname(join(dir, name)), {recursive: true})
    writeFileSync(join(dir, name), index % 2 === 0 ? weak : strong)
  })
  return dir
}

function results(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): LintResult[] {
  return JSON.parse(cli(['--format', 'json', ...args], {cwd, env}).stdout) as LintResult[]
}

describe('many letters in one run', {timeout: 60_000}, () => {
  it('a folder is reported folder by folder in code-point order, whatever order the files were made in', () => {
    const expected = ['Acme.md', 'B.md', 'a.md', 'alpha/b.md', 'alpha/z.txt', 'alpha-beta.md', 'b.md', 'zeta/letter.md', 'é.md']
    expect(results(['.'], scrambled()).map((result) => result.filePath)).toEqual(expected)
  })

  it('a glob lists the same letters in the same order, whatever the locale', () => {
    const dir = scrambled()
    const order = results(['**/*.md'], dir).map((result) => result.filePath)
    expect(order).toEqual(['Acme.md', 'B.md', 'a.md', 'alpha/b.md', 'alpha-beta.md', 'b.md', 'zeta/letter.md', 'é.md'])
    for (const locale of ['sv_SE.UTF-8', 'tr_TR.UTF-8']) {
      expect(results(['**/*.md'], dir, {LC_ALL: locale, LANG: locale}).map((result) => result.filePath)).toEqual(order)
    }
  })

  it('paths given one by one keep the order given, and a letter named twice is linted once', () => {
    const dir = scrambled()
    expect(results(['b.md', 'alpha', 'a.md', './b.md'], dir).map((result) => result.filePath)).toEqual(['b.md', 'alpha/b.md', 'alpha/z.txt', 'a.md'])
  })

  it('within a letter, findings are sorted by line, then column, then rule id', () => {
    const [result] = results(['fixtures/letters/weak.md'], root)
    const keys = result!.messages.map((message) => [message.line, message.column, message.ruleId] as const)
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))
    expect(keys).toEqual(sorted)
    expect(keys.slice(0, 6)).toEqual([
      [1, 1, 'salutation'],
      [3, 1, 'ai-infrastructure'],
      [3, 1, 'database-depth'],
      [3, 1, 'opening-hook'],
      [3, 1, 'operations-evidence'],
      [3, 1, 'scale-numbers']
    ])
  })

  it('every human format ends with the summary across letters', () => {
    const letters = ['fixtures/letters/strong.md', 'fixtures/letters/promising.md', 'fixtures/letters/weak.md']
    const summary = expectedSummary(results(letters, root))
    expect(summary).toMatch(/^3 letters: 1 shortlisted, 1 maybe, 1 binned · \d+ problems \(3 errors, \d+ warnings\)$/)
    const lastLine = (format: string): string | undefined => cli(['--format', format, ...letters]).stdout.trimEnd().split('\n').at(-1)
    expect(lastLine('stylish')).toBe(`✖ ${summary}`)
    // github's stylish part sits inside the runner's stop-commands envelope.
    expect(inertPart(cli(['--format', 'github', ...letters]).stdout)!.trimEnd().split('\n').at(-1)).toBe(`✖ ${summary}`)
    expect(lastLine('unix')).toBe(summary)
    expect(cli(['--format', 'markdown', ...letters]).stdout).toContain(`\n**${summary}**\n`)
  })

  // sarif, markdown and unix are held byte for byte by their own tests and golden files.
  it('the same letters give the same bytes on every run (json, and github with the stylish report)', () => {
    for (const format of ['json', 'github']) {
      expect(cli(['--format', format, 'fixtures/letters/'], {cwd: root}).stdout).toBe(cli(['--format', format, 'fixtures/letters/'], {cwd: root}).stdout)
    }
  })
})
