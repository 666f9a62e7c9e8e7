import {UserError} from '../errors.js'
import {printableDeep} from '../util/printable.js'
import {didYouMean} from '../util/suggest.js'
import type {Reporter} from './types.js'

export type {Reporter, ReporterContext} from './types.js'

/** Built-in reporters, loaded only when chosen so that start-up pays for one. */
const builtIn: Readonly<Record<string, () => Promise<{default: Reporter}>>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  markdown: () => import('./markdown.js'),
  unix: () => import('./unix.js'),
  html: () => import('./html/index.js')
}

export const reporterNames: readonly string[] = Object.keys(builtIn)

/**
 * The formats given the exact results: JSON and SARIF are data, whose own escaping keeps the text
 * exact; `github` escapes each part as the runner reads it (see github.ts); `html` escapes every
 * string itself and marks control characters visibly (src/reporters/html/escape.ts), and must find
 * a finding's exact words in the letter's text. Every other built-in
 * format is read by people, a terminal or a CI log, and reports results whose strings went
 * through `printableDeep` (control characters and line breaks from file names and letters shown
 * as escapes). Custom reporters get the exact results, as JSON does.
 */
const exactFormats: ReadonlySet<string> = new Set(['json', 'sarif', 'github', 'html'])

/**
 * A built-in reporter by name, or a custom one by path (`./my-reporter.js`, resolved against
 * `cwd`). An unknown name is a UserError with a suggestion.
 */
export async function loadReporter(name: string, cwd: string): Promise<Reporter> {
  // Own keys only: "constructor" or "toString" must not find Object.prototype's.
  if (Object.hasOwn(builtIn, name)) {
    const reporter = (await builtIn[name]!()).default
    return exactFormats.has(name) ? reporter : (results, context) => reporter(printableDeep(results), context)
  }
  const {isReporterPath, loadCustomReporter} = await import('./custom.js')
  if (isReporterPath(name)) return loadCustomReporter(name, cwd)
  throw new UserError(
    `unknown format "${name}"${didYouMean(name, reporterNames)}; use one of: ${reporterNames.join(', ')}, or a path to a custom reporter such as ./my-reporter.js`,
    '--format'
  )
}
