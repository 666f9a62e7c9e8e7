import {isAbsolute, relative, resolve, sep} from 'node:path'

/**
 * Whether a path (absolute, or relative to the folder the patterns belong to) is ignored.
 * Folders are asked with `isDirectory` so that `drafts/` patterns match them. A path outside
 * that folder is never ignored: the patterns cannot name it.
 */
export type IgnoreMatcher = (path: string, isDirectory?: boolean) => boolean

/**
 * One reading of ignore patterns for `.coverlintignore` and config `ignores` alike: gitignore's,
 * through the `ignore` package (what ESLint and Prettier use): `#` comments, `!` to take a path
 * back, a trailing `/` for folders only, a leading `/` or a slash inside anchoring to `base`, a
 * name with no slash matching at any depth, `**`, and ignoring a folder ignores what is inside
 * it. `ignore` is loaded only when there are patterns.
 */
export async function gitignoreMatcher(patterns: string | readonly string[], base: string): Promise<IgnoreMatcher> {
  const {default: ignore} = await import('ignore')
  const matcher = ignore().add(typeof patterns === 'string' ? patterns : [...patterns])
  return (path, isDirectory = false) => {
    const inside = relative(base, resolve(base, path))
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return false
    const posix = inside.split(sep).join('/')
    return matcher.ignores(isDirectory ? `${posix}/` : posix)
  }
}
