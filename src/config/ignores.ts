import {relative, resolve, sep} from 'node:path'
import {UserError} from '../errors.js'
import type {Target} from '../input/discover.js'
import type {ConfigResolver} from './resolve.js'
import type {ResolvedConfig} from './types.js'

type Matcher = (path: string) => boolean
const matchers = new WeakMap<ResolvedConfig, Matcher>()

/**
 * `ignores` from config: drop the letters a folder or glob found that the applicable config's
 * patterns match. A file named on the command line is always linted, ignored or not (as a
 * user who names a file means it). Patterns are relative to the folder of the config file
 * that applies (the working directory with `--config`), with .gitignore's reading of a
 * pattern without a slash: it matches a file or folder of that name at any depth, and
 * ignoring a folder ignores everything in it. A folder whose letters are all ignored is an
 * input error, as with `.coverlintignore`: a CI run must not pass by linting nothing.
 *
 * A config that fails to load ignores nothing here: the letter is kept, and linting it
 * reports the config's error.
 */
export async function dropIgnored(
  targets: readonly Target[],
  named: readonly string[],
  cwd: string,
  configs: ConfigResolver
): Promise<{targets: Target[]; errors: UserError[]}> {
  const explicit = new Set(named.map((path) => resolve(cwd, path)))
  const kept: Target[] = []
  const dropped: Array<{path: string; config: ResolvedConfig}> = []
  for (const target of targets) {
    if (target.kind !== 'file') {
      kept.push(target)
      continue
    }
    const path = resolve(cwd, target.path)
    if (explicit.has(path)) {
      kept.push(target)
      continue
    }
    const config = await configs.forFile(path).catch(() => undefined)
    if (config && (await isIgnored(config, path))) dropped.push({path, config})
    else kept.push(target)
  }
  const errors: UserError[] = []
  if (dropped.length === 0) return {targets: kept, errors}
  const keptPaths = kept.flatMap((target) => (target.kind === 'file' ? [resolve(cwd, target.path)] : []))
  for (const name of named) {
    const folder = resolve(cwd, name)
    const inside = (path: string): boolean => path.startsWith(folder + sep)
    const gone = dropped.filter(({path}) => inside(path))
    if (gone.length > 0 && !keptPaths.some(inside)) {
      const files = [...new Set(gone.map(({config}) => (config.file ? relative(cwd, config.file).split(sep).join('/') : '--config')))]
      errors.push(new UserError(`every letter here is ignored by "ignores" in ${files.join(', ')}`, name))
    }
  }
  if (kept.length === 0 && errors.length === 0) errors.push(new UserError('every letter found is ignored by "ignores" in the config', named.join(' ')))
  return {targets: kept, errors}
}

/** Whether `config`'s `ignores` match the letter at the absolute `path`. picomatch loads only when there are patterns. */
export async function isIgnored(config: ResolvedConfig, path: string): Promise<boolean> {
  if (config.values.ignores.length === 0) return false
  const inside = relative(config.ignoreBase, path)
  if (inside === '' || inside.startsWith('..') || resolve(inside) === inside) return false
  let matcher = matchers.get(config)
  if (!matcher) {
    const {default: picomatch} = await import('picomatch')
    const patterns = config.values.ignores.map((pattern) => pattern.replace(/^\.\//, '').replace(/\/+$/, ''))
    // Two matchers: picomatch's `basename` option would also apply to patterns with a slash.
    const anywhere = patterns.filter((pattern) => !pattern.includes('/'))
    const rooted = patterns.filter((pattern) => pattern.includes('/'))
    const byName = anywhere.length > 0 ? picomatch(anywhere, {dot: true, basename: true}) : () => false
    const byPath = rooted.length > 0 ? picomatch(rooted, {dot: true}) : () => false
    const both: Matcher = (path) => byName(path) || byPath(path)
    matcher = both
    matchers.set(config, both)
  }
  // The file, then each folder it sits in: ignoring a folder ignores what is inside it.
  const parts = inside.split(sep)
  return parts.some((_, index) => matcher(parts.slice(0, parts.length - index).join('/')))
}
