import {explainRule} from '../commands/explain.js'
import {listRules} from '../commands/rules.js'
import {customIdPattern} from '../config/keys.js'
import {ConfigResolver} from '../config/resolve.js'
import type {ResolvedConfig} from '../config/types.js'
import type {CliIO} from './io.js'
import type {LintCommandOptions} from './lint-command.js'

/**
 * `cover-lint rules` and `cover-lint explain <rule>`: the rules that apply in the working
 * directory, with the rules its config's plugins add (and the retext plugins it runs), as a lint
 * run there would find them. Honours `--config` and `--no-config`.
 */
async function workingConfig(options: Pick<LintCommandOptions, 'config'>, io: CliIO): Promise<ResolvedConfig> {
  return new ConfigResolver({cwd: io.cwd, config: options.config}).forFolder(io.cwd)
}

export async function runRules(options: Pick<LintCommandOptions, 'config'>, io: CliIO): Promise<string> {
  const config = await workingConfig(options, io)
  return listRules(withoutPhrases(config), config.plugins)
}

export async function runExplain(id: string, options: Pick<LintCommandOptions, 'config'>, io: CliIO): Promise<string> {
  const config = await workingConfig(options, io)
  return explainRule(withoutPhrases(config), id, config.plugins)
}

/** Phrase rules (`custom/...`) are the config's own word lists, shown by print-config, not here. */
function withoutPhrases(config: ResolvedConfig): ResolvedConfig['ruleSet'] {
  return config.ruleSet.filter((rule) => !customIdPattern.test(rule.meta.id))
}
