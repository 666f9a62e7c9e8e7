import {type Dirent, realpathSync, type Stats} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import {basename, join, relative, resolve, sep} from 'node:path'
import {describeFsError, UserError} from '../errors.js'
import {isPostingFileName} from './posting-names.js'
import {defaultExtensions, extensionOf} from './formats.js'
import {ignoreFileName, type IgnoreMatcher} from './ignore-file.js'

/** What to lint: a file on disk, or standard input. */
export type Target = {kind: 'file'; path: string} | {kind: 'stdin'}

export interface Discovery {
  targets: Target[]
  /** Problems with the paths given (missing, unreadable, no letters): reported, not fatal. */
  errors: UserError[]
  /** Files named on the command line that the ignore file excludes: skipped, with a notice. */
  ignored: string[]
}

export interface DiscoverOptions {
  /** `.coverlintignore`: matching files are left out of folders and globs, and skipped when named. */
  isIgnored?: IgnoreMatcher | undefined
  /**
   * Extensions folder scans and globs pick up (lower case, with the dot): `defaultExtensions`
   * unless config says otherwise (check a user's list with `letterExtensions` in formats.ts).
   * Files named explicitly are always linted, whatever their extension.
   */
  extensions?: readonly string[] | undefined
}

/** Folders never searched: dependencies, version control, build output. */
const skippedDirectories = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'coverage'])
/** Project documents that sit beside letters but are not letters. */
const notLetters = /^(?:readme|changelog|changes|license|licence|contributing|code_of_conduct|security|history|authors)(?:\.[^.]+)?$/i
const globCharacters = /[*?[\]{}]/

/**
 * Expand the CLI's paths into files to lint, in a stable order: each argument's files sorted by
 * path, arguments in the order given, duplicates dropped. Directories are searched for letters
 * (every extension cover-lint reads, see `src/input/formats.ts`); globs are expanded; `-` is
 * standard input. In folders and globs, job postings (`job.md`, `job.txt`, `posting.md`) are
 * not letters; named one by one they are kept here, for `src/cli/choose-letters.ts` to skip
 * with a notice.
 */
export async function discover(paths: readonly string[], cwd: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const isIgnored = options.isIgnored ?? (() => false)
  const extensions = options.extensions ?? defaultExtensions
  const isLetter = (name: string): boolean => extensions.includes(extensionOf(name)) && !isPostingFileName(basename(name))
  const targets: Target[] = []
  const errors: UserError[] = []
  const ignored: string[] = []
  const seen = new Set<string>()
  // A file is linted once however many ways lead to it: a glob through a linked folder, or the
  // same letter named twice. A path that cannot be resolved is kept, for the read to report.
  const add = (path: string): void => {
    const key = realFile(resolve(cwd, path))
    if (seen.has(key)) return
    seen.add(key)
    targets.push({kind: 'file', path})
  }

  for (const path of paths) {
    if (path === '-') {
      if (!targets.some((target) => target.kind === 'stdin')) targets.push({kind: 'stdin'})
      continue
    }
    let info: Stats
    try {
      info = await stat(resolve(cwd, path))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && globCharacters.test(path)) {
        const matches = await expandGlob(path, cwd, isLetter)
        const kept = matches.filter((match) => !isIgnored(match))
        if (matches.length === 0) errors.push(new UserError('no files match this pattern', path))
        else if (kept.length === 0) errors.push(new UserError(`every file matching this pattern is ignored by ${ignoreFileName}`, path))
        for (const match of kept) add(match)
        continue
      }
      errors.push(new UserError(describeFsError(error, path), path))
      continue
    }
    if (info.isDirectory()) {
      const {found, skipped} = await walk(path, cwd, errors, isIgnored, isLetter)
      if (found.length === 0) {
        const reason = skipped > 0 ? `every letter here is ignored by ${ignoreFileName}` : `no letters found (looked for ${listExtensions(extensions)} files)`
        errors.push(new UserError(reason, path))
      }
      for (const file of found) add(file)
    } else if (isIgnored(path)) {
      ignored.push(path)
    } else {
      add(path)
    }
  }
  return {targets, errors, ignored}
}

/** What a folder scan looked for, in words: the formats, or the extensions when config chose them. */
function listExtensions(extensions: readonly string[]): string {
  if (extensions === defaultExtensions) return 'Markdown, text, LaTeX, HTML, Word and PDF'
  return extensions.length === 1 ? extensions[0]! : `${extensions.slice(0, -1).join(', ')} and ${extensions.at(-1)}`
}

async function expandGlob(pattern: string, cwd: string, isLetter: (name: string) => boolean): Promise<string[]> {
  const {glob} = await import('tinyglobby')
  const matches = await glob(pattern, {cwd, ignore: [...skippedDirectories].map((name) => `**/${name}/**`), dot: false})
  return matches.filter(isLetter).sort(comparePaths)
}

/**
 * Letters under a directory, sorted. A link loop or an unreadable folder is reported and
 * skipped; the rest of the tree is still searched.
 */
async function walk(
  root: string,
  cwd: string,
  errors: UserError[],
  isIgnored: IgnoreMatcher,
  isLetter: (name: string) => boolean
): Promise<{found: string[]; skipped: number}> {
  const found: string[] = []
  let skipped = 0
  const visited = new Set<string>()
  const visit = async (directory: string): Promise<void> => {
    let real: string
    try {
      real = await realpath(resolve(cwd, directory))
    } catch (error) {
      errors.push(new UserError(describeFsError(error, directory), directory))
      return
    }
    if (visited.has(real)) {
      errors.push(new UserError('skipped: a symbolic link loops back to a folder already searched', directory))
      return
    }
    visited.add(real)
    let entries: Dirent[]
    try {
      entries = await readdir(resolve(cwd, directory), {withFileTypes: true})
    } catch (error) {
      errors.push(new UserError(describeFsError(error, directory), directory))
      return
    }
    entries.sort((a, b) => compareLikeSort(a.name, b.name))
    for (const entry of entries) {
      const path = join(directory, entry.name)
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(resolve(cwd, path))
          isDirectory = target.isDirectory()
          isFile = target.isFile()
        } catch (error) {
          errors.push(new UserError(describeFsError(error, path), path))
          continue
        }
      }
      if (isDirectory) {
        if (skippedDirectories.has(entry.name) || entry.name.startsWith('.')) continue
        if (isIgnored(path, true)) skipped++
        else await visit(path)
      } else if (isFile && isLetter(entry.name) && !notLetters.test(entry.name)) {
        if (isIgnored(path)) skipped++
        else found.push(path)
      }
    }
  }
  await visit(root)
  return {found, skipped}
}

/** Code-point order, the same on every machine and locale. */
function compareLikeSort(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Folder by folder, as a folder search lists them: `alpha/b.md` before `alpha-beta.md`. */
function comparePaths(a: string, b: string): number {
  const left = a.split('/')
  const right = b.split('/')
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = compareLikeSort(left[index]!, right[index]!)
    if (order !== 0) return order
  }
  return left.length - right.length
}

/** A path as reports show it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path)
  const relativePath = relative(cwd, absolute)
  return relativePath && !relativePath.startsWith('..') && !relativePath.startsWith(sep) ? relativePath.split(sep).join('/') : absolute
}

function realFile(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
