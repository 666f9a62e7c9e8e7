import type {PluggableList} from 'unified'
import type {JobMatch} from '../job/types.js'
import type {CompanyContext} from '../letter/companies.js'
import type {Lexicon} from '../letter/lexicon.js'
import type {Letter} from '../letter/types.js'
import type {Severity, SignalId} from '../types.js'
import type {ProseMessage} from './prose.js'

/** A JSON Schema (draft 2020-12 subset) describing a rule's options; also shipped to editors. */
export type OptionsSchema = Readonly<Record<string, unknown>>

/**
 * What a rule is, for people and for tools: `cover-lint rules`, `cover-lint explain`, the
 * README and SARIF's rule list are all made from this.
 */
export interface RuleMeta<Options extends object> {
  /** Fixed: the config key, `ruleId` in every output, the README anchor. */
  id: string
  /** One line: what the rule checks. */
  description: string
  /** Why a panel cares, in the recruiter's terms. */
  reason: string
  /**
   * The recommended severity. A rule whose findings differ in weight gives one per kind
   * (`{over: 'error', under: 'warning'}`); the first is the rule's headline severity.
   * Config replaces all of them at once: the rule never decides severity, the config does.
   */
  severity: Severity | Readonly<Record<string, Severity>>
  /** Options with their defaults. */
  options: Options
  /** JSON Schema of `options`, used to validate config. */
  schema: OptionsSchema
  /** The signal this rule proves when the letter passes it (see `src/score/signals.ts`). */
  signal?: SignalId
  /** Word lists this rule matches; the engine matches all of them in one walk. */
  lexicons?: readonly Lexicon[]
  /**
   * Top-level config keys the rule reads (`locale`, `dictionary`): the config hands their values
   * to the rule as options of the same name (so `lint()` given a resolved config's settings has
   * them). They are keys of the config, not options a user sets under `rules`.
   */
  configKeys?: readonly string[]
  /** A short bad and good example for `cover-lint explain`. */
  examples: {bad: string; good: string}
  /**
   * The `expected` of a finding that quotes words (`actual`) are replacements for those words:
   * editors offer each as a quick fix (the language server's code actions). An entry with
   * `<...>` in it is a template to fill in, and is never applied. Other rules' `expected` are
   * examples or targets (the technologies to keep, the evidence to add).
   */
  fixable?: boolean
  /** Where the rule is documented, for rules from plugins (a built-in rule's is its README section). */
  url?: string
}

/** One finding, before severity is applied. Offsets are into `letter.source` (half-open). */
export interface Finding {
  /** For rules with a severity per kind of finding. */
  kind?: string
  start: number
  end: number
  /** Says what is wrong and what to do instead, naming the words it points at. */
  message: string
  expected?: string[]
  /**
   * The words the finding is about, when they are not simply `source.slice(start, end)`;
   * `null` for findings about something missing, which point at a span but quote nothing.
   */
  actual?: string | null
}

export interface RuleContext<Options extends object> {
  letter: Letter
  options: Options
  report(finding: Finding): void
  /**
   * Record words of the letter that prove the rule's signal. `credit` (0-1, default 1) is how much
   * of the signal they prove: one scale number where two are expected proves half of it, an
   * architecture named with its number but no decision half of distributed systems. The rule's
   * credit is the most any of its proofs gives; the signal is proved when it is 1.
   */
  prove(evidence: {start: number; end: number} | {text: string; at: number}, credit?: number): void
  /** The job posting the letter answers, matched against it; undefined without one. */
  job?: JobMatch | undefined
  /** The company the letter is for and the others the repository knows; undefined when unknown. */
  company?: CompanyContext | undefined
  /**
   * Whether another rule runs on this letter (configured, not `off`), for rules that divide one
   * check between them so that one omission is one finding (`tailoring` leaves a company named
   * nowhere to `wrong-company` when the company is known).
   */
  runs(ruleId: string): boolean
  /** What the rule's `retext` plugins reported on the letter's nlcst, in order (empty without them). */
  retextMessages: readonly ProseMessage[]
}

export interface Rule<Options extends object = object> {
  meta: RuleMeta<Options>
  /**
   * unified (retext) plugins to run on the letter's nlcst, made from the rule's options: a list
   * as `processor.use()` takes it (`[retextPassive, {ignore}]`). They run while the letter is
   * parsed (see src/engine/prose.ts) and what they report with `file.message()` reaches `check`
   * as `retextMessages`, with offsets into the letter, for the rule to word as its own findings.
   */
  retext?(options: Options): PluggableList
  check(context: RuleContext<Options>): void
}

/**
 * A rule with its options type erased, as the engine holds it. (`check` is a method, so
 * `Rule<{max: number}>` is assignable here; options are validated against `meta.schema`.)
 */
export type AnyRule = Rule<object>

/** Identity helper that keeps a rule's options type checked where it is written. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule
}

/** The severity a finding of `kind` has when config does not say. */
export function defaultSeverity(meta: RuleMeta<object>, kind?: string): Severity {
  if (typeof meta.severity === 'string') return meta.severity
  const byKind = meta.severity
  return (kind !== undefined ? byKind[kind] : undefined) ?? Object.values(byKind)[0] ?? 'warning'
}
