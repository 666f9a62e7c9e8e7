import type {ParsedDocument, PositionScheme} from '../parse/document.js'

/**
 * The text a letter's positions refer to, row by row, for reports that show the letter itself
 * (`--format html`). What a row is depends on the format's position scheme:
 *
 * - `line:column` (Markdown, text, LaTeX, HTML): a line of the file as written, markup and all,
 *   so that `line` and `column` of every finding point into it;
 * - `paragraph:column` (Word): a paragraph as cover-lint reads it (a line of it, when it has
 *   line breaks: `startColumn` says where the row starts in its paragraph);
 * - `page:line` (PDF): a line of a page, as read from the text layer. A finding there says which
 *   lines, not which characters: the report finds its words in them.
 */
export interface LetterText {
  scheme: PositionScheme
  /** The letter's own file first; then files it takes text from (LaTeX `\input`), by `filePath`. */
  files: LetterTextFile[]
}

export interface LetterTextFile {
  /** Absent for the letter itself; as findings' `filePath` for a file it includes. */
  filePath?: string
  rows: LetterTextRow[]
}

export interface LetterTextRow {
  /** A finding's `line` that falls in this row: the line, paragraph or page. */
  line: number
  /** `page:line` only: the line on the page (a finding's `column`). */
  lineOnPage?: number
  /** `line:column` and `paragraph:column`: the column of the row's first character. */
  startColumn: number
  text: string
}

/** The lines of a text, split where vfile-location splits them (CRLF, LF or CR), so columns agree. */
export function textLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/)
}

/**
 * The rows of a letter. `files`: the text of each file positions refer to, for `line:column`
 * formats (the letter's file, then what it includes); Word and PDF rows come from the document.
 */
export function letterText(document: ParsedDocument, files: ReadonlyArray<{filePath?: string; text: string}>): LetterText {
  const scheme = document.map?.scheme ?? 'line:column'
  if (scheme === 'paragraph:column') return {scheme, files: [{rows: paragraphRows(document)}]}
  if (scheme === 'page:line') return {scheme, files: [{rows: pageRows(document)}]}
  return {
    scheme,
    files: files.map((file) => ({
      ...(file.filePath === undefined ? {} : {filePath: file.filePath}),
      rows: textLines(file.text.replace(/^\uFEFF/, '')).map((text, index) => ({line: index + 1, startColumn: 1, text}))
    }))
  }
}

/** A Word document's paragraphs: block N is paragraph N, its column counting from the block's start. */
function paragraphRows(document: ParsedDocument): LetterTextRow[] {
  return document.blocks.flatMap((block, index) => {
    let column = 1
    return document.source
      .slice(block.start, block.end)
      .split('\n')
      .map((text) => {
        const row = {line: index + 1, startColumn: column, text}
        column += text.length + 1
        return row
      })
  })
}

/** A PDF's lines: consecutive characters that map to the same page and line. */
function pageRows(document: ParsedDocument): LetterTextRow[] {
  const {source, map} = document
  const rows: LetterTextRow[] = []
  let current: LetterTextRow | undefined
  for (let offset = 0; offset < source.length; offset++) {
    const char = source[offset]!
    if (char === '\n') {
      current = undefined
      continue
    }
    const point = map!.locate(offset)
    if (!current || current.line !== point.line || current.lineOnPage !== point.column) {
      current = {line: point.line, lineOnPage: point.column, startColumn: 1, text: ''}
      rows.push(current)
    }
    current.text += char
  }
  return rows
}
