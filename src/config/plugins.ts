import {existsSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {basename, dirname, extname, isAbsolute, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {PluggableList} from 'unified'
import {attach} from '../engine/passes.js'
import {markPluginRule, pluginError, type ProsePlugin} from '../engine/plugins.js'
import type {AnyRule} from '../engine/rule.js'
import {ConfigError, describeValue, isPlainObject} from './error.js'

/**
 * Config `plugins`: code from outside cover-lint that adds rules. Each entry is a module
 * specifier (a path starting with `./` or `../`, relative to the config file, or a package name
 * resolved from the config file's folder, as Node resolves imports), or `[specifier, options]`.
 * Its default export is either
 *
 *   - cover-lint rules made with `defineRule` from `cover-lint/rule` (one rule, a list of them,
 *     or `{rules: [...]}`): they run like built-in rules, with ids `<namespace>/<name>`; or
 *   - an ordinary unified (retext) plugin, or a preset (`{plugins: [...]}`), given the entry's
 *     options: it runs on the letter's nlcst, and each message it reports becomes a finding
 *     `<source>/<ruleId>` (src/engine/plugins.ts).
 *
 * Plugins are code: they run with the user's permissions, as JavaScript configs do. They are
 * loaded only when a config names them, once per run.
 */

/** One `plugins` entry, loaded. */
export interface LoadedPlugin {
  /** The specifier as the config wrote it: what messages name. */
  name: string
  /** The module file. */
  file: string
  /** Rules made with the SDK (empty for a retext plugin). */
  rules: AnyRule[]
  /** The retext plugin, ready to run (absent for SDK rules). */
  prose?: ProsePlugin
  /** As print-config shows it. */
  toJSON(): unknown
}

/** A rule id from a plugin: `<namespace>/<name>`, with a namespace that is not cover-lint's own. */
const pluginRuleIdPattern = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*$/i
const reservedNamespaces = new Set(['custom', 'cover-lint'])

/** Load the entries of one config file's `plugins` (`dir`: the config file's folder). */
export async function loadPlugins(value: unknown, dir: string): Promise<LoadedPlugin[]> {
  if (!Array.isArray(value)) throw new ConfigError('plugins', `must be a list of module names or paths, got ${describeValue(value)}`)
  const loaded: LoadedPlugin[] = []
  for (const [index, entry] of value.entries()) {
    const key = `plugins[${index}]`
    const [specifier, options] = Array.isArray(entry) ? entry : [entry]
    if (typeof specifier !== 'string' || specifier.trim() === '' || (Array.isArray(entry) && entry.length > 2)) {
      throw new ConfigError(key, `must be a module name or path, or [name, {options}], got ${describeValue(entry)}`)
    }
    if (options !== undefined && !isPlainObject(options)) throw new ConfigError(key, `options must be an object, got ${describeValue(options)}`)
    loaded.push(await loadPlugin(specifier.trim(), options as Record<string, unknown> | undefined, dir, key))
  }
  return loaded
}

async function loadPlugin(name: string, options: Record<string, unknown> | undefined, dir: string, key: string): Promise<LoadedPlugin> {
  const found = resolvePlugin(name, dir)
  if ('error' in found) throw new ConfigError(key, found.error)
  let exported: unknown
  try {
    const module = (await import(pathToFileURL(found.file).href)) as {default?: unknown}
    exported = module.default
  } catch (error) {
    throw pluginError(name, undefined, error)
  }
  const toJSON = (): string => name
  const rules = sdkRules(exported)
  if (rules) {
    if (options !== undefined) throw new ConfigError(key, `"${name}" exports cover-lint rules: give their options under "rules" (["warn", {...}]), not here`)
    return {name, file: found.file, rules: rules.map((rule, at) => checkRule(rule, name, `${key}: rule ${at + 1}`)), toJSON}
  }
  if (typeof exported === 'function' || (isPlainObject(exported) && ('plugins' in exported || 'settings' in exported))) {
    const plugins = (options === undefined ? [exported] : [[exported, options]]) as PluggableList
    return {name, file: found.file, rules: [], prose: {name, source: found.source, processor: attach(plugins, name)}, toJSON}
  }
  throw new ConfigError(
    key,
    `"${name}" must default-export cover-lint rules (made with defineRule from cover-lint/rule, one or a list) or a unified plugin (a function), got ${describeValue(exported)}`
  )
}

/** The rules a module exports: one rule, a list of rules, or `{rules: [...]}` / `{rules: {id: rule}}`. Undefined when it exports none. */
function sdkRules(exported: unknown): unknown[] | undefined {
  const isRule = (value: unknown): boolean => isPlainObject(value) && isPlainObject(value.meta) && typeof value.check === 'function'
  if (isRule(exported)) return [exported]
  if (Array.isArray(exported) && exported.length > 0 && exported.every(isRule)) return exported
  if (isPlainObject(exported) && exported.rules !== undefined) {
    const rules = Array.isArray(exported.rules) ? exported.rules : isPlainObject(exported.rules) ? Object.values(exported.rules) : []
    if (rules.length > 0 && rules.every(isRule)) return rules
  }
  return undefined
}

/** A rule from a plugin, checked and with the metadata cover-lint shows filled in. */
function checkRule(value: unknown, plugin: string, where: string): AnyRule {
  const rule = value as AnyRule
  const meta = rule.meta as Partial<AnyRule['meta']>
  const id = meta.id
  if (typeof id !== 'string' || !pluginRuleIdPattern.test(id)) {
    throw new ConfigError(where, `"${plugin}" has a rule with id ${describeValue(id)}: a plugin's rule ids are "<namespace>/<name>" (e.g. "acme/no-exclamation"), so they never clash with cover-lint's`)
  }
  const namespace = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]!
  if (reservedNamespaces.has(namespace)) throw new ConfigError(where, `"${plugin}": the rule id "${id}" uses the namespace "${namespace}", which is cover-lint's own`)
  const severities = typeof meta.severity === 'string' ? [meta.severity] : isPlainObject(meta.severity) ? Object.values(meta.severity) : []
  if (severities.length === 0 || !severities.every((severity) => severity === 'error' || severity === 'warning' || severity === 'info')) {
    throw new ConfigError(where, `"${plugin}": rule "${id}" needs meta.severity "error", "warning" or "info", got ${describeValue(meta.severity)}`)
  }
  if (typeof meta.description !== 'string' || meta.description.trim() === '') throw new ConfigError(where, `"${plugin}": rule "${id}" needs meta.description, one line saying what it checks`)
  if (rule.retext !== undefined && typeof rule.retext !== 'function') throw new ConfigError(where, `"${plugin}": rule "${id}" has a retext that is not a function`)
  const options = isPlainObject(meta.options) ? meta.options : {}
  const checked: AnyRule = {
    meta: {
      ...meta,
      id,
      description: meta.description,
      reason: typeof meta.reason === 'string' ? meta.reason : meta.description,
      severity: meta.severity!,
      options,
      schema: isPlainObject(meta.schema) ? meta.schema : {type: 'object'},
      examples: {bad: meta.examples?.bad ?? '', good: meta.examples?.good ?? ''}
    },
    check: (context) => rule.check(context),
    ...(rule.retext ? {retext: (ruleOptions: object) => rule.retext!(ruleOptions)} : {})
  }
  return markPluginRule(checked, plugin)
}

/**
 * Where a plugin's module is, and the `source` its messages get when they set none: a path is
 * taken from the config file's folder; a package name is resolved from there as Node resolves
 * imports (its `exports`, `module` or `main`, or index.js).
 */
function resolvePlugin(name: string, dir: string): {file: string; source: string} | {error: string} {
  if (/^\.{1,2}[\\/]/.test(name) || isAbsolute(name)) {
    const target = resolve(dir, name)
    if (!existsSync(target)) return {error: `"${name}" does not exist (paths are relative to the config file)`}
    if (statSync(target).isDirectory()) {
      const manifest = readManifest(target)
      const entry = manifest ? packageEntry(target, manifest) : undefined
      const file = entry ?? join(target, 'index.js')
      if (!existsSync(file)) return {error: `"${name}" is a folder with no package.json entry point or index.js`}
      return {file, source: typeof manifest?.name === 'string' ? manifest.name : basename(target)}
    }
    return {file: target, source: basename(target, extname(target))}
  }
  const packageName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!
  try {
    return {file: createRequire(join(dir, 'noop.js')).resolve(name), source: packageName}
  } catch {
    // An ES-module package whose `exports` has only an `import` condition: require cannot
    // resolve it, so read its manifest from the nearest node_modules folder.
  }
  for (let folder = dir; ; folder = dirname(folder)) {
    const root = join(folder, 'node_modules', packageName)
    const manifest = readManifest(root)
    if (manifest) {
      const file = name === packageName ? packageEntry(root, manifest) : join(root, name.slice(packageName.length + 1))
      if (file && existsSync(file)) return {file, source: packageName}
    }
    if (dirname(folder) === folder) break
  }
  return {error: `"${name}" does not resolve from ${dir}: install it (npm install ${packageName}) or give a path starting with ./`}
}

function readManifest(folder: string): Record<string, unknown> | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
    return isPlainObject(manifest) ? manifest : undefined
  } catch {
    return undefined
  }
}

/** A package's entry point for `import`: `exports["."]` (its import or default condition), `module`, `main`, or index.js. */
function packageEntry(root: string, manifest: Record<string, unknown>): string | undefined {
  const pick = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value
    if (Array.isArray(value)) return value.map(pick).find(Boolean)
    if (isPlainObject(value)) return pick(value['.'] ?? value.import ?? value.node ?? value.default)
    return undefined
  }
  const target = pick(manifest.exports) ?? (typeof manifest.module === 'string' ? manifest.module : undefined) ?? (typeof manifest.main === 'string' ? manifest.main : undefined) ?? 'index.js'
  return resolve(root, target)
}
