import {VFile} from 'vfile'
import {toLintMessage} from './engine/messages.js'
import {prosePasses} from './engine/passes.js'
import {isPluginRuleId, type ProsePlugin} from './engine/plugins.js'
import {ProseTrees} from './engine/prose.js'
import {enabledRules, rulesLexicons, runRules, type RunOptions} from './engine/run.js'
import {checkRuleSettings, ruleOptions, type RuleSettings} from './engine/settings.js'
import {buildLetter} from './letter/build.js'
import type {Letter} from './letter/types.js'
import {ownScale} from './letter/claims/query.js'
import {parse, type InputFormat, type ParsedDocument} from './parse/index.js'
import {formatForPath} from './input/formats.js'
import {matchPosting} from './job/coverage.js'
import {jobResult} from './job/result.js'
import type {Posting} from './job/types.js'
import {rules as builtInRules} from '../rules/index.js'
import {score} from './score/score.js'
import type {AnyRule} from './engine/rule.js'
import {inlineControl, type InlineControl} from './config/inline.js'
import {applyExpectations, chosenIn, expectations, seniorityOfPosting, type PostingFacts} from './config/expectations.js'
import type {ResolvedConfig, Seniority} from './config/types.js'
import type {Application, JudgedLevel, LintResult} from './types.js'
import {companyContext, type CompanyContext, type CompanyOptions} from './letter/companies.js'
import {frontMatterField} from './parse/front-matter.js'
import {ruleDocsUrl} from './reporters/rule-docs.js'
import {namedRoleLevel, type NamedRoleLevel} from './letter/role-level.js'
import {quote} from './letter/query.js'

/** Options of `lint()` and `lintDocument()`. An option set to undefined is the same as one left out. */
export interface LintOptions {
  /** Shown in results; also picks the format from its extension when `format` is not given. */
  filePath?: string | undefined
  /** `markdown` (the default) or `text`. */
  format?: InputFormat | undefined
  /** Per-rule severity and options, already merged from config (see `src/config/`). */
  rules?: RuleSettings | undefined
  /** The rules to run; the built-in rules by default. */
  ruleSet?: readonly AnyRule[] | undefined
  /** A job posting to match the letter against (`extractPosting()`, src/job/extract.ts). */
  posting?: Posting | undefined
  /**
   * The configuration that applies (`ConfigResolver.forFile()`): its rules and settings, at the
   * level its `seniority` states, else the posting's level, else senior. Given, it replaces
   * `rules` and `ruleSet`.
   */
  config?: Pick<ResolvedConfig, 'ruleSet' | 'seniority' | 'settingsAt'> & Partial<Pick<ResolvedConfig, 'plugins'>> | undefined
  /**
   * Without `config`: the level to judge the letter at, as `seniority` in a config would state it;
   * left out, the posting's level, else senior. Severities and options in `rules` are kept whatever
   * the level.
   */
  seniority?: Seniority | undefined
  /** Which company the letter is for and which others it must not name (the `wrong-company` rule). */
  companies?: CompanyOptions | undefined
  /** retext plugins to run on the letter (config `plugins`; see `ConfigResolver`); `config`'s, when it is given. */
  plugins?: readonly ProsePlugin[] | undefined
}

/**
 * The level the letter is judged at, and where it came from: the config's `seniority` wins; else
 * the level the posting's title states; else the level of the role the letter names as the one it
 * applies for ("your graduate software engineer role"; its words are placed once the letter is
 * built); else senior, the guide's reader.
 */
export function judgedLevel(configured: Seniority | undefined, posting: Posting | undefined, named?: NamedRoleLevel): JudgedLevel {
  if (configured) return {seniority: configured, from: 'config'}
  const stated = posting?.seniority
  if (stated) {
    const {text, line, column} = stated.place
    return {seniority: seniorityOfPosting(stated.level), from: 'posting', posting: {text, line, column}}
  }
  if (named) return {seniority: seniorityOfPosting(named.level), from: 'letter'}
  return {seniority: 'senior', from: 'default'}
}

/** What the posting says about the expectations: whether it asks for any AI work. */
function postingFacts(posting: Posting | undefined): PostingFacts | undefined {
  return posting ? {asksForAi: posting.signals.some((signal) => signal.id === 'ai')} : undefined
}

/** The rules, their settings and the level a letter is linted with. */
function judge(options: Omit<LintOptions, 'format'>, named?: NamedRoleLevel): {ruleSet: readonly AnyRule[]; settings: RuleSettings; level: JudgedLevel} {
  const {config, posting} = options
  const level = judgedLevel(config ? config.seniority : options.seniority, posting, named)
  const facts = postingFacts(posting)
  if (config) return {ruleSet: config.ruleSet, settings: config.settingsAt(level.seniority, facts), level}
  const rules = options.rules ?? {}
  const ruleSet = options.ruleSet ?? builtInRules
  // A retext plugin's rules are known only by the messages it reports: any `<source>/<ruleId>` may be set.
  checkRuleSettings(rules, ruleSet.map((rule) => rule.meta.id), options.plugins?.length ? isPluginRuleId : undefined)
  return {ruleSet, settings: applyExpectations(rules, expectations('backend', level.seniority, facts), chosenIn(rules)), level}
}

/** The word limit in force: `word-count`'s `max`, as configured. */
function wordLimit(rules: readonly AnyRule[], settings: RuleSettings): number | null {
  const rule = rules.find((candidate) => candidate.meta.id === 'word-count')
  if (!rule) return null
  const {max} = ruleOptions(rule.meta, settings)
  return typeof max === 'number' ? max : null
}

/** Reading speed behind `stats.readingSeconds`: a recruiter skims at about 240 words a minute. */
const wordsPerMinute = 240

/**
 * Lint one letter's text. Pure: no file system, no terminal, no process state. Everything the
 * CLI prints is made from the result.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const filePath = options.filePath ?? '<text>'
  const format = options.format ?? formatForPath(filePath) ?? 'markdown'
  return lintDocument(parse(text, format), {...options, filePath})
}

/**
 * Lint a letter already parsed: what every input format (`src/input/adapters/`) produces, so
 * LaTeX, Word, HTML and PDF letters run through the same model and rules as Markdown.
 */
export function lintDocument(document: ParsedDocument, options: Omit<LintOptions, 'format'> = {}): LintResult {
  return lintFile(document, options).result
}

/**
 * Lint a parsed letter as a VFile: the file (path, text and, as `messages`, every finding as a
 * VFileMessage) and the result made from it, the same object `lint()` returns.
 */
export function lintFile(document: ParsedDocument, options: Omit<LintOptions, 'format'> = {}): {file: VFile; result: LintResult} {
  const filePath = options.filePath ?? '<text>'
  const configured = options.config ? options.config.seniority : options.seniority
  // The letter's own words are read for its level only when nothing above them states one.
  const named = configured === undefined && options.posting?.seniority === undefined ? namedRoleLevel(document) : undefined
  const {ruleSet, settings, level} = judge(options, named)
  const plugins = options.plugins ?? options.config?.plugins ?? []
  const rules = enabledRules(ruleSet, settings)
  const file = new VFile({path: filePath, value: document.source})
  const prose = prosePasses(rules, settings, plugins, filePath)
  const trees = prose.passes.length > 0 ? new ProseTrees(document.source, file, prose.passes) : undefined
  const letter = buildLetter(document, rulesLexicons(rules), trees)
  trees?.finish()
  if (named && level.from === 'letter') level.letter = {text: quote(letter.source, named.start, named.end), ...letter.locate(named.start)}
  const control = inlineControl(document, ruleSet.map((rule) => rule.meta.id), plugins.length > 0 ? isPluginRuleId : undefined)
  const {posting} = options
  const company = companyContext(options.companies ?? {}, {
    frontMatter: frontMatterField(document.mdast, 'company'),
    posting: posting?.company ? {name: posting.company.name, source: posting.path} : undefined
  })
  const result = lintLetter(letter, filePath, rules, settings, posting, control, level, company, {file, retext: prose.retext, plugins: prose.plugins})
  const scheme = document.map?.scheme
  if (scheme && scheme !== 'line:column') result.positions = scheme
  return {file, result}
}

/** What lintLetter needs from the parse when the letter's nlcst went to plugins (see `lintFile`). */
export interface LetterRun {
  /** The letter's VFile, which the findings are added to. */
  file: VFile
  retext?: RunOptions['retext']
  plugins?: RunOptions['plugins']
}

/**
 * Lint a letter already built (for callers that parse once and lint with several configs).
 * `control`: the letter's inline `<!-- cover-lint ... -->` comments (see `src/config/inline.ts`).
 * `level`: the level `settings` were made for, as the result reports it. Rules that read the
 * letter's nlcst (their `retext` plugins) find nothing here unless `run` carries what their
 * plugins reported: lintDocument does that.
 */
export function lintLetter(
  letter: Letter,
  filePath: string,
  rules: readonly AnyRule[],
  settings: RuleSettings,
  posting?: Posting,
  control?: InlineControl,
  level: JudgedLevel = judgedLevel(undefined, undefined),
  company?: CompanyContext,
  run: LetterRun = {file: new VFile({path: filePath, value: letter.source})}
): LintResult {
  const {file} = run
  const job = posting ? matchPosting(posting, letter) : undefined
  const raw = runRules(letter, file, rules, settings, {job, company, retext: run.retext, plugins: run.plugins, url: docsUrl})
  const controlled = control ? control(raw, letter, file) : {run: raw, messages: raw.messages}
  file.messages = controlled.messages
  const messages = controlled.messages.map((message) => toLintMessage(message, file.path))
  // Notices about control comments are reported but cost nothing: the score reads the run's own findings.
  const scored = controlled.run.messages === controlled.messages ? messages : controlled.run.messages.map((message) => toLintMessage(message, file.path))
  const {signals, substance, score: value, verdict} = score(controlled.run, scored, letter)
  return {
    filePath,
    verdict,
    score: value,
    stats: {
      words: letter.words,
      wordLimit: wordLimit(rules, settings),
      paragraphs: letter.paragraphs,
      scaleNumbers: ownScale(letter).length,
      readingSeconds: Math.round((letter.words / wordsPerMinute) * 60)
    },
    signals,
    level,
    substance,
    errorCount: messages.filter((message) => message.severity === 'error').length,
    warningCount: messages.filter((message) => message.severity === 'warning').length,
    infoCount: messages.filter((message) => message.severity === 'info').length,
    messages,
    ...(job ? {job: jobResult(job, letter)} : {}),
    ...application(company, posting)
  }
}

/** `{application}` when the company or the role is known, else nothing (the field is optional). */
function application(company: CompanyContext | undefined, posting: Posting | undefined): {application?: Application} {
  const found: Application = {}
  if (company) found.company = {name: company.company.name, via: company.company.via}
  if (posting?.title) found.role = posting.title.text
  return found.company || found.role ? {application: found} : {}
}

/** A rule's documentation: its own `url` (rules from plugins), else its README section for a built-in rule. */
function docsUrl(rule: AnyRule): string | undefined {
  return rule.meta.url ?? (builtInRules.includes(rule) ? ruleDocsUrl(rule.meta.id) : undefined)
}
