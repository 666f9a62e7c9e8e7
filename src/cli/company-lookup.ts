import {existsSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {isIgnored} from '../config/ignores.js'
import type {ConfigResolver} from '../config/resolve.js'
import type {ResolvedConfig} from '../config/types.js'
import type {IgnoreMatcher} from '../input/ignore-file.js'
import {postingFileNames} from '../input/posting-names.js'
import type {CompanyOptions} from '../letter/companies.js'
import type {CompanyLookupOptions, RepositoryCompanies} from './companies.js'

export type {CompanyLookupOptions}

/** Folders that hold applications, one folder per company: `applications/<company>/letter.md`. */
const applicationsFolder = /^applications?$/i

/** An application folder holds a job posting, or sits in a folder named `applications`. */
export function isApplicationFolder(folder: string): boolean {
  return applicationsFolder.test(basename(dirname(folder))) || postingFileNames.some((name) => existsSync(join(folder, name)))
}

/**
 * Which folders are no application (drafts, templates): those `.coverlintignore` (`ignoreFile`,
 * read from the working directory) or the `ignores` of the config over the folder leave out.
 */
export function ignoredFolders(configs: ConfigResolver, ignoreFile: IgnoreMatcher | undefined): (folder: string) => Promise<boolean> {
  return async (folder) => {
    if (ignoreFile?.(folder, true)) return true
    const config = await configs.forFolder(dirname(folder)).catch(() => undefined)
    return config !== undefined && (await isIgnored(config, folder, true))
  }
}


/**
 * What `lint()` is told about companies for each letter (see `RepositoryCompanies`). A letter
 * outside an application folder under a config that names no company has nothing to look up, and
 * the code that reads a repository is loaded only for a letter that has: start-up is a budget.
 */
export class CompanyLookup {
  #repository: Promise<RepositoryCompanies> | undefined

  constructor(private readonly options: CompanyLookupOptions) {}

  /** For the letter at the absolute `path` (undefined for standard input) under `config`. */
  async forLetter(path: string | undefined, config: ResolvedConfig): Promise<CompanyOptions> {
    const inApplication = path !== undefined && isApplicationFolder(dirname(path))
    if (!inApplication && config.values.company === undefined && config.values.companies.length === 0) return {}
    this.#repository ??= import('./companies.js').then(({RepositoryCompanies}) => new RepositoryCompanies({...this.options, isApplicationFolder}))
    return (await this.#repository).forLetter(path, config)
  }
}
