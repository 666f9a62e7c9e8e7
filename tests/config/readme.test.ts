import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {readmeBlocks} from '../helpers/readme.js'
import {letter, project} from '../helpers/project.js'
import type {LintResult} from '../../src/types.js'

describe('README: Configuration examples', () => {
  const [config] = readmeBlocks('json')
  const [inline] = readmeBlocks('markdown')

  it('the "Every key" config works as the README says', () => {
    const text = letter.replace('I am a team player', 'I leveraged the replicas, and I am a team player')
    const dir = project({'.coverlintrc.json': config!, 'shared/coverlintrc.json': {}, 'letters/letter.md': text, 'drafts/old.md': text})
    const printed = JSON.parse(cli(['print-config', 'letters/letter.md'], {cwd: dir}).stdout) as {
      extends: string[]
      rules: Record<string, {severity: unknown; options: unknown}>
    }
    expect(printed.extends).toEqual(['cover-lint:strict', 'shared/coverlintrc.json'])
    expect(printed.rules['word-count']).toEqual({severity: 'error', options: {max: 300, min: 150}})
    expect(printed.rules['operations-evidence']?.severity).toBe('info')
    const run = cli(['--format', 'json', '.'], {cwd: dir})
    const results = JSON.parse(run.stdout) as LintResult[]
    expect(results.map((result) => result.filePath)).toEqual(['letters/letter.md'])
    const found = results[0]!.messages.map((message) => `${message.ruleId} ${message.severity} ${message.actual ?? ''}`.trim())
    expect(found).toContain('custom/leverage error leveraged')
    expect(found).toContain('custom/company warning')
    expect(found).toContain('no-cliche warning team player')
  })

  it('the inline comment example controls what it says', () => {
    const text = letter.replace('I would like to bring', `${inline!}\nI would like to bring`)
    const dir = project({'.coverlintrc.json': config!, 'shared/coverlintrc.json': {}, 'letter.md': text})
    const result = (JSON.parse(cli(['--format', 'json', 'letter.md'], {cwd: dir}).stdout) as LintResult[])[0]!
    const clichés = result.messages.filter((message) => message.ruleId === 'no-cliche').map((message) => message.line)
    // The letter's own "team player" (line 5) is reported; the one between disable and enable is not.
    expect(clichés).toEqual([5])
    expect(result.messages.filter((message) => message.ruleId.startsWith('cover-lint/'))).toEqual([])
  })
})

describe('README: the library resolves configs too', () => {
  it('ConfigResolver gives lint() the settings and rule set a CLI run would use', async () => {
    const {ConfigResolver, lint} = await import('../../src/index.js')
    const dir = project({'.coverlintrc.json': {seniority: 'mid', phrases: [{id: 'custom/pairing', match: ['pairing']}]}, 'letters/acme.md': letter})
    const config = await new ConfigResolver({cwd: dir}).forFile('letters/acme.md')
    const result = lint(letter, {filePath: 'letters/acme.md', config})
    const cliResult = (JSON.parse(cli(['--format', 'json', 'letters/acme.md'], {cwd: dir}).stdout) as LintResult[])[0]
    expect(result).toEqual(cliResult)
    expect(result.messages.map((message) => `${message.ruleId} ${message.severity}`)).toEqual([
      'ai-infrastructure info',
      'operations-evidence info',
      'no-cliche warning',
      'custom/pairing warning'
    ])
  })
})
