import {existsSync} from 'node:fs'
import {isAbsolute, join, relative, resolve, sep} from 'node:path'
import {decodeText, defaultMaxFileSize, readRegularFile} from './read.js'

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
  const path = join(cwd, ignoreFileName)
  if (!existsSync(path)) return undefined
  // With the checks a letter gets: a named pipe or a device in the repository must not hang the run.
  const text = decodeText(readRegularFile(path, {maxBytes: defaultMaxFileSize, subject: ignoreFileName, limitFor: 'for an ignore file'}), ignoreFileName)
  // Loaded only when a project has an ignore file.
  const {default: ignore} = await import('ignore')
  const patterns = ignore().add(text)
  return (path, isDirectory = false) => {
    const inside = relative(cwd, resolve(cwd, path))
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return false
    const posix = inside.split(sep).join('/')
    return patterns.ignores(isDirectory ? `${posix}/` : posix)
  }
}
