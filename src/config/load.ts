import {existsSync, realpathSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {basename, dirname, extname} from 'node:path'
import {pathToFileURL} from 'node:url'
import {UserError} from '../errors.js'
import {decodeText, readRegularFile} from '../input/read.js'
import {maxConfigSize, packageKeyOf} from './find.js'

/** A config file as loaded. `config` is undefined for an empty file, or a package.json without the key. */
export interface LoadedFile {
  file: string
  config: unknown
}

/** A config file that cannot be read or parsed, a JS config that throws or may not run. */
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
const yamlExtensions = new Set(['.yaml', '.yml', ''])

/**
 * Load one config file by its name: `package.json` (its "cover-lint" key), `.json`, `.yaml`,
 * `.yml` or no extension (`.coverlintrc`: YAML, which JSON also is), or `.js`, `.cjs`, `.mjs`
 * (imported by Node: configs that run code, as in ESLint). A config is someone else's file: it
 * is read with the checks a letter gets (a regular file, at most 1 MiB, never a pipe or a
 * device), its errors never quote it beyond a key and a short value, and nothing it says can
 * load another file (only `extends`, which resolve.ts keeps inside the project, does that).
 */
export async function loadConfigFile(file: string): Promise<LoadedFile> {
  if (!existsSync(file)) throw new ConfigFileError(file, 'no such file or directory', true)
  const extension = extname(file).toLowerCase()
  if (basename(file) === 'package.json') return {file, config: packageKeyOf(read(file))}
  if (scriptExtensions.has(extension)) return {file, config: await loadScript(file)}
  if (/^\.[cm]?ts$/.test(extension)) throw new ConfigFileError(file, 'TypeScript configs are not read; use .json, .yaml, .yml, .js, .cjs or .mjs')
  if (extension !== '.json' && !yamlExtensions.has(extension)) {
    throw new ConfigFileError(file, `cannot read a config from a ${extension}; use .json, .yaml, .yml, .js, .cjs or .mjs (or .coverlintrc)`)
  }
  const text = read(file)
  if (text.trim() === '') return {file, config: undefined}
  return {file, config: extension === '.json' ? parseJson(file, text) : await parseYaml(file, text)}
}

/** A config file's text, read as a letter is (decodeText: UTF-8 or UTF-16 with a mark). */
function read(file: string): string {
  try {
    return decodeText(readRegularFile(file, {maxBytes: maxConfigSize, subject: file, limitFor: 'for a config file'}), file)
  } catch (error) {
    if (error instanceof UserError) throw new ConfigFileError(file, error.message)
    throw error
  }
}

/**
 * JSON, with a message that says where: `not valid JSON: Expected ',' ... (line 3, column 5)`.
 * V8 quotes the start of the text in some messages (`Unexpected token 'r', "root:x:0:0"... is
 * not valid JSON`); that quote is dropped, so an error never shows what a file holds.
 */
function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const message = (error as Error).message
    const at = /at position (\d+)/.exec(message)
    const place = at ? ` (${lineColumn(text, Number(at[1]))})` : ''
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, ".*"(?:\.\.\.)? is not valid JSON$/s, '')
      .replace(/^".*"(?:\.\.\.)? is not valid JSON$/s, 'not JSON')
    throw new ConfigFileError(file, `not valid JSON: ${reason}${place}`)
  }
}

/** YAML (js-yaml, loaded only for a YAML config), with the reason and the place, never the text. */
async function parseYaml(file: string, text: string): Promise<unknown> {
  const {load} = await import('js-yaml')
  try {
    return load(text)
  } catch (error) {
    const {reason, mark} = error as {reason?: string; mark?: {line: number; column: number}}
    if (reason && mark) throw new ConfigFileError(file, `not valid YAML: ${reason} (line ${mark.line + 1}, column ${mark.column + 1})`)
    throw error
  }
}

/**
 * A JavaScript config: imported by Node (CommonJS or ES modules), as ESLint does, so it runs
 * with the user's permissions. Refused when anyone could have written it, since running it would
 * run their code: a world-writable file, or one in a world-writable folder (a shared temporary
 * folder, say), following links. Its export is copied as plain data, so no getter, proxy or
 * function of it runs later.
 */
async function loadScript(file: string): Promise<unknown> {
  checkWritableOnlyByOwner(file)
  read(file)
  let exported: unknown
  try {
    exported = ((await import(versionedUrl(file))) as {default?: unknown}).default
  } catch (error) {
    throw new ConfigFileError(file, `the config threw while loading: ${describeThrown(error)}`)
  }
  try {
    return structuredClone(exported)
  } catch (error) {
    throw new ConfigFileError(file, `the config must export plain data (objects, lists, strings, numbers, true, false, null): ${describeThrown(error)}`)
  }
}

/**
 * Node caches a module by its URL, and a CommonJS one by its file name, for the life of the
 * process: a config edited while cover-lint runs on (--watch, the language server) is imported
 * again under a URL that names its version. An unchanged file is the module already loaded.
 */
function versionedUrl(file: string): string {
  const {mtimeMs, size} = statSync(file)
  const url = `${pathToFileURL(file).href}?version=${mtimeMs}-${size}`
  if (!loadedScripts.has(url)) delete createRequire(import.meta.url).cache[file]
  loadedScripts.add(url)
  return url
}

const loadedScripts = new Set<string>()

function checkWritableOnlyByOwner(file: string): void {
  if (process.platform === 'win32') return
  const real = realpathSync(file)
  for (const path of new Set([file, real])) {
    if (statSync(path).mode & 0o002) {
      throw new ConfigFileError(file, 'refusing to run a JavaScript config anyone can write (it would run their code): remove their write permission (chmod o-w), or use a JSON or YAML config')
    }
  }
  for (const folder of new Set([dirname(file), dirname(real)])) {
    if (statSync(folder).mode & 0o002) {
      throw new ConfigFileError(
        file,
        `refusing to run a JavaScript config in a folder anyone can write (${folder}): anyone could have put it there, and it would run their code; move it, or use a JSON or YAML config`
      )
    }
  }
}

function describeThrown(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error'
  const message = error instanceof Error ? error.message : String(error)
  return `${name}: ${message.split('\n').find((line) => line.trim() !== '')?.trim() ?? ''}`
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}
