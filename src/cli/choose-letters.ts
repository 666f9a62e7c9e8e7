import {basename, resolve, sep} from 'node:path'
import {ignoresSource, isIgnored} from '../config/ignores.js'
import type {ConfigResolver} from '../config/resolve.js'
import type {ResolvedConfig} from '../config/types.js'
import {UserError} from '../errors.js'
import {displayPath, type Discovery, type Target} from '../input/discover.js'
import {ignoreFileName} from '../input/ignore-file.js'
import {isPostingFileName} from '../input/posting-names.js'

/** A file named on the command line that is not linted, and why (one line on stderr each). */
export interface Skipped {
  path: string
  reason: string
}

export interface Chosen {
  targets: Target[]
  /** Folders and globs whose every letter was ignored: input errors, as "no letters found" is. */
  errors: UserError[]
  skipped: Skipped[]
}

export interface ChooseOptions {
  cwd: string
  configs: ConfigResolver
  /** Whether a path is the `--job` posting. */
  isJobFlag(path: string): boolean
}

export const postingSkipReason = 'skipped: a job posting, which letters are read against, not a letter'

/**
 * What discovery found, less what is not to be linted as a letter. One rule for every file,
 * found in a folder or a glob or named on the command line:
 *
 * - a job posting (`job.md`, `job.txt`, `posting.md`, the `--job` file, or a file a config's
 *   `job` key names) is never a letter;
 * - a file `.coverlintignore` or the applicable config's `ignores` match is skipped.
 *
 * Found through a folder or a glob, such a file is left out silently; named on the command line,
 * it is skipped with one line on stderr saying why (`Skipped`). A folder or glob whose letters
 * were all ignored is an input error, so a CI run cannot pass by linting nothing; naming only
 * postings or ignored files is not (a pre-commit run on a commit that touches only a posting
 * passes).
 */
export async function chooseLetters(discovery: Discovery, named: readonly string[], options: ChooseOptions): Promise<Chosen> {
  const {cwd, configs} = options
  const explicit = new Set(named.map((path) => resolve(cwd, path)))
  const skipped: Skipped[] = discovery.ignored.map((path) => ({path, reason: `skipped: matches ${ignoreFileName}`}))
  const found = discovery.targets.map((target) => ({target, path: target.kind === 'file' ? resolve(cwd, target.path) : undefined}))

  // A config failing to load ignores nothing and names no posting: linting the letter reports it.
  const configFor = (path: string): Promise<ResolvedConfig | undefined> => configs.forFile(path).catch(() => undefined)
  const configJobs = new Set<string>()
  for (const {path} of found) {
    const job = path === undefined ? undefined : (await configFor(path))?.values.job
    if (job !== undefined) configJobs.add(job)
  }

  const targets: Target[] = []
  const dropped: Array<{path: string; source: string}> = []
  for (const {target, path} of found) {
    if (path === undefined || target.kind !== 'file') {
      targets.push(target)
      continue
    }
    const shown = displayPath(target.path, cwd)
    if (isPostingFileName(basename(path)) || options.isJobFlag(target.path) || configJobs.has(path)) {
      if (explicit.has(path)) skipped.push({path: shown, reason: postingSkipReason})
      continue
    }
    const config = await configFor(path)
    if (config && (await isIgnored(config, path))) {
      const source = ignoresSource(config, cwd)
      if (explicit.has(path)) skipped.push({path: shown, reason: `skipped: matches ${source}`})
      else dropped.push({path, source})
      continue
    }
    targets.push(target)
  }
  return {targets, errors: allIgnored(named, cwd, dropped, targets), skipped}
}

/** "every letter here is ignored" for each folder or glob given whose letters `ignores` all dropped. */
function allIgnored(named: readonly string[], cwd: string, dropped: ReadonlyArray<{path: string; source: string}>, kept: readonly Target[]): UserError[] {
  if (dropped.length === 0) return []
  const keptPaths = kept.flatMap((target) => (target.kind === 'file' ? [resolve(cwd, target.path)] : []))
  const errors: UserError[] = []
  for (const name of named) {
    const folder = resolve(cwd, name)
    const inside = (path: string): boolean => path.startsWith(folder + sep)
    const gone = dropped.filter(({path}) => inside(path))
    if (gone.length > 0 && !keptPaths.some(inside)) {
      errors.push(new UserError(`every letter here is ignored by ${[...new Set(gone.map(({source}) => source))].join(', ')}`, name))
    }
  }
  if (kept.length === 0 && errors.length === 0) errors.push(new UserError('every letter found is ignored by "ignores" in the config', named.join(' ')))
  return errors
}
