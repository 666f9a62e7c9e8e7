import {readdirSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {readRegularFile} from '../input/read.js'
import {isProjectRoot} from '../util/project.js'

/** The config files searched in each folder, in this order. */
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
 * The config file that applies to letters in a folder: the nearest one from the folder up to
 * the project root (`projectRoot` in src/util/project.ts: the nearest folder with `.git` or a
 * package.json that is not cover-lint's own), or up to the file system root when there is no
 * project. In each folder the first of `searchPlaces` there wins; a package.json counts only
 * when it has a "cover-lint" key. One directory listing per folder, each folder once per run.
 *
 * The search stops at the project root so that a config above a repository (in a shared
 * temporary folder, say) never applies to the letters in it.
 */
export class ConfigSearch {
  readonly #found = new Map<string, string | undefined>()

  nearest(start: string): string | undefined {
    const visited: string[] = []
    let folder = start
    let found: string | undefined
    for (;;) {
      if (this.#found.has(folder)) {
        found = this.#found.get(folder)
        break
      }
      visited.push(folder)
      found = configIn(folder)
      const parent = dirname(folder)
      if (found !== undefined || isProjectRoot(folder) || parent === folder) break
      folder = parent
    }
    // Every folder on the way up has the same answer: nothing was found below the one that answered.
    for (const seen of visited) this.#found.set(seen, found)
    return found
  }
}

function configIn(folder: string): string | undefined {
  let names: Set<string>
  try {
    names = new Set(readdirSync(folder))
  } catch {
    return undefined
  }
  for (const place of searchPlaces) {
    if (!names.has(place)) continue
    const path = join(folder, place)
    if (place === 'package.json') {
      if (readPackageKey(path) !== undefined) return path
      continue
    }
    // A folder of that name is not a config; anything else is, and loading it says what is wrong with it.
    try {
      if (statSync(path).isDirectory()) continue
    } catch {
      continue
    }
    return path
  }
  return undefined
}

/** Config files, package.json included, over this many bytes are refused: a config is a few hundred bytes. */
export const maxConfigSize = 1024 * 1024

/**
 * The "cover-lint" key of a package.json: its value, or undefined when it has none. A
 * package.json that is not JSON (or not a file, or huge) holds no config: it is the project's
 * manifest, not cover-lint's file, and a folder of letters may hold anything under that name.
 */
export function readPackageKey(path: string): unknown {
  try {
    return packageKeyOf(new TextDecoder().decode(readRegularFile(path, {maxBytes: maxConfigSize, subject: path, limitFor: 'for a config file'})))
  } catch {
    return undefined
  }
}

/** The "cover-lint" key of a package.json's text (own keys only), or undefined. */
export function packageKeyOf(text: string): unknown {
  try {
    const manifest: unknown = JSON.parse(text.replace(/^\uFEFF/, ''))
    return typeof manifest === 'object' && manifest !== null && Object.hasOwn(manifest, packageKey) ? (manifest as Record<string, unknown>)[packageKey] : undefined
  } catch {
    return undefined
  }
}
