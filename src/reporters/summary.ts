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

/** "3 letters: 1 shortlisted, 1 maybe, 1 binned · 25 problems (3 errors, 22 warnings)" */
export function summaryLine(counts: RunTally): string {
  const {verdicts} = counts
  return `${plural(counts.letters, 'letter')}: ${verdicts.shortlist} shortlisted, ${verdicts.maybe} maybe, ${verdicts.binned} binned · ${problemsText(counts)}`
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
