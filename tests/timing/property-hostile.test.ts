import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {UserError} from '../../src/errors.js'
import type {InputFormat} from '../../src/parse/document.js'
import {fuzzing, runs} from '../helpers/arbitraries.js'
import {cpu} from '../helpers/cpu.js'
import {lintBytes} from '../helpers/documents.js'
import {deepHtml, deepLatex, deepMarkdown, longRuns, macroAmplification} from '../helpers/hostile-arbitraries.js'

/**
 * Generated hostile documents (deep nesting, long runs of markup, LaTeX macros that multiply):
 * every reader answers each one quickly, with a result or a refusal that is a UserError (one
 * line for the CLI), never a hang, a stack overflow or another error. In the timing project:
 * the file has a process of its own, so CPU time is the reader's alone, and the call stack is
 * a main thread's (a worker thread's is four times deeper, and would hide an overflow).
 * `npm run fuzz` runs them at length, on bigger documents.
 */

const timeout = fuzzing ? 30 * 60_000 : 60_000
/**
 * CPU time for any one document. The bounds answer the largest generated here in well under a
 * second; without them, nesting a few thousand deep took seconds to minutes.
 */
const perDocument = fuzzing ? 10_000 : 2_000

/** Lint `text` read as `format`; returns what refused it, if anything. Throws on anything but a UserError, or on taking too long. */
async function answer(format: InputFormat, text: string): Promise<UserError | undefined> {
  const start = cpu()
  try {
    await lintBytes(format, new TextEncoder().encode(text))
    return undefined
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    expect(error.message).not.toMatch(/\n/)
    return error
  } finally {
    const ms = cpu() - start
    expect(ms, `${format}, ${text.length} characters`).toBeLessThan(perDocument)
  }
}

/** A property over `documents`, run a few times in `npm test` and at length in `npm run fuzz`. */
function holds<T>(title: string, documents: fc.Arbitrary<T>, check: (document: T) => Promise<void>, inTest = 12): void {
  it(title, async () => await fc.assert(fc.asyncProperty(documents, check), runs(inTest)), timeout)
}

describe('hostile documents are answered quickly, or refused with a line', () => {
  holds('long runs of markup characters, as Markdown, text, LaTeX and HTML', longRuns, async (text) => {
    // Only Markdown has bounds a run of marks can reach; LaTeX with no prose left has no body.
    const markdown = await answer('markdown', text)
    if (markdown) expect(markdown.message).toMatch(/Markdown marks|a run of [\d,]+ '[*_]' characters|quotations or lists inside each other|paragraphs, list items and headings|lines of text|indented by over/)
    expect(await answer('text', text)).toBeUndefined()
    expect(await answer('html', `<p>${text}</p>`)).toBeUndefined()
    const latex = await answer('latex', text)
    if (latex) expect(latex.message).toMatch(/^no letter body found/)
  })

  holds('Markdown nested deep on one line or by indentation', deepMarkdown, async (text) => {
    const refusal = await answer('markdown', text)
    // Only nesting past the limit is refused, and then for its nesting.
    if (refusal) expect(refusal.message).toMatch(/quotations or lists inside each other|paragraphs, list items and headings|indented by over/)
  })

  holds('HTML nested deep, closed or not', deepHtml, async (text) => {
    const refusal = await answer('html', text)
    if (refusal) expect(refusal.message).toMatch(/^elements nest more than 200 deep/)
  })

  holds('LaTeX nested deep: groups, environments, maths, optional arguments, closed or not', deepLatex, async (text) => {
    // Nesting alone is never refused: it is read, or has no prose.
    const refusal = await answer('latex', text)
    if (refusal) expect(refusal.message).toMatch(/^no letter body found/)
  })

  holds(
    'LaTeX macros that call each other, repeat their arguments and nest their uses',
    macroAmplification,
    async (text) => void (await answer('latex', text)),
    25
  )
})
