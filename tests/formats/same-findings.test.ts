import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {makeDocx} from '../../scripts/fixtures/docx.mjs'
import {loadDocument} from '../../src/input/adapters/index.js'
import {lintDocument} from '../../src/lint.js'
import {fixture, lintFile, withoutPosition} from '../helpers/documents.js'

/**
 * The same letter written in each format: every finding (rule, severity, message, the words it
 * quotes) is the same as on the Markdown, and so are the verdict, score and counts. Only where
 * the positions point differs, and the positions are checked against each file here too.
 */
const markdown = fixture('formats', 'letter.md')

async function sameAsMarkdown(path: string): Promise<void> {
  const expected = await lintFile(markdown)
  const result = await lintFile(path)
  expect(result.messages.map(withoutPosition).sort()).toEqual(expected.messages.map(withoutPosition).sort())
  expect({verdict: result.verdict, score: result.score, stats: result.stats}).toEqual({
    verdict: expected.verdict,
    score: expected.score,
    stats: expected.stats
  })
  expect(result.signals).toEqual(
    Object.fromEntries(
      Object.entries(expected.signals).map(([id, signal]) => [
        id,
        {...signal, evidence: signal.evidence.map((evidence) => ({...evidence, line: expect.any(Number), column: expect.any(Number)}))}
      ])
    )
  )
}

/** `line:column-endLine:endColumn ruleId`, sorted, for comparing positions. */
async function places(path: string): Promise<string[]> {
  const result = await lintFile(path)
  return result.messages.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId}`).sort()
}

describe('one letter in every format', () => {
  it('the Markdown letter has findings to compare (it is not a clean letter)', async () => {
    const result = await lintFile(markdown)
    expect(result.messages.map((message) => message.ruleId).sort()).toEqual([
      'no-cliche',
      'no-cv-summary',
      'no-unquantified-claims',
      'paragraph-count',
      'tech-needs-outcome'
    ])
    expect(result.positions).toBeUndefined()
  })

  it('LaTeX, letter class: same findings; positions are line:column in the .tex', async () => {
    const path = fixture('formats', 'letter-class.tex')
    await sameAsMarkdown(path)
    expect(await places(path)).toEqual([
      '24:36-24:74 tech-needs-outcome',
      '25:7-25:15 no-unquantified-claims',
      '29:9-31:94 no-cv-summary',
      '34:1-35:13 paragraph-count',
      '34:16-34:27 no-cliche'
    ])
    expect((await lintFile(path)).positions).toBeUndefined()
  })

  it('LaTeX, moderncv: same findings; positions are line:column in the .tex', async () => {
    const path = fixture('formats', 'moderncv.tex')
    await sameAsMarkdown(path)
    expect(await places(path)).toEqual([
      '23:193-23:231 tech-needs-outcome',
      '23:242-23:250 no-unquantified-claims',
      '27:7-29:92 no-cv-summary',
      '32:1-32:78 paragraph-count',
      '32:8-32:19 no-cliche'
    ])
  })

  it('HTML: same findings (hidden text, the title and scripts are not read); positions are line:column in the .html', async () => {
    const path = fixture('formats', 'letter.html')
    await sameAsMarkdown(path)
    expect(await places(path)).toEqual([
      '20:34-20:72 tech-needs-outcome',
      '21:3-21:11 no-unquantified-claims',
      '29:9-31:94 no-cv-summary',
      '34:13-34:24 no-cliche',
      '34:6-34:83 paragraph-count'
    ])
  })

  it('Word: same findings; positions are paragraph:column', async () => {
    const path = fixture('formats', 'letter.docx')
    await sameAsMarkdown(path)
    expect((await lintFile(path)).positions).toBe('paragraph:column')
    // Paragraph 4 is the second body paragraph; 6-8 the list; 9 "I am a team player ...".
    expect(await places(path)).toEqual([
      '4:193-4:231 tech-needs-outcome',
      '4:242-4:250 no-unquantified-claims',
      '6:1-8:86 no-cv-summary',
      '9:1-9:78 paragraph-count',
      '9:8-9:19 no-cliche'
    ])
  })

  it('Word: the committed .docx is what the script makes from the Markdown letter', async () => {
    const made = await makeDocx(readFileSync(markdown, 'utf8'))
    const fromScript = lintDocument(await loadDocument('docx', {bytes: made, filePath: 'made.docx'}), {filePath: 'made.docx'})
    const committed = await lintFile(fixture('formats', 'letter.docx'), 'made.docx')
    expect(fromScript).toEqual(committed)
  })

  it('PDF (made from the Word letter by LibreOffice): same findings; positions are page:line', async () => {
    const path = fixture('formats', 'letter.pdf')
    await sameAsMarkdown(path)
    expect((await lintFile(path)).positions).toBe('page:line')
    // Page 1; line 10 is "pages within a quarter. I also moved our reporting jobs to Kubernetes and built".
    expect(await places(path)).toEqual([
      '1:10-1:10 tech-needs-outcome',
      '1:11-1:11 no-unquantified-claims',
      '1:13-1:16 no-cv-summary',
      '1:17-1:17 no-cliche',
      '1:17-1:17 paragraph-count'
    ])
  })
})
