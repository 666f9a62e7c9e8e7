import {readdir, readFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'

/** The config files searched in each folder, in the order cosmiconfig tries them. */
export const searchPlaces: readonly string[] = [
  'package.json',
  '.coverlintrc',
  '.coverlintrc.json',
  '.coverlintrc.yaml',
  '.coverlintrc.yml',
  '.coverlintrc.js',
  '.coverlintrc.cjs',
  '.coverlintrc.mjs',
  'cover-lint.config.js',
  'cover-lint.config.cjs',
  'cover-lint.config.mjs'
]

/** The key of `package.json` a config may sit under. */
export const packageKey = 'cover-lint'

/**
 * A quick look, before cosmiconfig is loaded, for whether any folder from `start` up to the
 * project root (the first folder with a package.json, as cosmiconfig's `project` search
 * strategy stops there) could hold a config: one directory listing per folder, and a
 * package.json read only to see whether it has a "cover-lint" key. Most runs have no config,
 * and this lets them skip loading cosmiconfig (and its YAML and JSON parsers) at all.
 * When it answers yes, cosmiconfig does the real search.
 */
export class ConfigProbe {
  readonly #folders = new Map<string, Promise<{candidate: boolean; root: boolean}>>()

  async anyFrom(start: string): Promise<boolean> {
    let folder = start
    for (;;) {
      const {candidate, root} = await this.#folder(folder)
      if (candidate) return true
      const parent = dirname(folder)
      if (root || parent === folder) return false
      folder = parent
    }
  }

  #folder(folder: string): Promise<{candidate: boolean; root: boolean}> {
    let found = this.#folders.get(folder)
    if (!found) {
      found = inspect(folder)
      this.#folders.set(folder, found)
    }
    return found
  }
}

async function inspect(folder: string): Promise<{candidate: boolean; root: boolean}> {
  let names: Set<string>
  try {
    names = new Set(await readdir(folder))
  } catch {
    return {candidate: false, root: false}
  }
  const root = names.has('package.json') || names.has('package.yaml')
  if (searchPlaces.some((place) => place !== 'package.json' && names.has(place))) return {candidate: true, root}
  if (!names.has('package.json')) return {candidate: false, root}
  try {
    const manifest: unknown = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'))
    return {candidate: typeof manifest === 'object' && manifest !== null && packageKey in manifest, root}
  } catch {
    // A package.json that does not parse holds no config we could read (see loadJson in load.ts).
    return {candidate: false, root}
  }
}
