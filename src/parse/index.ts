import type {InputFormat, ParsedDocument} from './document.js'
import {parseMarkdown} from './markdown.js'
import {parseText} from './text.js'

export type {InputFormat, ParsedDocument} from './document.js'

/** Parse a letter's text in the given format. A leading UTF-8 BOM is dropped first. */
export function parse(text: string, format: InputFormat): ParsedDocument {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return format === 'markdown' ? parseMarkdown(source) : parseText(source)
}
