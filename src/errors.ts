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

  /** The line printed on stderr. */
  override toString(): string {
    return this.subject ? `cover-lint: ${this.subject}: ${this.message}` : `cover-lint: ${this.message}`
  }
}

/** The reason in a Node file-system error, in words a user expects. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
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
