import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {UserError} from '../errors.js'
import {closest} from '../util/suggest.js'

/**
 * `cover-lint explian` is a mistyped command, not a letter named "explian": commander reads any
 * word it does not know as a path, and the user would see "no such file". When the first path
 * is a bare word (no slash, dot or glob character) that names nothing on disk and is close to a
 * command's name, say so instead (exit 2). A file of that name is still linted as a letter.
 */
export function checkMistypedCommand(paths: readonly string[], cwd: string, commands: readonly string[]): void {
  const first = paths[0]
  if (first === undefined || !/^[\p{L}-]+$/u.test(first) || existsSync(resolve(cwd, first))) return
  const command = closest(first, commands)
  if (command === undefined) return
  throw new UserError(`not a command, file or folder (did you mean "cover-lint ${command}"?); to lint a file of that name, write ./${first}`, first)
}
