import {InternalError, type UserError} from '../errors.js'
import type {CliIO} from './io.js'

/**
 * Print an error as its one line on stderr. With COVER_LINT_DEBUG set, an internal error is
 * followed by the stack of what went wrong (for a bug report); without it, never a stack.
 */
export function printError(io: Pick<CliIO, 'stderr' | 'env'>, error: UserError): void {
  io.stderr.write(`${error.toString()}\n`)
  if (debugging(io.env) && error instanceof InternalError) io.stderr.write(`${error.causeStack()}\n`)
}

/** COVER_LINT_DEBUG=1 (any value but empty or 0). */
export function debugging(env: NodeJS.ProcessEnv): boolean {
  const value = env.COVER_LINT_DEBUG
  return value !== undefined && value !== '' && value !== '0'
}
