import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {LetterTexts} from '../../src/cli/letter-texts.js'
import {loadDocument, relatedFileReader} from '../../src/input/adapters/index.js'
import {formatForPath} from '../../src/input/formats.js'
import {lintDocument} from '../../src/lint.js'
import {placeFindings} from '../../src/reporters/html/placement.js'
import html from '../../src/reporters/html/index.js'
import type {LetterText} from '../../src/reporters/letter-text.js'
import type {LintResult} from '../../src/types.js'
import {cli} from '../helpers/cli.js'
import {fixture} from '../helpers/documents.js'
import {lintFixture, reporterContext, withMessages} from '../helpers/reporters.js'
import {temporaryFolder} from '../helpers/temporary.js'

function scratch(files: Record<string, string>): string {
  const folder = temporaryFolder('cover-lint-html-')
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content)
  return folder
}

/** Lint a file as the CLI does for `--format html`, keeping the text its positions refer to. */
async function read(path: string, filePath = path): Promise<{result: LintResult; text: LetterText}> {
  const texts = new LetterTexts()
  const bytes = readFileSync(path)
  const document = await loadDocument(formatForPath(path) ?? 'text', {bytes, filePath, readRelated: texts.reader(relatedFileReader(dirname(path), dirname(path)))})
  texts.add(filePath, document, bytes)
  return {result: lintDocument(document, {filePath}), text: texts.byPath.get(filePath)!}
}

/** The words each finding is marked on, rows joined by a space. */
function markedWords(text: LetterText, result: LintResult): Array<string | undefined> {
  return placeFindings(text, result.messages).map((placement) =>
    placement.file < 0 ? undefined : placement.spans.map((span) => text.files[placement.file]!.rows[span.row]!.text.slice(span.start, span.end)).join(' ')
  )
}

const fold = (value: string): string => value.replace(/\s+/g, ' ').trim()

describe('where the HTML report marks each finding', () => {
  const letters = ['letters/weak.md', 'letters/promising.md', 'letters/placeholders.md', 'letters/markup.md', 'letters/plain-crlf.txt', 'formats/letter-class.tex', 'formats/moderncv.tex', 'formats/letter.html']
  for (const name of letters) {
    it(`${name}: on exactly the words it quotes, at its line:column`, async () => {
      const {result, text} = await read(fixture(...name.split('/')))
      const marked = markedWords(text, result)
      expect(marked).toHaveLength(result.messages.length)
      result.messages.forEach((message, index) => {
        if (message.actual === undefined) expect(marked[index], message.ruleId).toBe('')
        else if (text.scheme === 'line:column' && formatForPath(name) !== 'latex' && formatForPath(name) !== 'html') expect(fold(marked[index]!), message.ruleId).toBe(fold(message.actual))
        // LaTeX and HTML show the file as written: the marked span is the source of the words, markup and all.
        else expect(marked[index], message.ruleId).toBeTruthy()
      })
    })
  }

  it('the file as written, line by line, with CRLF endings and a byte-order mark', async () => {
    const {text} = await read(fixture('letters', 'plain-crlf.txt'))
    const file = readFileSync(fixture('letters', 'plain-crlf.txt'), 'utf8').replace(/^\uFEFF/, '')
    expect(text.files[0]!.rows.map((row) => row.text)).toEqual(file.split('\r\n'))
  })

  it('emoji and other characters beyond the first 65,536 count two columns, as positions do', async () => {
    const folder = scratch({
      'letter.md': 'Dear Priya Shah,\n\n🚀🚀 I cut p99 from 480ms to 95ms, and 👩🏽‍💻 I am a team player and a self-starter.\n\nYours sincerely,\nSam\n'
    })
    const {result, text} = await read(join(folder, 'letter.md'), 'letter.md')
    const marked = markedWords(text, result)
    const line = readFileSync(join(folder, 'letter.md'), 'utf8').split('\n')[2]!
    const cliches = result.messages.flatMap((message, index) => (message.ruleId === 'no-cliche' ? [`${message.column} ${marked[index]}`] : []))
    // Columns are UTF-16 offsets plus one: 🚀 is two, 👩🏽‍💻 seven.
    expect(cliches).toEqual([`${line.indexOf('team player') + 1} team player`, `${line.indexOf('self-starter') + 1} self-starter`])
    expect(line.indexOf('team player') + 1).toBe(55)
  })

  it('Word: each paragraph is a row, and the finding at paragraph:column is marked on its words', async () => {
    const {result, text} = await read(fixture('formats', 'letter.docx'))
    expect(text.scheme).toBe('paragraph:column')
    const marked = markedWords(text, result)
    const cliche = result.messages.findIndex((message) => message.ruleId === 'no-cliche')
    expect(result.messages[cliche]).toMatchObject({line: 9, column: 8})
    expect(marked[cliche]).toBe('team player')
    expect(text.files[0]!.rows.filter((row) => row.line === 9)[0]!.text).toContain('team player')
  })

  it('PDF: rows are page lines; a finding is marked at its words in its line', async () => {
    const {result, text} = await read(fixture('formats', 'letter.pdf'))
    expect(text.scheme).toBe('page:line')
    const cliche = result.messages.findIndex((message) => message.ruleId === 'no-cliche')
    expect(result.messages[cliche]).toMatchObject({line: 1, column: 17})
    const placement = placeFindings(text, result.messages)[cliche]!
    const row = text.files[0]!.rows[placement.spans[0]!.row]!
    expect([row.line, row.lineOnPage]).toEqual([1, 17])
    expect(markedWords(text, result)[cliche]).toBe('team player')
  })

  it('LaTeX: words from an \\input file are marked in that file, shown after the letter', async () => {
    const folder = scratch({
      'letter.tex': ['\\documentclass{letter}', '\\begin{document}', '\\begin{letter}{Ledgerline}', '\\opening{Dear Priya Shah,}', '\\input{body}', '\\closing{Yours sincerely,}', '\\end{letter}', '\\end{document}', ''].join('\n'),
      'body.tex': 'I cut p99 from 480ms to 95ms on a 40M-row table, and I am a team player.\n'
    })
    const {result, text} = await read(join(folder, 'letter.tex'), 'letter.tex')
    expect(text.files.map((file) => file.filePath)).toEqual([undefined, 'body.tex'])
    const cliche = result.messages.findIndex((message) => message.ruleId === 'no-cliche')
    expect(result.messages[cliche]!.filePath).toBe('body.tex')
    const placement = placeFindings(text, result.messages)[cliche]!
    expect(placement.file).toBe(1)
    expect(markedWords(text, result)[cliche]).toBe('team player')
  })
})

describe('the HTML page', () => {
  it('is self-contained: inline CSS, no script, nothing to fetch, a policy that forbids fetching', () => {
    const run = cli(['--format', 'html', 'fixtures/letters/weak.md', 'fixtures/letters/strong.md'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const page = run.stdout
    expect(page.startsWith('<!doctype html>\n')).toBe(true)
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=/i)
    // The only addresses are links to the rules' documentation, followed only when clicked.
    const addresses = [...page.matchAll(/https?:\/\/[^"'\s<]+/g)].map((match) => match[0])
    expect(addresses.length).toBeGreaterThan(0)
    for (const address of addresses) expect(address).toMatch(/^https:\/\/github\.com\/cover-lint\/cover-lint\/blob\/main\/README\.md#[a-z-]+$/)
  })

  it('has a table of letters on top when there are several, linking to each', () => {
    const page = cli(['--format', 'html', 'fixtures/letters/weak.md', 'fixtures/letters/strong.md']).stdout
    expect(page).toContain('<table class="letters">')
    expect(page).toContain('<td><a href="#letter-1">fixtures/letters/weak.md</a></td><td><span class="verdict verdict-binned">BINNED</span></td><td class="num">4</td><td class="num">3</td><td class="num">18</td>')
    expect(page).toContain('<section class="letter" id="letter-2">')
    expect(cli(['--format', 'html', 'fixtures/letters/weak.md']).stdout).not.toContain('<table class="letters">')
  })

  it('says under the verdict what a letter lacks for a shortlist, and nothing for one that has it', () => {
    const salad = cli(['--format', 'html', 'fixtures/calibration/salad-fragments/letter.md']).stdout
    expect(salad).toContain(
      '<p class="substance"><strong>Not a shortlist yet:</strong> it is 49 words: write at least 100, in whole sentences about what you built and ran; '
    )
    expect(cli(['--format', 'html', 'fixtures/letters/strong.md']).stdout).not.toContain('class="substance"')
  })

  it('escapes everything a letter, a path or a message brings, and shows hidden characters', () => {
    const hostile = '<script>alert(1)</script> "quoted" & \'single\' <img src=x onerror=alert(2)> \u001b[31mred\u001b[0m \u202Eevil\u202C'
    const result = withMessages(lintFixture('promising.md'), '<b>name</b>.md', [{ruleId: 'no-cliche', severity: 'warning', message: hostile, line: 1, column: 1, endLine: 1, endColumn: 5, actual: 'Dear'}])
    const text: LetterText = {scheme: 'line:column', files: [{rows: [{line: 1, startColumn: 1, text: `Dear ${hostile}`}]}]}
    const page = html([result], {...reporterContext(), texts: new Map([['<b>name</b>.md', text]])})
    expect(page).not.toContain('<script>')
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<b>name')
    expect(page).toContain('&lt;b&gt;name&lt;/b&gt;.md')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; &lt;img src=x onerror=alert(2)&gt;')
    for (const hidden of ['\u001b', '\u202e', '\u202c']) expect(page).not.toContain(hidden)
    expect(page).toContain('<span class="ctl" title="a control character">␛</span>[31mred')
    expect(page).toContain('<span class="ctl" title="a control character">U+202E</span>evil')
    // In an attribute (the mark's title), hidden characters are pictures and quotes are entities.
    expect(page).toMatch(/title="&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; &lt;img src=x onerror=alert\(2\)&gt; ␛\[31mred␛\[0m U\+202EevilU\+202C"/)
  })

  it('lists findings it cannot show in the text, with their place and message', () => {
    const result = withMessages(lintFixture('promising.md'), 'letter.md', [
      {ruleId: 'no-cliche', severity: 'warning', message: 'outside the text', line: 40, column: 1, endLine: 40, endColumn: 3, actual: 'xx'}
    ])
    const text: LetterText = {scheme: 'line:column', files: [{rows: [{line: 1, startColumn: 1, text: 'Dear Sam,'}]}]}
    const page = html([result], {...reporterContext(), texts: new Map([['letter.md', text]])})
    expect(page).toContain('<h3>Findings not shown in the text</h3>')
    expect(page).toMatch(/<span class="place">40:1<\/span> <span class="sev-label sev-warning">warning<\/span> <a class="rule" href="[^"]+#no-cliche">no-cliche<\/a><p>outside the text<\/p>/)
  })

  it('writes the page with -o, and the exit code is the letters\'', () => {
    const folder = scratch({})
    const run = cli(['--format', 'html', '-o', join(folder, 'report.html'), 'fixtures/letters/weak.md'])
    expect(run).toEqual({code: 1, stdout: '', stderr: ''})
    const page = readFileSync(join(folder, 'report.html'), 'utf8')
    expect(page).toContain('<h2>fixtures/letters/weak.md</h2>')
    expect(page.trimEnd().endsWith('</html>')).toBe(true)
  })
})
