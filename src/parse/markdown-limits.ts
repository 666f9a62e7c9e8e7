import {UserError} from '../errors.js'
import {count} from '../util/count.js'

/**
 * Markdown that makes micromark (remark-parse's tokenizer) slow or large, refused before it is parsed.
 * micromark is linear on prose, but some of its steps splice one list of events per paragraph
 * or look back through it, and a few constructs repeated thousands of times make those steps
 * grow with the square of their count (measured, CPU on this machine): `*` x 20,000 either
 * side of a word 78 s, `**a**` x 50,000 in one paragraph 60 s, `>` x 32,000 46 s, `- ` x 4,000
 * before a word 14 s. A letter comes nowhere near any of these bounds, so it is never refused;
 * each bound has its own line saying what to change.
 */

/**
 * Lines of text (not blank) a Markdown file may have. micromark keeps every event of the
 * document until it is done, a few KB a line: 100,000 empty list items took 850 MB and 10 s,
 * one paragraph of 100,000 one-letter lines 9.3 s of CPU and 520 MB (20,000: under 1.5 s). A
 * letter has a few dozen lines and a posting a few hundred.
 */
export const maxLines = 20_000

/**
 * Paragraphs, list items and headings a Markdown file may have: micromark starts a tokenizer
 * for each, and each is a block of the letter: 20,000 list items took 5.7 s and 480 MB.
 */
export const maxBlocks = 5_000

/** Quotations and list items one line may open inside each other (`> > - text`). */
export const maxNesting = 100

/** The longest run of `*` or `_` (emphasis marks) read. */
export const maxEmphasisRun = 100

/**
 * Columns of indentation the lines of a Markdown file may have in all (a tab counts four).
 * micromark checks each line against every list or quotation it continues, and lists nested by
 * indentation are as deep as their lines are indented: about 25 µs per column here, so 400
 * levels (160,000 columns) took 4.4 s of CPU and 100 levels of 4,000 items (800 KB) 11.7 s.
 * 200 levels (40,000 columns) take under a second. A letter is indented by a few hundred
 * columns at most.
 */
export const maxIndentation = 50_000

/** Marks (`*`, `_`, `[`, `]`, backticks, `<`) one paragraph may hold. */
export const maxMarksPerParagraph = 20_000

const containerMarker = /[ \t]{0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))/y
const thematicBreak = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const fence = /^[ \t]{0,3}(`{3,}|~{3,})/
const blank = /^[ \t]*$/
const lineBreak = /[^\r\n]*[\r\n]/y
const startsBlock = /^[ \t]*(?:>[ \t]*)*(?:[-+*]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)/

/** Throw a UserError (no subject) when `source` holds Markdown the parser would take minutes over. */
export function checkMarkdownLimits(source: string): void {
  let lineStart = 0
  let lineNumber = 0
  let inFence: string | undefined
  let paragraphMarks = 0
  let paragraphLine = 0
  let textLines = 0
  let blocks = 0
  let indentation = 0
  let afterBlank = true
  while (lineStart <= source.length) {
    // Lines end as CommonMark ends them: LF, CRLF or a lone CR.
    lineBreak.lastIndex = lineStart
    const lineEnd = lineBreak.test(source) ? lineBreak.lastIndex - 1 : source.length
    const line = source.slice(lineStart, lineEnd)
    lineNumber++
    lineStart = lineEnd + (source.startsWith('\r\n', lineEnd) ? 2 : 1)

    if (!blank.test(line) && ++textLines > maxLines) {
      throw new UserError(`the file has over ${count(maxLines)} lines of text, more than cover-lint reads in Markdown (a letter has a few dozen): lint the letter on its own`)
    }

    // Code is not parsed for marks.
    const opens = fence.exec(line)
    if (inFence) {
      if (opens && opens[1]!.startsWith(inFence[0]!) && opens[1]!.length >= inFence.length) inFence = undefined
      continue
    }
    if (opens) {
      inFence = opens[1]
      continue
    }
    if (blank.test(line)) {
      paragraphMarks = 0
      afterBlank = true
      continue
    }
    if ((afterBlank || startsBlock.test(line)) && ++blocks > maxBlocks) {
      throw new UserError(`the file has over ${count(maxBlocks)} paragraphs, list items and headings, more than cover-lint reads in Markdown (a letter has a dozen): lint the letter on its own`)
    }
    afterBlank = false
    indentation += indentWidth(line)
    if (indentation > maxIndentation) {
      throw new UserError(
        `the file's lines are indented by over ${count(maxIndentation)} columns in all (at line ${lineNumber}: lists nested deep by indentation?), more than cover-lint reads in Markdown (the parser would take minutes): take out the indentation`
      )
    }
    if (paragraphMarks === 0) paragraphLine = lineNumber
    if (thematicBreak.test(line)) continue

    checkNesting(line, lineNumber)
    const marks = checkMarks(line, lineNumber)
    paragraphMarks += marks
    if (paragraphMarks > maxMarksPerParagraph) {
      throw new UserError(
        `the paragraph at line ${paragraphLine} has over ${count(maxMarksPerParagraph)} Markdown marks (* _ [ ] \` <), more than cover-lint reads in one paragraph (the Markdown parser would take minutes): split it into paragraphs, or take the marks out`
      )
    }
  }
}

/** The columns of white space a line starts with, a tab counting four. */
function indentWidth(line: string): number {
  let width = 0
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (char === ' ') width++
    else if (char === '\t') width += 4
    else break
  }
  return width
}

function checkNesting(line: string, lineNumber: number): void {
  let depth = 0
  containerMarker.lastIndex = 0
  while (containerMarker.exec(line)) {
    if (++depth > maxNesting) {
      throw new UserError(
        `line ${lineNumber} opens over ${count(maxNesting)} quotations or lists inside each other (a run of '>' or '- '): cover-lint reads at most ${count(maxNesting)}, and a letter needs two or three`
      )
    }
    if (containerMarker.lastIndex >= line.length) break
  }
}

/**
 * The marks on a line: each run of `*` or `_` is one (micromark makes one token of it), as is
 * each bracket, backtick and `<`. Throws on a run of emphasis marks too long to read, unless
 * it can neither open nor close emphasis (`___` inside a word, or white space either side),
 * which micromark passes over.
 */
function checkMarks(line: string, lineNumber: number): number {
  let marks = 0
  let index = 0
  while (index < line.length) {
    const char = line[index]!
    if (char === '*' || char === '_') {
      let end = index + 1
      while (line[end] === char) end++
      const length = end - index
      if (length > maxEmphasisRun && !inert(char, line[index - 1], line[end])) {
        throw new UserError(
          `line ${lineNumber} has a run of ${count(length)} '${char}' characters, more than the ${count(maxEmphasisRun)} cover-lint reads (the Markdown parser would take minutes over it): shorten it`
        )
      }
      marks++
      index = end
      continue
    }
    if (char === '[' || char === ']' || char === '`' || char === '<') marks++
    index++
  }
  return marks
}

const wordCharacter = /[\p{L}\p{N}]/u
const spaceOrEdge = (char: string | undefined): boolean => char === undefined || char === ' ' || char === '\t'

/** A run of emphasis marks that CommonMark never reads as emphasis. */
function inert(mark: string, before: string | undefined, after: string | undefined): boolean {
  if (spaceOrEdge(before) && spaceOrEdge(after)) return true
  return mark === '_' && before !== undefined && after !== undefined && wordCharacter.test(before) && wordCharacter.test(after)
}
