import {describe, expect, it} from 'vitest'
import type {ParsedDocument} from '../../src/parse/document.js'
import {parseHtml, renderHtml} from '../../src/parse/html.js'
import {renderPdf, type PdfTextItem} from '../../src/parse/pdf.js'
import {lineColumnResolver, RenderedDocumentBuilder} from '../../src/parse/rendered.js'
import {blocks, where} from '../helpers/documents.js'

/** A page of lines, one run each, 14 points apart, from the top; '' leaves a blank line. */
function page(lines: readonly string[], {x = 72, top = 780} = {}): PdfTextItem[] {
  return lines.flatMap((str, index) => (str ? [{str: str.replace(/^ +/, ''), x: x + (str.length - str.trimStart().length) * 6, y: top - index * 14, width: str.length * 6, height: 11}] : []))
}

describe('PDF text', () => {
  it('lines by height and then left to right, paragraphs by the gaps between them', () => {
    const items = [...page(['Dear Priya,', '', 'I run the ledger, which', 'moves money.', '', 'Yours sincerely,', 'Sam'])]
    items.reverse()
    const document = renderPdf([items])
    expect(blocks(document)).toEqual([
      'paragraph: Dear Priya,',
      'paragraph: I run the ledger, which\nmoves money.',
      'paragraph: Yours sincerely,\nSam'
    ])
  })

  it('joins a word broken with a hyphen at a line end, and keeps a hyphen the letter writes elsewhere', () => {
    const document = renderPdf([page(['We cut the settle-', 'ment time and I was on-', 'call for it; on-call work', 'is work.'])])
    expect(document.source).toBe('We cut the settlement time and I was on-call for it; on-call work\nis work.')
  })

  it('positions are page:line (line = the page, column = the line on it)', () => {
    const document = renderPdf([page(['Dear Priya,']), page(['I run the settle-', 'ment ledger.'])])
    const at = (words: string): string => where(document, words)
    expect(document.map!.scheme).toBe('page:line')
    expect(at('Dear')).toBe('1:1-1:1')
    expect(at('settlement ledger')).toBe('2:1-2:2')
    expect(at('ledger')).toBe('2:2-2:2')
  })

  it('bulleted lines are the items of one list; a wrapped item line stays in its item', () => {
    const document = renderPdf([
      page(['Three things:', '', '•  zero-downtime migrations', '•  partitioning that kept', '     queries fast', '', 'Thanks.'])
    ])
    expect(blocks(document)).toEqual([
      'paragraph: Three things:',
      'list-item: zero-downtime migrations',
      'list-item: partitioning that kept\nqueries fast',
      'paragraph: Thanks.'
    ])
    expect(document.blocks[1]!.group).toBe(document.blocks[2]!.group)
  })

  it('a paragraph running on to the next page in lower case is one paragraph', () => {
    const document = renderPdf([page(['I run the ledger and']), page(['cut its latency.', '', 'New paragraph.'])])
    expect(blocks(document)).toEqual(['paragraph: I run the ledger and\ncut its latency.', 'paragraph: New paragraph.'])
  })
})

function html(source: string): ParsedDocument {
  const builder = new RenderedDocumentBuilder()
  renderHtml(parseHtml(source), source, builder)
  return builder.build('html', 'line:column', lineColumnResolver([{text: source}]))
}

describe('HTML text', () => {
  it('reads paragraphs, headings, lists, line breaks and table rows; skips scripts, styles, code blocks and hidden text', () => {
    const document = html(
      [
        '<html><head><title>Title</title><style>p{}</style></head><body>',
        '<h1>Application</h1><p>Dear <b>Priya</b>,</p>',
        '<script>var x = "passionate"</script><pre>code()</pre>',
        '<div hidden>hidden</div><p style="color: red; display:none">none</p><span aria-hidden="true">aria</span>',
        '<p style="visibility: hidden">invisible</p>',
        '<ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote>',
        '<table><tr><td>On call</td><td><p>three years</p></td></tr></table>',
        '<p>Yours sincerely,<br>Sam</p></body></html>'
      ].join('\n')
    )
    expect(blocks(document)).toEqual([
      'heading: Application',
      'paragraph: Dear Priya,',
      'list-item: one',
      'list-item: two',
      'quote: quoted',
      'paragraph: On call — three years',
      'paragraph: Yours sincerely,\nSam'
    ])
  })

  it('maps characters back to the HTML source, an entity to the whole reference', () => {
    const source = '<p>Cut &pound;40m &amp; more</p>\n<p>Second\n  line</p>'
    const document = html(source)
    expect(document.source).toBe('Cut £40m & more\n\nSecond line')
    const at = (words: string): string => where(document, words)
    expect(at('£40m')).toBe('1:8-1:18')
    expect(at('& more')).toBe('1:19-1:29')
    expect(at('Second line')).toBe('2:4-3:7')
  })
})
