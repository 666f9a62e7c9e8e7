import {access} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {UserError} from '../errors.js'
import {displayPath} from '../input/discover.js'
import {formatForPath} from '../input/formats.js'
import {decodeLetter, readLetterFile} from '../input/read.js'
import {postingFileNames} from './names.js'
import type {Posting} from './types.js'

export interface PostingsOptions {
  cwd: string
  maxFileSize: number
  /** `--job <path>`: one posting for every letter; `-` reads it from standard input. */
  flag?: string
  readStdin(): Promise<Uint8Array>
}

/** The posting for one letter, or why the posting found for it could not be read. */
export interface PostingLookup {
  posting?: Posting
  /** Set the first time a posting fails to read; later letters beside it get neither. */
  error?: UserError
}

/**
 * Finds and reads the job posting each letter answers, in order of precedence:
 *   1. `--job <path>` (the flag), for every letter;
 *   2. the posting a config file names for the letter's folder (its `job` key);
 *   3. a `job.md`, `job.txt` or `posting.md` beside the letter (the first found).
 * Each posting is read and extracted once per run, however many letters share it. The
 * extraction code is loaded only when a posting is found.
 */
export class Postings {
  private readonly cache = new Map<string, Promise<Posting>>()
  private readonly reported = new Set<string>()
  private flagged: Posting | undefined

  constructor(private readonly options: PostingsOptions) {}

  /**
   * Read `--job` before any letter: a missing, empty or binary posting is a usage error
   * (throws a UserError), as a bad `--format` is. `lettersFromStdin`: whether `-` is a letter.
   */
  async prepare(lettersFromStdin: boolean): Promise<void> {
    const {flag} = this.options
    if (flag === undefined) return
    if (flag === '-') {
      if (lettersFromStdin) throw new UserError('standard input can hold the letter or the posting, not both: give the posting as a file', '--job')
      const text = decodeLetter(await this.options.readStdin(), '--job -')
      this.flagged = await extract(text, '<stdin>', 'markdown', 'flag')
      return
    }
    try {
      this.flagged = await this.read(resolve(this.options.cwd, flag), 'flag', flag)
    } catch (error) {
      throw error instanceof UserError ? new UserError(`${error.message} (the posting given with --job)`, error.subject) : error
    }
  }

  /** Whether a path is the `--job` posting (a folder being linted may hold it: it is not a letter). */
  isFlagged(path: string): boolean {
    const {flag, cwd} = this.options
    return flag !== undefined && flag !== '-' && resolve(cwd, flag) === resolve(cwd, path)
  }

  /**
   * The posting for a letter at `letterPath` (undefined for standard input without
   * `--stdin-filename`). `configured`: the posting a config file names for it, if any.
   */
  async forLetter(letterPath: string | undefined, configured?: string): Promise<PostingLookup> {
    if (this.flagged) return {posting: this.flagged}
    const {cwd} = this.options
    let path: string | undefined
    let via: Posting['via'] = 'config'
    if (configured !== undefined) path = resolve(cwd, configured)
    else if (letterPath !== undefined) {
      path = await besideLetter(resolve(cwd, letterPath))
      via = 'beside'
    }
    if (!path) return {}
    try {
      return {posting: await this.read(path, via)}
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      if (this.reported.has(path)) return {}
      this.reported.add(path)
      return {error: new UserError(`${error.message} (the job posting for ${displayPath(letterPath ?? '<stdin>', cwd)}; it was linted without one)`, error.subject)}
    }
  }

  /** Read and extract a posting once; errors name it as `subject` (the path as given, or as reports show it). */
  private read(path: string, via: NonNullable<Posting['via']>, subject = displayPath(path, this.options.cwd)): Promise<Posting> {
    let pending = this.cache.get(path)
    if (!pending) {
      pending = readLetterFile(path, this.options.maxFileSize, subject).then((text) =>
        extract(text, displayPath(path, this.options.cwd), formatForPath(path) ?? 'text', via)
      )
      this.cache.set(path, pending)
    }
    return pending
  }
}

async function extract(text: string, path: string, format: Posting['format'], via: NonNullable<Posting['via']>): Promise<Posting> {
  const {extractPosting} = await import('./extract.js')
  return extractPosting(text, {path, format, via})
}

/** The first posting file beside a letter, if there is one. */
async function besideLetter(letterPath: string): Promise<string | undefined> {
  for (const name of postingFileNames) {
    const candidate = join(dirname(letterPath), name)
    if (candidate === letterPath) return undefined
    try {
      await access(candidate)
      return candidate
    } catch {
      // Not there: try the next name.
    }
  }
  return undefined
}
