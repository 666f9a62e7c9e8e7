import {existsSync, realpathSync} from 'node:fs'
import {extname, join, relative, resolve, sep} from 'node:path'
import {UserError} from '../errors.js'
import {isInside, projectRoot} from '../util/project.js'
import {decodeLetter, defaultMaxFileSize, readLetterBytes} from './read.js'

/** A file a letter names (LaTeX `\input`), read: its text, what identifies it, and the path reports show. */
export interface RelatedFile {
  key: string
  text: string
  filePath: string
}

/** Reads a file named relative to a letter; rejects with a UserError (no subject). */
export type RelatedFileReader = (name: string) => Promise<RelatedFile>

/**
 * Reads the files a letter names (LaTeX `\input{body}`) as LaTeX does when run beside the
 * letter: `name` relative to `directory`, or `name.tex` when it has no extension. They are
 * read through the same checks as a letter (a regular file, opened without blocking, within
 * `maxFileSize`), and only from inside the letter's project: the folder tree of its project
 * root (`projectRoot`: the nearest folder above it with `.git` or a package.json), else its
 * own folder, links followed. A letter from someone else's repository cannot make cover-lint
 * read `/etc/passwd` or `../../secrets` and quote it back. `shownFrom` is the folder reports
 * show paths relative to.
 */
export function relatedFileReader(directory: string, shownFrom: string, {maxFileSize = defaultMaxFileSize}: {maxFileSize?: number} = {}): RelatedFileReader {
  let project: {root: string; what: string} | undefined
  const confinement = (): {root: string; what: string} => {
    if (!project) {
      const root = projectRoot(directory)
      project = root === undefined ? {root: resolve(directory), what: "the letter's folder"} : {root, what: "the letter's project"}
    }
    return project
  }
  const shown = (path: string): string => {
    const fromCwd = relative(shownFrom, path)
    if (!fromCwd) return '.'
    return isInside(path, shownFrom) ? fromCwd.split(sep).join('/') : path
  }
  return async (name) => {
    const {root, what} = confinement()
    const candidates = extname(name) ? [name] : [`${name}.tex`, name]
    const outside = (): UserError => new UserError(`\\input{${name}}: not read: it is outside ${what} (${shown(root)}), and only files inside it are`)
    for (const candidate of candidates) {
      const path = resolve(directory, candidate)
      // Links followed: a link inside the project to a file outside it is outside.
      if (!isInside(path, root)) throw outside()
      if (!existsSync(path)) continue
      try {
        const text = decodeLetter(await readLetterBytes(path, maxFileSize, candidate), candidate)
        return {key: realpathSync(path), text, filePath: shown(path)}
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        // The check's own words, without the advice for letters given on the command line.
        throw new UserError(`\\input{${name}}: ${error.message.split('; ')[0]}`)
      }
    }
    throw new UserError(`\\input{${name}}: no such file or directory (looked for ${join(directory, candidates[0]!)})`)
  }
}
