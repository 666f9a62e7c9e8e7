import {existsSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {inputError, UserError} from '../errors.js'
import {loadDocument, relatedFileReader, type AdapterInput} from '../input/adapters/index.js'
import {displayPath} from '../input/discover.js'
import {formatForPath} from '../input/formats.js'
import {readLetterBytes} from '../input/read.js'
import type {InputFormat} from '../parse/document.js'
import {postingFileNames} from '../input/posting-names.js'
import type {Posting} from './types.js'

export interface PostingsOptions {
  cwd: string
  maxFileSize: number
  /** `--job <path>`: one posting for every letter; `-` reads it from standard input. */
  flag?: string | undefined
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
    if (flag === '-' && lettersFromStdin) throw new UserError('standard input can hold the letter or the posting, not both: give the posting as a file', '--job')
    try {
      this.flagged =
        flag === '-'
          ? await extract({bytes: await this.options.readStdin(), filePath: '--job -'}, 'markdown', '<stdin>', 'flag')
          : await this.read(resolve(this.options.cwd, flag), 'flag', flag)
    } catch (caught) {
      const error = inputError(caught, flag === '-' ? '--job -' : flag)
      throw flag === '-' ? error : error.withNote('the posting given with --job')
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
    } catch (caught) {
      // A posting is a failure domain of its own: whatever goes wrong with it, the letter is linted without it.
      const error = inputError(caught, displayPath(path, cwd))
      if (this.reported.has(path)) return {}
      this.reported.add(path)
      return {error: error.withNote(`the job posting for ${displayPath(letterPath ?? '<stdin>', cwd)}; it was linted without one`)}
    }
  }

  /**
   * Read and extract a posting once, in any format a letter may be in (an HTML page, a PDF);
   * errors name it as `subject` (the path as given, or as reports show it).
   */
  private read(path: string, via: NonNullable<Posting['via']>, subject = displayPath(path, this.options.cwd)): Promise<Posting> {
    let pending = this.cache.get(path)
    if (!pending) {
      const {cwd, maxFileSize} = this.options
      const input = (bytes: Uint8Array) => ({bytes, filePath: subject, readRelated: relatedFileReader(dirname(path), cwd, {maxFileSize})})
      pending = readLetterBytes(path, maxFileSize, subject).then((bytes) => extract(input(bytes), formatForPath(path) ?? 'text', displayPath(path, cwd), via))
      this.cache.set(path, pending)
    }
    return pending
  }
}

/** Parse a posting as its format is parsed for letters, then extract it (the extraction code loads here, on first use). */
async function extract(input: AdapterInput, format: InputFormat, path: string, via: NonNullable<Posting['via']>): Promise<Posting> {
  const [document, {extractPostingFrom}] = await Promise.all([loadDocument(format, input), import('./extract.js')])
  return extractPostingFrom(document, {path, via})
}

/** The first posting file beside a letter, if there is one. */
async function besideLetter(letterPath: string): Promise<string | undefined> {
  for (const name of postingFileNames) {
    const candidate = join(dirname(letterPath), name)
    if (candidate === letterPath) return undefined
    // Synchronous, and without an error for each name that is not there: three round trips to
    // the thread pool per letter left a batch of letters idle half a second per thousand, and
    // the errors cost a fifth of that again (measured).
    if (existsSync(candidate)) return candidate
  }
  return undefined
}
