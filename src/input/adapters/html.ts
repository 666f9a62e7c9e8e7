import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {ParsedDocument} from '../../parse/document.js'
import {renderHtml} from '../../parse/html.js'
import {lineColumnResolver, RenderedDocumentBuilder} from '../../parse/rendered.js'
import {decodeLetter} from '../read.js'
import type {AdapterInput} from './types.js'

const processor = unified().use(rehypeParse).freeze()

/** HTML: decode as text (every text check applies), parse with rehype-parse, render what a reader sees. */
export async function readHtml(input: AdapterInput): Promise<ParsedDocument> {
  const text = decodeLetter(input.bytes, input.filePath)
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const builder = new RenderedDocumentBuilder()
  renderHtml(processor.parse(source), source, builder)
  return builder.build('html', 'line:column', lineColumnResolver([{text: source}]))
}
