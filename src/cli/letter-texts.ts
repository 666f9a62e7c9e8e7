import type {AdapterInput} from '../input/adapters/index.js'
import {decodeLetter} from '../input/read.js'
import type {ParsedDocument} from '../parse/document.js'
import {letterText, type LetterText} from '../reporters/letter-text.js'

type RelatedReader = NonNullable<AdapterInput['readRelated']>

/**
 * Keeps, for a report that shows the letters themselves (`--format html`), the text each
 * letter's positions refer to: the file as written for text formats, with the files a LaTeX
 * letter takes in, and the paragraphs or page lines of Word and PDF documents. Letters are
 * read one at a time: `reader` records what the next `add` belongs with.
 */
export class LetterTexts {
  readonly byPath = new Map<string, LetterText>()
  #included: Array<{filePath: string; text: string}> = []

  /** `read`, recording each file it reads for the letter being loaded. */
  reader(read: RelatedReader): RelatedReader {
    this.#included = []
    return async (name) => {
      const file = await read(name)
      if (!this.#included.some((known) => known.filePath === file.filePath)) this.#included.push({filePath: file.filePath, text: file.text})
      return file
    }
  }

  add(filePath: string, document: ParsedDocument, bytes: Uint8Array): void {
    // Markdown and text positions are into the source as read; LaTeX and HTML into the file.
    const own = document.format === 'markdown' || document.format === 'text' ? document.source : document.map?.scheme === 'line:column' ? decodeLetter(bytes, filePath) : ''
    this.byPath.set(filePath, letterText(document, [{text: own}, ...this.#included]))
    this.#included = []
  }
}
