import type {InputFormat, ParsedDocument} from './document.js'
import {parseMarkdown} from './markdown.js'
import {parseText} from './text.js'

export type {InputFormat, ParsedDocument, PositionScheme, SourceMap, SourcePoint} from './document.js'

/**
 * Parse a letter's text in the given format. A leading UTF-8 BOM is dropped first. Markdown and
 * text only: the other formats are read from bytes by `loadDocument` (`src/input/adapters/`).
 */
export function parse(text: string, format: InputFormat): ParsedDocument {
  if (format !== 'markdown' && format !== 'text') {
    throw new TypeError(`parse() reads Markdown and text; read ${format} letters with loadDocument()`)
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return format === 'markdown' ? parseMarkdown(source) : parseText(source)
}
