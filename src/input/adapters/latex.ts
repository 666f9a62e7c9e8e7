import type {ParsedDocument} from '../../parse/document.js'
import {renderLatex, type IncludedFile} from '../../parse/latex/render.js'
import {UserError} from '../../errors.js'
import {decodeLetter} from '../read.js'
import type {AdapterInput} from './types.js'

/** A letter should not need more files than this; a runaway `\input` chain stops here. */
const maxFiles = 32

/**
 * LaTeX: decode as text (every text check applies), then render the letter body. Files that
 * `\input` names are read as rendering asks for them, and rendering starts again with them.
 */
export async function readLatex(input: AdapterInput): Promise<ParsedDocument> {
  const source = decodeLetter(input.bytes, input.filePath)
  const files = new Map<string, IncludedFile>()
  for (let round = 0; round <= maxFiles; round++) {
    const rendering = renderLatex(source.replace(/^\uFEFF/, ''), (name) => files.get(name))
    if ('document' in rendering) return rendering.document
    if (!input.readRelated) throw new UserError(`\\input{${rendering.need}}: cannot read other files here`)
    const file = await input.readRelated(rendering.need)
    files.set(rendering.need, {...file, text: file.text.replace(/^\uFEFF/, '')})
  }
  throw new UserError(`\\input: more than ${maxFiles} files`)
}
