import {resolve} from 'node:path'
import {isIgnored} from '../config/ignores.js'
import {ConfigResolver} from '../config/resolve.js'
import {printConfig} from '../commands/print-config.js'
import {displayPath} from '../input/discover.js'
import {loadIgnoreFile} from '../input/ignore-file.js'
import type {CliIO} from './io.js'
import type {LintCommandOptions} from './lint-command.js'

/** `cover-lint print-config <file>`: resolve the config for `file` as a lint run would. */
export async function runPrintConfig(file: string, options: Pick<LintCommandOptions, 'config' | 'rule'>, io: CliIO): Promise<string> {
  const configs = new ConfigResolver({cwd: io.cwd, config: options.config, ruleFlags: options.rule ?? []})
  const path = resolve(io.cwd, file)
  const config = await configs.forFile(path)
  // The same rule as a lint run: either .coverlintignore or the config's `ignores` skips a letter.
  const ignoreFile = await loadIgnoreFile(io.cwd)
  const ignored = (ignoreFile?.(path) ?? false) || (await isIgnored(config, path))
  return printConfig(config, (item) => displayPath(item, io.cwd), ignored)
}
