import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {loadDocument, relatedFileReader} from '../../src/input/adapters/index.js'
import {formatForPath} from '../../src/input/formats.js'
import {lint, lintDocument} from '../../src/lint.js'
import type {LintMessage, LintResult} from '../../src/types.js'

/** Lint a file of any format as the CLI does (files it `\input`s are read beside it). */
export async function lintFile(path: string, filePath = path): Promise<LintResult> {
  const format = formatForPath(path) ?? 'text'
  if (format === 'markdown' || format === 'text') return lint(readFileSync(path, 'utf8'), {filePath, format})
  const document = await loadDocument(format, {bytes: readFileSync(path), filePath, readRelated: relatedFileReader(dirname(path), dirname(path))})
  return lintDocument(document, {filePath})
}

/** What a finding says, without where: rule, severity, message and the words it quotes. */
export function withoutPosition(message: LintMessage): string {
  return `${message.ruleId} ${message.severity} ${JSON.stringify(message.actual ?? null)} ${message.message}`
}

export function fixture(...parts: string[]): string {
  return join(import.meta.dirname, '../../fixtures', ...parts)
}
