import {stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describeFsError, UserError} from '../errors.js'
import type {Reporter} from './types.js'

/** `--format` names a custom reporter, not a built-in one, when it looks like a path. */
export function isReporterPath(format: string): boolean {
  return /[\\/]/.test(format) || /\.[cm]?js$/i.test(format)
}

/**
 * Load a custom reporter: a JavaScript module whose default export is a function
 * `(results, context) => string`. Every way it can fail (missing file, a module that throws while
 * loading or reporting, a wrong export, a result that is not a string) becomes a UserError
 * naming the module, so the CLI prints one line and exits 2 without writing a report.
 */
export async function loadCustomReporter(format: string, cwd: string): Promise<Reporter> {
  const path = resolve(cwd, format)
  try {
    if (!(await stat(path)).isFile()) throw new UserError('cannot load the reporter: is not a file', format)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`cannot load the reporter: ${describeFsError(error)}`, format)
  }
  let module: {default?: unknown}
  try {
    module = (await import(pathToFileURL(path).href)) as {default?: unknown}
  } catch (error) {
    throw new UserError(`cannot load the reporter: ${reason(error)}`, format)
  }
  const reporter = module.default
  if (typeof reporter !== 'function') {
    throw new UserError('not a reporter: the module must export a function (results, context) => string as its default export', format)
  }
  return (results, context) => {
    let output: unknown
    try {
      output = (reporter as Reporter)(results, context)
    } catch (error) {
      throw new UserError(`the reporter failed: ${reason(error)}`, format)
    }
    if (typeof output !== 'string') {
      const what = output instanceof Promise ? 'a Promise' : output === null ? 'null' : typeof output
      throw new UserError(`the reporter returned ${what}, not a string`, format)
    }
    return output
  }
}

/** An error's message, first line only: the CLI prints one line. */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split(/\r?\n/, 1)[0]!.trim() || (error instanceof Error ? error.name : 'unknown error')
}
