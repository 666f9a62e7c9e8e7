import {existsSync, readFileSync, realpathSync, statSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'

/**
 * The project a file belongs to: the nearest folder, from `folder` up, that holds `.git` (a
 * repository, or a worktree's `.git` file) or a `package.json` that is not cover-lint's own
 * (a cover-lint checkout or install is not the user's project). Undefined when no folder up to
 * the file system root is one.
 *
 * A project is what files of someone else's repository may reach: the config search stops at
 * its root, and `extends` and `job` never name a file outside it.
 */
export function projectRoot(folder: string): string | undefined {
  let current = resolve(folder)
  for (;;) {
    if (isProjectRoot(current)) return current
    const parent = dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}

/**
 * Whether `folder` is a project root (see `projectRoot`). Not cached: a long-lived process (the
 * language server, --watch) must see the folders as they are now; callers cache per run.
 */
export function isProjectRoot(folder: string): boolean {
  return existsSync(join(folder, '.git')) || isOtherPackage(join(folder, 'package.json'))
}

function isOtherPackage(manifest: string): boolean {
  if (!existsSync(manifest)) return false
  try {
    // Read only a regular file of a manifest's size: a named pipe of that name must not hang the run.
    const stats = statSync(manifest)
    if (!stats.isFile() || stats.size > 1024 * 1024) return true
    const data: unknown = JSON.parse(readFileSync(manifest, 'utf8'))
    return !(typeof data === 'object' && data !== null && Object.hasOwn(data, 'name') && (data as {name: unknown}).name === 'cover-lint')
  } catch {
    // Not JSON, unreadable or a folder: still the mark of someone's project, not cover-lint's.
    return true
  }
}

/**
 * Whether `path` is `folder` or inside it, after following symbolic links in both (a link
 * inside the folder to a file outside it is outside). A path that does not exist yet is
 * judged by its nearest existing folder.
 */
export function isInside(path: string, folder: string): boolean {
  const within = relative(real(folder), real(path))
  return within === '' || (within !== '..' && !within.startsWith(`..${sep}`) && !isAbsolute(within))
}

/** `path` with its links followed; for a path that does not exist, its nearest existing folder's real path joined with the rest. */
function real(path: string): string {
  const absolute = resolve(path)
  try {
    return realpathSync(absolute)
  } catch {
    const parent = dirname(absolute)
    return parent === absolute ? absolute : join(real(parent), absolute.slice(parent.length))
  }
}
