import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'
import type {LintResult} from '../../src/types.js'

/** `cover-lint --format json` in `root`, with the no-cliche finding's severity and the exit code. */
function lintJson(root: string, args: readonly string[]): {code: number | null; stderr: string; results: LintResult[]} {
  const run = cli(['--format', 'json', ...args], {cwd: root})
  return {code: run.code, stderr: run.stderr, results: run.stdout ? (JSON.parse(run.stdout) as LintResult[]) : []}
}

function severities(result: LintResult | undefined, ruleId: string): string[] {
  return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).map((message) => message.severity)
}

// Every config form sets the same thing: no-cliche from its default (warning) to error.
const forms: Record<string, string | object> = {
  '.coverlintrc': 'rules:\n  no-cliche: error\n',
  '.coverlintrc.json': {rules: {'no-cliche': 'error'}},
  '.coverlintrc.yaml': 'rules:\n  no-cliche: error\n',
  '.coverlintrc.yml': "rules: {no-cliche: 'error'}\n",
  '.coverlintrc.js': "module.exports = {rules: {'no-cliche': 'error'}}\n",
  '.coverlintrc.cjs': "module.exports = {rules: {'no-cliche': 'error'}}\n",
  '.coverlintrc.mjs': "export default {rules: {'no-cliche': 'error'}}\n",
  'cover-lint.config.js': "module.exports = {rules: {'no-cliche': 'error'}}\n",
  'cover-lint.config.cjs': "module.exports = {rules: {'no-cliche': 'error'}}\n",
  'cover-lint.config.mjs': "export default {rules: {'no-cliche': 'error'}}\n"
}

describe('config discovery', () => {
  it('without a config the rules run at their recommended severities', () => {
    const root = project({'letters/2026/letter.md': letter})
    const {code, results} = lintJson(root, ['letters/2026/letter.md'])
    expect(code).toBe(1)
    expect(severities(results[0], 'no-cliche')).toEqual(['warning'])
  })

  for (const [name, content] of Object.entries(forms)) {
    it(`finds ${name} in the letter's folder and in the folders above it`, () => {
      const here = project({'letters/letter.md': letter, [`letters/${name}`]: content})
      expect(severities(lintJson(here, ['letters/letter.md']).results[0], 'no-cliche')).toEqual(['error'])
      const above = project({'letters/2026/acme/letter.md': letter, [name]: content})
      const {code, stderr, results} = lintJson(above, ['letters/2026/acme/letter.md'])
      expect(stderr).toBe('')
      expect(code).toBe(1)
      expect(severities(results[0], 'no-cliche')).toEqual(['error'])
    })
  }

  it('finds the "cover-lint" key of package.json', () => {
    const root = project({'package.json': {name: 'letters', 'cover-lint': {rules: {'no-cliche': 'error'}}}, 'letters/letter.md': letter})
    expect(severities(lintJson(root, ['letters/letter.md']).results[0], 'no-cliche')).toEqual(['error'])
  })

  it('the nearest config wins; configs above it are not merged in', () => {
    const root = project({
      '.coverlintrc.json': {rules: {'no-cliche': 'error', 'ai-infrastructure': 'off'}},
      'letters/.coverlintrc.json': {rules: {'no-cliche': 'info'}},
      'letters/letter.md': letter,
      'other/letter.md': letter
    })
    const {results} = lintJson(root, ['letters/letter.md', 'other/letter.md'])
    expect(severities(results[0], 'no-cliche')).toEqual(['info'])
    expect(severities(results[0], 'ai-infrastructure')).toEqual(['warning'])
    expect(severities(results[1], 'no-cliche')).toEqual(['error'])
    expect(severities(results[1], 'ai-infrastructure')).toEqual([])
  })

  it('stops at the project root: a config above the folder with package.json is not used', () => {
    const root = project({'.coverlintrc.json': {rules: {'no-cliche': 'error'}}, 'package.json': null, 'app/package.json': {name: 'app'}, 'app/letter.md': letter})
    expect(severities(lintJson(root, ['app/letter.md']).results[0], 'no-cliche')).toEqual(['warning'])
    // Without the inner package.json the search goes on up and finds it.
    const open = project({'.coverlintrc.json': {rules: {'no-cliche': 'error'}}, 'package.json': null, 'app/letter.md': letter})
    expect(severities(lintJson(open, ['app/letter.md']).results[0], 'no-cliche')).toEqual(['error'])
  })

  it('a package.json without the key does not stop other config files in its folder', () => {
    const root = project({'.coverlintrc.yaml': 'rules:\n  no-cliche: "off"\n', 'letter.md': letter})
    expect(severities(lintJson(root, ['letter.md']).results[0], 'no-cliche')).toEqual([])
  })

  it('a package.json that is not JSON is skipped, not reported', () => {
    const root = project({'.coverlintrc.json': {rules: {'no-cliche': 'error'}}, 'a/package.json': 'Dear Alex,\n', 'a/letter.md': letter})
    const {code, stderr, results} = lintJson(root, ['a/letter.md'])
    expect([code, stderr]).toEqual([1, ''])
    // a/package.json marks the project root, so the search stops there with no config.
    expect(severities(results[0], 'no-cliche')).toEqual(['warning'])
    expect(severities(lintJson(root, ['--config', 'a/package.json', 'a/letter.md']).results[0], 'no-cliche')).toEqual(['warning'])
    // In the working directory too: nothing reads a package.json for settings of its own.
    const run = cli(['--format', 'json', '--config', '../.coverlintrc.json', 'letter.md'], {cwd: join(root, 'a')})
    expect([run.code, run.stderr]).toEqual([1, ''])
    expect(severities((JSON.parse(run.stdout) as LintResult[])[0], 'no-cliche')).toEqual(['error'])
  })

  it('an empty config file is a config with every default', () => {
    const root = project({'.coverlintrc.json': {rules: {'no-cliche': 'error'}}, 'letters/.coverlintrc.json': '', 'letters/letter.md': letter})
    expect(severities(lintJson(root, ['letters/letter.md']).results[0], 'no-cliche')).toEqual(['warning'])
  })

  it('standard input finds the config from --stdin-filename', () => {
    const root = project({'letters/.coverlintrc.json': {rules: {'no-cliche': 'error'}}})
    const run = cli(['--format', 'json', '-', '--stdin-filename', 'letters/letter.md'], {cwd: root, input: letter})
    expect(severities((JSON.parse(run.stdout) as LintResult[])[0], 'no-cliche')).toEqual(['error'])
  })

  it('loads each config once however many letters share it, and not at all with --no-config', () => {
    const config = "require('node:fs').appendFileSync(__dirname + '/loads.log', 'load\\n')\nmodule.exports = {rules: {'no-cliche': 'error'}}\n"
    const files: Record<string, string> = {'cover-lint.config.cjs': config}
    for (let index = 0; index < 12; index++) files[`letters/${index % 3}/letter-${index}.md`] = letter
    // Each project is new, so its config is a module no run has loaded yet.
    const root = project(files)
    const {results} = lintJson(root, ['letters'])
    expect(results).toHaveLength(12)
    expect(results.every((result) => severities(result, 'no-cliche')[0] === 'error')).toBe(true)
    expect(readLog(root)).toBe('load\n')
    const printed = project({'cover-lint.config.cjs': config})
    expect(cli(['print-config', 'x.md'], {cwd: printed}).code).toBe(0)
    expect(readLog(printed)).toBe('load\n')
    const unused = project({'cover-lint.config.cjs': config, 'letters/letter.md': letter})
    expect(cli(['--no-config', 'letters/letter.md'], {cwd: unused}).code).toBe(1)
    expect(existsSync(join(unused, 'loads.log'))).toBe(false)
  })
})

function readLog(root: string): string {
  return readFileSync(join(root, 'loads.log'), 'utf8')
}
