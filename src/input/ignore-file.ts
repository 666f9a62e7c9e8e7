import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {gitignoreMatcher, type IgnoreMatcher} from '../util/gitignore.js'
import {decodeText, defaultMaxFileSize, readRegularFile} from './read.js'

export type {IgnoreMatcher} from '../util/gitignore.js'

/** The ignore file's name. It is read from the working directory only, like a root .gitignore. */
export const ignoreFileName = '.coverlintignore'

/**
 * Read `.coverlintignore` from `cwd` (gitignore syntax, see `src/util/gitignore.ts`; patterns
 * are relative to `cwd`). Undefined when there is no such file; an unreadable one is a UserError.
 */
export async function loadIgnoreFile(cwd: string): Promise<IgnoreMatcher | undefined> {
  const path = join(cwd, ignoreFileName)
  if (!existsSync(path)) return undefined
  // With the checks a letter gets: a named pipe or a device in the repository must not hang the run.
  const text = decodeText(readRegularFile(path, {maxBytes: defaultMaxFileSize, subject: ignoreFileName, limitFor: 'for an ignore file'}), ignoreFileName)
  return gitignoreMatcher(text, cwd)
}
