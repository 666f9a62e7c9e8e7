import type {RuleMeta} from '../engine/rule.js'
import type {LintResult} from '../types.js'
import type {LetterText} from './letter-text.js'
import type {GateReport} from './gate.js'
import type {Hidden} from './summary.js'

/** What a reporter knows besides the results. */
export interface ReporterContext {
  /** The working directory; result paths are relative to it. */
  cwd: string
  /** Whether ANSI colours may be used. */
  color: boolean
  /** Metadata of every rule that can appear in the results. */
  rules: readonly RuleMeta<object>[]
  /** cover-lint's version. */
  version: string
  /**
   * Columns of the terminal the report is printed on; absent when it goes to a pipe or a file.
   * The stylish report wraps to it (see `reportWidth`), and to 80 columns without it.
   */
  width?: number
  /**
   * The text each letter's positions refer to, by result `filePath`: given to reports that show
   * the letter (`html`); absent for the others, which need only the results.
   */
  texts?: ReadonlyMap<string, LetterText>
  /**
   * Set in a `--quiet` run: the warnings and infos it left out of the results, across every
   * letter. The scores still count those warnings, so summaries say what was hidden.
   */
  quiet?: Hidden
  /**
   * The run's `--min-score` and `--max-warnings` and whether the results pass them (judged once,
   * by the CLI, for the exit code and every report), when either flag is given.
   */
  gate?: GateReport
}

/** A reporter turns results into the text the user sees (ESLint's formatter shape). */
export type Reporter = (results: readonly LintResult[], context: ReporterContext) => string
