import {readFile} from 'node:fs/promises'
import {isAbsolute, join, relative, resolve, sep} from 'node:path'
import {describeFsError, UserError} from '../errors.js'

/** The ignore file's name. It is read from the working directory only, like a root .gitignore. */
export const ignoreFileName = '.coverlintignore'

/**
 * Whether a path (absolute, or relative to the working directory) is ignored. Directories are
 * asked with `isDirectory` so that `drafts/` patterns match them; a path outside the working
 * directory is never ignored, since the patterns cannot name it.
 */
export type IgnoreMatcher = (path: string, isDirectory?: boolean) => boolean

/**
 * Read `.coverlintignore` from `cwd`: gitignore syntax (`#` comments, `!` negation, a trailing
 * `/` for folders only, a leading `/` anchoring to the working directory, `**`). Undefined when
 * there is no such file; an unreadable one is a UserError.
 */
export async function loadIgnoreFile(cwd: string): Promise<IgnoreMatcher | undefined> {
  let text: string
  try {
    text = await readFile(join(cwd, ignoreFileName), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new UserError(describeFsError(error), ignoreFileName)
  }
  // Loaded only when a project has an ignore file.
  const {default: ignore} = await import('ignore')
  const patterns = ignore().add(text.replace(/^\uFEFF/, ''))
  return (path, isDirectory = false) => {
    const inside = relative(cwd, resolve(cwd, path))
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return false
    const posix = inside.split(sep).join('/')
    return patterns.ignores(isDirectory ? `${posix}/` : posix)
  }
}
