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
    this.key = clip(key)
  }

  /** `key: reason`, or the reason alone when the error is about the whole file. */
  describe(): string {
    return this.key ? `${this.key}: ${this.message}` : this.message
  }
}

/**
 * What a JSON value is, in words, for "must be ..., got ..." messages: a string quoted (cut to a
 * few words, as an error must never show much of what a file holds), anything else by kind.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value))
  return describeKind(value)
}

/** What a JSON value is, by kind only: for a value that may be a whole file's text. */
export function describeKind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'object') return 'an object'
  return String(value)
}

/** At most 60 characters of something a config file says, for a message that quotes it. */
export function clip(text: string): string {
  const characters = [...text.slice(0, 240)]
  return characters.length > 60 ? `${characters.slice(0, 59).join('')}…` : text
}

/** Whether a key is a comment: `"//"` or any key starting with `//` (JSON has no comments). */
export function isComment(key: string): boolean {
  return key.startsWith('//')
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
