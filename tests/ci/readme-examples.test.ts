import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {hooks, pythonRegex, workspace} from '../helpers/action.js'
import {cli, root} from '../helpers/cli.js'
import {jsonResults} from '../helpers/reporters.js'
import {readmeExample as example} from '../helpers/readme.js'

// The examples that run the GitHub Action or a CI job's shell commands run the built CLI, as
// those do: tests/e2e/ci.test.ts.

describe('the README examples run as written', {timeout: 60_000}, () => {
  it('pre-commit: the hook id exists, the files pattern picks the letters only, and the args are real flags', () => {
    const config = load(example('pre-commit')) as {repos: Array<{repo: string; hooks: Array<{id: string; files: string; args: string[]}>}>}
    const [use] = config.repos[0]!.hooks
    const hook = hooks.find((candidate) => candidate.id === use!.id)!
    expect(hook).toBeDefined()
    const staged = ['applications/acme/letter.md', 'applications/acme/job.md', 'applications/acme/notes.json', 'applications/globex/letter.md', 'applications/globex/posting.md', 'README.md']
    const files = pythonRegex(use!.files)
    const exclude = pythonRegex(hook.exclude)
    const selected = staged.filter((path) => files.test(path) && !exclude.test(path))
    expect(selected).toEqual(['applications/acme/letter.md', 'applications/globex/letter.md'])
    const cwd = workspace()
    const run = cli([...use!.args, ...selected], {cwd})
    const warnings = jsonResults(selected, cwd).reduce((sum, result) => sum + result.warningCount, 0)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`cover-lint: ${warnings} warnings, more than --max-warnings 10 allows\n`)
  })

  it('custom reporter: the module loads and prints a line per letter', () => {
    const cwd = workspace()
    writeFileSync(join(cwd, 'my-reporter.mjs'), example('custom-reporter'))
    const run = cli(['--format', './my-reporter.mjs', 'applications/'], {cwd})
    expect(run.stdout).toBe('shortlist\t100\tapplications/acme/letter.md\nbinned\t4\tapplications/globex/letter.md\n')
    expect(run.code).toBe(1)
  })

  it('.coverlintignore: drafts, templates and notes are left out', () => {
    const cwd = workspace()
    writeFileSync(join(cwd, '.coverlintignore'), example('coverlintignore'))
    for (const path of ['drafts/old.md', 'templates/base.md', 'applications/acme/notes.md']) {
      mkdirSync(join(cwd, path, '..'), {recursive: true})
      writeFileSync(join(cwd, path), readFileSync(join(root, 'fixtures/letters/strong.md')))
    }
    const found = (JSON.parse(cli(['--format', 'json', '.'], {cwd}).stdout) as Array<{filePath: string}>).map((result) => result.filePath)
    expect(found).toEqual(['applications/acme/letter.md', 'applications/globex/letter.md'])
  })


})
