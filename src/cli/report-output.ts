import type {Stats} from 'node:fs'
import {appendFile, stat} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {describeFsError, UserError} from '../errors.js'
import type {Target} from '../input/discover.js'
import {loadReporter, type ReporterContext} from '../reporters/index.js'
import type {LintResult} from '../types.js'
import {writeFileAtomic} from '../util/write-atomic.js'
import type {CliIO} from './io.js'
import {render} from './render.js'

/**
 * Formats whose standard output the GitHub Actions runner may read for commands: `github` makes
 * its own and keeps the rest inert; JSON and SARIF escape every line break, so no line of theirs
 * can start with `::`. Any other format printed in Actions (stylish, unix, markdown, html, a
 * custom reporter) quotes file names and letters at the start of lines and is printed inert.
 */
const commandFormats: ReadonlySet<string> = new Set(['github', 'json', 'sarif'])

/** Where the report goes and in which format, decided before any letter is read. */
export interface ReportOutput {
  /** The format chosen: given with --format, or the default for where cover-lint runs. */
  format: string
  /** Whether the report goes to --output-file (never coloured) rather than standard output. */
  toFile: boolean
  /** Refuse an --output-file that is one of the letters: input files are never written to. */
  checkTargets(targets: readonly Target[]): void
  /**
   * Print the report or write it to --output-file; in GitHub Actions also add the step summary.
   * Returns an error for each letter a reporter failed on (the others are reported).
   */
  deliver(results: readonly LintResult[], context: ReporterContext): Promise<UserError[]>
}

/**
 * Choose the format and check the destination. Without --format the report is `stylish`, or
 * `github` (annotations plus the stylish report) when GITHUB_ACTIONS=true and the report goes to
 * standard output; in GitHub Actions the markdown summary is then also appended to
 * $GITHUB_STEP_SUMMARY. A missing folder for --output-file is found here, before any work.
 */
export async function prepareOutput(options: {format?: string; outputFile?: string}, io: CliIO): Promise<ReportOutput> {
  const actionsLog = io.env.GITHUB_ACTIONS === 'true'
  const inActions = options.format === undefined && actionsLog
  const format = options.format ?? (inActions && !options.outputFile ? 'github' : 'stylish')
  const reporter = await loadReporter(format, io.cwd)
  const outputPath = options.outputFile === undefined ? undefined : resolve(io.cwd, options.outputFile)
  if (options.outputFile !== undefined && outputPath !== undefined) await checkOutputPath(options.outputFile, outputPath)
  const stepSummary = inActions ? io.env.GITHUB_STEP_SUMMARY : undefined
  // Only a human format printed in GitHub Actions needs it, and it loads node:crypto (about 5 ms of start-up).
  const inertText = actionsLog && !commandFormats.has(format) ? (await import('../reporters/workflow-commands.js')).inertText : undefined

  return {
    format,
    toFile: outputPath !== undefined,
    checkTargets(targets) {
      if (outputPath === undefined) return
      const clash = targets.some((target) => target.kind === 'file' && resolve(io.cwd, target.path) === outputPath)
      if (clash) throw new UserError('cannot write the report over a letter being linted; choose another --output-file', options.outputFile!)
    },
    async deliver(results, context) {
      const {text: report, reported, failed} = render(reporter, results, context)
      if (report === undefined) {
        // Every letter failed to report: nothing to print or write.
      } else if (outputPath === undefined) {
        io.stdout.write(inertText ? inertText(report) : report)
      } else {
        try {
          await writeFileAtomic(outputPath, report)
        } catch (error) {
          throw new UserError(`cannot write the report: ${describeFsError(error)}`, options.outputFile!)
        }
      }
      if (stepSummary) failed.push(...(await appendStepSummary(stepSummary, reported, context)))
      return failed
    }
  }
}

async function checkOutputPath(given: string, path: string): Promise<void> {
  const folder = dirname(path)
  let info: Stats
  try {
    info = await stat(folder)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError(
      code === 'ENOENT' ? `cannot write the report: the folder ${dirname(given)} does not exist` : `cannot write the report: ${describeFsError(error)}`,
      given
    )
  }
  if (!info.isDirectory()) throw new UserError(`cannot write the report: ${dirname(given)} is not a folder`, given)
  try {
    if ((await stat(path)).isDirectory()) throw new UserError('cannot write the report: is a folder', given)
  } catch (error) {
    if (error instanceof UserError) throw error
    // Not there yet: the usual case.
  }
}

/** GitHub keeps one summary file per step; several runs in a step each add theirs, so append. */
async function appendStepSummary(path: string, results: readonly LintResult[], context: ReporterContext): Promise<UserError[]> {
  const {text, failed} = render(await loadReporter('markdown', context.cwd), results, {...context, color: false})
  if (text === undefined) return failed
  let separator = ''
  try {
    separator = (await stat(path)).size > 0 ? '\n' : ''
  } catch {
    // A summary file that does not exist yet is created by appendFile.
  }
  try {
    await appendFile(path, separator + text, 'utf8')
  } catch (error) {
    throw new UserError(`cannot append the summary: ${describeFsError(error)}`, '$GITHUB_STEP_SUMMARY')
  }
  return failed
}
