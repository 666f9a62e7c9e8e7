import type {ProsePlugin} from '../engine/plugins.js'
import type {AnyRule} from '../engine/rule.js'
import type {RuleSettings} from '../engine/settings.js'
import type {ConfigValues} from './keys.js'
import type {PostingFacts, Seniority} from './values.js'

export type {ConfigData, ConfigValues} from './keys.js'
export type {Locale, PhraseRule, PostingFacts, Role, Seniority} from './values.js'

/** Everything that applies to one letter, after presets, files, role and seniority and `--rule` are merged. */
export interface ResolvedConfig {
  /** The config file that applies (absolute), or undefined when none does. */
  file: string | undefined
  /** What `extends` resolved to, outermost first (presets by name, files by absolute path). */
  extends: string[]
  /** Every key's value: presets and files merged, over the defaults (see `keys.ts`). */
  values: ConfigValues
  /** The level a config file states (`seniority`); undefined when none does (then a posting's level applies, else senior). */
  seniority: Seniority | undefined
  /** Per-rule severity and options, ready for `lint()`: `values.rules`, role and seniority, then `--rule` (at `seniority`, or senior). */
  settings: RuleSettings
  /**
   * The settings for a letter judged at `level`, answering a posting with these facts (see
   * src/config/expectations.ts): what `lint({config})` uses, so a posting's level applies when
   * the config states none.
   */
  settingsAt(level: Seniority, posting?: PostingFacts): RuleSettings
  /** The built-in rules, the rules plugins add, and one rule per phrase of `values.phrases`. */
  ruleSet: readonly AnyRule[]
  /** The retext plugins of `values.plugins`, to run on each letter (`lint()`'s `plugins`). */
  plugins: readonly ProsePlugin[]
  /** The folder `values.ignores` patterns are relative to. */
  ignoreBase: string
}
