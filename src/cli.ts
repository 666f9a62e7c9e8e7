import {Command, CommanderError, InvalidArgumentError} from 'commander'
import {inputError, UserError} from './errors.js'
import {printError, printLine} from './cli/print-error.js'
import {processIO, type CliIO} from './cli/io.js'
import {exitCodes} from './cli/exit-codes.js'
import {useColor} from './color.js'
import type {LintCommandOptions} from './cli/lint-command.js'
import {reporterNames} from './reporters/index.js'
import {version} from './version.js'

const examples = `
Examples:
  cover-lint letter.md                      the recruiter's read of one letter
  cover-lint applications/                  every letter under a folder (.md, .txt, .tex, .html, .docx, .pdf)
  cover-lint cover-letter.tex               a LaTeX letter (letter, moderncv, Awesome-CV): positions in the .tex
  cover-lint "applications/*/letter.md"     a glob (quote it so cover-lint expands it)
  cover-lint --format json letter.md        machine-readable results
  cover-lint -f sarif -o cover-lint.sarif applications/   SARIF for code scanning
  cover-lint letter.md --job posting.md     check the letter against the job posting it answers
                                            (a job.md, job.txt or posting.md beside a letter is used by itself)
  cover-lint --max-warnings 0 --min-score 70 applications/   a CI gate
  cover-lint --watch letter.md              report again on every save of the letter, its posting or config
  cover-lint -f html -o report.html applications/   a page showing each letter with its findings marked
  cover-lint lsp                            a language server for editors (diagnostics as you type)
  cat letter.txt | cover-lint - --stdin-filename letter.txt
  cover-lint - --input-format latex < letter.tex   standard input as LaTeX
  cover-lint rules                          the rules and their default severities
  cover-lint explain no-cliche              why a rule exists, its options, examples
  cover-lint init                           write a starter .coverlintrc.json
  cover-lint print-config letter.md         the configuration that applies to a letter
  cover-lint --config strict.json letters/  one config file for every letter

Exit codes: 0 no errors, 1 lint failures, 2 usage, config or input errors.`

function integer(name: string, minimum: number, maximum = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const number = Number(value)
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < minimum || number > maximum) {
      const range = maximum === Number.MAX_SAFE_INTEGER ? `from ${minimum} up` : `from ${minimum} to ${maximum}`
      throw new InvalidArgumentError(`${name} takes a whole number ${range}`)
    }
    return number
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('cover-lint')
    .description("Lint a cover letter the way a senior UK tech recruiter reads it: a verdict, the signals it proves or misses, and every problem at line:column.")
    .version(version, '-v, --version')
    .argument('[paths...]', 'letters, folders or globs to lint; - reads standard input')
    .option('-f, --format <name>', `report format: ${reporterNames.join(', ')}, or a path to a custom reporter (default: stylish; github in GitHub Actions)`)
    .option('-o, --output-file <path>', 'write the report to this file instead of standard output')
    .option('--stdin-filename <path>', 'the name to report standard input as (its extension picks the format)')
    .option('--input-format <name>', 'read standard input (and files with an unknown extension) as markdown, text, latex, html, docx or pdf')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', integer('--max-warnings', 0))
    .option('--min-score <n>', 'fail (exit 1) when a letter scores under this (0-100)', integer('--min-score', 0, 100))
    .option('--rule <id=severity>', 'set a rule to off, info, warn or error (repeatable)', collect, [] as string[])
    .option('--job <path>', 'the job posting the letters answer, in any format a letter may be in (Markdown, text, LaTeX, HTML, Word or PDF); - reads standard input')
    .option('-c, --config <path>', 'use this config file for every letter (no search)')
    .option('--no-config', 'use no config file, only the defaults and --rule')
    .option('--max-file-size <bytes>', 'refuse letters larger than this many bytes (default 1 MiB)', integer('--max-file-size', 1))
    .option('--no-color', 'never colour the output')
    .option('-w, --watch', 'lint, then lint again on every change to the letters, their postings and config (Ctrl-C stops)')
    .addHelpText('after', examples)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      // Whether help may keep colour: decided from the run's own environment, not the process's.
      getOutHasColors: () => useColor({flag: undefined, env: io.env, isTTY: Boolean(io.stdout.isTTY)}),
      getErrHasColors: () => false,
      outputError: () => {}
    })
    .action(async (paths: string[], options: LintCommandOptions & {watch?: boolean}) => {
      checkConfigFlags()
      const {lintCommand, checkMistypedCommand} = await import('./cli/lint-command.js')
      checkMistypedCommand(paths, io.cwd, program.commands.map((command) => command.name()))
      if (options.watch) {
        const {watchCommand} = await import('./cli/watch.js')
        setExit(await watchCommand(paths, options, io))
        return
      }
      setExit(await lintCommand(paths, options, io))
    })

  // `--config x --no-config` contradicts itself; commander would let the last one win silently.
  const configFlags = new Set<string>()
  program.on('option:config', () => configFlags.add('--config'))
  program.on('option:no-config', () => configFlags.add('--no-config'))
  const checkConfigFlags = (): void => {
    if (configFlags.size > 1) throw new UserError('give --config <path> or --no-config, not both', '--config')
  }

  program
    .command('rules')
    .description('list the rules with their default severity and signal (with the rules plugins in the config add)')
    .action(async (_options: unknown, command: Command) => {
      const {runRules} = await import('./cli/rules-command.js')
      io.stdout.write(await runRules(command.optsWithGlobals<Pick<LintCommandOptions, 'config'>>(), io))
    })

  program
    .command('explain')
    .argument('<rule>', 'a rule id, e.g. no-cliche')
    .description("print a rule's reasoning, options and a bad and a good example")
    .action(async (id: string, _options: unknown, command: Command) => {
      const {runExplain} = await import('./cli/rules-command.js')
      io.stdout.write(await runExplain(id, command.optsWithGlobals<Pick<LintCommandOptions, 'config'>>(), io))
    })

  program
    .command('init')
    .description('write a starter .coverlintrc.json in this folder (never overwrites)')
    .action(async () => {
      const [{init}, {displayPath}] = await Promise.all([import('./commands/init.js'), import('./input/discover.js')])
      io.stdout.write(await init(io.cwd, (path) => displayPath(path, io.cwd)))
    })

  program
    .command('lsp')
    .description('run the language server over standard input and output, for editors (see the README for setup)')
    .option('--stdio', 'talk over standard input and output (the default and only transport; editors pass it)')
    // Clients add flags of their own (--clientProcessId=...): they are not errors.
    .allowUnknownOption()
    .action(async () => {
      const {startServer} = await import('./lsp/server.js')
      startServer(version)
      // The server ends the process itself on the protocol's exit notification.
      await new Promise<never>(() => {})
    })

  program
    .command('print-config')
    .argument('<file>', 'a letter (it need not exist)')
    .description('print the configuration that applies to a letter, as JSON (honours --config, --no-config and --rule)')
    .action(async (file: string, _options: unknown, command: Command) => {
      checkConfigFlags()
      const {runPrintConfig} = await import('./cli/print-config-command.js')
      io.stdout.write(await runPrintConfig(file, command.optsWithGlobals<Pick<LintCommandOptions, 'config' | 'rule'>>(), io))
    })

  return program
}

/** Run the CLI with `argv` (without node and script) and return the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let code: number = exitCodes.ok
  const program = buildProgram(io, (value) => {
    code = value
  })
  try {
    await program.parseAsync([...argv], {from: 'user'})
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return exitCodes.ok
      printLine(io, `cover-lint: ${error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')}`)
      return exitCodes.userError
    }
    // A bug, not a user's mistake: still one line and exit 2, with the stack for COVER_LINT_DEBUG=1.
    printError(io, inputError(error, undefined))
    return exitCodes.userError
  }
}

/** The entry point `bin/cover-lint.js` calls. Sets the exit code; never calls process.exit, so piped output is not cut. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2))
}
