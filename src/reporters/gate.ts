import type {LintResult} from '../types.js'
import {plural} from './summary.js'

/** The CI gate: `--min-score` and `--max-warnings`. Any error fails a run whatever the gate. */
export interface Gate {
  minScore?: number
  maxWarnings?: number
}

/** One thing that failed the run: a line for stderr, and the same fact as a clause for a summary. */
export interface GateFailure {
  kind: 'errors' | 'warnings' | 'score'
  /** A letter's path, or absent for the run as a whole. */
  subject?: string
  reason: string
}

export interface GateOutcome {
  passed: boolean
  /** Why it failed, in the order the CLI reports them; empty when it passed. */
  failures: GateFailure[]
  /** Why it passed, one clause per check, for a summary ("every letter scores 70 or more"). */
  passes: string[]
}

/**
 * Judge a run's results against the gate, as the exit code does: exit 1 for any error, for more
 * warnings than `maxWarnings`, or for a letter scoring under `minScore`. One place for the facts,
 * so stderr and the step summary say the same thing.
 */
export function judgeGate(results: readonly LintResult[], gate: Gate): GateOutcome {
  const failures: GateFailure[] = []
  const passes: string[] = []
  const withErrors = results.filter((result) => result.errorCount > 0)
  if (withErrors.length > 0) {
    for (const result of withErrors) failures.push({kind: 'errors', subject: result.filePath, reason: `${plural(result.errorCount, 'error')} (any error fails the run)`})
  } else {
    passes.push('no errors')
  }
  const warnings = results.reduce((total, result) => total + result.warningCount, 0)
  if (gate.maxWarnings !== undefined) {
    if (warnings > gate.maxWarnings) failures.push({kind: 'warnings', reason: `${plural(warnings, 'warning')}, more than --max-warnings ${gate.maxWarnings} allows`})
    else passes.push(`${plural(warnings, 'warning')}, within --max-warnings ${gate.maxWarnings}`)
  }
  if (gate.minScore !== undefined) {
    const low = results.filter((result) => result.score < gate.minScore!)
    for (const result of low) failures.push({kind: 'score', subject: result.filePath, reason: `score ${result.score} is under --min-score ${gate.minScore}`})
    if (low.length === 0) passes.push(`every letter scores ${gate.minScore} or more`)
  }
  return {passed: failures.length === 0, failures, passes}
}

/** What reporters are told of the gate: its limits and the outcome judged on the results they get. */
export interface GateReport extends Gate {
  outcome: GateOutcome
}

/** Whether the gate has anything to say beyond "errors fail the run". */
export function hasLimits(gate: Gate | undefined): boolean {
  return gate !== undefined && (gate.minScore !== undefined || gate.maxWarnings !== undefined)
}
