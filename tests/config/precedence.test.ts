import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'
import type {LintResult} from '../../src/types.js'

interface Printed {
  file: string | null
  extends: string[]
  seniority: string
  rules: Record<string, {severity: unknown; options: Record<string, unknown>}>
}

function printConfig(root: string, args: readonly string[] = [], file = 'letters/letter.md'): Printed {
  const run = cli(['print-config', file, ...args], {cwd: root})
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as Printed
}

function lintJson(root: string, args: readonly string[]): LintResult {
  const run = cli(['--format', 'json', ...args, 'letters/letter.md'], {cwd: root})
  expect(run.stderr).toBe('')
  return (JSON.parse(run.stdout) as LintResult[])[0]!
}

function ruleSeverities(result: LintResult): Record<string, string> {
  return Object.fromEntries(result.messages.map((message) => [message.ruleId, message.severity]))
}

describe('precedence: rule defaults < presets < role and seniority < config file < --rule', () => {
  const files = {
    '.coverlintrc.json': {extends: ['cover-lint:strict'], rules: {'word-count': ['warn', {max: 90}], 'no-cliche': 'info'}},
    'letters/letter.md': letter
  }

  it('each layer overrides the one below it; options merge key by key', () => {
    const root = project(files)
    const printed = printConfig(root)
    expect(printed.file).toBe('.coverlintrc.json')
    expect(printed.extends).toEqual(['cover-lint:strict'])
    // strict: error, {max: 300, min: 150}; the file: warn, {max: 90}.
    expect(printed.rules['word-count']).toEqual({severity: 'warning', options: {max: 90, min: 150}})
    // strict turns salutation into an error; the file says nothing of it.
    expect(printed.rules.salutation).toEqual({severity: 'error', options: {}})
    // Nothing set: the rule's own recommendation.
    expect(printConfig(project({'letters/letter.md': letter})).rules['word-count']).toEqual({
      severity: {over: 'error', under: 'warning'},
      options: {max: 350, min: 100}
    })
    // --rule wins over the file, and keeps the file's options.
    expect(printConfig(root, ['--rule', 'word-count=error']).rules['word-count']).toEqual({severity: 'error', options: {max: 90, min: 150}})
  })

  it('changes the results the same way', () => {
    const root = project(files)
    const result = lintJson(root, [])
    expect(ruleSeverities(result)).toEqual({
      'ai-infrastructure': 'error',
      'operations-evidence': 'error',
      'word-count': 'warning',
      'no-cliche': 'info'
    })
    expect(result.messages.find((message) => message.ruleId === 'word-count')?.message).toMatch(/^The letter is 110 words; the limit is 90\./)
    expect(ruleSeverities(lintJson(root, ['--rule', 'no-cliche=off', '--rule', 'word-count=off']))).toEqual({
      'ai-infrastructure': 'error',
      'operations-evidence': 'error'
    })
  })

  it('--config uses that one file for every letter, instead of the search', () => {
    const root = project({...files, 'configs/gentle.yaml': 'rules:\n  operations-evidence: warn\n'})
    const printed = printConfig(root, ['--config', 'configs/gentle.yaml'])
    expect(printed.file).toBe('configs/gentle.yaml')
    expect(printed.extends).toEqual(['cover-lint:recommended'])
    expect(ruleSeverities(lintJson(root, ['--config', 'configs/gentle.yaml']))).toEqual({
      'ai-infrastructure': 'warning',
      'operations-evidence': 'warning',
      'no-cliche': 'warning'
    })
  })

  it('--no-config ignores every config file; --rule still applies', () => {
    const root = project(files)
    expect(printConfig(root, ['--no-config']).file).toBeNull()
    expect(ruleSeverities(lintJson(root, ['--no-config']))).toEqual({
      'ai-infrastructure': 'warning',
      'operations-evidence': 'error',
      'no-cliche': 'warning'
    })
    expect(ruleSeverities(lintJson(root, ['--no-config', '--rule', 'operations-evidence=warn']))).toEqual({
      'ai-infrastructure': 'warning',
      'operations-evidence': 'warning',
      'no-cliche': 'warning'
    })
  })

  it('extends applies files and presets in order, then the file itself', () => {
    const root = project({
      '.coverlintrc.json': {extends: ['./shared/base.json', 'cover-lint:recommended'], rules: {'no-cliche': 'error'}},
      'shared/base.json': {extends: './strict.yaml', rules: {'ai-infrastructure': 'off', 'no-cliche': 'info'}},
      'shared/strict.yaml': 'extends: cover-lint:strict\n',
      'letters/letter.md': letter
    })
    const printed = printConfig(root)
    expect(printed.extends).toEqual(['cover-lint:strict', 'shared/strict.yaml', 'shared/base.json', 'cover-lint:recommended'])
    expect(printed.rules['ai-infrastructure']?.severity).toBe('off')
    expect(printed.rules['no-cliche']?.severity).toBe('error')
    expect(printed.rules['word-count']).toEqual({severity: 'error', options: {max: 300, min: 150}})
  })
})

describe('role and seniority', () => {
  it('senior (the default): operations and AI-infrastructure evidence are expected', () => {
    const result = lintJson(project({'letters/letter.md': letter}), [])
    expect(ruleSeverities(result)).toEqual({'ai-infrastructure': 'warning', 'operations-evidence': 'error', 'no-cliche': 'warning'})
    expect(result.signals.operations).toMatchObject({assessed: true, proved: false, optional: false})
    // 70 of 100 signal points (operations 20 and AI 10 missing), less 10% for the error and 3% for each warning.
    expect([result.score, result.verdict]).toEqual([59, 'maybe'])
  })

  for (const seniority of ['junior', 'mid']) {
    it(`${seniority}: both drop to info, cost nothing, and are left out of the score when missing`, () => {
      const result = lintJson(project({'.coverlintrc.json': {seniority}, 'letters/letter.md': letter}), [])
      expect(ruleSeverities(result)).toEqual({'ai-infrastructure': 'info', 'operations-evidence': 'info', 'no-cliche': 'warning'})
      expect(result.signals.operations).toMatchObject({assessed: true, proved: false, optional: true})
      expect(result.signals.ai).toMatchObject({assessed: true, proved: false, optional: true})
      // 70 of the 70 points that count, minus 3 for the cliché.
      expect([result.score, result.verdict, result.infoCount]).toEqual([97, 'shortlist', 2])
    })
  }

  it('staff and principal read like senior', () => {
    for (const seniority of ['staff', 'principal']) {
      expect(ruleSeverities(lintJson(project({'.coverlintrc.json': {seniority}, 'letters/letter.md': letter}), []))).toEqual({
        'ai-infrastructure': 'warning',
        'operations-evidence': 'error',
        'no-cliche': 'warning'
      })
    }
  })

  it('a proved optional signal still earns its points', () => {
    const withOps = letter.replace('I am a team player', 'I have been on-call for three years, and I am a team player')
    const result = lintJson(project({'.coverlintrc.json': {seniority: 'mid'}, 'letters/letter.md': withOps}), [])
    expect(result.signals.operations).toMatchObject({proved: true, optional: true})
    // 90 of 90 points that count (AI, missing and optional, is left out), minus 3.
    expect(result.score).toBe(97)
    expect(ruleSeverities(result)).toEqual({'ai-infrastructure': 'info', 'no-cliche': 'warning'})
  })

  it('seniority overrides presets but not a severity the config file sets itself, nor --rule', () => {
    const root = project({
      '.coverlintrc.json': {extends: 'cover-lint:strict', seniority: 'junior', rules: {'operations-evidence': 'error'}},
      'letters/letter.md': letter
    })
    const printed = printConfig(root)
    expect(printed.rules['operations-evidence']?.severity).toBe('error')
    expect(printed.rules['ai-infrastructure']?.severity).toBe('info')
    expect(printConfig(root, ['--rule', 'ai-infrastructure=warn']).rules['ai-infrastructure']?.severity).toBe('warning')
  })
})
