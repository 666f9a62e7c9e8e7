import {dirname, isAbsolute, resolve} from 'node:path'
import {CompanyLookup, ignoredFolders} from '../cli/company-lookup.js'
import {ConfigResolver} from '../config/resolve.js'
import type {ResolvedConfig} from '../config/types.js'
import {UserError} from '../errors.js'
import {loadDocument, relatedFileReader} from '../input/adapters/index.js'
import {formatForPath} from '../input/formats.js'
import {loadIgnoreFile} from '../input/ignore-file.js'
import {defaultMaxFileSize} from '../input/read.js'
import {Postings} from '../job/locate.js'
import type {Posting} from '../job/types.js'
import {lintDocument} from '../lint.js'
import type {InputFormat, ParsedDocument} from '../parse/document.js'
import type {LintResult} from '../types.js'

/** The formats an editor holds as text; Word and PDF files are not edited as text. */
type TextFormat = Extract<InputFormat, 'markdown' | 'text' | 'latex' | 'html'>

const byLanguage: Readonly<Record<string, TextFormat>> = {markdown: 'markdown', plaintext: 'text', text: 'text', latex: 'latex', tex: 'latex', html: 'html'}

/** The format of an open document: from its path's extension, else from the editor's language id. */
export function textFormat(path: string | undefined, languageId: string): TextFormat | undefined {
  const byPath = path === undefined ? undefined : formatForPath(path)
  if (byPath === 'docx' || byPath === 'pdf') return undefined
  return byPath ?? byLanguage[languageId]
}

/** What linting an open document gave: a result, or the one problem that stopped it. */
export type TextLint =
  | {kind: 'result'; result: LintResult; config: ResolvedConfig; postingError?: UserError}
  | {kind: 'config-error'; error: UserError; configFile?: string}
  | {kind: 'input-error'; error: UserError}

/**
 * Lints documents as the editor holds them (unsaved text), each under the config that applies
 * to its path and against the posting beside it, exactly as the CLI would. Configs and
 * postings are read once and kept until `reload` (a config or posting file changed on disk).
 */
export class TextLinter {
  #configs: ConfigResolver
  #postings: Postings
  #companies: CompanyLookup
  /** A posting that fails to read is reported once by Postings; kept here for every lint of its letters. */
  readonly #postingErrors = new Map<string, UserError>()

  constructor(private readonly cwd: string) {
    this.#configs = new ConfigResolver({cwd})
    this.#postings = this.#newPostings()
    this.#companies = this.#newCompanies()
  }

  /** Forget every config and posting read: the next lint reads them again. */
  async reload(): Promise<void> {
    this.#configs = new ConfigResolver({cwd: this.cwd})
    this.#postings = this.#newPostings()
    this.#companies = this.#newCompanies()
    this.#postingErrors.clear()
  }

  /** The config that applies to a letter at `path`, for watching the files it came from. */
  configFor(path: string): Promise<ResolvedConfig> {
    return this.#configs.forFile(path)
  }

  /**
   * Lint `text`, the content of the letter at `path` (undefined for a document never saved,
   * linted with the defaults). `format` must be a text format (see `textFormat`).
   */
  async lint(text: string, path: string | undefined, format: TextFormat): Promise<TextLint> {
    const filePath = path ?? 'untitled'
    let config: ResolvedConfig
    try {
      config = await this.#configs.forFile(path ?? resolve(this.cwd, 'untitled'))
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      const subject = error.subject
      const configFile = subject && subject !== 'config' && !subject.startsWith('--') ? resolve(this.cwd, subject) : undefined
      return {kind: 'config-error', error, ...(configFile ? {configFile} : {})}
    }
    let document: ParsedDocument
    try {
      const bytes = Buffer.from(text, 'utf8')
      if (bytes.length > defaultMaxFileSize) throw new UserError(`the letter is ${bytes.length} bytes, over the ${defaultMaxFileSize}-byte limit for a letter`)
      const readRelated = relatedFileReader(path === undefined ? this.cwd : dirname(path), path === undefined ? this.cwd : dirname(path))
      document = await loadDocument(format, {bytes, filePath, readRelated})
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      return {kind: 'input-error', error}
    }
    let posting: Posting | undefined
    let postingError = path === undefined ? undefined : this.#postingErrors.get(path)
    if (path !== undefined) {
      const found = await this.#postings.forLetter(path, config.values.job)
      posting = found.posting
      if (found.error) {
        postingError = found.error
        this.#postingErrors.set(path, found.error)
      }
    }
    // The other applications beside it, for wrong-company: an unsaved document knows none.
    const companies = await this.#companies.forLetter(path, config)
    const result = lintDocument(document, {filePath, config, companies, ...(posting ? {posting} : {})})
    return {kind: 'result', result, config, ...(postingError ? {postingError} : {})}
  }

  /** What the CLI knows of the companies of a repository of applications, read as it reads them. */
  #newCompanies(): CompanyLookup {
    const ignoreFile = loadIgnoreFile(this.cwd).catch(() => undefined)
    const isIgnoredFolder = async (folder: string): Promise<boolean> => ignoredFolders(this.#configs, await ignoreFile)(folder)
    return new CompanyLookup({cwd: this.cwd, configs: this.#configs, maxFileSize: defaultMaxFileSize, isIgnoredFolder})
  }

  #newPostings(): Postings {
    return new Postings({cwd: this.cwd, maxFileSize: defaultMaxFileSize, readStdin: async () => new Uint8Array()})
  }
}

/** A path a result names (a LaTeX `\input` file), as an absolute path beside the letter. */
export function besideLetter(letterPath: string, named: string): string {
  return isAbsolute(named) ? named : resolve(dirname(letterPath), named)
}
