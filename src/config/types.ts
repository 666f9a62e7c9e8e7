import type {AnyRule} from '../engine/rule.js'
import type {RuleSettings} from '../engine/settings.js'
import type {Level, Severity} from '../types.js'
import type {PostingFacts} from './expectations.js'
import type {ConfigValues} from './keys.js'

export type {ConfigData, ConfigValues} from './keys.js'

/** The levels `seniority` accepts; `senior` is the guide's reader and the default. */
export type Seniority = Level

/** The roles cover-lint has expectations for. The guide is about backend roles; that is the only one so far. */
export type Role = 'backend'

/** The spellings a letter may be written in: British (the guide's, the default) or American. */
export type Locale = 'en-GB' | 'en-US'

/** One entry of `phrases`: the user's own banned (or required) words, as a rule `custom/<name>`. */
export interface PhraseRule {
  id: string
  severity: Severity | 'off'
  /** Literal words, matched case-insensitively on word boundaries, across line breaks. */
  match: string[]
  message?: string
  /** Shown as `expected` on each finding. */
  suggest?: string[]
  /** `true`: the letter must say one of `match` (one finding when it says none). Default: banned. */
  required: boolean
}

/** A rule setting as one config file writes it, after validation. */
export interface RuleEntry {
  severity?: Severity | 'off'
  options?: Record<string, unknown>
}

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
  /** The built-in rules plus one rule per phrase of `values.phrases`. */
  ruleSet: readonly AnyRule[]
  /** The folder `values.ignores` patterns are relative to. */
  ignoreBase: string
}
