import type {LintResult, Verdict} from '../types.js'

/** Counts across every letter of a run: what each human format closes with. */
export interface RunTally {
  letters: number
  verdicts: Record<Verdict, number>
  errors: number
  warnings: number
  infos: number
}

export function tally(results: readonly LintResult[]): RunTally {
  const verdicts: Record<Verdict, number> = {shortlist: 0, maybe: 0, binned: 0}
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const result of results) {
    verdicts[result.verdict]++
    errors += result.errorCount
    warnings += result.warningCount
    infos += result.infoCount
  }
  return {letters: results.length, verdicts, errors, warnings, infos}
}

/** What `--quiet` left out of a run's report (see `ReporterContext.quiet`). */
export interface Hidden {
  warnings: number
  infos: number
}

/**
 * "3 letters: 1 shortlisted, 1 maybe, 1 binned · 25 problems (3 errors, 22 warnings)". With
 * `hidden` (a `--quiet` run) it says what was left out, since the scores still count the hidden
 * warnings: "· no errors; --quiet hid 3 warnings (the scores count them)".
 */
export function summaryLine(counts: RunTally, hidden?: Hidden): string {
  const {verdicts} = counts
  const letters = `${plural(counts.letters, 'letter')}: ${verdicts.shortlist} shortlisted, ${verdicts.maybe} maybe, ${verdicts.binned} binned`
  if (!hidden || hidden.warnings + hidden.infos === 0) return `${letters} · ${problemsText(counts)}`
  const shown = counts.errors + counts.warnings + counts.infos === 0 ? 'no errors' : problemsText(counts)
  return `${letters} · ${shown}; ${hiddenText(hidden)}`
}

/** "--quiet hid 3 warnings and 1 info (the scores count the warnings)" */
function hiddenText({warnings, infos}: Hidden): string {
  const parts = [warnings > 0 ? plural(warnings, 'warning') : '', infos > 0 ? `${infos} info` : ''].filter(Boolean)
  const scored = warnings === 0 ? '' : infos === 0 ? ' (the scores count them)' : ' (the scores count the warnings)'
  return `--quiet hid ${parts.join(' and ')}${scored}`
}

/** "no problems", or "25 problems (3 errors, 22 warnings)" with infos only when there are any. */
export function problemsText(counts: Pick<RunTally, 'errors' | 'warnings' | 'infos'>): string {
  const problems = counts.errors + counts.warnings + counts.infos
  if (problems === 0) return 'no problems'
  const infos = counts.infos > 0 ? `, ${counts.infos} info` : ''
  return `${plural(problems, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${infos})`
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
