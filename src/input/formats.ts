import type {InputFormat, PositionScheme} from '../parse/document.js'

/** How cover-lint reads one input format. */
export interface FormatInfo {
  /** `--input-format` takes this name. */
  name: InputFormat
  /** Extensions (lower case, with the dot) read as this format. */
  extensions: readonly string[]
  /** Text formats are checked as UTF-8 text before parsing; binary ones check their own bytes. */
  binary: boolean
  /** What positions in its results count. */
  positions: PositionScheme
}

/**
 * The one list of input formats: extension lookup, folder scans, `--input-format` and the
 * README all come from here. Each format's reader is in `src/input/adapters/`.
 */
export const inputFormats: readonly FormatInfo[] = [
  {name: 'markdown', extensions: ['.md', '.markdown', '.mdown', '.mkd'], binary: false, positions: 'line:column'},
  {name: 'text', extensions: ['.txt', '.text'], binary: false, positions: 'line:column'},
  {name: 'latex', extensions: ['.tex', '.ltx', '.latex'], binary: false, positions: 'line:column'},
  {name: 'html', extensions: ['.html', '.htm', '.xhtml'], binary: false, positions: 'line:column'},
  {name: 'docx', extensions: ['.docx'], binary: true, positions: 'paragraph:column'},
  {name: 'pdf', extensions: ['.pdf'], binary: true, positions: 'page:line'}
]

export const inputFormatNames: readonly InputFormat[] = inputFormats.map((format) => format.name)

/** Extensions cover-lint reads, and the format each is parsed as. */
export const extensionFormats: Readonly<Record<string, InputFormat>> = Object.fromEntries(
  inputFormats.flatMap((format) => format.extensions.map((extension) => [extension, format.name]))
)

/**
 * The extensions a folder scan or a glob picks up when nothing else is said: every extension
 * above. A config `extensions` list replaces it (checked by `letterExtensions`).
 */
export const defaultExtensions: readonly string[] = Object.keys(extensionFormats)

/** The extension of a path, lower case with its dot, or '' when it has none. */
export function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.')
  if (dot < 0 || dot < path.lastIndexOf('/') || dot < path.lastIndexOf('\\')) return ''
  return path.slice(dot).toLowerCase()
}

/** The format for a path by its extension, or undefined when cover-lint does not read it. */
export function formatForPath(path: string): InputFormat | undefined {
  return extensionFormats[extensionOf(path)]
}

export function formatInfo(name: InputFormat): FormatInfo {
  return inputFormats.find((format) => format.name === name)!
}

/**
 * Check and normalise a list of extensions for folder scans (`md`, `.MD` and `.md` are the
 * same). Returns the reason it is unusable, or the list: every extension must be one that
 * cover-lint reads, since a folder scan must know how to parse what it finds.
 */
export function letterExtensions(list: readonly string[]): {extensions: string[]} | {error: string} {
  const extensions: string[] = []
  for (const item of list) {
    const extension = `.${item.trim().replace(/^\./, '')}`.toLowerCase()
    if (!(extension in extensionFormats)) {
      return {error: `cover-lint does not read "${item}" files; it reads ${defaultExtensions.join(', ')}`}
    }
    if (!extensions.includes(extension)) extensions.push(extension)
  }
  if (extensions.length === 0) return {error: 'no extensions given'}
  return {extensions}
}
