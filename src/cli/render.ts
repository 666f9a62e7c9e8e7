import {InternalError, UserError} from '../errors.js'
import type {Reporter, ReporterContext} from '../reporters/index.js'
import type {LintResult} from '../types.js'

export interface Rendered {
  /** The report of every letter the reporter could report; undefined when it could report none. */
  text: string | undefined
  /** The letters the text reports. */
  reported: readonly LintResult[]
  /** One internal error per letter the reporter failed on, naming the letter. */
  failed: UserError[]
}

/**
 * Run a reporter so that one letter it fails on costs that letter's report and no other. When
 * the report of all the letters throws, each letter is reported alone to find the ones at fault;
 * those become internal errors naming the letter, and the rest are reported together as usual.
 * A UserError (a custom reporter that failed: see reporters/custom.ts) is about the reporter,
 * not a letter, and is thrown as it is; so is a failure no single letter reproduces.
 */
export function render(reporter: Reporter, results: readonly LintResult[], context: ReporterContext): Rendered {
  try {
    return {text: reporter(results, context), reported: results, failed: []}
  } catch (error) {
    if (error instanceof UserError || results.length === 0) throw error
    if (results.length === 1) return {text: undefined, reported: [], failed: [new InternalError(error, results[0]!.filePath)]}
    const failed: UserError[] = []
    const kept: LintResult[] = []
    for (const result of results) {
      try {
        reporter([result], context)
        kept.push(result)
      } catch (alone) {
        if (alone instanceof UserError) throw alone
        failed.push(new InternalError(alone, result.filePath))
      }
    }
    if (failed.length === 0) throw error
    return {text: kept.length > 0 ? reporter(kept, context) : undefined, reported: kept, failed}
  }
}
