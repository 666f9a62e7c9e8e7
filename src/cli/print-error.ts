import {InternalError, type UserError} from '../errors.js'
import {printable} from '../util/printable.js'
import type {CliIO} from './io.js'

type ErrorIO = Pick<CliIO, 'stderr' | 'env'>

/**
 * Print an error as its one line on stderr. With COVER_LINT_DEBUG set, an internal error is
 * followed by the stack of what went wrong (for a bug report); without it, never a stack.
 */
export function printError(io: ErrorIO, error: UserError): void {
  printLine(io, error.toString())
  if (debugging(io.env) && error instanceof InternalError) io.stderr.write(`${forLog(io.env, error.causeStack())}\n`)
}

/**
 * One line on stderr, naming paths or quoting text from outside: control characters and line
 * breaks as escapes (`printable`), and in GitHub Actions no `##[` the runner would take for a
 * command (it reads `##[name]` anywhere in a line of either stream: a file named
 * `##[error]x.md` would otherwise annotate the pull request).
 */
export function printLine(io: ErrorIO, line: string): void {
  io.stderr.write(`${forLog(io.env, printable(line))}\n`)
}

function forLog(env: NodeJS.ProcessEnv, text: string): string {
  return env.GITHUB_ACTIONS === 'true' ? text.replace(/##\[/g, '#\\x23[') : text
}

/** COVER_LINT_DEBUG=1 (any value but empty or 0). */
export function debugging(env: NodeJS.ProcessEnv): boolean {
  const value = env.COVER_LINT_DEBUG
  return value !== undefined && value !== '' && value !== '0'
}
