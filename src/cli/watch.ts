import {existsSync, statSync} from 'node:fs'
import {basename, dirname, resolve} from 'node:path'
import picomatch from 'picomatch'
import {ConfigResolver} from '../config/resolve.js'
import {UserError} from '../errors.js'
import {discover} from '../input/discover.js'
import {FolderWatchers} from '../watch/folders.js'
import {addAncestors, addFile, addLetter, emptyPlan, matters, type WatchPlan} from '../watch/plan.js'
import type {CliIO} from './io.js'
import type {LintCommandOptions} from './lint-command.js'

/** How long to wait after the last change before linting: an editor's save is several events. */
const settleMs = 80

/** Clears a terminal and its scrollback and puts the cursor at the top, as `clear` does. */
const clearScreen = '\u001b[2J\u001b[3J\u001b[H'

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
  const outputFile = options.outputFile === undefined ? undefined : resolve(io.cwd, options.outputFile)
  let plan: WatchPlan = emptyPlan()
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false

  const watchers = new FolderWatchers((folder, kind, name) => {
    if (name !== null && (isReport(resolve(folder, name), outputFile) || !matters(plan, folder, kind, name))) return
    schedule()
  })

  // Imported as the CLI imports it, so that it stays in one chunk with what only it uses.
  const {lintCommand} = await import('./lint-command.js')
  const run = async (): Promise<void> => {
    if (io.stdout.isTTY) io.stdout.write(clearScreen)
    try {
      await lintCommand(paths, options, io)
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      io.stderr.write(`${error.toString()}\n`)
    }
    plan = await watchPlan(paths, options, io.cwd)
    watchers.update(plan)
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

  await run()
  await (watchOptions.stopped ?? interrupted())
  if (timer) clearTimeout(timer)
  await running
  watchers.close()
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

/** The report itself, or the temporary file it is written through: written by the watch, never read. */
function isReport(path: string, outputFile: string | undefined): boolean {
  if (!outputFile) return false
  return path === outputFile || (dirname(path) === dirname(outputFile) && basename(path).startsWith(`.${basename(outputFile)}.`))
}

/**
 * The folders that hold what a run reads: the letters (and the postings beside them), folders
 * and glob bases given, `--job` and `--config`, the config files found for each letter with what
 * they extend and the posting they name, and the working directory (`.coverlintignore`).
 */
async function watchPlan(paths: readonly string[], options: LintCommandOptions, cwd: string): Promise<WatchPlan> {
  const plan = emptyPlan()
  plan.folders.add(cwd)
  for (const path of paths) {
    const absolute = resolve(cwd, path)
    if (isFolder(absolute)) plan.trees.add(absolute)
    else if (!existsSync(absolute) && picomatch.scan(path).isGlob) plan.trees.add(resolve(cwd, picomatch.scan(path).base || '.'))
    else addFile(plan, absolute)
  }
  for (const flag of [options.job, options.config]) if (typeof flag === 'string') addFile(plan, resolve(cwd, flag))
  const {targets} = await discover(paths, cwd).catch(() => ({targets: []}))
  const configs = new ConfigResolver({cwd, config: options.config})
  for (const target of targets) {
    if (target.kind !== 'file') continue
    const letter = resolve(cwd, target.path)
    // A broken config is above the letter, so its folder is watched and its fix is seen.
    addLetter(plan, letter, await configs.forFile(letter).catch(() => undefined))
  }
  addAncestors(plan)
  return plan
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
