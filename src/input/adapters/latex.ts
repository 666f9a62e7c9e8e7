import type {ParsedDocument} from '../../parse/document.js'
import {renderLatex, type IncludedFile, type Includer} from '../../parse/latex/render.js'
import {decodeLetter} from '../read.js'
import type {AdapterInput} from './types.js'

/**
 * LaTeX: decode as text (every text check applies), then render the letter body in one pass;
 * files that `\input` names are read as the pass reaches them (each name once).
 */
export async function readLatex(input: AdapterInput): Promise<ParsedDocument> {
  const source = decodeLetter(input.bytes, input.filePath)
  const {readRelated} = input
  let include: Includer | undefined
  if (readRelated) {
    const files = new Map<string, Promise<IncludedFile>>()
    include = (name) => {
      let file = files.get(name)
      if (!file) {
        file = readRelated(name).then((read) => ({...read, text: read.text.replace(/^\uFEFF/, '')}))
        files.set(name, file)
      }
      return file
    }
  }
  return renderLatex(source.replace(/^\uFEFF/, ''), include)
}
