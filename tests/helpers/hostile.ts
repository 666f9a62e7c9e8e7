import {chmodSync, mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {temporaryFolder} from './temporary.js'

/**
 * A maker of fresh folders for hostile-file tests, in one temporary folder that every user can
 * read (some cases run the CLI as another user): `folder(name, files)` makes `name` with the
 * given files, a name ending in / being a folder.
 */
export function hostileFolder(): (name: string, files?: Record<string, string>) => string {
  const scratch = temporaryFolder('cover-lint-hostile-')
  chmodSync(scratch, 0o755)
  return (name, files = {}) => {
    const path = join(scratch, name)
    mkdirSync(path, {recursive: true, mode: 0o755})
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(path, file)), {recursive: true, mode: 0o755})
      if (file.endsWith('/')) mkdirSync(join(path, file), {recursive: true, mode: 0o755})
      else writeFileSync(join(path, file), content, {mode: 0o644})
    }
    return path
  }
}
