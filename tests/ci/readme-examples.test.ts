import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {action, hooks, pythonRegex, runLintStep, workspace} from '../helpers/action.js'
import {bin, cli, root} from '../helpers/cli.js'
import {findingsCell, jsonResults} from '../helpers/reporters.js'

/** The code block after `<!-- example: name -->` in the README. */
function example(name: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme)
  if (!match) throw new Error(`README has no example "${name}"`)
  return match[1]!
}

interface Workflow {
  jobs: Record<string, {steps: Array<{uses?: string; with?: Record<string, string | number>; if?: string}>}>
}

/** The `with:` of the workflow's cover-lint step, as the strings the runner passes. */
function actionInputs(workflow: Workflow): Record<string, string> {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
  const step = steps.find((candidate) => candidate.uses?.startsWith('cover-lint/cover-lint@'))!
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, String(value)]))
}

describe('the README examples run as written', {timeout: 60_000}, () => {
  it('GitHub workflow: its inputs exist, and the step fails the job on the binned letter, with annotations and a summary', () => {
    const inputs = actionInputs(load(example('github-workflow')) as Workflow)
    expect(Object.keys(inputs).every((name) => name in action.inputs)).toBe(true)
    const cwd = workspace()
    const run = runLintStep(inputs, {cwd, env: {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(cwd, 'summary.md')}})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::group::cover-lint applications/globex/letter.md: binned 0/100')
    expect(run.stderr).toContain('cover-lint: applications/globex/letter.md: score 0 is under --min-score 60\n')
    const warnings = jsonResults(['applications/*/letter.md'], cwd).reduce((sum, result) => sum + result.warningCount, 0)
    expect(warnings).toBeGreaterThan(10)
    expect(run.stderr).toContain(`cover-lint: ${warnings} warnings, more than --max-warnings 10 allows\n`)
    expect(readFileSync(join(cwd, 'summary.md'), 'utf8')).toContain('| applications/acme/letter.md | ✅ shortlist | 100 | none |')
  })

  it('code scanning: the action writes the SARIF file the upload step reads', () => {
    const workflow = load(example('github-code-scanning')) as Workflow
    const inputs = actionInputs(workflow)
    const upload = Object.values(workflow.jobs).flatMap((job) => job.steps).find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))!
    expect(upload.with!.sarif_file).toBe(inputs['output-file'])
    expect(upload.if).toBe('always()')
    const cwd = workspace()
    const run = runLintStep(inputs, {cwd, env: {GITHUB_ACTIONS: 'true'}})
    expect(run.code).toBe(1) // the binned letter has errors; upload still runs (if: always())
    const log = JSON.parse(readFileSync(join(cwd, inputs['output-file']!), 'utf8')) as {version: string; runs: Array<{artifacts: Array<{location: {uri: string}}>}>}
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0]!.artifacts.map((artifact) => artifact.location.uri)).toEqual(['applications/acme/letter.md', 'applications/globex/letter.md'])
  })

  it('pre-commit: the hook id exists, the files pattern picks the letters only, and the args are real flags', () => {
    const config = load(example('pre-commit')) as {repos: Array<{repo: string; hooks: Array<{id: string; files: string; args: string[]}>}>}
    const [use] = config.repos[0]!.hooks
    const hook = hooks.find((candidate) => candidate.id === use!.id)!
    expect(hook).toBeDefined()
    const staged = ['applications/acme/letter.md', 'applications/acme/notes.json', 'applications/globex/letter.md', 'README.md']
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
    expect(run.stdout).toBe('shortlist\t100\tapplications/acme/letter.md\nbinned\t0\tapplications/globex/letter.md\n')
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

  it('GitLab CI: each cover-lint command of the job, run in order, saves the markdown and fails the job', () => {
    const job = (load(example('gitlab-ci')) as Record<string, {image: string; script: string[]; artifacts: {paths: string[]}}>)['cover-lint']!
    expect(job.image).toBe('node:20')
    expect(job.script[0]).toBe('npm ci') // installs cover-lint in the user's repository; here it is already built
    const cwd = workspace()
    const codes = job.script.slice(1).map((line) => {
      expect(line).toMatch(/^npx cover-lint /)
      const command = line.replace(/^npx cover-lint /, `"${process.execPath}" "${bin}" `)
      const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1'}
      delete env.GITHUB_ACTIONS // a GitLab job: the runner's own variables must not change the output
      delete env.GITHUB_STEP_SUMMARY
      return spawnSync('bash', ['-c', command], {cwd, env, encoding: 'utf8'}).status
    })
    expect(codes).toEqual([0, 1])
    for (const path of job.artifacts.paths) expect(existsSync(join(cwd, path))).toBe(true)
    const globex = jsonResults(['applications/globex/letter.md'], cwd)[0]!
    expect(readFileSync(join(cwd, 'cover-lint.md'), 'utf8')).toContain(`| applications/globex/letter.md | ❌ binned | 0 | ${findingsCell(globex)} |`)
  })
})
