import {UserError} from '../../errors.js'
import type {InputFormat, ParsedDocument} from '../../parse/document.js'
import {parse} from '../../parse/index.js'
import {decodeLetter} from '../read.js'
import type {Adapter, AdapterInput} from './types.js'

export type {Adapter, AdapterInput} from './types.js'
export {relatedFileReader} from '../related.js'

/**
 * Each format's reader, loaded only when a letter of that format is linted: a Markdown run
 * never loads the LaTeX, HTML, Word or PDF code (esbuild keeps each in a chunk of its own).
 */
const adapters: Readonly<Record<Exclude<InputFormat, 'markdown' | 'text'>, () => Promise<Adapter>>> = {
  latex: async () => (await import('./latex.js')).readLatex,
  html: async () => (await import('./html.js')).readHtml,
  docx: async () => (await import('./docx.js')).readDocx,
  pdf: async () => (await import('./pdf.js')).readPdf
}

/**
 * Read a letter's bytes as `format` into the document the rules read. Bad input (not UTF-8,
 * a corrupt Word file, a PDF with no text) rejects with a UserError naming `input.filePath`.
 */
export async function loadDocument(format: InputFormat, input: AdapterInput): Promise<ParsedDocument> {
  try {
    if (format === 'markdown' || format === 'text') return parse(decodeLetter(input.bytes, input.filePath), format)
    if (input.bytes.length === 0) throw new UserError('file is empty')
    return await (await adapters[format]())(input)
  } catch (error) {
    if (error instanceof UserError && error.subject === undefined) throw new UserError(error.message, input.filePath)
    throw error
  }
}
