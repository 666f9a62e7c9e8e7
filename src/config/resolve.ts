import {basename, dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import {rules as builtInRules} from '../../rules/index.js'
import {parseRuleFlags} from './rule-flags.js'
import type {AnyRule} from '../engine/rule.js'
import type {RuleSetting, RuleSettings} from '../engine/settings.js'
import {InternalError, UserError} from '../errors.js'
import {isInside, projectRoot} from '../util/project.js'
import {didYouMean} from '../util/suggest.js'
import {ConfigError} from './error.js'
import {applyExpectations, expectations, type Chosen, type PostingFacts} from './expectations.js'
import {ConfigSearch, packageKey} from './find.js'
import {customIdPattern, defaultValues, mergeConfig, presetPrefix, readConfig, type ConfigData, type ConfigValues} from './keys.js'
import {ConfigFileError, loadConfigFile, type LoadedFile} from './load.js'
import {validateOptions} from './options.js'
import {isPluginRuleId} from '../engine/plugins.js'
import {phraseRule} from './phrases.js'
import {defaultPreset, presetNames, presets} from './presets.js'
import type {ResolvedConfig, Seniority} from './types.js'

export interface ConfigResolverOptions {
  /** The working directory: messages show paths relative to it; `--config` ignores are relative to it. */
  cwd: string
  /** `--config <path>`: this file for every letter. `false` (`--no-config`): no config file at all. */
  config?: string | false | undefined
  /** `--rule <id>=<severity>` flags, applied over every config. */
  ruleFlags?: readonly string[]
  /** The built-in rules (the default: all of them). */
  rules?: readonly AnyRule[]
}

/** One layer of a config: a preset or a file, in the order they apply. */
interface Layer {
  name: string
  preset: boolean
  data: ConfigData
}

/**
 * Finds and merges the configuration for each letter:
 *
 *   rule defaults < presets (`extends`) < role and seniority < each file's `rules` < `--rule`
 *
 * The nearest config file from a letter's folder up to the project root applies (cosmiconfig's
 * search); what it `extends` comes first, in order, then the file itself. Everything is cached:
 * a folder is searched once, a file is loaded and checked once, a config resolved once, however
 * many letters share it.
 */
export class ConfigResolver {
  readonly #cwd: string
  readonly #mode: {kind: 'search'} | {kind: 'none'} | {kind: 'file'; file: string}
  readonly #flags: RuleSettings
  readonly #rules: readonly AnyRule[]
  readonly #search = new ConfigSearch()
  readonly #byFolder = new Map<string, Promise<ResolvedConfig>>()
  readonly #byFile = new Map<string, Promise<ResolvedConfig>>()
  readonly #files = new Map<string, Promise<ConfigData>>()
  readonly #errors = new Map<string, UserError>()
  #none: Promise<ResolvedConfig> | undefined

  constructor(options: ConfigResolverOptions) {
    this.#cwd = options.cwd
    this.#rules = options.rules ?? builtInRules
    const ids = this.#rules.map((rule) => rule.meta.id)
    const flags = options.ruleFlags ?? []
    // `--rule custom/<name>=off` names a phrase rule some config defines; it is not known yet.
    // So does `--rule acme/no-exclamation=off`, a rule a plugin adds or reports.
    const custom = flags.map((flag) => flag.split(/[=:]/)[0]!.trim()).filter((id) => customIdPattern.test(id) || isPluginRuleId(id))
    this.#flags = parseRuleFlags(flags, [...ids, ...custom])
    this.#mode =
      options.config === false
        ? {kind: 'none'}
        : typeof options.config === 'string'
          ? {kind: 'file', file: resolve(options.cwd, options.config)}
          : {kind: 'search'}
  }

  /** The configuration for the letter at `path` (absolute, or relative to the working directory). */
  forFile(path: string): Promise<ResolvedConfig> {
    return this.forFolder(dirname(resolve(this.#cwd, path)))
  }

  /** The configuration for letters in `folder`. Rejects with a UserError naming the config file and key. */
  forFolder(folder: string): Promise<ResolvedConfig> {
    let found = this.#byFolder.get(folder)
    if (!found) {
      found = this.#lookUp(folder)
      this.#byFolder.set(folder, found)
      // Callers report the error; the cache must not also count as an unhandled rejection.
      found.catch(() => {})
    }
    return found
  }

  async #lookUp(folder: string): Promise<ResolvedConfig> {
    const mode = this.#mode
    if (mode.kind === 'none') return this.#noFile()
    if (mode.kind === 'file') return this.#fromFile(mode.file, this.#cwd)
    const file = this.#search.nearest(folder)
    return file === undefined ? this.#noFile() : this.#fromFile(file, dirname(file))
  }

  #noFile(): Promise<ResolvedConfig> {
    this.#none ??= this.#combine(undefined, [{name: defaultPreset, preset: true, data: presets[defaultPreset]!}], this.#cwd)
    return this.#none
  }

  #fromFile(file: string, ignoreBase: string): Promise<ResolvedConfig> {
    let found = this.#byFile.get(file)
    if (!found) {
      found = this.#layers(file, [])
        .then((layers) => this.#combine(file, layers, ignoreBase))
        .catch((error: unknown) => {
          throw this.#userError(error, file)
        })
      this.#byFile.set(file, found)
      found.catch(() => {})
    }
    return found
  }

  /** The layers of `file`: what it extends, recursively and in order, then the file itself. */
  async #layers(file: string, chain: readonly string[]): Promise<Layer[]> {
    const data = await this.#data(file, chain.at(-1))
    const layers: Layer[] = []
    // A config that extends nothing builds on the default preset; listed once, for the config found.
    for (const name of data.extends ?? (chain.length === 0 ? [defaultPreset] : [])) {
      if (Object.hasOwn(presets, name)) {
        layers.push({name, preset: true, data: presets[name]!})
        continue
      }
      const fail = (reason: string): never => {
        throw this.#userError(new ConfigError('extends', `"${name}" does not resolve${reason}`), file)
      }
      if (name.startsWith(presetPrefix)) fail(`${didYouMean(name, presetNames)}; presets: ${presetNames.join(', ')}`)
      if (!/^\.{1,2}[\\/]/.test(name) && !isAbsolute(name)) {
        fail(`${didYouMean(name, presetNames)}: name a preset (${presetNames.join(', ')}) or a file path starting with ./ or ../`)
      }
      const target = resolve(dirname(file), name)
      // A config is someone else's file: it may build on files of its own project, never reach
      // outside it (into another repository, or /etc/passwd).
      const project = projectOf(file)
      if (!isInside(target, project.folder)) {
        throw this.#userError(
          new ConfigError('extends', `"${name}" is outside the project (${this.#displayFolder(project.folder)}, ${project.why}): a config may extend presets and files inside its project only`),
          file
        )
      }
      if (target === file || chain.includes(target)) {
        const loop = [...chain, file, target].map((item) => this.#display(item)).join(' -> ')
        fail(`: it extends itself (${loop})`)
      }
      layers.push(...(await this.#layers(target, [...chain, file])))
    }
    layers.push({name: file, preset: false, data})
    return layers
  }

  /** A file's data, loaded and checked once. `from` is the file that extends it, for messages. */
  #data(file: string, from: string | undefined): Promise<ConfigData> {
    let found = this.#files.get(file)
    if (!found) {
      found = loadConfigFile(file).then(
        (loaded) => this.#read(loaded),
        (error: unknown) => {
          if (error instanceof ConfigFileError && error.missing && from !== undefined) {
            const name = relative(dirname(from), file)
            throw this.#userError(new ConfigError('extends', `"${name.startsWith('.') ? name : `./${name}`}" does not resolve: ${error.message}`), from)
          }
          if (error instanceof ConfigFileError && error.missing) throw new UserError(`cannot read config: ${error.message}`, this.#display(file))
          throw this.#userError(error, file)
        }
      )
      this.#files.set(file, found)
      found.catch(() => {})
    }
    return found
  }

  async #read(loaded: LoadedFile): Promise<ConfigData> {
    try {
      const project = projectOf(loaded.file)
      return await readConfig(loaded.config ?? {}, {dir: dirname(loaded.file), rules: this.#rules, project: {...project, shown: this.#displayFolder(project.folder)}})
    } catch (error) {
      throw this.#userError(error, loaded.file)
    }
  }

  /** Merge the layers, apply role and seniority, build the rule set and the settings, then `--rule`. */
  async #combine(file: string | undefined, layers: readonly Layer[], ignoreBase: string): Promise<ResolvedConfig> {
    let values: ConfigValues = defaultValues()
    // What a file (not a preset) set, severities and options: role and seniority do not override them.
    const chosen = {severities: new Set<string>(), options: new Map<string, Set<string>>()} satisfies Chosen
    for (const layer of layers) {
      const known = new Set([...values.phrases, ...(layer.data.phrases ?? [])].map((phrase) => phrase.id))
      for (const [id, entry] of Object.entries(layer.data.rules ?? {})) {
        if (customIdPattern.test(id) && !known.has(id)) {
          const error = new ConfigError(`rules.${id}`, `unknown rule${didYouMean(id, known)}; define phrase rules under "phrases"`)
          throw this.#userError(error, layer.preset ? undefined : layer.name)
        }
        if (layer.preset) continue
        if (entry.severity !== undefined) chosen.severities.add(id)
        for (const name of Object.keys(entry.options ?? {})) chosen.options.set(id, (chosen.options.get(id) ?? new Set()).add(name))
      }
      values = mergeConfig(values, layer.data)
    }

    this.#checkCustomFlags(file, values)
    const pluginRules = values.plugins.flatMap((plugin) => plugin.rules)
    const ruleSet = [...this.#rules, ...pluginRules, ...values.phrases.map(phraseRule)]
    await this.#checkPluginRules(layers, values, ruleSet)
    const settings: Record<string, RuleSetting> = {}
    for (const [id, entry] of Object.entries(values.rules)) settings[id] = {...entry}
    for (const phrase of values.phrases) {
      if (phrase.severity === 'off' && settings[phrase.id]?.severity === undefined) settings[phrase.id] = {...settings[phrase.id], severity: 'off'}
    }
    // Top-level keys a rule reads (locale, dictionary) reach it as options of the same name.
    for (const rule of this.#rules) {
      const keys = rule.meta.configKeys ?? []
      if (keys.length === 0) continue
      const given = Object.fromEntries(keys.map((name) => [name, (values as Record<string, unknown>)[name]]))
      const {id} = rule.meta
      settings[id] = {...settings[id], options: {...settings[id]?.options, ...given}}
    }
    // The level a file states; without one, the posting's level (see lint.ts), else senior.
    const seniority = layers.some((layer) => layer.data.seniority !== undefined) ? values.seniority : undefined
    const flags = this.#flags
    const byLevel = new Map<string, RuleSettings>()
    const settingsAt = (level: Seniority, posting?: PostingFacts): RuleSettings => {
      const key = `${level} ${posting ? posting.asksForAi : '-'}`
      let found = byLevel.get(key)
      if (!found) {
        const applied = applyExpectations(settings, expectations(values.role, level, posting), chosen)
        for (const [id, flag] of Object.entries(flags)) applied[id] = {...applied[id], ...flag}
        found = applied
        byLevel.set(key, found)
      }
      return found
    }

    return {
      file,
      extends: layers.slice(0, -1).map((layer) => layer.name),
      values,
      seniority,
      settings: settingsAt(seniority ?? 'senior'),
      settingsAt,
      ruleSet,
      plugins: values.plugins.flatMap((plugin) => (plugin.prose ? [plugin.prose] : [])),
      ignoreBase
    }
  }

  /**
   * `--rule custom/<name>=...` must name a phrase rule the config that applies defines: a typo
   * would otherwise change nothing, silently. (Built-in ids are checked in the constructor.)
   */
  #checkCustomFlags(file: string | undefined, values: ConfigValues): void {
    const defined = values.phrases.map((phrase) => phrase.id)
    for (const id of Object.keys(this.#flags)) {
      if (!customIdPattern.test(id) || defined.includes(id)) continue
      const where = file ? `${this.#display(file)} defines no phrase rule of that name under "phrases"` : 'no config file applies, so no phrase rules are defined'
      const error = new UserError(`unknown rule "${id}"${didYouMean(id, defined)}: ${where}`, '--rule')
      // The same object for every folder this config governs, so the CLI reports it once.
      const line = error.toString()
      if (!this.#errors.has(line)) this.#errors.set(line, error)
      throw this.#errors.get(line)!
    }
  }

  /**
   * The `rules` entries for rules from plugins, once every layer's plugins are known: a rule a
   * plugin defines (its options checked against its schema), or, when a retext plugin is
   * configured, an id its messages may carry (`<source>/<ruleId>`: a severity only).
   */
  async #checkPluginRules(layers: readonly Layer[], values: ConfigValues, ruleSet: readonly AnyRule[]): Promise<void> {
    const retext = values.plugins.filter((plugin) => plugin.prose)
    for (const layer of layers) {
      for (const [id, entry] of Object.entries(layer.data.rules ?? {})) {
        if (!isPluginRuleId(id) || this.#rules.some((rule) => rule.meta.id === id)) continue
        const fail = (reason: string): never => {
          throw this.#userError(new ConfigError(`rules.${id}`, reason), layer.preset ? undefined : layer.name)
        }
        const rule = ruleSet.find((candidate) => candidate.meta.id === id)
        if (rule) {
          if (entry.options) {
            try {
              await validateOptions(rule, entry.options, `rules.${id}`)
            } catch (error) {
              if (error instanceof ConfigError) fail(error.message)
              throw error
            }
          }
          continue
        }
        const known = ruleSet.map((candidate) => candidate.meta.id)
        if (retext.length === 0) fail(`unknown rule${didYouMean(id, known)}; no plugin in this config defines it ("cover-lint rules" lists them)`)
        if (entry.options) fail(`a rule a retext plugin reports takes no options here; give the plugin its options in "plugins": ["name", {...}]`)
      }
    }
  }

  /**
   * Any error while loading or checking a config, as the one line the CLI prints. A broken
   * file found from several folders gives the same UserError each time, so the CLI reports it once.
   */
  #userError(error: unknown, file: string | undefined): UserError {
    if (error instanceof UserError) return error
    const converted = this.#convert(error, file)
    const line = converted.toString()
    const known = this.#errors.get(line)
    if (known) return known
    this.#errors.set(line, converted)
    return converted
  }

  #convert(error: unknown, file: string | undefined): UserError {
    if (error instanceof ConfigFileError) return new UserError(error.message, this.#display(error.file || file || ''))
    if (error instanceof ConfigError) {
      const key = file && basename(file) === 'package.json' ? [packageKey, error.key].filter(Boolean).join('.') : error.key
      const reason = key ? `${key}: ${error.message}` : error.message
      return new UserError(reason, file ? this.#display(file) : 'config')
    }
    // A config is a failure domain of its own: an unexpected failure names the file, and only
    // the letters under it go unlinted.
    return new InternalError(error, file ? this.#display(file) : 'config')
  }

  /** A folder as messages show it: `.` for the working directory, else as `#display` shows paths. */
  #displayFolder(folder: string): string {
    return resolve(folder) === resolve(this.#cwd) ? '.' : this.#display(folder)
  }

  /** A path as messages show it: relative to the working directory when inside it. */
  #display(path: string): string {
    if (!isAbsolute(path)) return path
    const relativePath = relative(this.#cwd, path)
    return relativePath && !relativePath.startsWith('..') && !isAbsolute(relativePath) ? relativePath.split(sep).join('/') : path
  }
}

/**
 * The project a config file belongs to, which its `extends` and `job` stay inside: the folder
 * tree of its repository (see `projectRoot`), else its own folder. `why` says which, for messages.
 */
function projectOf(file: string): {folder: string; why: string} {
  const root = projectRoot(dirname(file))
  return root === undefined
    ? {folder: dirname(file), why: "the config's own folder: no folder above it has .git or a package.json"}
    : {folder: root, why: 'the nearest folder above the config with .git or a package.json'}
}
