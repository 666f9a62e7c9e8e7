import {basename, extname} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Loader, PublicExplorer} from 'cosmiconfig'
import {describeFsError} from '../errors.js'
import {ConfigError} from './error.js'
import {packageKey, searchPlaces} from './find.js'

/** A config file as cosmiconfig found or loaded it. `config` is undefined for an empty file. */
export interface LoadedFile {
  file: string
  config: unknown
}

/**
 * A run's config files, found and loaded by cosmiconfig, which is loaded on first use (a dynamic
 * import: esbuild puts it, with its YAML parser, in a chunk of its own). Searches walk up from a
 * letter's folder to the project root, the first folder with a package.json (`searchStrategy:
 * 'project'`; cosmiconfig 9 looks only in the starting folder otherwise). The nearest config
 * wins; configs in folders above it are not merged in (use `extends` for that). Results are
 * cached per folder and per file for as long as this object lives: one run, so that a run in
 * a long-lived process reads the files as they are now, not as an earlier run found them.
 */
export class ConfigFiles {
  #explorer: Promise<PublicExplorer> | undefined

  /** The nearest config from `folder` up, or undefined. Throws a ConfigFileError for a file that does not load. */
  async search(folder: string): Promise<LoadedFile | undefined> {
    const found = await guard(async () => (await this.#getExplorer()).search(folder))
    return found ? {file: found.filepath, config: found.config} : undefined
  }

  /** Load one config file (`--config`, or a file named by `extends`). */
  async load(file: string): Promise<LoadedFile> {
    const loaded = await guard(async () => (await this.#getExplorer()).load(file), file)
    return {file, config: loaded?.config}
  }

  #getExplorer(): Promise<PublicExplorer> {
    // cosmiconfig is CommonJS: Node's ESM interop and esbuild's chunks both give it as `default`.
    this.#explorer ??= import('cosmiconfig').then(({default: {cosmiconfig, defaultLoaders}}) =>
      cosmiconfig(packageKey, {
        searchStrategy: 'project',
        searchPlaces: [...searchPlaces],
        // An empty .coverlintrc.json is a config with every default, not a reason to look further up.
        ignoreEmptySearchPlaces: false,
        loaders: {
          '.json': loadJson,
          '.yaml': loadYaml(defaultLoaders['.yaml']!),
          '.yml': loadYaml(defaultLoaders['.yml']!),
          noExt: loadYaml(defaultLoaders.noExt!),
          '.js': loadScript,
          '.cjs': loadScript,
          '.mjs': loadScript,
          '.ts': noTypeScript,
          '.mts': noTypeScript,
          '.cts': noTypeScript
        },
        cache: true
      })
    )
    return this.#explorer
  }
}

/** A config file that cannot be read or parsed, or a JS config that throws. */
export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    /** The file does not exist (for `extends` and `--config` messages). */
    readonly missing = false
  ) {
    super(reason)
    this.name = 'ConfigFileError'
  }
}

const scriptExtensions = new Set(['.js', '.cjs', '.mjs'])

async function guard<T>(load: () => Promise<T>, file?: string): Promise<T> {
  try {
    return await load()
  } catch (error) {
    const where = (error as {filepath?: string}).filepath ?? file ?? ''
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') {
      throw new ConfigFileError(where, describeFsError(error), code === 'ENOENT')
    }
    if (error instanceof ConfigError) throw new ConfigFileError(where, error.message)
    const message = error instanceof Error ? error.message : String(error)
    // cosmiconfig reads package.json in the working directory for settings of its own (its
    // "meta config"), with its own JSON parser: a broken one stops it before any search.
    const meta = /^JSON Error in (.+):\n/.exec(message)
    if (meta) throw new ConfigFileError(meta[1]!, `not valid JSON (cosmiconfig reads it for its own settings): ${firstLine(message.slice(meta[0].length))}`)
    if (/^No loader specified for/.test(message)) {
      throw new ConfigFileError(where, `cannot read a config from a ${extname(where) || 'file without an extension'}; use .json, .yaml, .yml, .js, .cjs or .mjs (or .coverlintrc)`)
    }
    if (scriptExtensions.has(extname(where))) {
      const name = error instanceof Error ? error.name : 'Error'
      throw new ConfigFileError(where, `the config threw while loading: ${name}: ${firstLine(message)}`)
    }
    throw new ConfigFileError(where, firstLine(message))
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? text
}

/**
 * JSON, with a message that says where: `not valid JSON: Expected ',' ... (line 3, column 5)`.
 * A package.json that does not parse is skipped rather than reported: it is the project's
 * manifest, not cover-lint's file, and a folder of letters may hold anything under that name.
 */
const loadJson: Loader = (file, content) => {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    if (basename(file) === 'package.json') return {}
    const message = (error as Error).message
    const at = /at position (\d+)/.exec(message)
    const place = at ? ` (${lineColumn(text, Number(at[1]))})` : ''
    throw new ConfigError('', `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}${place}`)
  }
}

/**
 * JavaScript configs run as code, as in ESLint: Node imports them (CommonJS or ES modules). Not
 * cosmiconfig's own loader, whose fallback to require() hides the config's own error.
 */
const loadScript: Loader = async (file) => ((await import(pathToFileURL(file).href)) as {default?: unknown}).default

const noTypeScript: Loader = () => {
  throw new ConfigError('', 'TypeScript configs are not read; use .json, .yaml, .yml, .js, .cjs or .mjs')
}

function loadYaml(load: Loader): Loader {
  return async (file, content) => {
    try {
      return await load(file, content)
    } catch (error) {
      const {reason, mark} = error as {reason?: string; mark?: {line: number; column: number}}
      if (reason && mark) throw new ConfigError('', `not valid YAML: ${reason} (line ${mark.line + 1}, column ${mark.column + 1})`)
      throw error
    }
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}
