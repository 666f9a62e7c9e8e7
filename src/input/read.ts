import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs'
import {describeFsError, UserError} from '../errors.js'

/** A letter over this many bytes is not a letter; refusing it keeps a stray log file from taking minutes. */
export const defaultMaxFileSize = 1024 * 1024

const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Read a letter's text. The file is opened read-only and checked before anything parses it:
 * too large, empty, or not UTF-8 text each give a UserError naming the file as `subject` (the
 * path as the user gave it).
 */
export async function readLetterFile(path: string, maxFileSize = defaultMaxFileSize, subject = path): Promise<string> {
  return decodeLetter(await readLetterBytes(path, maxFileSize, subject), subject)
}

/**
 * Read a letter's bytes, read-only, refusing a directory or a file over the size limit. Each
 * format then decodes its own bytes: text formats through `decodeLetter`, Word and PDF through
 * their readers (`src/input/adapters/`).
 *
 * The file system calls are synchronous: letters are read one at a time anyway, and four round
 * trips to the thread pool per letter (open, stat, read, close) left a batch of 1,000 letters
 * idle for over a second (measured; a fifth of the run).
 */
export async function readLetterBytes(path: string, maxFileSize = defaultMaxFileSize, subject = path): Promise<Uint8Array> {
  return readRegularFile(path, {
    maxBytes: maxFileSize,
    subject,
    limitFor: 'for a letter (raise it with --max-file-size)',
    notRegular: '; to lint what it holds, pipe it to standard input: cover-lint -'
  })
}

/**
 * The bytes of a file someone else may have put there (a letter, a posting, a config), with the
 * checks that make that safe: opened read-only and non-blocking, so that a named pipe with no
 * writer cannot hang the run (it is refused, as is a device such as /dev/zero that would never
 * end); a folder refused; a size over `maxBytes` refused before it is read. Every problem is a
 * UserError naming `subject`; `limitFor` ends the size message ("for a letter (raise it ...)"),
 * `notRegular` the message for a pipe or a device (what to do instead).
 */
export function readRegularFile(path: string, options: {maxBytes: number; subject: string; limitFor: string; notRegular?: string}): Uint8Array {
  const {maxBytes, subject} = options
  let fd: number | undefined
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const stats = fstatSync(fd)
    if (stats.isDirectory()) throw new UserError('is a directory', subject)
    if (!stats.isFile()) throw new UserError(`not a regular file (a pipe, socket or device)${options.notRegular ?? ''}`, subject)
    if (stats.size > maxBytes) {
      // In bytes when rounding would show the same size twice ("1 MB, over the 1 MB limit").
      const [size, limit] = formatBytes(stats.size) === formatBytes(maxBytes) ? [`${stats.size} bytes`, `${maxBytes}-byte`] : [formatBytes(stats.size), formatBytes(maxBytes)]
      throw new UserError(`file is ${size}, over the ${limit} limit ${options.limitFor}`, subject)
    }
    return readFileSync(fd)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(describeFsError(error, path), subject)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Standard input's bytes (read with `maxFileSize` as its limit), refused when over the limit as a file would be. */
export function checkStdinSize(bytes: Uint8Array, maxFileSize: number, subject: string): Uint8Array {
  if (bytes.length > maxFileSize) {
    throw new UserError(`standard input is over the ${formatBytes(maxFileSize)} limit for a letter (raise it with --max-file-size)`, subject)
  }
  return bytes
}

/** Bytes to text, refusing binary content and empty files. */
export function decodeLetter(bytes: Uint8Array, subject: string): string {
  const text = decodeText(bytes, subject)
  if (text.trim().length === 0) throw new UserError('file is empty', subject)
  return text
}

/**
 * Bytes to text: UTF-8 (with or without a byte order mark), or UTF-16 with one (little or big
 * endian: what Word's "Unicode text" and some editors save). The mark is dropped, so positions
 * count from the text's first character however it was saved. A NUL character, or bytes that
 * are not what the mark says, make it a binary file, not text.
 */
export function decodeText(bytes: Uint8Array, subject: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
  if (utf16 === undefined && bytes.includes(0)) throw new UserError('not a text file (binary content)', subject)
  let text: string
  try {
    text = (utf16 ? new TextDecoder(utf16, {fatal: true}) : decoder).decode(bytes)
  } catch {
    throw new UserError(`not a text file (not valid ${utf16 ? 'UTF-16' : 'UTF-8'})`, subject)
  }
  if (utf16 && text.includes('\u0000')) throw new UserError('not a text file (binary content)', subject)
  return text
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}
