import {count} from '../util/count.js'
import {parseSeverity} from './rule-flags.js'
import type {AnyRule} from '../engine/rule.js'
import type {RuleSeverity} from '../types.js'
import {resolve} from 'node:path'
import {defaultExtensions, letterExtensions} from '../input/formats.js'
import {isInside} from '../util/project.js'
import {didYouMean} from '../util/suggest.js'
import {ConfigError, describeKind, describeValue, isComment, isPlainObject} from './error.js'
import {validateOptions} from './options.js'
import type {RuleSetting} from '../engine/settings.js'
import {loadPlugins, type LoadedPlugin} from './plugins.js'
import {isPluginRuleId} from '../engine/plugins.js'
import type {Locale, PhraseRule, Role, Seniority} from './values.js'

/**
 * Every key a config may hold, in one table: how it is read and checked, how a file's value
 * merges over what it extends, its default, and its JSON Schema (the shipped
 * `schema/coverlintrc.schema.json` is generated from this table, see `schema.ts`).
 *
 * Adding a key is one entry here: `ConfigData`, `print-config`, the schema file and the
 * "did you mean" hint for misspelt keys all follow from it. A key whose value is a path
 * (a job posting, say) resolves it with `context.dir`, the folder of the file that wrote it.
 */

export type JsonSchema = Record<string, unknown>

export interface ReadContext {
  /** The folder of the config file, for keys whose values are paths. */
  dir: string
  /**
   * The project the config belongs to (see src/util/project.ts), which paths it names stay in:
   * `folder`, as `shown` in messages, and `why` it is the project. Absent: paths are not confined.
   */
  project?: {folder: string; shown: string; why: string}
  /** The built-in rules, for rule ids and option schemas. */
  rules: readonly AnyRule[]
}

export interface KeyDefinition<T> {
  /** One line for the JSON Schema (editors show it) and the README. */
  description: string
  schema(rules: readonly AnyRule[]): JsonSchema
  /** Check and normalise the value as written; throw a ConfigError naming the key. */
  read(value: unknown, context: ReadContext): T | Promise<T>
  /** A file's value over the value of what it extends. Default: the file's value wins. */
  merge?(base: T, own: T): T
  default: T
}

function key<T>(definition: KeyDefinition<T>): KeyDefinition<T> {
  return definition
}

export const severityNames = ['off', 'info', 'warn', 'warning', 'error'] as const
export const seniorities: readonly Seniority[] = ['junior', 'mid', 'senior', 'staff', 'principal']
export const roles: readonly Role[] = ['backend']
export const locales: readonly Locale[] = ['en-GB', 'en-US']
export const presetPrefix = 'cover-lint:'
/** `custom/<name>`: the ids of phrase rules, so they never clash with built-in rules. */
export const customIdPattern = /^custom\/[A-Za-z0-9][A-Za-z0-9_-]*$/
/** The most words a phrase rule's `match` phrase may have. */
export const maxPhraseWords = 32

/** Words, hyphens and apostrophes; `+` and `#` for names such as C++ and F#. Never a regular expression. */
const phrasePattern = /^[\p{L}\p{N}'’]+[+#]*(?:[\s\-‐‑–]+[\p{L}\p{N}'’]+[+#]*)*$/u

export const configKeys = {
  extends: key<string[]>({
    description: 'Presets (cover-lint:recommended, cover-lint:strict) or paths of other config files, applied in order before this file.',
    schema: () => ({
      anyOf: [{$ref: '#/definitions/extend'}, {type: 'array', items: {$ref: '#/definitions/extend'}}]
    }),
    read(value) {
      const list = typeof value === 'string' ? [value] : value
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
        throw new ConfigError('extends', `must be a preset name or a path, or a list of them, got ${describeValue(value)}`)
      }
      return list as string[]
    },
    default: []
  }),

  role: key<Role>({
    description: 'The role applied for. The guide is written for backend roles; "backend" is the only role so far.',
    schema: () => ({enum: [...roles]}),
    read: (value) => oneOf('role', value, roles, 'the only role so far is "backend" (the guide is about backend roles)'),
    default: 'backend'
  }),

  seniority: key<Seniority>({
    description:
      'The level applied for; left out, the level the job posting states, else senior. junior: operations-evidence, database-depth, no-unquantified-claims and ai-infrastructure drop to info (credited when present, never counted against the letter) and scale-numbers asks for one. mid: operations-evidence and ai-infrastructure drop to info. senior, staff, principal: the rules as shipped.',
    schema: () => ({enum: [...seniorities]}),
    read: (value) => oneOf('seniority', value, seniorities),
    default: 'senior'
  }),

  locale: key<Locale>({
    description:
      'The spelling the letters are checked against: "en-GB" (British, the default: the guide is written for UK roles) or "en-US" (American). In either, the other\'s spellings are reported with this one\'s form ("optimize" -> "optimise").',
    schema: () => ({enum: [...locales]}),
    read: (value) => oneOf('locale', value, locales),
    default: 'en-GB'
  }),

  dictionary: key<string[]>({
    description:
      'Your own words for the spelling rule: names, products and terms it does not know ("Tallyhook", "Ledgerline"), each accepted in any case. Lists from extends add up.',
    schema: () => ({type: 'array', items: {type: 'string', pattern: '^\\S+$'}}),
    read(value) {
      if (!Array.isArray(value)) throw new ConfigError('dictionary', `must be a list of words, got ${describeValue(value)}`)
      return value.map((word, index) => {
        if (typeof word !== 'string' || !/^\S+$/.test(word)) {
          throw new ConfigError(`dictionary[${index}]`, `must be one word (no spaces; list each word of a name on its own), got ${describeValue(word)}`)
        }
        return word
      })
    },
    merge: (base, own) => [...new Set([...base, ...own])],
    default: []
  }),

  rules: key<Record<string, RuleSetting>>({
    description: 'Rule severities ("off", "info", "warn" or "warning", "error") or [severity, {options}], by rule id.',
    schema: (rules) => ({
      type: 'object',
      properties: Object.fromEntries(
        rules.map((rule) => [
          rule.meta.id,
          {
            description: rule.meta.description.replace(/`/g, ''),
            anyOf: [
              {$ref: '#/definitions/severity'},
              {type: 'array', items: [{$ref: '#/definitions/severity'}, rule.meta.schema], minItems: 1, maxItems: 2}
            ]
          }
        ])
      ),
      patternProperties: {
        [customIdPattern.source]: {
          description: 'A phrase rule defined under "phrases".',
          anyOf: [{$ref: '#/definitions/severity'}, {type: 'array', items: [{$ref: '#/definitions/severity'}], minItems: 1, maxItems: 1}]
        },
        '^(?:@[\\w.-]+/)?[\\w.-]+/\\S+$': {
          description: 'A rule a plugin adds (<namespace>/<name>), or one a retext plugin reports (<source>/<ruleId>).',
          anyOf: [{$ref: '#/definitions/severity'}, {type: 'array', items: [{$ref: '#/definitions/severity'}, {type: 'object'}], minItems: 1, maxItems: 2}]
        },
        '^//': {}
      },
      additionalProperties: false
    }),
    async read(value, context) {
      if (!isPlainObject(value)) throw new ConfigError('rules', `must be an object of rule ids, got ${describeValue(value)}`)
      const entries: Record<string, RuleSetting> = {}
      for (const [id, setting] of Object.entries(value)) {
        if (isComment(id)) continue
        entries[id] = await readRuleEntry(id, setting, context)
      }
      return entries
    },
    merge(base, own) {
      const merged: Record<string, RuleSetting> = {...base}
      for (const [id, entry] of Object.entries(own)) {
        const before = merged[id]
        const options = before?.options || entry.options ? {...before?.options, ...entry.options} : undefined
        const severity = entry.severity ?? before?.severity
        merged[id] = {
          ...(severity ? {severity} : {}),
          ...(options ? {options} : {})
        }
      }
      return merged
    },
    default: {}
  }),

  phrases: key<PhraseRule[]>({
    description: 'Your own banned (or, with "required": true, required) phrases, each reported as its own rule custom/<name>.',
    schema: () => ({type: 'array', items: {$ref: '#/definitions/phrase'}}),
    read(value) {
      if (!Array.isArray(value)) throw new ConfigError('phrases', `must be a list of phrase rules, got ${describeValue(value)}`)
      const seen = new Set<string>()
      return value.map((item, index) => {
        const phrase = readPhrase(item, `phrases[${index}]`)
        if (seen.has(phrase.id)) throw new ConfigError(`phrases[${index}].id`, `"${phrase.id}" is defined twice`)
        seen.add(phrase.id)
        return phrase
      })
    },
    merge(base, own) {
      const ids = new Set(own.map((phrase) => phrase.id))
      return [...base.filter((phrase) => !ids.has(phrase.id)), ...own]
    },
    default: []
  }),

  job: key<string | undefined>({
    description:
      'The job posting the letters under this config answer (a path relative to the config file). --job overrides it; without either, a job.md, job.txt or posting.md beside a letter is used.',
    schema: () => ({type: 'string', minLength: 1}),
    read(value, context) {
      if (typeof value !== 'string' || value.trim() === '') throw new ConfigError('job', `must be the path of a job posting, got ${describeValue(value)}`)
      const path = resolve(context.dir, value)
      const {project} = context
      if (project && !isInside(path, project.folder)) {
        throw new ConfigError('job', `${describeValue(value)} is outside the project (${project.shown}, ${project.why}): a config may name a posting inside its project only`)
      }
      return path
    },
    default: undefined
  }),

  company: key<string | undefined>({
    description:
      'The company the letters under this config are for (the wrong-company rule). A letter\'s own front matter (company: ...) wins over it; without either, the name its posting gives, then its application folder\'s name.',
    schema: () => ({type: 'string', minLength: 1}),
    read(value) {
      if (typeof value !== 'string' || value.trim() === '') throw new ConfigError('company', `must be a company's name, got ${describeValue(value)}`)
      return value.trim()
    },
    default: undefined
  }),

  companies: key<string[]>({
    description: 'Other companies a letter must never name unless it is for them (the wrong-company rule), besides those of the other applications beside it.',
    schema: () => ({type: 'array', items: {type: 'string', minLength: 1}}),
    read(value) {
      if (!Array.isArray(value)) throw new ConfigError('companies', `must be a list of company names, got ${describeValue(value)}`)
      return value.map((name, index) => {
        if (typeof name !== 'string' || name.trim() === '') throw new ConfigError(`companies[${index}]`, `must be a company's name, got ${describeValue(name)}`)
        return name.trim()
      })
    },
    merge: (base, own) => [...base, ...own],
    default: []
  }),

  extensions: key<string[] | undefined>({
    description: `The file extensions a folder or a glob picks up as letters (default: every format cover-lint reads: ${defaultExtensions.join(', ')}). Read from the config that applies in the working directory.`,
    schema: () => ({type: 'array', minItems: 1, items: {type: 'string', minLength: 1}}),
    read(value) {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
        throw new ConfigError('extensions', `must be a list of file extensions such as [".md", ".tex"], got ${describeValue(value)}`)
      }
      const checked = letterExtensions(value as string[])
      if ('error' in checked) throw new ConfigError('extensions', checked.error)
      return checked.extensions
    },
    default: undefined
  }),

  ignores: key<string[]>({
    description:
      'Letters to skip, as .gitignore patterns relative to the config file (read as .coverlintignore is: "!" takes one back). A file named on the command line that matches is skipped with a notice.',
    schema: () => ({type: 'array', items: {type: 'string', minLength: 1}}),
    read(value) {
      if (!Array.isArray(value)) throw new ConfigError('ignores', `must be a list of globs, got ${describeValue(value)}`)
      return value.map((pattern, index) => {
        if (typeof pattern !== 'string' || pattern.trim() === '') {
          throw new ConfigError(`ignores[${index}]`, `must be a glob such as "drafts/**", got ${describeValue(pattern)}`)
        }
        return pattern
      })
    },
    merge: (base, own) => [...base, ...own],
    default: []
  }),

  plugins: key<LoadedPlugin[]>({
    description:
      'Modules that add rules: paths starting with ./ (relative to this file) or package names, or [name, {options}]. Each default-exports cover-lint rules made with cover-lint/rule, or an ordinary unified (retext) plugin. Plugins are code and run with your permissions.',
    schema: () => ({
      type: 'array',
      items: {
        anyOf: [
          {type: 'string', minLength: 1},
          {type: 'array', items: [{type: 'string', minLength: 1}, {type: 'object'}], minItems: 1, maxItems: 2}
        ]
      }
    }),
    read: (value, context) => loadPlugins(value, context.dir),
    merge(base, own) {
      const files = new Set(base.map((plugin) => plugin.file))
      return [...base, ...own.filter((plugin) => !files.has(plugin.file))]
    },
    default: []
  })
}

export type ConfigKey = keyof typeof configKeys
type ValueOf<D> = D extends KeyDefinition<infer T> ? T : never

/** One config file (or preset) as written, after validation: every key optional. */
export type ConfigData = {[K in ConfigKey]?: ValueOf<(typeof configKeys)[K]>}
/** Every key with a value: a file's data merged over what it extends, over the defaults. */
export type ConfigValues = {[K in ConfigKey]: ValueOf<(typeof configKeys)[K]>}

export const configKeyNames = Object.keys(configKeys) as ConfigKey[]

/** Keys allowed besides the table: `$schema` for editors. Keys starting with `//` are comments. */
const extraKeys = ['$schema']

/**
 * Read and check a whole config object. Throws a ConfigError for the first problem found.
 * `plugins` is read first, so that `rules` can set the rules they add.
 */
export async function readConfig(value: unknown, context: ReadContext): Promise<ConfigData> {
  // By kind only: a file that is not a config (one named by mistake in `extends`) is never quoted.
  if (!isPlainObject(value)) throw new ConfigError('', `a config must be an object of keys (${configKeyNames.join(', ')}), got ${describeKind(value)}`)
  const data: Record<string, unknown> = {}
  const entries = Object.entries(value).sort(([a], [b]) => Number(b === 'plugins') - Number(a === 'plugins'))
  for (const [name, raw] of entries) {
    if (isComment(name) || extraKeys.includes(name)) continue
    // Own keys only: "constructor" or "__proto__" must not find Object.prototype's.
    const definition = Object.hasOwn(configKeys, name) ? (configKeys as Record<string, KeyDefinition<unknown>>)[name] : undefined
    if (!definition) {
      throw new ConfigError(name, `not a config key${didYouMean(name, configKeyNames)}; keys: ${configKeyNames.join(', ')}`)
    }
    data[name] = await definition.read(raw, context)
    if (name === 'plugins') context = {...context, rules: [...context.rules, ...(data.plugins as LoadedPlugin[]).flatMap((plugin) => plugin.rules)]}
  }
  return data as ConfigData
}

/** `base` with `own` merged over it, key by key. */
export function mergeConfig(base: ConfigValues, own: ConfigData): ConfigValues {
  const merged: Record<string, unknown> = {...base}
  for (const name of configKeyNames) {
    const value = own[name]
    if (value === undefined) continue
    const definition = configKeys[name] as KeyDefinition<unknown>
    merged[name] = definition.merge ? definition.merge(base[name], value) : value
  }
  return merged as ConfigValues
}

export function defaultValues(): ConfigValues {
  return Object.fromEntries(configKeyNames.map((name) => [name, structuredClone(configKeys[name].default)])) as ConfigValues
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], note?: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  const hint = typeof value === 'string' ? didYouMean(value, allowed) : ''
  const choices = note ?? `use ${allowed.map((item) => `"${item}"`).join(', ')}`
  return fail(name, `${describeValue(value)} is not a ${name}${hint}; ${choices}`)
}

function fail(key: string, reason: string): never {
  throw new ConfigError(key, reason)
}

function readSeverity(keyPath: string, value: unknown): RuleSeverity {
  const severity = typeof value === 'string' ? parseSeverity(value) : undefined
  if (!severity) return fail(keyPath, `${describeValue(value)} is not a severity; use off, info, warn or error`)
  return severity
}

async function readRuleEntry(id: string, setting: unknown, context: ReadContext): Promise<RuleSetting> {
  const keyPath = `rules.${id}`
  const rule = context.rules.find((candidate) => candidate.meta.id === id)
  // A plugin's rule, from a plugin this file extends, or reported by a retext plugin: checked
  // once every layer's plugins are known (ConfigResolver).
  if (!rule && isPluginRuleId(id)) return readPluginRuleEntry(keyPath, setting)
  if (!rule && !customIdPattern.test(id)) {
    const ids = context.rules.map((candidate) => candidate.meta.id)
    return fail(keyPath, `unknown rule${didYouMean(id, ids)}; "cover-lint rules" lists them`)
  }
  if (typeof setting === 'string') return {severity: readSeverity(keyPath, setting)}
  if (!Array.isArray(setting) || setting.length === 0 || setting.length > 2) {
    return fail(keyPath, `must be a severity (off, info, warn, error) or [severity, {options}], got ${describeValue(setting)}`)
  }
  const severity = readSeverity(keyPath, setting[0])
  if (setting.length === 1) return {severity}
  const options: unknown = setting[1]
  if (!rule) return fail(keyPath, 'phrase rules take no options; set "message", "suggest" and "match" under "phrases"')
  if (!isPlainObject(options)) return fail(keyPath, `options must be an object, got ${describeValue(options)}`)
  await validateOptions(rule, options, keyPath)
  return {severity, options}
}

function readPluginRuleEntry(keyPath: string, setting: unknown): RuleSetting {
  if (typeof setting === 'string') return {severity: readSeverity(keyPath, setting)}
  if (!Array.isArray(setting) || setting.length === 0 || setting.length > 2 || (setting.length === 2 && !isPlainObject(setting[1]))) {
    return fail(keyPath, `must be a severity (off, info, warn, error) or [severity, {options}], got ${describeValue(setting)}`)
  }
  const severity = readSeverity(keyPath, setting[0])
  return setting.length === 1 ? {severity} : {severity, options: setting[1] as Record<string, unknown>}
}

const phraseKeys = ['id', 'severity', 'match', 'message', 'suggest', 'required']

function readPhrase(item: unknown, at: string): PhraseRule {
  if (!isPlainObject(item)) return fail(at, `must be an object with "id" and "match", got ${describeValue(item)}`)
  for (const name of Object.keys(item)) {
    if (!isComment(name) && !phraseKeys.includes(name)) fail(`${at}.${name}`, `not a phrase key${didYouMean(name, phraseKeys)}; keys: ${phraseKeys.join(', ')}`)
  }
  const {id, severity, match, message, suggest, required} = item
  if (typeof id !== 'string' || !customIdPattern.test(id)) {
    const name = typeof id === 'string' ? id.replace(/^custom\//, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '') : ''
    return fail(`${at}.id`, `must be "custom/<name>" (letters, digits, - and _), got ${describeValue(id)}${name ? `; try "custom/${name}"` : ''}`)
  }
  const words = (value: unknown, name: string, checkWords: boolean): string[] => {
    if (!Array.isArray(value) || value.length === 0) return fail(`${at}.${name}`, `must be a list of phrases, got ${describeValue(value)}`)
    return value.map((phrase, index) => {
      if (typeof phrase !== 'string' || phrase.trim() === '') return fail(`${at}.${name}[${index}]`, `must be a phrase, got ${describeValue(phrase)}`)
      const length = phrase.trim().split(/[\s\-‐‑–]+/).length
      if (checkWords && length > maxPhraseWords) {
        const start = phrase.trim().split(/\s+/).slice(0, 4).join(' ')
        return fail(`${at}.${name}[${index}]`, `"${start} ..." is ${count(length)} words; a phrase to match is at most ${maxPhraseWords} words (a phrase, not a passage)`)
      }
      if (checkWords && !phrasePattern.test(phrase.trim())) {
        return fail(`${at}.${name}[${index}]`, `${describeValue(phrase)} must be words (letters, digits, hyphens, apostrophes): phrases are matched on words, never as patterns`)
      }
      return phrase.trim()
    })
  }
  if (message !== undefined && (typeof message !== 'string' || message.trim() === '')) fail(`${at}.message`, `must be a sentence, got ${describeValue(message)}`)
  if (required !== undefined && typeof required !== 'boolean') fail(`${at}.required`, `must be true or false, got ${describeValue(required)}`)
  const phrase: PhraseRule = {
    id,
    severity: severity === undefined ? 'warning' : readSeverity(`${at}.severity`, severity),
    match: words(match, 'match', true),
    required: required === true
  }
  if (typeof message === 'string') phrase.message = message.trim()
  if (suggest !== undefined) phrase.suggest = words(suggest, 'suggest', false)
  return phrase
}
