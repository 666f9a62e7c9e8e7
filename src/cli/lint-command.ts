import {dirname, resolve} from 'node:path'
import {rules} from '../../rules/index.js'
import {useColor} from '../color.js'
import {ConfigResolver} from '../config/resolve.js'
import {inputError, UserError} from '../errors.js'
import {discover, displayPath} from '../input/discover.js'
import {loadDocument, relatedFileReader} from '../input/adapters/index.js'
import {formatForPath, inputFormatNames} from '../input/formats.js'
import {loadIgnoreFile} from '../input/ignore-file.js'
import {checkStdinSize, defaultMaxFileSize, readLetterBytes} from '../input/read.js'
import {Postings} from '../job/locate.js'
import {lintDocument} from '../lint.js'
import type {InputFormat} from '../parse/document.js'
import {didYouMean} from '../util/suggest.js'
import type {LintResult} from '../types.js'
import {version} from '../version.js'
import {exitCodes} from './exit-codes.js'
import type {CliIO} from './io.js'
import {chooseLetters} from './choose-letters.js'
import {CompanyLookup, ignoredFolders} from './company-lookup.js'
import {printError, printLine} from './print-error.js'
import {prepareOutput} from './report-output.js'
import {hasLimits, judgeGate, type Gate} from '../reporters/gate.js'
import type {ReporterContext} from '../reporters/types.js'

export interface LintCommandOptions {
  /** Undefined when not given: stylish, or github in GitHub Actions (see report-output.ts). */
  format?: string
  outputFile?: string
  stdinFilename?: string
  /** The format of standard input, and of files whose extension names none. */
  inputFormat?: string
  quiet?: boolean
  maxWarnings?: number
  minScore?: number
  color?: boolean
  rule: string[]
  maxFileSize?: number
  /** `--job <path>`: the job posting every letter answers. */
  job?: string
  /** `--config <path>`, or `false` for `--no-config`. */
  config?: string | false
}

export {exitCodes}
// Re-exported so that the lint run loads one module, not two: start-up is a budget.
export {checkMistypedCommand} from './mistyped-command.js'

/**
 * `cover-lint [paths...]`: lint every letter given, report, and return the exit code. A bad path
 * is reported on stderr and the rest are still linted; any such error makes the exit code 2.
 */
export async function lintCommand(paths: readonly string[], options: LintCommandOptions, io: CliIO): Promise<number> {
  if (paths.length === 0) throw new UserError('no letters given; try "cover-lint letter.md", or "cover-lint -" to read standard input')
  const configs = new ConfigResolver({cwd: io.cwd, config: options.config, ruleFlags: options.rule})
  const output = await prepareOutput(options, io)
  const maxFileSize = options.maxFileSize ?? defaultMaxFileSize
  const inputFormat = checkInputFormat(options.inputFormat)
  const postings = new Postings({cwd: io.cwd, maxFileSize, flag: options.job, readStdin: async () => checkStdinSize(await io.readStdin(maxFileSize), maxFileSize, '--job')})
  await postings.prepare(paths.includes('-'))

  const errors: UserError[] = []
  // One line per error; a broken config or posting is one error however many letters it applies to.
  const report = (error: UserError): void => {
    if (errors.includes(error)) return
    errors.push(error)
    printError(io, error)
  }
  const {extensions, error: configError} = await scanExtensions(configs, io.cwd)
  const ignoreFile = await loadIgnoreFile(io.cwd)
  const discovery = await discover(paths, io.cwd, {isIgnored: ignoreFile, extensions})
  const chosen = await chooseLetters(discovery, paths, {cwd: io.cwd, configs, isJobFlag: (path) => postings.isFlagged(path)})
  const {targets, skipped} = chosen
  output.checkTargets(targets)
  for (const error of [...(configError ? [configError] : []), ...discovery.errors, ...chosen.errors]) report(error)
  for (const {path, reason} of skipped) printLine(io, `cover-lint: ${path}: ${reason}`)

  const companyLookup = new CompanyLookup({cwd: io.cwd, configs, maxFileSize, isIgnoredFolder: ignoredFolders(configs, ignoreFile)})
  // Only a report that shows the letters keeps their text (and loads the code for it).
  const texts = output.format === 'html' ? new (await import('./letter-texts.js')).LetterTexts() : undefined
  const results: LintResult[] = []
  // Every rule a result may name, for the reports: the built-in ones, then those the letters'
  // configs add (plugin rules, phrase rules), first definition of an id first.
  const ruleMetas = new Map(rules.map((rule) => [rule.meta.id, rule.meta]))
  for (const target of targets) {
    const filePath = target.kind === 'stdin' ? (options.stdinFilename ?? '<stdin>') : displayPath(target.path, io.cwd)
    // Each letter is a failure domain of its own: whatever goes wrong reading, parsing or linting
    // it (a config or posting it uses names itself) is one line, and the next letter is linted.
    try {
      const stdin = target.kind === 'stdin'
      const path = stdin ? undefined : resolve(io.cwd, target.path)
      const bytes = path === undefined ? checkStdinSize(await io.readStdin(maxFileSize), maxFileSize, filePath) : await readLetterBytes(path, maxFileSize, filePath)
      const format = stdin
        ? (inputFormat ?? formatForPath(filePath) ?? 'markdown')
        : (formatForPath(filePath) ?? inputFormat ?? 'text')
      const related = relatedFileReader(path === undefined ? io.cwd : dirname(path), io.cwd, {maxFileSize})
      const readRelated = texts ? texts.reader(related) : related
      const document = await loadDocument(format, {bytes, filePath, readRelated})
      texts?.add(filePath, document, bytes)
      const config = await configs.forFile(path ?? resolve(io.cwd, options.stdinFilename ?? 'stdin'))
      for (const rule of config.ruleSet) if (!ruleMetas.has(rule.meta.id)) ruleMetas.set(rule.meta.id, rule.meta)
      const {posting, error} = await postings.forLetter(stdin ? options.stdinFilename : target.path, config.values.job)
      if (error) report(error)
      const named = path ?? (options.stdinFilename === undefined ? undefined : resolve(io.cwd, options.stdinFilename))
      const companies = await companyLookup.forLetter(named, config)
      results.push(lintDocument(document, {filePath, config, posting, companies}))
    } catch (error) {
      report(inputError(error, filePath))
    }
  }

  const shown = options.quiet ? results.map(errorsOnly) : results
  const gate: Gate = {}
  if (options.minScore !== undefined) gate.minScore = options.minScore
  if (options.maxWarnings !== undefined) gate.maxWarnings = options.maxWarnings
  const outcome = judgeGate(shown, gate)
  if (shown.length > 0) {
    const color = !output.toFile && useColor({flag: options.color, env: io.env, isTTY: Boolean(io.stdout.isTTY)})
    const width = !output.toFile && io.stdout.isTTY ? io.stdout.columns : undefined
    const context: ReporterContext = {cwd: io.cwd, color, rules: [...ruleMetas.values()], version, ...(width ? {width} : {}), ...(texts ? {texts: texts.byPath} : {})}
    if (hasLimits(gate)) context.gate = {...gate, outcome}
    if (options.quiet) context.quiet = {warnings: count(results, 'warningCount'), infos: count(results, 'infoCount')}
    const failed = await output.deliver(shown, context)
    failed.forEach(report)
  }

  if (errors.length > 0) return exitCodes.userError
  // Errors speak for themselves in the report; the gate's own limits are said on stderr too.
  for (const failure of outcome.failures) {
    if (failure.kind !== 'errors') printLine(io, `cover-lint: ${failure.subject ? `${failure.subject}: ` : ''}${failure.reason}`)
  }
  return outcome.passed ? exitCodes.ok : exitCodes.lintFailure
}

/**
 * The extensions folder scans and globs pick up: config `extensions`, from the config that applies
 * in the working directory (or `--config`), else every format cover-lint reads. A broken config is
 * reported here once; the letters it governs report the same error object and are not reported again.
 */
async function scanExtensions(configs: ConfigResolver, cwd: string): Promise<{extensions?: readonly string[]; error?: UserError}> {
  try {
    const {extensions} = (await configs.forFile(resolve(cwd, 'letter'))).values
    return extensions ? {extensions} : {}
  } catch (error) {
    return {error: inputError(error, 'config')}
  }
}

function checkInputFormat(name: string | undefined): InputFormat | undefined {
  if (name === undefined) return undefined
  const format = inputFormatNames.find((known) => known === name.toLowerCase())
  if (!format) {
    throw new UserError(`unknown input format "${name}"${didYouMean(name, inputFormatNames)}; use one of: ${inputFormatNames.join(', ')}`, '--input-format')
  }
  return format
}

function count(results: readonly LintResult[], field: 'warningCount' | 'infoCount'): number {
  return results.reduce((total, result) => total + result[field], 0)
}

/**
 * `--quiet`: only errors are shown and counted, as in ESLint. Verdict and score are unchanged (a
 * hidden warning still costs its points); the reporters say how many were hidden.
 */
function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 'error')
  return {...result, messages, warningCount: 0, infoCount: 0}
}
