// Long documents in every format, shaped where each reader was slower than linear (the
// rendered text, Word's paragraphs, PDF pages, a paragraph of one .tex or Markdown file):
// each takes a size in characters (roughly) and returns {format, bytes}. Used by
// tests/timing/hostile-documents.test.ts and tests/timing/megabyte-documents.test.ts.
import {makeDocx} from '../../scripts/fixtures/docx.mjs'
import {textPdf} from '../../scripts/fixtures/pdf.mjs'

const text = (format, value) => ({format, bytes: new TextEncoder().encode(value)})
const sentence = 'I cut p99 latency from 900ms to 140ms on the order service.'

export const hostileDocuments = {
  'LaTeX: one paragraph of words': (n) => text('latex', `${'word '.repeat(n / 5)}\n`),
  'LaTeX: braces nested deep': (n) => text('latex', `${'{'.repeat(n / 2)}word${'}'.repeat(n / 2)}\n`),
  'LaTeX: a macro used in every sentence': (n) => text('latex', `\\newcommand{\\co}{Fernhill}\n${`At \\co{} ${sentence}\n`.repeat(n / 70)}`),
  'HTML: paragraphs': (n) => text('html', `<html><body>${`<p>${sentence}</p>\n`.repeat(n / 68)}</body></html>\n`),
  'Word: paragraphs': async (n) => ({format: 'docx', bytes: await makeDocx('word one two\n\n'.repeat(n / 14))}),
  // Within the 100 pages read: 25 pages at 40,000, 100 at 160,000.
  'PDF: pages': (n) => ({format: 'pdf', bytes: textPdf(Math.max(1, Math.round(n / 1600)), [sentence, sentence])}),
  'Markdown: one paragraph of words': (n) => text('markdown', `${'synergy '.repeat(n / 8)}\n`),
  // As plain text (no Markdown parser to pay for): the same paragraph reaches the English parser.
  'Text: one paragraph of short lines': (n) => text('text', 'a\n'.repeat(n / 2)),
  'Markdown: a long list': (n) => text('markdown', `- ${sentence}\n`.repeat(n / 62)),
  // A posting pasted as one paragraph: postings are read by the same parser as letters.
  'Markdown: one paragraph of sentences': (n) => text('markdown', `${'We need someone who knows Kafka and Postgres well. '.repeat(n / 51)}\n`)
}
