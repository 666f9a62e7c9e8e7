import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {extractPosting} from '../../src/job/extract.js'
import {lint} from '../../src/lint.js'
import type {LintResult} from '../../src/types.js'
import {cli, root} from '../helpers/cli.js'
import {temporaryFolder} from '../helpers/temporary.js'

/** fixtures/repository: three applications (acme-payments, acme-robotics, globex) and a root config listing Initech. */
const repository = join(root, 'fixtures/repository')
const acmeLetter = 'applications/acme-payments/letter.md'

/** A copy of the fixture repository to change. */
function copy(): string {
  const dir = temporaryFolder('cover-lint-repository-')
  cpSync(repository, dir, {recursive: true})
  writeFileSync(join(dir, 'package.json'), '{"private": true}\n')
  return dir
}

function results(args: readonly string[], cwd = repository): LintResult[] {
  return JSON.parse(cli(['--format', 'json', ...args], {cwd}).stdout) as LintResult[]
}

function wrong(result: LintResult): string[] {
  return result.messages.filter((message) => message.ruleId === 'wrong-company').map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.severity} ${message.actual ?? ''} -> ${message.expected?.join(', ')}`)
}

const globexMessage = (words: string, source: string): string =>
  `This letter is for Acme Payments, but here it names ${words}, the company of another application (${source}): a line copied from another letter? Write Acme Payments here, or cut it.`

describe('wrong-company in a repository of applications', {timeout: 60_000}, () => {
  it('finds the last application\'s company in a subject line and a copied close, and nothing in the right letters', () => {
    const found = results(['applications/'])
    expect(found.map((result) => [result.filePath, result.application, wrong(result)])).toEqual([
      [
        acmeLetter,
        {company: {name: 'Acme Payments', via: 'posting'}, role: 'Senior Backend Engineer, Ledger'},
        ['1:32-1:38 error Globex -> Acme Payments', '9:45-9:61 error Globex Logistics -> Acme Payments']
      ],
      ['applications/acme-robotics/letter.md', {company: {name: 'Acme Robotics', via: 'front-matter'}}, []],
      ['applications/globex/letter.md', {company: {name: 'Globex Logistics', via: 'posting'}, role: 'Platform Engineer'}, []]
    ])
    const [acme] = found
    expect(acme!.messages.filter((message) => message.ruleId === 'wrong-company').map((message) => message.message)).toEqual([
      globexMessage('Globex', 'applications/globex/'),
      globexMessage('Globex Logistics', 'applications/globex/posting.md')
    ])
    expect(acme!.verdict).toBe('maybe')
  })

  it('one letter named alone still knows the other applications beside it (a pre-commit run)', () => {
    const run = cli(['-f', 'unix', acmeLetter], {cwd: repository})
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n').filter((line) => line.endsWith('[error/wrong-company]'))).toEqual([
      `${acmeLetter}:1:32: ${globexMessage('Globex', 'applications/globex/')} [error/wrong-company]`,
      `${acmeLetter}:9:45: ${globexMessage('Globex Logistics', 'applications/globex/posting.md')} [error/wrong-company]`
    ])
  })

  it('the companies config list, config company, and another application known from its config or its letter', () => {
    const dir = copy()
    // Initech is on the root config's list; a fourth application is known by its letter's front matter only.
    const letter = readFileSync(join(dir, 'applications/globex/letter.md'), 'utf8')
    writeFileSync(join(dir, 'applications/globex/letter.md'), letter.replace('Could we speak next week?', 'Initech taught me that. Could we speak next week?'))
    mkdirSync(join(dir, 'applications/umbrella'))
    writeFileSync(join(dir, 'applications/umbrella/letter.md'), '---\ncompany: Umbrella Health\n---\n\nDear Sam,\n\nUmbrella Health, please.\n')
    writeFileSync(join(dir, 'applications/acme-robotics/letter.md'), readFileSync(join(dir, 'applications/acme-robotics/letter.md'), 'utf8').replace('Could we talk', 'Umbrella Health and Globex Logistics know me. Could we talk'))
    writeFileSync(join(dir, 'applications/acme-payments/.coverlintrc.json'), '{"company": "Ledgerline"}\n')
    const found = results(['applications/'], dir)
    const byPath = Object.fromEntries(found.map((result) => [result.filePath, result]))
    expect(wrong(byPath['applications/globex/letter.md']!)).toEqual(['7:67-7:74 error Initech -> Globex Logistics'])
    expect(byPath['applications/globex/letter.md']!.messages.find((message) => message.ruleId === 'wrong-company')!.message).toBe(
      'This letter is for Globex Logistics, but here it names Initech, one of the "companies" in .coverlintrc.json: a line copied from another letter? Write Globex Logistics here, or cut it.'
    )
    expect(wrong(byPath['applications/acme-robotics/letter.md']!)).toEqual([
      '11:114-11:129 error Umbrella Health -> Acme Robotics',
      '11:134-11:150 error Globex Logistics -> Acme Robotics'
    ])
    // The folder's own config says which company: it is never named in the letter, a warning.
    const acme = byPath[acmeLetter]!
    expect(acme.application?.company).toEqual({name: 'Ledgerline', via: 'config'})
    expect(acme.messages.filter((message) => message.ruleId === 'wrong-company' && message.severity === 'warning').map((message) => message.message)).toEqual([
      'The letter never names Ledgerline, the company it is for ("company" in applications/acme-payments/.coverlintrc.json): say why Ledgerline, with something specific from its posting or product.'
    ])
  })

  it('a folder that .coverlintignore or config ignores leave out is no application', () => {
    const dir = copy()
    mkdirSync(join(dir, 'applications/umbrella-draft'))
    writeFileSync(join(dir, 'applications/umbrella-draft/letter.md'), '---\ncompany: Umbrella Health\n---\n\nDear Sam,\n\nUmbrella Health, please.\n')
    const letter = readFileSync(join(dir, acmeLetter), 'utf8').replace('Could we talk next week?', 'Umbrella Health taught me that. Could we talk next week?')
    writeFileSync(join(dir, acmeLetter), letter)
    const umbrella = (): string[] => wrong(results([acmeLetter], dir)[0]!).filter((line) => line.includes('Umbrella'))
    expect(umbrella()).toEqual(['9:83-9:98 error Umbrella Health -> Acme Payments'])
    writeFileSync(join(dir, '.coverlintignore'), 'applications/umbrella-draft/\n')
    expect(umbrella()).toEqual([])
    rmSync(join(dir, '.coverlintignore'))
    writeFileSync(join(dir, '.coverlintrc.json'), '{"companies": ["Initech"], "ignores": ["*-draft/"]}\n')
    expect(umbrella()).toEqual([])
  })

  it('a folder name is the company when nothing else says; outside an applications folder nothing is known', () => {
    const dir = copy()
    cpSync(join(dir, 'applications/globex'), join(dir, 'applications/initech-systems'), {recursive: true})
    rmSync(join(dir, 'applications/initech-systems/posting.md'))
    const found = Object.fromEntries(results(['applications/'], dir).map((result) => [result.filePath, result]))
    expect(found['applications/initech-systems/letter.md']!.application).toEqual({company: {name: 'Initech Systems', via: 'folder'}})
    // Its letter names Globex Logistics throughout: the company of another application.
    expect(wrong(found['applications/initech-systems/letter.md']!)).toEqual([
      '3:1-3:17 error Globex Logistics -> Initech Systems',
      '7:40-7:46 error Globex -> Initech Systems'
    ])
    const elsewhere = results([join(root, 'fixtures/letters/strong.md')], dir)
    expect(elsewhere[0]!.application).toBeUndefined()
  })
})

describe('wrong-company through the library, on the same repository', () => {
  it('lint() with the posting and the other companies gives the same findings as the CLI', () => {
    const text = readFileSync(join(repository, acmeLetter), 'utf8')
    const posting = extractPosting(readFileSync(join(repository, 'applications/acme-payments/job.md'), 'utf8'), {path: 'applications/acme-payments/job.md'})
    expect(posting.company?.name).toBe('Acme Payments')
    const result = lint(text, {
      filePath: acmeLetter,
      posting,
      companies: {
        others: [
          {name: 'Globex Logistics', source: 'the company of another application (applications/globex/posting.md)'},
          {name: 'globex', source: 'the company of another application (applications/globex/)', fromFolder: true},
          {name: 'Acme Robotics', source: 'the company of another application (applications/acme-robotics/letter.md)'}
        ]
      }
    })
    expect(wrong(result)).toEqual(['1:32-1:38 error Globex -> Acme Payments', '9:45-9:61 error Globex Logistics -> Acme Payments'])
  })
})
