import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {UserError} from '../src/errors.js'
import {loadDocument} from '../src/input/adapters/index.js'
import {lint, lintDocument} from '../src/lint.js'
import type {InputFormat} from '../src/parse/document.js'
import {fuzzing, runs} from './helpers/arbitraries.js'
import {deepHtml, deepLatex, deepMarkdown, longRuns, macroAmplification} from './helpers/hostile-arbitraries.js'

/**
 * Generated hostile documents (deep nesting, long runs of markup, LaTeX macros that multiply):
 * every reader answers each one quickly, with a result or a refusal that is a UserError (one
 * line for the CLI), never a hang, a stack overflow or another error. `npm run fuzz` runs them
 * at length, on bigger documents.
 */

const timeout = fuzzing ? 30 * 60_000 : 60_000
/** Any one document, on a loaded machine: the bounds keep each far below this. */
const perDocument = 15_000

/** Lint `text` read as `format`; returns what refused it, if anything. Throws on anything but a UserError, or on taking too long. */
async function answer(format: InputFormat, text: string): Promise<UserError | undefined> {
  const start = performance.now()
  try {
    if (format === 'markdown' || format === 'text') lint(text, {format})
    else lintDocument(await loadDocument(format, {bytes: new TextEncoder().encode(text), filePath: `letter.${format}`}))
    return undefined
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    expect(error.message).not.toMatch(/\n/)
    return error
  } finally {
    expect(performance.now() - start, `${format}, ${text.length} characters`).toBeLessThan(perDocument)
  }
}

describe('hostile documents are answered quickly, or refused with a line', () => {
  it(
    'long runs of markup characters, as Markdown, text, LaTeX and HTML',
    async () => {
      await fc.assert(
        fc.asyncProperty(longRuns, async (text) => {
          for (const format of ['markdown', 'text', 'latex', 'html'] as const) await answer(format, format === 'html' ? `<p>${text}</p>` : text)
        }),
        runs(12)
      )
    },
    timeout
  )

  it(
    'Markdown nested deep on one line or by indentation',
    async () => {
      await fc.assert(
        fc.asyncProperty(deepMarkdown, async (text) => {
          const refusal = await answer('markdown', text)
          // Only nesting past the limit is refused, and then for its nesting.
          if (refusal) expect(refusal.message).toMatch(/quotations or lists inside each other|paragraphs, list items and headings/)
        }),
        runs(12)
      )
    },
    timeout
  )

  it(
    'HTML nested deep, closed or not',
    async () => {
      await fc.assert(
        fc.asyncProperty(deepHtml, async (text) => {
          const refusal = await answer('html', text)
          if (refusal) expect(refusal.message).toMatch(/^elements nest more than 200 deep/)
        }),
        runs(12)
      )
    },
    timeout
  )

  it(
    'LaTeX nested deep: groups, environments, maths, optional arguments, closed or not',
    async () => {
      await fc.assert(
        fc.asyncProperty(deepLatex, async (text) => {
          // Nesting alone is never refused: it is read, or has no prose.
          const refusal = await answer('latex', text)
          if (refusal) expect(refusal.message).toMatch(/^no letter body found/)
        }),
        runs(12)
      )
    },
    timeout
  )

  it(
    'LaTeX macros that call each other, repeat their arguments and nest their uses',
    async () => {
      await fc.assert(
        fc.asyncProperty(macroAmplification, async (text) => {
          await answer('latex', text)
        }),
        runs(25)
      )
    },
    timeout
  )
})
