import {relative, resolve, sep} from 'node:path'
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
 * ignoring a folder ignores everything in it.
 *
 * A config that fails to load ignores nothing here: the letter is kept, and linting it
 * reports the config's error.
 */
export async function dropIgnored(targets: readonly Target[], named: readonly string[], cwd: string, configs: ConfigResolver): Promise<Target[]> {
  const explicit = new Set(named.map((path) => resolve(cwd, path)))
  const kept: Target[] = []
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
    if (!config || !(await isIgnored(config, path))) kept.push(target)
  }
  return kept
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
