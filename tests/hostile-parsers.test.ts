import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {makeDocx} from '../scripts/fixtures/docx.mjs'
import {textPdf} from '../scripts/fixtures/pdf.mjs'
import {UserError} from '../src/errors.js'
import {loadDocument} from '../src/input/adapters/index.js'
import {lint} from '../src/lint.js'
import type {InputFormat} from '../src/parse/document.js'
import {cli} from './helpers/cli.js'
import {project} from './helpers/project.js'

/**
 * Documents built to make a reader slow, huge or deep, in every format, refused at once with a
 * line that says what to change. Each case here took minutes, gigabytes or the whole run (a
 * stack overflow) before. That long documents take time in proportion to their length is
 * measured in tests/timing/.
 */

/** What reading `bytes` as `format` is refused with, and how long the refusal took. */
async function refusal(format: InputFormat, bytes: Uint8Array | string): Promise<{message: string; ms: number}> {
  const start = performance.now()
  const input = {bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, filePath: `letter.${format}`}
  const error = await loadDocument(format, input).then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(UserError)
  expect((error as UserError).subject).toBe(`letter.${format}`)
  return {message: (error as UserError).message, ms: performance.now() - start}
}

/** Generous for a loaded machine: each refusal takes well under a second of CPU. */
const quickly = 10_000

describe('Word: the unzipped size of its text is capped before mammoth reads it', () => {
  it('a small .docx whose text inflates to tens of MB (one of 210 MB made V8 abort for want of memory)', async () => {
    const bomb = await makeDocx(`${'word '.repeat(20)}\n\n`.repeat(200_000))
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const {message, ms} = await refusal('docx', bomb)
    expect(message).toMatch(/^the document's text is \d\d(\.\d)? MB unzipped \(word\/document\.xml is the largest part\), over the 4 MB cover-lint reads in a Word file: save the letter in a document of its own$/)
    expect(ms).toBeLessThan(quickly)
  }, 60_000)

  it('one whose archive declares small sizes is measured as it inflates, and stopped at the limit', async () => {
    const bomb = Buffer.from(await makeDocx(`${'word '.repeat(20)}\n\n`.repeat(60_000)))
    // Forge the central directory: every entry says it holds 100 bytes.
    let at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    while (at >= 0) {
      bomb.writeUInt32LE(100, at + 24)
      at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    }
    const {message} = await refusal('docx', bomb)
    expect(message).toBe(
      "the document's text is over 4 MB unzipped (word/document.xml is the largest part), over the 4 MB cover-lint reads in a Word file: save the letter in a document of its own"
    )
  })

  it('a document just under the limit is read', async () => {
    const document = await loadDocument('docx', {bytes: await makeDocx('I cut p99 latency by 40%.\n\n'.repeat(20_000)), filePath: 'letter.docx'})
    expect(document.blocks).toHaveLength(20_000)
  }, 60_000)
})

describe('PDF: at most 100 pages are read', () => {
  it('4,000 pages (14 s) and 20,000 (over 120 s) are refused before a page is read', async () => {
    for (const pages of [101, 4000, 20_000]) {
      const {message, ms} = await refusal('pdf', textPdf(pages))
      expect(message).toBe(`the PDF has ${pages.toLocaleString('en-GB')} pages, and cover-lint reads up to 100: lint the letter on its own (a letter is a page or two)`)
      expect(ms).toBeLessThan(quickly)
    }
  }, 60_000)

  it('100 pages are read', async () => {
    const document = await loadDocument('pdf', {bytes: textPdf(100, ['I cut p99 latency from 900ms to 140ms.']), filePath: 'letter.pdf'})
    expect(document.source.split('I cut p99')).toHaveLength(101)
  }, 60_000)
})

describe('HTML: elements nest at most 200 deep', () => {
  it('2,000 nested <b> (overflowed the stack) are refused, with the line', async () => {
    const {message} = await refusal('html', `<p>Dear Jo,</p>\n<p>${'<b>'.repeat(2000)}word${'</b>'.repeat(2000)}</p>\n`)
    expect(message).toBe("elements nest more than 200 deep at line 2 (<b> inside 200 others: unclosed tags?); a letter's markup never needs that")
  })

  it('nesting within the limit is read', async () => {
    const document = await loadDocument('html', {bytes: new TextEncoder().encode(`<p>${'<b>'.repeat(190)}word${'</b>'.repeat(190)}</p>`), filePath: 'letter.html'})
    expect(document.source).toBe('word')
  })
})

describe('Markdown the parser would take minutes over is refused before it is parsed', () => {
  /** What lint() throws for a Markdown letter. */
  const refused = (text: string): string => {
    const start = performance.now()
    const message = (() => {
      try {
        lint(text)
      } catch (error) {
        if (error instanceof UserError) return error.message
        throw error
      }
      throw new Error('not refused')
    })()
    expect(performance.now() - start).toBeLessThan(quickly)
    return message
  }

  it("a run of '*' either side of a word (20,000 each side: 78 s)", () => {
    expect(refused(`Dear Jo,\n\n${'*'.repeat(20_000)}a${'*'.repeat(20_000)}\n`)).toBe(
      "line 3 has a run of 20,000 '*' characters, more than the 100 cover-lint reads (the Markdown parser would take minutes over it): shorten it"
    )
  })

  it('quotations and lists nested on one line (> x 5,000 overflowed the stack; > x 100,000 and - x 100,000 ran past 60 s)', () => {
    const message = "line 1 opens over 100 quotations or lists inside each other (a run of '>' or '- '): cover-lint reads at most 100, and a letter needs two or three"
    expect(refused(`${'>'.repeat(5000)} word\n`)).toBe(message)
    expect(refused(`${'>'.repeat(100_000)}\n`)).toBe(message)
    expect(refused(`${'- '.repeat(100_000)}a\n`)).toBe(message)
  })

  it('a paragraph of marks ([a]( x 100,000 ran past 60 s; **a** x 50,000 took 60 s)', () => {
    const message =
      'the paragraph at line 1 has over 20,000 Markdown marks (* _ [ ] ` <), more than cover-lint reads in one paragraph (the Markdown parser would take minutes): split it into paragraphs, or take the marks out'
    expect(refused(`${'[a]('.repeat(100_000)}\n`)).toBe(message)
    expect(refused(`${'**a** '.repeat(50_000)}\n`)).toBe(message)
  })

  it('a file of over 5,000 list items or paragraphs, or over 20,000 lines of text', () => {
    // 20,000 list items took 5.7 s of CPU and 480 MB in the parser.
    expect(refused('- a\n'.repeat(5_001))).toBe(
      'the file has over 5,000 paragraphs, list items and headings, more than cover-lint reads in Markdown (a letter has a dozen): lint the letter on its own'
    )
    // One paragraph of 100,000 one-letter lines took 9.3 s of CPU and 520 MB in the parser.
    const lines = 'the file has over 20,000 lines of text, more than cover-lint reads in Markdown (a letter has a few dozen): lint the letter on its own'
    expect(refused('a\n'.repeat(20_001))).toBe(lines)
    expect(refused('a\n'.repeat(100_000))).toBe(lines)
    expect(() => lint('a\n'.repeat(20_000))).not.toThrow()
  })

  it('lists nested deep by indentation (400 levels took 4.4 s; 100 levels of 4,000 items, 800 KB, 11.7 s)', () => {
    const nested = (depth: number): string => Array.from({length: depth}, (_, level) => `${'  '.repeat(level)}- I led it.`).join('\n')
    expect(refused(nested(400))).toBe(
      "the file's lines are indented by over 50,000 columns in all (at line 225: lists nested deep by indentation?), more than cover-lint reads in Markdown (the parser would take minutes): take out the indentation"
    )
    expect(refused(`${nested(100)}\n${`${'  '.repeat(99)}- I led it.\n`.repeat(4000)}`)).toMatch(/^the file's lines are indented by over 50,000 columns in all \(at line 303:/)
    // A tab counts four columns, as CommonMark reads it.
    expect(refused(`${'\t'.repeat(200)}- a\n`.repeat(200))).toMatch(/^the file's lines are indented by over 50,000 columns in all \(at line 63:/)
    expect(() => lint(nested(200))).not.toThrow()
  })

  it('marks a letter does use are read: emphasis, links, code, a blank line of underscores, snake_case', () => {
    const text = `Dear Jo,\n\nI **cut** p99 latency from *900ms* to 140ms; see [the write-up](https://example.com) and \`orders_v2\`.\n\nSigned: ________________\n\nA${'_'.repeat(300)}B in a word is no emphasis.\n`
    expect(() => lint(text)).not.toThrow()
  })

  it('on the command line: one line naming the file, exit 2, and the other letters still linted', () => {
    const cwd = project({'deep.md': `${'>'.repeat(5000)} word\n`, 'good.md': 'Dear Jo,\n\nI cut p99 latency from 900ms to 140ms.\n'})
    const result = cli(['--format', 'json', 'deep.md', 'good.md'], {cwd})
    expect(result.stderr).toBe(
      "cover-lint: deep.md: line 1 opens over 100 quotations or lists inside each other (a run of '>' or '- '): cover-lint reads at most 100, and a letter needs two or three\n"
    )
    expect((JSON.parse(result.stdout) as Array<{filePath: string}>).map((each) => each.filePath)).toEqual(['good.md'])
    expect(result.code).toBe(2)
  })

  it('a job posting that is one paragraph of 400 KB is read like a letter (it overflowed the stack)', () => {
    const cwd = project({'letter.md': 'Dear Jo,\n\nI run Kafka and Postgres at 9,000 writes a second.\n'})
    writeFileSync(join(cwd, 'job.md'), `${'We need someone who knows Kafka and Postgres well. '.repeat(8_000)}\n`)
    const result = cli(['--format', 'json', 'letter.md'], {cwd})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
  }, 120_000)
})
