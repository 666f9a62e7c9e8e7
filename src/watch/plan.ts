import {existsSync} from 'node:fs'
import {basename, dirname, extname, isAbsolute, join, resolve, sep} from 'node:path'
import {searchPlaces} from '../config/find.js'
import type {ResolvedConfig} from '../config/types.js'
import {defaultExtensions, extensionOf} from '../input/formats.js'
import {ignoreFileName} from '../input/ignore-file.js'
import {postingFileNames} from '../input/posting-names.js'

/**
 * What a long-running lint (`--watch`, the language server) reads from disk, as folders to
 * watch. Folders are watched rather than files: editors save by writing a new file and renaming
 * it over the old one, which ends a watch on the file itself.
 */
export interface WatchPlan {
  /** Folders given, and the fixed part of globs: watched with everything under them. */
  trees: Set<string>
  /** Folders holding letters, postings and config files, and the working directory: their inputs matter. */
  folders: Set<string>
  /** Folders above those, up to the project root: only config files and the folders on the way down matter there. */
  ancestors: Set<string>
  /** Files read whatever their name: the letters, `--job`, `--config`, what configs extend or name. */
  files: Set<string>
}

export type WatchKind = 'trees' | 'folders' | 'ancestors'

export function emptyPlan(): WatchPlan {
  return {trees: new Set(), folders: new Set(), ancestors: new Set(), files: new Set()}
}

/** Names read beside letters besides the letters themselves: postings, `.coverlintignore`, config files. */
const inputNames = new Set<string>([...postingFileNames, ignoreFileName, ...searchPlaces])

/** Folders a recursive watch never reports on: what a folder search skips too. */
const skipped = /(?:^|[\\/])(?:node_modules|\.git|\.hg|\.svn)(?:[\\/]|$)/

/** Add a file read whatever its name, and its folder. */
export function addFile(plan: WatchPlan, path: string): void {
  plan.files.add(path)
  plan.folders.add(dirname(path))
}

/** Add a letter and what its config brings: the config file, what it extends, the posting it names. */
export function addLetter(plan: WatchPlan, letter: string, config: ResolvedConfig | undefined): void {
  addFile(plan, letter)
  if (!config) return
  for (const path of [config.file, ...config.extends.filter((name) => isAbsolute(name))]) if (path) addFile(plan, path)
  if (config.values.job && config.file) addFile(plan, resolve(dirname(config.file), config.values.job))
}

/** Add the folders above the plan's, up to the project root (the first with a package.json), where config files are searched for. */
export function addAncestors(plan: WatchPlan): void {
  for (const folder of [...plan.trees, ...plan.folders]) {
    let current = folder
    while (!existsSync(join(current, 'package.json')) && dirname(current) !== current) {
      current = dirname(current)
      if (!plan.trees.has(current) && !plan.folders.has(current)) plan.ancestors.add(current)
    }
  }
}

/** Whether a change to `name` in a folder watched as `kind` can change what is linted. */
export function matters(plan: WatchPlan, folder: string, kind: WatchKind, name: string): boolean {
  const path = resolve(folder, name)
  if (plan.files.has(path) || inputNames.has(basename(path))) return true
  // Under a folder or glob given: a new letter, or a folder renamed or deleted with what it
  // holds; not an editor's swap or backup file, nor anything in node_modules or .git.
  if (kind === 'trees') return !skipped.test(name) && (defaultExtensions.includes(extensionOf(path)) || (extname(path) === '' && !basename(path).startsWith('.')))
  if (kind === 'folders') return false
  // Above the letters: a folder on the way down to them, deleted or made again.
  return [...plan.trees, ...plan.folders].some((watched) => watched === path || watched.startsWith(`${path}${sep}`))
}
