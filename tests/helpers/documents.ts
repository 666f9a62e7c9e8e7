import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {loadDocument, relatedFileReader} from '../../src/input/adapters/index.js'
import {formatForPath} from '../../src/input/formats.js'
import {lint, lintDocument} from '../../src/lint.js'
import type {InputFormat, ParsedDocument} from '../../src/parse/document.js'
import type {LintMessage, LintResult} from '../../src/types.js'

/** Lint a file of any format as the CLI does (files it `\input`s are read beside it). */
export async function lintFile(path: string, filePath = path): Promise<LintResult> {
  const format = formatForPath(path) ?? 'text'
  if (format === 'markdown' || format === 'text') return lint(readFileSync(path, 'utf8'), {filePath, format})
  const document = await loadDocument(format, {bytes: readFileSync(path), filePath, readRelated: relatedFileReader(dirname(path), dirname(path))})
  return lintDocument(document, {filePath})
}

/** Read `bytes` as `format` and lint the document, as the CLI does a file named `letter.<format>`. */
export async function lintBytes(format: InputFormat, bytes: Uint8Array): Promise<LintResult> {
  const filePath = `letter.${format}`
  return lintDocument(await loadDocument(format, {bytes, filePath}), {filePath})
}

/** What a finding says, without where: rule, severity, message and the words it quotes. */
export function withoutPosition(message: LintMessage): string {
  return `${message.ruleId} ${message.severity} ${JSON.stringify(message.actual ?? null)} ${message.message}`
}

export function fixture(...parts: string[]): string {
  return join(import.meta.dirname, '../../fixtures', ...parts)
}

/** A rendered document's blocks as `kind: text`. */
export function blocks(document: ParsedDocument): string[] {
  return document.blocks.map((block) => `${block.kind}: ${document.source.slice(block.start, block.end)}`)
}

/** Where the first `words` of a rendered document map to in its file: `[file:]line:column-endLine:endColumn`. */
export function where(document: ParsedDocument, words: string): string {
  const start = document.source.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in the rendered text`)
  const from = document.map!.locate(start)
  const to = document.map!.locate(start + words.length, true)
  return `${from.filePath ? `${from.filePath}:` : ''}${from.line}:${from.column}-${to.line}:${to.column}`
}
