/**
 * A problem with one key of a config, before the file it sits in is known to the message.
 * `resolve.ts` turns it into a `UserError` naming the file: `cover-lint: <file>: <key>: <reason>`.
 */
export class ConfigError extends Error {
  /** Dotted path of the key: `rules.word-count`, `phrases[0].match`; empty for the file as a whole. */
  readonly key: string

  constructor(key: string, reason: string) {
    super(reason)
    this.name = 'ConfigError'
    this.key = key
  }

  /** `key: reason`, or the reason alone when the error is about the whole file. */
  describe(): string {
    return this.key ? `${this.key}: ${this.message}` : this.message
  }
}

/** What a JSON value is, in words, for "must be ..., got ..." messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'object') return 'an object'
  return String(value)
}

/** Whether a key is a comment: `"//"` or any key starting with `//` (JSON has no comments). */
export function isComment(key: string): boolean {
  return key.startsWith('//')
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
