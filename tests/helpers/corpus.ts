import {existsSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {root} from './cli.js'

/**
 * The shared corpus of real letters lives beside the repository (`../shared/corpus`), not in it:
 * it is read, never copied in. Set COVER_LINT_CORPUS to point elsewhere (a git worktree, say).
 * Suites that need it skip when it is absent.
 */
export const corpusDir = process.env.COVER_LINT_CORPUS ?? resolve(root, '../shared/corpus')
export const hasCorpus = existsSync(join(corpusDir, 'real'))

/** The real letters' Markdown files, sorted. */
export function realLetters(): string[] {
  if (!hasCorpus) return []
  return readdirSync(join(corpusDir, 'real'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(corpusDir, 'real', name))
}
