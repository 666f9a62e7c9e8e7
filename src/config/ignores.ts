import {relative, sep} from 'node:path'
import {gitignoreMatcher, type IgnoreMatcher} from '../util/gitignore.js'
import type {ResolvedConfig} from './types.js'

const matchers = new WeakMap<ResolvedConfig, Promise<IgnoreMatcher>>()

/**
 * Whether `config`'s `ignores` match the letter (or, with `isDirectory`, the folder) at the
 * absolute `path`. The patterns are read as `.coverlintignore`'s are (gitignore,
 * `src/util/gitignore.ts`), relative to the folder of the config file that applies (the working
 * directory with `--config`).
 */
export async function isIgnored(config: ResolvedConfig, path: string, isDirectory = false): Promise<boolean> {
  if (config.values.ignores.length === 0) return false
  let matcher = matchers.get(config)
  if (!matcher) {
    matcher = gitignoreMatcher(config.values.ignores, config.ignoreBase)
    matchers.set(config, matcher)
  }
  return (await matcher)(path, isDirectory)
}

/** How messages name the `ignores` that skipped a letter: `"ignores" in .coverlintrc.json`. */
export function ignoresSource(config: ResolvedConfig, cwd: string): string {
  return `"ignores" in ${config.file ? relative(cwd, config.file).split(sep).join('/') : 'the --config file'}`
}
