import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {action, actionInputs, runLintStep, runStep, workspace, type Workflow} from '../helpers/action.js'
import {inertPart} from '../helpers/actions-runner.js'
import {bin, root} from '../helpers/cli.js'
import {expectedSummary, findingsCell, jsonResults} from '../helpers/reporters.js'
import {readmeExample as example} from '../helpers/readme.js'
import {temporaryFolder} from '../helpers/temporary.js'

/**
 * CI as a user's repository runs it: the GitHub Action's lint step (bash, then the built
 * bin/cover-lint.js from the action's checkout, this repository) and the README's CI examples.
 */

/** What a checkout of the action holds that installing and building it reads. */
const actionFiles = ['action.yml', 'package.json', 'package-lock.json', 'bin', 'scripts', 'src', 'rules', 'schema', 'tsconfig.json']

describe('action.yml installs and runs whatever the job environment says', () => {
  it('with NODE_ENV=production, npm_config_omit=dev and npm_config_ignore_scripts set, it installs, builds dist/ and lints', {timeout: 300_000}, () => {
    const checkout = temporaryFolder('cover-lint-action-checkout-')
    for (const path of actionFiles) cpSync(join(root, path), join(checkout, path), {recursive: true})
    const install = action.runs.steps.find((step) => step.name === 'Install cover-lint')!
    // A job that deploys with production settings; npm's cache makes the install work offline here.
    const hostile = {NODE_ENV: 'production', npm_config_omit: 'dev', npm_config_ignore_scripts: 'true', npm_config_prefer_offline: 'true'}
    const installed = runStep(install, {}, {actionPath: checkout, cwd: checkout, env: hostile})
    expect(installed.code, installed.stderr).toBe(0)
    expect(existsSync(join(checkout, 'dist/cli.js'))).toBe(true)
    const cwd = workspace()
    const run = runLintStep({paths: 'applications/*/letter.md', 'min-score': '70'}, {actionPath: checkout, cwd, env: {...hostile, GITHUB_ACTIONS: 'true'}})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::group::cover-lint applications\/acme\/letter\.md: shortlist 100\/100, no problems$/m)
    const globex = jsonResults(['applications/globex/letter.md'], cwd)[0]!
    expect(run.stderr).toBe(`cover-lint: applications/globex/letter.md: score ${globex.score} is under --min-score 70\n`)
  })
})

describe('action.yml, run for real', () => {
  it('for real: annotations, the stylish report and the step summary, failing on the binned letter', () => {
    const cwd = workspace()
    const summary = join(cwd, 'summary.md')
    const run = runLintStep(
      {paths: 'applications/*/letter.md', 'min-score': '70'},
      {actionPath: root, cwd, env: {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary}}
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::group::cover-lint applications\/acme\/letter\.md: shortlist 100\/100, no problems$/m)
    expect(run.stdout).toMatch(/^::error file=applications\/globex\/letter\.md,line=5,endLine=5,col=20,endColumn=\d+,title=cover-lint \(no-language-list\)::/m)
    const results = jsonResults(['applications/*/letter.md'], cwd)
    expect(inertPart(run.stdout)!.trimEnd().split('\n').at(-1)).toBe(`✖ ${expectedSummary(results)}`)
    expect(run.stderr).toBe(`cover-lint: applications/globex/letter.md: score ${results[1]!.score} is under --min-score 70\n`)
    expect(readFileSync(summary, 'utf8')).toContain(`| applications/globex/letter.md | Globex | – | ❌ binned | ${results[1]!.score} | ${findingsCell(results[1]!)} | `)
  })

  it('for real: a SARIF file for upload-sarif, with the build passing on a good letter', () => {
    const cwd = workspace()
    const run = runLintStep(
      {paths: 'applications/acme', format: 'sarif', 'output-file': 'cover-lint.sarif', 'max-warnings': '0'},
      {actionPath: root, cwd, env: {GITHUB_ACTIONS: 'true'}}
    )
    expect(run).toMatchObject({code: 0, stdout: '', stderr: ''})
    const log = JSON.parse(readFileSync(join(cwd, 'cover-lint.sarif'), 'utf8')) as {runs: Array<{artifacts: Array<{location: {uri: string}}>; results: unknown[]}>}
    expect(log.runs[0]!.artifacts.map((artifact) => artifact.location.uri)).toEqual(['applications/acme/letter.md'])
    expect(log.runs[0]!.results).toEqual([])
  })
})

describe('the README CI examples run as written', () => {
  it('GitHub workflow: its inputs exist, and the step fails the job on the binned letter, with annotations and a summary', () => {
    const inputs = actionInputs(load(example('github-workflow')) as Workflow)
    expect(Object.keys(inputs).every((name) => name in action.inputs)).toBe(true)
    const cwd = workspace()
    const run = runLintStep(inputs, {cwd, env: {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(cwd, 'summary.md')}})
    expect(run.code).toBe(1)
    const results = jsonResults(['applications/*/letter.md'], cwd)
    expect(run.stdout).toContain(`::group::cover-lint applications/globex/letter.md: binned ${results[1]!.score}/100`)
    expect(run.stderr).toContain(`cover-lint: applications/globex/letter.md: score ${results[1]!.score} is under --min-score 60\n`)
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
    expect(warnings).toBeGreaterThan(10)
    expect(run.stderr).toContain(`cover-lint: ${warnings} warnings, more than --max-warnings 10 allows\n`)
    expect(readFileSync(join(cwd, 'summary.md'), 'utf8')).toContain('| applications/acme/letter.md | Acme | – | ✅ shortlist | 100 | none | – |')
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
    expect(readFileSync(join(cwd, 'cover-lint.md'), 'utf8')).toContain(`| applications/globex/letter.md | Globex | – | ❌ binned | ${globex.score} | ${findingsCell(globex)} | `)
  })
})
