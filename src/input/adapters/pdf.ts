import {UserError} from '../../errors.js'
import type {ParsedDocument} from '../../parse/document.js'
import {renderPdf, type PdfTextItem} from '../../parse/pdf.js'
import {count} from '../../util/count.js'
import type {AdapterInput} from './types.js'

/**
 * A PDF of more pages than this is not a letter, and is not read: PDF.js finds each page by
 * walking the page tree, which took 14 s for a 4,000-page file and minutes for 20,000.
 */
export const maxPdfPages = 100

/**
 * PDF through unpdf (PDF.js built to run without a browser or a worker): each page's text
 * layer, rebuilt into lines and paragraphs by `renderPdf`. Positions are page:line.
 */
export async function readPdf(input: AdapterInput): Promise<ParsedDocument> {
  const head = new TextDecoder('latin1').decode(input.bytes.subarray(0, 1024))
  if (!head.includes('%PDF-')) throw new UserError('not a PDF file (no %PDF header)')
  const {getDocumentProxy} = await import('unpdf')
  let pages: PdfTextItem[][]
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(input.bytes), {verbosity: 0, isEvalSupported: false})
    if (pdf.numPages > maxPdfPages) {
      await pdf.destroy()
      throw new UserError(`the PDF has ${count(pdf.numPages)} pages, and cover-lint reads up to ${maxPdfPages}: lint the letter on its own (a letter is a page or two)`)
    }
    pages = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      const items: PdfTextItem[] = []
      for (const item of content.items) {
        if (!('str' in item)) continue
        const [a, b, , , x, y] = item.transform as number[]
        items.push({str: item.str, x: x ?? 0, y: y ?? 0, width: item.width, height: item.height || Math.hypot(a ?? 0, b ?? 0)})
      }
      pages.push(items)
    }
    await pdf.destroy()
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(describePdfError(error))
  }
  if (!pages.some((items) => items.some((item) => /\S/.test(item.str)))) {
    const what = pages.length === 1 ? 'its page is an image' : `its ${pages.length} pages are images`
    throw new UserError(`no text in this PDF (${what}, as in a scan): lint the document it was made from, or a PDF exported with text`)
  }
  return renderPdf(pages)
}

function describePdfError(error: unknown): string {
  const name = (error as {name?: string} | undefined)?.name
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') return 'the PDF is encrypted and needs a password to open: lint a copy saved without one'
  if (name === 'InvalidPDFException') return `not a readable PDF (${message.replace(/\.$/, '')})`
  return `could not read the PDF (${message.split('\n')[0]})`
}
