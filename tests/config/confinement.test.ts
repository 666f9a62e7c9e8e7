import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {cli} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'

/**
 * Configs are someone else's files. The search for them stops at the project root; `extends`
 * and `job` never reach outside the project; an error never shows what a file holds; a
 * JavaScript config that anyone could have written is not run; nothing else loads or runs
 * (no `$import`, no settings read from the working directory for the loader itself).
 */

function lintJson(root: string, args: readonly string[]): {code: number | null; stderr: string; results: LintResult[]} {
  const run = cli(['--format', 'json', ...args], {cwd: root})
  return {code: run.code, stderr: run.stderr, results: run.stdout ? (JSON.parse(run.stdout) as LintResult[]) : []}
}

function clicheSeverity(result: LintResult | undefined): string[] {
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-cliche').map((message) => message.severity)
}

const secret = 'TOKEN-3f9a1c-do-not-print'
const outside = 'the nearest folder above the config with .git or a package.json'

describe('extends and job stay inside the project', {timeout: 60_000}, () => {
  it('an extends outside the project, relative or absolute: one line that quotes nothing of the file, the other letters linted', () => {
    const root = project({'secret.json': {rules: {'no-cliche': 'off'}, note: secret}, 'app/package.json': {name: 'app'}, 'app/letters/letter.md': letter, 'app/other/letter.md': letter})
    const app = join(root, 'app')
    for (const target of ['../../secret.json', join(root, 'secret.json'), '/etc/passwd', '../../../../../../../../etc/passwd']) {
      writeFileSync(join(app, 'letters/.coverlintrc.json'), JSON.stringify({extends: target}))
      const {code, stderr, results} = lintJson(app, ['letters/letter.md', 'other/letter.md'])
      expect(stderr).toBe(
        `cover-lint: letters/.coverlintrc.json: extends: "${target}" is outside the project (., ${outside}): a config may extend presets and files inside its project only\n`
      )
      expect(code).toBe(2)
      expect(results.map((result) => result.filePath)).toEqual(['other/letter.md'])
    }
  })

  it('a link inside the project to a file outside it is outside', () => {
    const root = project({'secret.yaml': `rules:\n  no-cliche: "off"\n# ${secret}\n`, 'app/.git/HEAD': 'ref: refs/heads/main\n', 'app/letter.md': letter})
    symlinkSync(join(root, 'secret.yaml'), join(root, 'app/shared.yaml'))
    writeFileSync(join(root, 'app/.coverlintrc.json'), JSON.stringify({extends: './shared.yaml'}))
    const {code, stderr} = lintJson(join(root, 'app'), ['letter.md'])
    expect(stderr).toMatch(/^cover-lint: \.coverlintrc\.json: extends: "\.\/shared\.yaml" is outside the project \(/)
    expect(stderr).not.toContain(secret)
    expect(code).toBe(2)
  })

  it('an extends inside the project is read, from any folder of it', () => {
    const root = project({
      'configs/base.json': {rules: {'no-cliche': 'error'}},
      'letters/2026/.coverlintrc.json': {extends: '../../configs/base.json'},
      'letters/2026/letter.md': letter
    })
    const {code, stderr, results} = lintJson(root, ['letters/2026/letter.md'])
    expect([code, stderr]).toEqual([1, ''])
    expect(clicheSeverity(results[0])).toEqual(['error'])
  })

  it('with no project root above it, a config extends files of its own folder tree only', () => {
    const root = project({'package.json': null, 'base.json': {rules: {'no-cliche': 'error'}}, 'letters/shared.json': {rules: {'no-cliche': 'info'}}, 'letters/letter.md': letter})
    writeFileSync(join(root, 'letters/.coverlintrc.json'), JSON.stringify({extends: './shared.json'}))
    expect(clicheSeverity(lintJson(root, ['letters/letter.md']).results[0])).toEqual(['info'])
    writeFileSync(join(root, 'letters/.coverlintrc.json'), JSON.stringify({extends: '../base.json'}))
    expect(lintJson(root, ['letters/letter.md']).stderr).toBe(
      `cover-lint: letters/.coverlintrc.json: extends: "../base.json" is outside the project (letters, the config's own folder: no folder above it has .git or a package.json): a config may extend presets and files inside its project only\n`
    )
  })

  it('a job outside the project is refused; one inside is read', () => {
    const root = project({'elsewhere/job.md': '# Backend engineer\n\nPostgres and Kafka.\n', 'app/package.json': {name: 'app'}, 'app/letter.md': letter, 'app/postings/job.md': '# Backend engineer\n\nPostgres and Kafka.\n'})
    const app = join(root, 'app')
    writeFileSync(join(app, '.coverlintrc.json'), JSON.stringify({job: '../elsewhere/job.md'}))
    expect(lintJson(app, ['letter.md']).stderr).toBe(
      `cover-lint: .coverlintrc.json: job: "../elsewhere/job.md" is outside the project (., ${outside}): a config may name a posting inside its project only\n`
    )
    writeFileSync(join(app, '.coverlintrc.json'), JSON.stringify({job: './postings/job.md'}))
    const {code, stderr, results} = lintJson(app, ['letter.md'])
    expect([code, stderr]).toEqual([1, ''])
    expect(results[0]!.job?.path).toBe('postings/job.md')
  })
})

describe('config errors never show what a file holds', {timeout: 60_000}, () => {
  const cases: Array<[string, string, string]> = [
    ['a file of text', `API_KEY=${secret}\n`, 'a config must be an object of keys (extends, role, seniority, locale, dictionary, rules, phrases, job, company, companies, extensions, ignores, plugins), got a string'],
    ['JSON that V8 would quote', `${secret} = 1\n`, 'not valid JSON: Unexpected token \'T\''],
    ['YAML that does not parse', `rules: [${secret}\n`, 'not valid YAML: unexpected end of the stream within a flow collection (line 2, column 1)'],
    ['a long value', `seniority: "${secret}${'x'.repeat(200)}"\n`, `seniority: "${`${secret}${'x'.repeat(200)}`.slice(0, 59)}…" is not a seniority; use "junior", "mid", "senior", "staff", "principal"`]
  ]
  for (const [name, content, reason] of cases) {
    it(`${name}: the reason, never the text`, () => {
      const file = name.startsWith('JSON') ? 'shared.json' : 'shared.yaml'
      const root = project({[file]: content, '.coverlintrc.json': {extends: `./${file}`}, 'letter.md': letter})
      const run = cli(['letter.md'], {cwd: root})
      expect(run.stderr).toBe(`cover-lint: ${file}: ${reason}\n`)
      if (!name.startsWith('a long')) expect(run.stderr).not.toContain(secret)
      expect(run.code).toBe(2)
    })
  }
})

describe('where the search for a config stops', {timeout: 60_000}, () => {
  it('at the nearest folder with .git (a repository, or a worktree whose .git is a file)', () => {
    for (const marker of ['.git/HEAD', '.git']) {
      const root = project({'package.json': null, '.coverlintrc.json': {rules: {'no-cliche': 'error'}}, [`repo/${marker}`]: 'gitdir: elsewhere\n', 'repo/letters/letter.md': letter})
      expect(clicheSeverity(lintJson(join(root, 'repo'), ['letters/letter.md']).results[0])).toEqual(['warning'])
    }
  })

  it("cover-lint's own package.json is not a project root; any other is", () => {
    const root = project({'.coverlintrc.json': {rules: {'no-cliche': 'error'}}, 'tool/package.json': {name: 'cover-lint', version: '0.1.0'}, 'tool/letter.md': letter, 'other/package.json': {name: 'letters'}, 'other/letter.md': letter})
    const {results} = lintJson(root, ['tool/letter.md', 'other/letter.md'])
    expect(clicheSeverity(results[0])).toEqual(['error'])
    expect(clicheSeverity(results[1])).toEqual(['warning'])
  })

  it('nothing in the working directory configures the loader: .config/config.mjs is not run, package.json "cosmiconfig" is not read', () => {
    const root = project({
      'package.json': {name: 'letters', cosmiconfig: {searchPlaces: ['notes.json']}},
      'notes.json': {rules: {'no-cliche': 'off'}},
      '.config/config.mjs': "import {writeFileSync} from 'node:fs'\nwriteFileSync(new URL('../ran.txt', import.meta.url), 'ran')\nexport default {}\n",
      '.coverlintrc.json': {rules: {'no-cliche': 'error'}},
      'letter.md': letter
    })
    expect(clicheSeverity(lintJson(root, ['letter.md']).results[0])).toEqual(['error'])
    expect(existsSync(join(root, 'ran.txt'))).toBe(false)
  })

  it('"$import" is not a way to load another file: it is an unknown key', () => {
    const root = project({'.coverlintrc.json': {$import: '/etc/passwd'}, 'letter.md': letter})
    expect(cli(['letter.md'], {cwd: root}).stderr).toBe('cover-lint: .coverlintrc.json: $import: not a config key; keys: extends, role, seniority, locale, dictionary, rules, phrases, job, company, companies, extensions, ignores, plugins\n')
  })
})

describe('config files get the checks letters get', {timeout: 60_000}, () => {
  it('a named pipe is refused, not waited on; a config over 1 MiB is refused', () => {
    const root = project({'letter.md': letter, 'big/.coverlintrc.json': `{"//": "${'x'.repeat(1024 * 1024)}"}`, 'big/letter.md': letter})
    const fifo = spawnSync('mkfifo', [join(root, '.coverlintrc.json')])
    if (fifo.status !== 0) return
    const run = cli(['letter.md', 'big/letter.md'], {cwd: root})
    expect(run.stderr).toBe(
      [
        'cover-lint: .coverlintrc.json: not a regular file (a pipe, socket or device)',
        'cover-lint: big/.coverlintrc.json: file is 1048586 bytes, over the 1048576-byte limit for a config file',
        ''
      ].join('\n')
    )
  })
})

describe('a named pipe called package.json', {timeout: 60_000}, () => {
  it('marks a project root without being read, and the search does not wait on it', () => {
    const root = project({'package.json': null, '.coverlintrc.json': {rules: {'no-cliche': 'error'}}, 'app/letter.md': letter})
    if (spawnSync('mkfifo', [join(root, 'app/package.json')]).status !== 0) return
    const {code, stderr, results} = lintJson(root, ['app/letter.md'])
    expect([code, stderr]).toEqual([1, ''])
    expect(clicheSeverity(results[0])).toEqual(['warning'])
  })
})

describe('JavaScript configs anyone could have written are not run', {timeout: 60_000}, () => {
  const script = "import {writeFileSync} from 'node:fs'\nwriteFileSync(new URL('./ran.txt', import.meta.url), 'ran')\nexport default {rules: {'no-cliche': 'off'}}\n"

  it('in a world-writable folder (a shared temporary folder): one line, not run, the other letters linted', () => {
    const root = project({'shared/.coverlintrc.mjs': script, 'shared/letter.md': letter, 'mine/letter.md': letter})
    chmodSync(join(root, 'shared'), 0o777)
    const {code, stderr, results} = lintJson(root, ['shared/letter.md', 'mine/letter.md'])
    expect(stderr).toBe(
      `cover-lint: shared/.coverlintrc.mjs: refusing to run a JavaScript config in a folder anyone can write (${join(root, 'shared')}): anyone could have put it there, and it would run their code; move it, or use a JSON or YAML config\n`
    )
    expect(code).toBe(2)
    expect(results.map((result) => result.filePath)).toEqual(['mine/letter.md'])
    expect(existsSync(join(root, 'shared/ran.txt'))).toBe(false)
  })

  it('world-writable itself: one line, not run', () => {
    const root = project({'cover-lint.config.mjs': script, 'letter.md': letter})
    chmodSync(join(root, 'cover-lint.config.mjs'), 0o666)
    const run = cli(['letter.md'], {cwd: root})
    expect(run.stderr).toBe('cover-lint: cover-lint.config.mjs: refusing to run a JavaScript config anyone can write (it would run their code): remove their write permission (chmod o-w), or use a JSON or YAML config\n')
    expect(existsSync(join(root, 'ran.txt'))).toBe(false)
  })

  it('a JSON or YAML config in a world-writable folder is read: it runs nothing', () => {
    const root = project({'shared/.coverlintrc.yaml': 'rules:\n  no-cliche: error\n', 'shared/letter.md': letter})
    chmodSync(join(root, 'shared'), 0o777)
    expect(clicheSeverity(lintJson(root, ['shared/letter.md']).results[0])).toEqual(['error'])
  })

  it('its own folder and file not writable by others: run', () => {
    const root = project({'.coverlintrc.mjs': script, 'letter.md': letter})
    chmodSync(root, 0o755)
    expect(clicheSeverity(lintJson(root, ['letter.md']).results[0])).toEqual([])
    expect(existsSync(join(root, 'ran.txt'))).toBe(true)
  })

  it('a config that exports something other than data (a getter, a function) is one line', () => {
    const root = project({'.coverlintrc.cjs': 'module.exports = {get rules() { return {} }, check() {}}\n', 'letter.md': letter})
    mkdirSync(join(root, 'sub'))
    expect(cli(['letter.md'], {cwd: root}).stderr).toBe(
      'cover-lint: .coverlintrc.cjs: the config must export plain data (objects, lists, strings, numbers, true, false, null): DataCloneError: check() {} could not be cloned.\n'
    )
  })
})
