import {existsSync, statSync, watch, type FSWatcher} from 'node:fs'
import {basename, dirname, extname, isAbsolute, join, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import {searchPlaces} from '../config/find.js'
import {ConfigResolver} from '../config/resolve.js'
import {UserError} from '../errors.js'
import {discover} from '../input/discover.js'
import {defaultExtensions, extensionOf} from '../input/formats.js'
import {ignoreFileName} from '../input/ignore-file.js'
import {postingFileNames} from '../job/names.js'
import type {CliIO} from './io.js'
import {lintCommand, type LintCommandOptions} from './lint-command.js'

/** How long to wait after the last change before linting: an editor's save is several events. */
const settleMs = 80

/** Clears a terminal and its scrollback and puts the cursor at the top, as `clear` does. */
const clearScreen = '\u001b[2J\u001b[3J\u001b[H'

/** Folders a recursive watch never reports on: what a folder search skips too. */
const skipped = /(?:^|[\\/])(?:node_modules|\.git|\.hg|\.svn)(?:[\\/]|$)/

/**
 * What to watch for one set of paths. Folders are watched rather than files: editors save by
 * writing a new file and renaming it over the old one, which ends a watch on the file itself.
 */
interface WatchPlan {
  /** Folders given, and the fixed part of globs: watched with everything under them. */
  trees: Set<string>
  /** Folders holding letters, postings and config files, and the working directory (`.coverlintignore`): their inputs matter. */
  folders: Set<string>
  /** Folders above those, up to the project root: only config files and the folders on the way down matter there. */
  ancestors: Set<string>
  /** Files read whatever their name: the letters, `--job`, `--config`, what configs extend or name. */
  files: Set<string>
}

/** Names read beside letters besides the letters themselves. */
const inputNames = new Set<string>([...postingFileNames, ignoreFileName, ...searchPlaces])

export interface WatchOptions {
  /** Resolves when watching should stop; Ctrl-C (SIGINT) and SIGTERM by default. */
  stopped?: Promise<void>
}

/**
 * `cover-lint --watch`: lint and report, then again after every change to the letters, the
 * postings beside them, and the config files that apply (found again each time, so a new
 * config file or letter is picked up). On a terminal the screen is cleared before each report.
 * Ends with exit code 0 when stopped: the exit code of a watch is not a lint result.
 */
export async function watchCommand(paths: readonly string[], options: LintCommandOptions, io: CliIO, watchOptions: WatchOptions = {}): Promise<number> {
  if (paths.length === 0) throw new UserError('no letters given; try "cover-lint --watch letter.md"')
  if (paths.includes('-') || options.job === '-') throw new UserError('standard input cannot be watched: give the letter and posting as files', '--watch')
  const watchers = new Map<string, FSWatcher>()
  const outputFile = options.outputFile === undefined ? undefined : resolve(io.cwd, options.outputFile)
  let plan: WatchPlan = {trees: new Set(), folders: new Set(), ancestors: new Set(), files: new Set()}
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false

  const run = async (): Promise<void> => {
    if (io.stdout.isTTY) io.stdout.write(clearScreen)
    try {
      await lintCommand(paths, options, io)
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      io.stderr.write(`${error.toString()}\n`)
    }
    plan = await watchPlan(paths, options, io.cwd)
    update(watchers, plan, (folder, kind, name) => changed(folder, kind, name))
    const time = new Date().toTimeString().slice(0, 8)
    io.stderr.write(`cover-lint: linted at ${time}; watching for changes (Ctrl-C to stop)\n`)
  }

  const schedule = (): void => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      if (running) {
        again = true
        return
      }
      running = run()
        .catch((error: unknown) => void io.stderr.write(`cover-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`))
        .finally(() => {
          running = undefined
          if (again) {
            again = false
            schedule()
          }
        })
    }, settleMs)
  }

  const changed = (folder: string, kind: keyof WatchPlan, name: string | null): void => {
    if (name !== null && !matters(plan, folder, kind, name, outputFile)) return
    schedule()
  }

  await run()
  await (watchOptions.stopped ?? interrupted())
  if (timer) clearTimeout(timer)
  await running
  for (const watcher of watchers.values()) watcher.close()
  return 0
}

function interrupted(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

/** Whether a change to `name` in a watched folder can change the report. */
function matters(plan: WatchPlan, folder: string, kind: keyof WatchPlan, name: string, outputFile: string | undefined): boolean {
  const path = resolve(folder, name)
  // The report itself, and the temporary file it is written through, are not inputs.
  if (outputFile && (path === outputFile || (dirname(path) === dirname(outputFile) && basename(path).startsWith(`.${basename(outputFile)}.`)))) return false
  if (plan.files.has(path) || inputNames.has(basename(path))) return true
  // Under a folder or glob given, a new letter, or a folder renamed or deleted with what it holds;
  // not an editor's swap or backup file, nor anything in node_modules or .git.
  if (kind === 'trees') return !skipped.test(name) && (defaultExtensions.includes(extensionOf(path)) || (extname(path) === '' && !basename(path).startsWith('.')))
  if (kind === 'folders') return false
  // Above the letters: a config file, or a folder on the way down to them (deleted or made again).
  if (searchPlaces.includes(basename(path))) return true
  return [...plan.trees, ...plan.folders].some((watched) => watched === path || watched.startsWith(`${path}${sep}`))
}

/** Start watchers for what `plan` names and stop those it no longer does. A folder that does not exist is left for the next run. */
function update(watchers: Map<string, FSWatcher>, plan: WatchPlan, changed: (folder: string, kind: keyof WatchPlan, name: string | null) => void): void {
  const wanted = new Map<string, {folder: string; kind: keyof WatchPlan}>()
  for (const kind of ['trees', 'folders', 'ancestors'] as const) {
    for (const folder of plan[kind]) wanted.set(`${kind}:${folder}`, {folder, kind})
  }
  for (const [key, watcher] of watchers) {
    if (!wanted.has(key)) {
      watcher.close()
      watchers.delete(key)
    }
  }
  for (const [key, {folder, kind}] of wanted) {
    if (watchers.has(key) || !isFolder(folder)) continue
    try {
      const watcher = watch(folder, {recursive: kind === 'trees'}, (_event, name) => changed(folder, kind, name === null ? null : String(name)))
      // A folder deleted under its watcher ends the watch; the next run starts it again if the folder is back.
      watcher.on('error', () => {
        watcher.close()
        watchers.delete(key)
        changed(folder, kind, null)
      })
      watchers.set(key, watcher)
    } catch {
      // Not watchable (gone since, or no permission): the next run tries again.
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The folders that hold what a run reads: the letters (and the postings beside them), folders
 * and glob bases given, `--job` and `--config`, the config files found for each letter with what
 * they extend and the posting they name, and the working directory (`.coverlintignore`).
 */
async function watchPlan(paths: readonly string[], options: LintCommandOptions, cwd: string): Promise<WatchPlan> {
  const trees = new Set<string>()
  const folders = new Set<string>([cwd])
  const files = new Set<string>()
  const file = (path: string): void => {
    files.add(path)
    folders.add(dirname(path))
  }
  for (const path of paths) {
    const absolute = resolve(cwd, path)
    if (isFolder(absolute)) trees.add(absolute)
    else if (!existsSync(absolute) && picomatch.scan(path).isGlob) trees.add(resolve(cwd, picomatch.scan(path).base || '.'))
    else file(absolute)
  }
  for (const flag of [options.job, options.config]) if (typeof flag === 'string') file(resolve(cwd, flag))

  const {targets} = await discover(paths, cwd).catch(() => ({targets: []}))
  const configs = new ConfigResolver({cwd, config: options.config, ruleFlags: []})
  const letters = targets.flatMap((target) => (target.kind === 'file' ? [resolve(cwd, target.path)] : []))
  for (const letter of letters) files.add(letter)
  const letterFolders = new Set(letters.map((letter) => dirname(letter)))
  for (const folder of letterFolders) {
    folders.add(folder)
    try {
      const config = await configs.forFolder(folder)
      for (const path of [config.file, ...config.extends.filter((name) => isAbsolute(name))]) if (path) file(path)
      if (config.values.job && config.file) file(resolve(dirname(config.file), config.values.job))
    } catch {
      // A broken config: its folder is watched already (it is above a letter), and its fix will be seen.
    }
  }

  // Config files are searched for from a letter's folder up to the project root (a package.json).
  const ancestors = new Set<string>()
  for (const folder of [...trees, ...folders]) {
    let current = folder
    while (!existsSync(join(current, 'package.json')) && dirname(current) !== current) {
      current = dirname(current)
      if (!trees.has(current) && !folders.has(current)) ancestors.add(current)
    }
  }
  return {trees, folders, ancestors, files}
}
