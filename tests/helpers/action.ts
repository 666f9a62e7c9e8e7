import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {load} from 'js-yaml'
import {root} from './cli.js'
import {temporaryFolder} from './temporary.js'

export interface ActionStep {
  name: string
  shell?: string
  run?: string
  uses?: string
  env?: Record<string, string>
}

export interface Action {
  name: string
  description: string
  inputs: Record<string, {description: string; required?: boolean; default?: string}>
  runs: {using: string; steps: ActionStep[]}
}

export const action = load(readFileSync(join(root, 'action.yml'), 'utf8')) as Action
export const lintStep: ActionStep = action.runs.steps.find((step) => step.name === 'Lint letters')!

export interface StepRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Run the action's lint step as the runner does: `bash --noprofile --norc -eo pipefail`, with
 * the step's env after `${{ inputs.x }}` is replaced by the input's value (or its default), and
 * GITHUB_ACTION_PATH pointing at the action's checkout (this repository, built by `npm test`).
 */
export function runLintStep(inputs: Record<string, string>, options: {actionPath?: string; cwd: string; env?: NodeJS.ProcessEnv}): StepRun {
  return runStep(lintStep, inputs, options)
}

/** Run any `run:` step of the action the way the runner does (see `runLintStep`). */
export function runStep(step: ActionStep, inputs: Record<string, string>, options: {actionPath?: string; cwd: string; env?: NodeJS.ProcessEnv}): StepRun {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', GITHUB_ACTION_PATH: options.actionPath ?? root, ...options.env}
  if (!options.env?.GITHUB_ACTIONS) delete env.GITHUB_ACTIONS
  if (!options.env?.GITHUB_STEP_SUMMARY) delete env.GITHUB_STEP_SUMMARY
  for (const [name, value] of Object.entries(step.env ?? {})) {
    env[name] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? '')
  }
  const script = join(temporaryFolder('cover-lint-step-'), 'step.sh')
  writeFileSync(script, step.run!)
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {cwd: options.cwd, env, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A job-application repository: one letter that is shortlisted, one that is binned, a README. */
export function workspace(): string {
  const dir = temporaryFolder('cover-lint-workspace-')
  for (const [path, fixture] of [
    ['applications/acme/letter.md', 'strong.md'],
    ['applications/globex/letter.md', 'weak.md']
  ] as const) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), readFileSync(join(root, 'fixtures/letters', fixture)))
  }
  writeFileSync(join(dir, 'README.md'), '# My applications\n')
  writeFileSync(join(dir, 'applications/acme/notes.json'), '{"recruiter": "Priya"}\n')
  return dir
}

/** A GitHub workflow, as far as the tests read one. */
export interface Workflow {
  jobs: Record<string, {steps: Array<{uses?: string; with?: Record<string, string | number>; if?: string}>}>
}

/** The `with:` of the workflow's cover-lint step, as the strings the runner passes. */
export function actionInputs(workflow: Workflow): Record<string, string> {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
  const step = steps.find((candidate) => candidate.uses?.startsWith('cover-lint/cover-lint@'))!
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, String(value)]))
}

export interface PreCommitHook {
  id: string
  name: string
  entry: string
  language: string
  types?: string[]
  files: string
  exclude: string
  args?: string[]
}

export const hooks = load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as PreCommitHook[]

/** pre-commit's patterns are Python regular expressions; ours only use (?i), which JavaScript spells as a flag. */
export function pythonRegex(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern)
}
