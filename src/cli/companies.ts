import {existsSync} from 'node:fs'
import {readdir} from 'node:fs/promises'
import {basename, dirname, join, relative, sep} from 'node:path'
import type {ConfigResolver} from '../config/resolve.js'
import type {ResolvedConfig} from '../config/types.js'
import {displayPath} from '../input/discover.js'
import {extensionOf, formatForPath} from '../input/formats.js'
import {readLetterBytes} from '../input/read.js'
import {postingFileNames, isPostingFileName} from '../input/posting-names.js'
import type {CompanyOptions, OtherCompany} from '../letter/companies.js'
import {frontMatterFieldOf} from '../parse/front-matter.js'

/** How much of a letter is read for its front matter. */
const frontMatterBytes = 4096

export interface CompanyLookupOptions {
  cwd: string
  configs: ConfigResolver
  maxFileSize: number
  /** `.coverlintignore` or config `ignores` leave this folder out: it is no application (drafts, templates). */
  isIgnoredFolder(folder: string): Promise<boolean>
}

/**
 * What a run knows about companies, for the `wrong-company` rule: which company each letter is
 * for (config `company`; the letter's folder when it is an application folder) and every other
 * company the repository knows: the config's `companies`, and the companies of the other
 * application folders beside the letter's, whether or not they are linted in this run (a
 * pre-commit run names one letter; the paragraph it copied came from another).
 *
 * An application folder holds a job posting (`job.md`, `job.txt`, `posting.md`) or sits in a
 * folder named `applications` (`isApplicationFolder` in company-lookup.ts). Another application's company is read, most specific first, from
 * its own config's `company`, its letters' front matter, its posting's name (Markdown or text
 * postings: the others are not opened for a letter they do not belong to), and its folder's name
 * (a slug: `globex-logistics` is compared as "Globex Logistics", and matched only where a letter
 * writes it as a name). A folder that `.coverlintignore` or config `ignores` leave out (drafts,
 * templates) is no application. Each folder is read once per run.
 */
export class RepositoryCompanies {
  readonly #siblings = new Map<string, Promise<string[]>>()
  readonly #companies = new Map<string, Promise<OtherCompany[]>>()

  constructor(private readonly options: CompanyLookupOptions & {isApplicationFolder(folder: string): boolean}) {}

  /** What `lint()` is told for the letter at the absolute `path` (undefined for standard input) under `config`. */
  async forLetter(path: string | undefined, config: ResolvedConfig): Promise<CompanyOptions> {
    const found: CompanyOptions = {}
    const configName = config.file ? this.#display(config.file) : 'the config'
    if (config.values.company) found.company = {name: config.values.company, source: configName}
    const others: OtherCompany[] = config.values.companies.map((name) => ({name, source: `one of the "companies" in ${configName}`}))
    if (path !== undefined) {
      const folder = dirname(path)
      if (this.options.isApplicationFolder(folder)) {
        found.folder = {slug: basename(folder), source: `${this.#display(folder)}/`}
        for (const sibling of await this.#siblingsOf(folder)) others.push(...(await this.#companiesOf(sibling)))
      }
    }
    if (others.length > 0) found.others = others
    return found
  }

  /** The other application folders beside `folder`, in name order. */
  async #siblingsOf(folder: string): Promise<string[]> {
    const parent = dirname(folder)
    let listed = this.#siblings.get(parent)
    if (!listed) {
      listed = readdir(parent, {withFileTypes: true}).then(
        (entries) =>
          entries
            .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
            .map((entry) => join(parent, entry.name))
            .filter((sibling) => this.options.isApplicationFolder(sibling))
            .sort(),
        () => []
      )
      this.#siblings.set(parent, listed)
    }
    const siblings: string[] = []
    for (const sibling of await listed) if (sibling !== folder && !(await this.options.isIgnoredFolder(sibling))) siblings.push(sibling)
    return siblings
  }

  #companiesOf(folder: string): Promise<OtherCompany[]> {
    let known = this.#companies.get(folder)
    if (!known) {
      known = this.#read(folder)
      this.#companies.set(folder, known)
    }
    return known
  }

  /** Another application's company names: the best one known, its posting's if different, and its folder's. */
  async #read(folder: string): Promise<OtherCompany[]> {
    const where = (path: string): string => `the company of another application (${this.#display(path)})`
    const names: OtherCompany[] = []
    const config = await this.options.configs.forFolder(folder).catch(() => undefined)
    // A config above the applications (shared by all of them) says nothing about this one.
    if (config?.values.company && config.file && inside(config.file, folder)) names.push({name: config.values.company, source: where(config.file)})
    const files = await readdir(folder).catch(() => [] as string[])
    if (names.length === 0) {
      for (const file of files.filter((name) => formatForPath(name) === 'markdown' && !isPostingFileName(name)).sort()) {
        const company = frontMatterFieldOf(await this.#text(join(folder, file), frontMatterBytes), 'company')
        if (company) {
          names.push({name: company, source: where(join(folder, file))})
          break
        }
      }
    }
    const posting = postingFileNames.map((name) => join(folder, name)).find((path) => existsSync(path))
    if (posting && ['.md', '.txt'].includes(extensionOf(posting))) {
      // Loaded only when another application has a posting: a lone letter never pays for it.
      const {readOrganisation} = await import('../job/organisation.js')
      const company = readOrganisation(await this.#text(posting)).company
      if (company) names.push({name: company.name, source: where(posting)})
    }
    names.push({name: basename(folder), source: where(`${folder}${sep}`), fromFolder: true})
    return names
  }

  /** A file's text (its first `limit` bytes), or '' when it cannot be read: this is a hint, never an error. */
  async #text(path: string, limit?: number): Promise<string> {
    try {
      const bytes = await readLetterBytes(path, this.options.maxFileSize, path)
      return Buffer.from(limit === undefined ? bytes : bytes.subarray(0, limit)).toString('utf8')
    } catch {
      return ''
    }
  }

  #display(path: string): string {
    const shown = displayPath(path, this.options.cwd)
    return path.endsWith(sep) ? `${shown}/` : shown
  }
}

function inside(file: string, folder: string): boolean {
  const path = relative(folder, file)
  return path !== '' && !path.startsWith('..') && !path.startsWith(sep)
}
