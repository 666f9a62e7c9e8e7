import type {ParsedDocument} from '../../parse/document.js'
import {parseHtml, renderHtml} from '../../parse/html.js'
import {lineColumnResolver, RenderedDocumentBuilder} from '../../parse/rendered.js'
import {decodeLetter} from '../read.js'
import type {AdapterInput} from './types.js'

/** HTML: decode as text (every text check applies), parse with parse5, render what a reader sees. */
export async function readHtml(input: AdapterInput): Promise<ParsedDocument> {
  const text = decodeLetter(input.bytes, input.filePath)
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const builder = new RenderedDocumentBuilder()
  renderHtml(parseHtml(source), source, builder)
  return builder.build('html', 'line:column', lineColumnResolver([{text: source}]))
}
