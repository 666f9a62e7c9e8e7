import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {action, hooks, lintStep, pythonRegex, runLintStep, workspace} from '../helpers/action.js'
import {cli, root} from '../helpers/cli.js'
import {temporaryFolder} from '../helpers/temporary.js'

/** The flags cover-lint --help lists. */
const cliFlags = new Set(cli(['--help']).stdout.match(/--[a-z][a-z-]+/g))

/** An action checkout whose "cover-lint" only prints the arguments it was given. */
function argvEcho(): string {
  const dir = temporaryFolder('cover-lint-action-')
  mkdirSync(join(dir, 'bin'))
  writeFileSync(join(dir, 'bin/cover-lint.js'), 'console.log(JSON.stringify(process.argv.slice(2)))\n')
  return dir
}

describe('action.yml', {timeout: 60_000}, () => {
  it('is a composite action with the documented inputs, each described', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(['paths', 'format', 'min-score', 'max-warnings', 'config', 'output-file'])
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20)
    expect(action.inputs.paths!.default).toBe('.')
  })

  it('passes inputs through the environment, never into the script text', () => {
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) {
      expect(step.shell).toBe('bash')
      expect(step.run).not.toContain('${{')
    }
    const used = Object.values(lintStep.env!).map((value) => /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1])
    expect(used).toEqual(Object.keys(action.inputs))
  })

  it('runs cover-lint with the flags the CLI has (--config only once the config flag exists)', () => {
    const flags = [...lintStep.run!.matchAll(/args\+=\((--[a-z-]+)/g)].map((match) => match[1]!)
    expect(flags).toEqual(['--format', '--min-score', '--max-warnings', '--config', '--output-file'])
    for (const flag of flags) {
      if (flag === '--config' && !cliFlags.has('--config')) continue
      expect(cliFlags).toContain(flag)
    }
  })

  it('with the defaults, lints the whole workspace and passes no flags', () => {
    const run = runLintStep({}, {actionPath: argvEcho(), cwd: workspace()})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual(['--', '.'])
  })

  it('passes every input that is set, and globs and paths exactly as written, one per word or line', () => {
    const cwd = workspace()
    const run = runLintStep(
      {
        paths: 'applications/*/letter.md\n  "cover letters"/final.md   drafts/',
        format: 'sarif',
        'min-score': '70',
        'max-warnings': '0',
        config: '.coverlintrc.json',
        'output-file': 'cover-lint.sarif'
      },
      {actionPath: argvEcho(), cwd}
    )
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual([
      '--format', 'sarif', '--min-score', '70', '--max-warnings', '0', '--config', '.coverlintrc.json', '--output-file', 'cover-lint.sarif',
      '--', 'applications/*/letter.md', '"cover', 'letters"/final.md', 'drafts/'
    ])
  })

  // Running the step for real runs the built CLI, as the runner does: tests/e2e/ci.test.ts.
})

const hook = hooks.find((entry) => entry.id === 'cover-lint')!

/** The files pre-commit would hand the hook, out of the staged files given. */
function selected(staged: readonly string[]): string[] {
  const files = pythonRegex(hook.files)
  const exclude = pythonRegex(hook.exclude)
  return staged.filter((path) => files.test(path) && !exclude.test(path))
}

describe('.pre-commit-hooks.yaml', {timeout: 60_000}, () => {
  it('defines a node hook whose entry is the package binary', () => {
    expect(hooks.map((entry) => entry.id)).toEqual(['cover-lint'])
    expect(hook.language).toBe('node')
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>; files: string[]}
    expect(Object.keys(pkg.bin)).toContain(hook.entry)
    expect(pkg.files).toEqual(expect.arrayContaining(['bin/', 'dist/']))
    for (const flag of (hook.args ?? []).filter((arg) => arg.startsWith('--'))) expect(cliFlags).toContain(flag.split('=')[0])
  })

  it('hands the hook the letters a folder search would find, and nothing cover-lint cannot read', () => {
    const staged = [
      'applications/acme/letter.md',
      'applications/acme/Letter.MARKDOWN',
      'applications/globex/letter.txt',
      'notes/draft.mdown',
      'notes/old.mkd',
      'notes/plain.text',
      'README.md',
      'docs/CHANGELOG.md',
      'LICENSE.txt',
      'applications/readme-first.md',
      'package.json',
      'scripts/build.py',
      'docs/page.mdx',
      'README',
      'applications/acme/job.md',
      'applications/globex/job.txt',
      'applications/initech/posting.md'
    ]
    const expected = [
      'applications/acme/Letter.MARKDOWN',
      'applications/acme/letter.md',
      'applications/globex/letter.txt',
      'applications/readme-first.md',
      'notes/draft.mdown',
      'notes/old.mkd',
      'notes/plain.text'
    ]
    expect(selected(staged).sort()).toEqual(expected)
    // The same set as cover-lint's own folder search over those files.
    const dir = temporaryFolder('cover-lint-precommit-')
    for (const path of staged) {
      mkdirSync(dirname(join(dir, path)), {recursive: true})
      writeFileSync(join(dir, path), readFileSync(join(root, 'fixtures/letters/strong.md')))
    }
    const found = (JSON.parse(cli(['--format', 'json', '.'], {cwd: dir}).stdout) as Array<{filePath: string}>).map((result) => result.filePath)
    expect(found.sort()).toEqual(expected)
  })

  it('runs as pre-commit runs it: the entry with the staged file names; a binned letter fails the commit', () => {
    const cwd = workspace()
    const entry = (files: string[]) => cli([...(hook.args ?? []), ...selected(files)], {cwd})
    expect(entry(['README.md', 'applications/acme/letter.md']).code).toBe(0)
    const failing = entry(['applications/acme/letter.md', 'applications/globex/letter.md'])
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('applications/globex/letter.md\n  BINNED 4/100')
  })

  it('a commit that touches only a posting passes: the hook leaves it out, and cover-lint skips it when named', () => {
    const cwd = workspace()
    writeFileSync(join(cwd, 'applications/globex/job.md'), readFileSync(join(root, 'fixtures/jobs/fintech-backend/job.md')))
    expect(selected(['applications/globex/job.md'])).toEqual([])
    expect(cli(['applications/globex/job.md'], {cwd})).toEqual({
      code: 0,
      stdout: '',
      stderr: 'cover-lint: applications/globex/job.md: skipped: a job posting, which letters are read against, not a letter\n'
    })
  })
})
