import type {Paragraph, Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'

/**
 * The natural-language processor every letter's prose goes through: unified with the
 * retext-english parser. Plain text (and the text rendered from LaTeX, HTML, Word and PDF) is
 * parsed by it directly, one block at a time; Markdown reaches it through mdast-util-to-nlcst
 * with a parser made from it (`markdownParser`), as remark-retext does.
 *
 * Block by block, never the whole document: parse-latin edits one flat token list in place,
 * so one long input parses in superlinear time, and a block at a time is linear.
 */
export const english: Processor<Root> = unified().use(retextEnglish).freeze()

/** The paragraphs of a block of plain prose, with offsets (and lines and columns) relative to the block. */
export function parseProse(text: string): Paragraph[] {
  return english.parse(text).children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
}

/**
 * The parser mdast-util-to-nlcst needs (an object with `tokenize` and the plugin lists), made
 * from the processor the way remark-retext makes one: retext-english's parser with the
 * processor's nlcst extensions in front. One for the process: parse-english keeps no state
 * between calls.
 */
export const markdownParser: ParseEnglish = parserFrom(english)

function parserFrom(processor: Processor<Root>): ParseEnglish {
  const parser = new ParseEnglish()
  const add = <T>(list: T[], values: unknown): void => {
    if (Array.isArray(values)) list.unshift(...(values as T[]))
  }
  add(parser.tokenizeRootPlugins, processor.data('nlcstRootExtensions'))
  add(parser.tokenizeParagraphPlugins, processor.data('nlcstParagraphExtensions'))
  add(parser.tokenizeSentencePlugins, processor.data('nlcstSentenceExtensions'))
  return parser
}
