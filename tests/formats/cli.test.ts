import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {makeDocx} from '../../scripts/fixtures/docx.mjs'
import {imageOnlyPdf} from '../../scripts/fixtures/pdf.mjs'
import {cli} from '../helpers/cli.js'
import {fixture} from '../helpers/documents.js'
import {temporaryFolder} from '../helpers/temporary.js'

let dir: string
const letter = readFileSync(fixture('formats', 'letter.md'), 'utf8')

beforeAll(async () => {
  dir = temporaryFolder('cover-lint-formats-')
  copyFileSync(fixture('formats', 'letter.md'), join(dir, 'good.md'))
  writeFileSync(join(dir, 'not-a-zip.docx'), 'Dear Priya, this was saved as text.')
  writeFileSync(join(dir, 'no-document.docx'), await makeDocx(letter, {omit: ['word/document.xml']}))
  writeFileSync(join(dir, 'damaged.docx'), (await makeDocx(letter)).subarray(0, 300))
  copyFileSync(fixture('formats', 'encrypted.pdf'), join(dir, 'encrypted.pdf'))
  writeFileSync(join(dir, 'scan.pdf'), imageOnlyPdf())
  writeFileSync(join(dir, 'not-a.pdf'), 'Dear Priya,')
  writeFileSync(join(dir, 'preamble.tex'), '\\documentclass{letter}\n\\usepackage{geometry}\n\\signature{Sam}\n')
  writeFileSync(join(dir, 'empty-letter.tex'), '\\documentclass{letter}\n\\begin{document}\n\\begin{letter}{}\n\\end{letter}\n\\end{document}\n')
  writeFileSync(join(dir, 'missing-input.tex'), '\\documentclass{article}\n\\begin{document}\n\\input{body}\n\\end{document}\n')
})

/** Lint one bad file beside a good one: one line naming the bad file, exit 2, the good letter still reported. */
function badBesideGood(name: string): {stderr: string; stdout: string; code: number | null} {
  const run = cli(['--format', 'json', name, 'good.md'], {cwd: dir})
  const results = JSON.parse(run.stdout) as Array<{filePath: string}>
  expect(results.map((result) => result.filePath)).toEqual(['good.md'])
  expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  expect(run.code).toBe(2)
  return run
}

describe('bad input in the new formats: one line naming the file and the reason, exit 2, the rest still linted', {timeout: 30_000}, () => {
  it('a .docx that is not a zip archive', () => {
    expect(badBesideGood('not-a-zip.docx').stderr).toBe(`cover-lint: not-a-zip.docx: not a .docx file (not a zip archive)\n`)
  })

  it('a .docx zip with no Word document in it', () => {
    expect(badBesideGood('no-document.docx').stderr).toBe(
      `cover-lint: no-document.docx: not a readable .docx file (the archive has no Word document in it)\n`
    )
  })

  it('a .docx cut short (a damaged zip)', () => {
    expect(badBesideGood('damaged.docx').stderr).toBe(`cover-lint: damaged.docx: not a readable .docx file (the zip archive is damaged)\n`)
  })

  it('an encrypted PDF', () => {
    expect(badBesideGood('encrypted.pdf').stderr).toBe(
      `cover-lint: encrypted.pdf: the PDF is encrypted and needs a password to open: lint a copy saved without one\n`
    )
  })

  it('an image-only (scanned) PDF', () => {
    expect(badBesideGood('scan.pdf').stderr).toBe(
      `cover-lint: scan.pdf: no text in this PDF (its page is an image, as in a scan): lint the document it was made from, or a PDF exported with text\n`
    )
  })

  it('a .pdf that is not a PDF', () => {
    expect(badBesideGood('not-a.pdf').stderr).toBe(`cover-lint: not-a.pdf: not a PDF file (no %PDF header)\n`)
  })

  it('a .tex file with no letter body: only a preamble', () => {
    expect(badBesideGood('preamble.tex').stderr).toBe(
      `cover-lint: preamble.tex: no letter body found: no \\begin{document} and no prose (a preamble or a style file?)\n`
    )
  })

  it('a .tex file with no letter body: an empty letter environment', () => {
    expect(badBesideGood('empty-letter.tex').stderr).toBe(
      `cover-lint: empty-letter.tex: no letter body found: no prose in \\begin{letter}, between \\makelettertitle and \\makeletterclosing, in cvletter, or in the document\n`
    )
  })

  it('a .tex file whose \\input file is missing', () => {
    expect(badBesideGood('missing-input.tex').stderr).toBe(
      `cover-lint: missing-input.tex: \\input{body}: no such file or directory (looked for ${join(dir, 'body.tex')})\n`
    )
  })

  it('binary bytes in a text format keep the text checks and their messages', () => {
    writeFileSync(join(dir, 'binary.tex'), Buffer.from([0x25, 0x00, 0x01]))
    writeFileSync(join(dir, 'latin1.html'), Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]))
    expect(badBesideGood('binary.tex').stderr).toBe(`cover-lint: binary.tex: not a text file (binary content)\n`)
    expect(badBesideGood('latin1.html').stderr).toBe(`cover-lint: latin1.html: not a text file (not valid UTF-8)\n`)
  })
})

describe('choosing the format', () => {
  it('by extension: a folder scan finds every format cover-lint reads', {timeout: 30_000}, () => {
    const folder = join(dir, 'applications')
    mkdirSync(folder)
    for (const name of ['letter.md', 'letter-class.tex', 'letter.html', 'letter.docx', 'letter.pdf']) copyFileSync(fixture('formats', name), join(folder, name))
    writeFileSync(join(folder, 'notes.odt'), 'not read')
    const run = cli(['--format', 'json', 'applications'], {cwd: dir})
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const results = JSON.parse(run.stdout) as Array<{filePath: string; verdict: string; positions?: string}>
    expect(results.map((result) => [result.filePath, result.verdict, result.positions ?? 'line:column'])).toEqual([
      ['applications/letter-class.tex', 'maybe', 'line:column'],
      ['applications/letter.docx', 'maybe', 'paragraph:column'],
      ['applications/letter.html', 'maybe', 'line:column'],
      ['applications/letter.md', 'maybe', 'line:column'],
      ['applications/letter.pdf', 'maybe', 'page:line']
    ])
  })

  it('standard input by --stdin-filename, or by --input-format, which wins', {timeout: 30_000}, () => {
    const tex = readFileSync(fixture('formats', 'letter-class.tex'))
    const byName = cli(['-', '--stdin-filename', 'letter.tex', '--format', 'json'], {input: tex})
    const byFormat = cli(['-', '--input-format', 'latex', '--stdin-filename', 'letter.md', '--format', 'json'], {input: tex})
    for (const run of [byName, byFormat]) {
      expect(run.stderr).toBe('')
      const [result] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number}>}>
      expect(result!.messages.find((message) => message.ruleId === 'no-cliche')).toMatchObject({line: 34, column: 16})
    }
    const pdf = cli(['-', '--input-format', 'pdf', '--format', 'json'], {input: readFileSync(fixture('formats', 'letter.pdf'))})
    expect((JSON.parse(pdf.stdout) as Array<{positions: string}>)[0]!.positions).toBe('page:line')
  })

  it('an unknown --input-format is a usage error', () => {
    const run = cli(['-', '--input-format', 'latx'], {input: 'Dear Priya,'})
    expect(run.stderr).toBe('cover-lint: --input-format: unknown input format "latx" (did you mean "latex"?); use one of: markdown, text, latex, html, docx, pdf\n')
    expect(run.code).toBe(2)
  })

  it('the stylish report says what Word and PDF positions count', {timeout: 30_000}, () => {
    const run = cli([fixture('formats', 'letter.docx'), fixture('formats', 'letter.pdf')], {cwd: dir})
    expect(run.stdout).toContain(`${fixture('formats', 'letter.docx')}  (positions are paragraph:column)\n`)
    expect(run.stdout).toContain(`${fixture('formats', 'letter.pdf')}  (positions are page:line)\n`)
    expect(run.stdout).toContain('    9:8    warning  no-cliche\n      "team player" is claimed by everyone')
  })
})
