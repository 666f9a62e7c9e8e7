import type {InputFormat} from '../parse/index.js'

/** Extensions cover-lint reads, and the format each is parsed as. */
export const extensionFormats: Readonly<Record<string, InputFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.txt': 'text',
  '.text': 'text'
}

/** The format for a path by its extension, or undefined when cover-lint does not read it. */
export function formatForPath(path: string): InputFormat | undefined {
  const dot = path.lastIndexOf('.')
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined
  return extensionFormats[path.slice(dot).toLowerCase()]
}
