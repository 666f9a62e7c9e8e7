import {UserError} from '../../errors.js'
import type {ParsedDocument} from '../../parse/document.js'
import {parseHtml, renderHtml} from '../../parse/html.js'
import {RenderedDocumentBuilder} from '../../parse/rendered.js'
import {countWhile} from '../../util/bisect.js'
import type {AdapterInput} from './types.js'
import {checkUnzippedSize} from './zip-size.js'

/**
 * Word (.docx) through mammoth: its HTML keeps paragraphs, headings, lists and tables, which
 * render as every other format does. Positions are paragraph:column: `line` is the paragraph's
 * number, counting the paragraphs that have text from the top of the document (a heading, a
 * list item and a table row each count as one), and `column` the character in it.
 */
export async function readDocx(input: AdapterInput): Promise<ParsedDocument> {
  const {bytes} = input
  // A .docx is a zip archive: "PK\x03\x04" (or an empty archive's "PK\x05\x06").
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5))) {
    throw new UserError(bytes[0] === 0xd0 && bytes[1] === 0xcf ? 'not a .docx file (an old binary .doc? save it as .docx)' : 'not a .docx file (not a zip archive)')
  }
  checkUnzippedSize(bytes)
  const {default: mammoth} = await import('mammoth')
  let html: string
  try {
    // Images are not read (an <img> is not prose): mammoth would inflate them and inline them as base64.
    const convertImage = mammoth.images.imgElement(async () => ({src: ''}))
    const result = await mammoth.convertToHtml({buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)}, {convertImage})
    html = result.value
  } catch (error) {
    throw new UserError(`not a readable .docx file (${describeDocxError(error)})`)
  }
  const builder = new RenderedDocumentBuilder()
  renderHtml(parseHtml(html, true), html, builder)
  const document = builder.build('docx', 'paragraph:column', () => ({line: 1, column: 1}))
  if (document.blocks.length === 0) throw new UserError('the document has no text')
  const {blocks} = document
  // Positions count the rendered paragraphs themselves, not mammoth's HTML.
  document.map = {
    scheme: 'paragraph:column',
    locate(offset: number, isEnd = false) {
      // The last block starting before (an end) or at (a start) the offset.
      const index = Math.max(0, countWhile(blocks.length, (at) => (isEnd ? blocks[at]!.start < offset : blocks[at]!.start <= offset)) - 1)
      const block = blocks[index]!
      return {line: index + 1, column: Math.max(0, Math.min(offset, block.end) - block.start) + 1}
    }
  }
  return document
}

function describeDocxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/word\/document\.xml|main document part|Could not find/i.test(message)) return 'the archive has no Word document in it'
  if (/zip|central directory|signature|end of data|Corrupted/i.test(message)) return 'the zip archive is damaged'
  return message.split('\n')[0]!
}
