import {printable} from './util/printable.js'

/**
 * Errors a user can fix: a missing file, a bad flag, a broken config. The CLI prints each as
 * one line, `cover-lint: <subject>: <reason>`, with no stack trace, and exits 2.
 */
export class UserError extends Error {
  /** What the error is about: a path, a flag, a config key. */
  readonly subject: string | undefined

  constructor(reason: string, subject?: string) {
    super(reason)
    this.name = 'UserError'
    this.subject = subject
  }

  /** The same error with a note on what it meant for the run added to its reason: `<reason> (<note>)`. */
  withNote(note: string): UserError {
    return new UserError(`${this.message} (${note})`, this.subject)
  }

  /**
   * The line printed on stderr. Paths and reasons can hold a file's name or words, so control
   * characters and line breaks are shown as escapes: the line stays one line.
   */
  override toString(): string {
    return printable(this.subject ? `cover-lint: ${this.subject}: ${this.message}` : `cover-lint: ${this.message}`)
  }
}

/**
 * A failure cover-lint did not expect (a bug, or a limit of the machine such as the stack) while
 * reading, parsing, linting or reporting one input. It is printed like a UserError, naming the
 * input, so one bad letter, posting or config costs its own report and no other:
 * `cover-lint: <path>: internal error, please report: <reason>`. The original error is kept as
 * `cause`, for its stack with COVER_LINT_DEBUG=1.
 */
export class InternalError extends UserError {
  constructor(cause: unknown, subject?: string, reason = `internal error, please report: ${firstLine(cause)}`) {
    super(reason, subject)
    this.name = 'InternalError'
    this.cause = cause
  }

  override withNote(note: string): UserError {
    return new InternalError(this.cause, this.subject, `${this.message} (${note})`)
  }

  /** Where it went wrong, for COVER_LINT_DEBUG=1: the original error's stack. */
  causeStack(): string {
    return this.cause instanceof Error && this.cause.stack ? this.cause.stack : String(this.cause)
  }
}

/** Any error from one input as the UserError that names it: a UserError as it is, anything else as an InternalError. */
export function inputError(error: unknown, subject: string | undefined): UserError {
  return error instanceof UserError ? error : new InternalError(error, subject)
}

/** The first line of an error's message (or of what was thrown), for a one-line report. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split(/\r?\n/, 1)[0]!.trim() || (error instanceof Error ? error.name : 'unknown error')
}

/**
 * The reason in a Node file-system error, in words a user expects. `path`, when given, is the
 * path the call was made with: Node reads file names as UTF-8 and puts U+FFFD for bytes that are
 * not, so a name that is not UTF-8 comes back as a path that does not exist.
 */
export function describeFsError(error: unknown, path?: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return path?.includes('\uFFFD') ? notUtf8Name : 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'too many levels of symbolic links (a link loop)'
    case 'ENAMETOOLONG':
      return 'file name too long'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
    default:
      return error instanceof Error ? error.message.replace(/^\w+: /, '') : String(error)
  }
}

const notUtf8Name = 'the file name is not valid UTF-8, so cover-lint cannot open it: rename it'
