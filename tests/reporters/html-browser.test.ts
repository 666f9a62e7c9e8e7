import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {launchChromium, type Chromium} from '../helpers/chromium.js'
import {cli} from '../helpers/cli.js'
import {temporaryFolder} from '../helpers/temporary.js'

/**
 * `--format html` rendered by a real browser (headless Chromium): what a user opening the
 * report sees, at a desktop width and a phone's.
 */

// The browser's globals the functions run inside the page use, typed here: the project is typed
// for Node, and the DOM library would type every file as if it ran in a browser.
interface PageElements extends Iterable<PageElement> {
  readonly length: number
  readonly [index: number]: PageElement
}
interface PageElement {
  readonly textContent: string | null
  readonly innerText: string
  readonly classList: Iterable<string>
  readonly dataset: Readonly<Record<string, string | undefined>>
  getClientRects(): Iterable<{left: number; right: number; width: number; height: number}>
  querySelectorAll(selectors: string): PageElements
}
declare const document: {
  readonly title: string
  readonly images: PageElements
  readonly scripts: PageElements
  readonly body: PageElement
  readonly documentElement: {clientWidth: number; scrollWidth: number}
  querySelectorAll(selectors: string): PageElements
}
declare function getComputedStyle(element: PageElement): {visibility: string; display: string; opacity: string; backgroundColor: string}

const folder = temporaryFolder('cover-lint-html-browser-')
// A letter of our own that tries to break the page: markup, a request to the network if it
// were ever parsed, control and bidirectional characters, emoji, and a word too long for a phone.
const hostile = [
  'Dear Priya Shah,',
  '',
  `I am a team player <img src="http://127.0.0.1:9/pixel.png"> and <script>document.title = "owned"</script> a self-starter \u001b[31mred\u001b[0m \u202Eevil\u202C 🚀 who cut p99 from 480ms to 95ms on ${'a'.repeat(40)}${'/segment'.repeat(30)}.`,
  '',
  'I am passionate about <style>body { display: none }</style> SLOs and on-call, and I ran a 40M-row Postgres migration with zero downtime.',
  '',
  'Yours sincerely,',
  'Sam',
  ''
].join('\n')
writeFileSync(join(folder, 'hostile.md'), hostile)

const letters = ['fixtures/letters/weak.md', 'fixtures/jobs/fintech-backend/letter.md', 'fixtures/formats/letter.docx', 'fixtures/formats/letter.pdf', 'fixtures/formats/letter-class.tex', join(folder, 'hostile.md')]
const reportPath = join(folder, 'report.html')
let results: LintResult[] = []
let browser: Chromium
let page: Page
const requests: string[] = []

beforeAll(async () => {
  const run = cli(['--format', 'html', '-o', reportPath, ...letters])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(1)
  results = JSON.parse(cli(['--format', 'json', ...letters]).stdout) as LintResult[]
  browser = await launchChromium()
  browser.context.on('request', (request) => requests.push(request.url()))
  page = await browser.context.newPage()
  await page.goto(pathToFileURL(reportPath).href)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

interface Layout {
  pageWidth: number
  scrollWidth: number
  /** Per letter section: per finding number, its marks' boxes and how they are painted. */
  sections: Array<Record<string, Array<{left: number; right: number; width: number; height: number; visible: boolean; background: string; severity: string}>>>
}

async function layout(width: number): Promise<Layout> {
  await page.setViewportSize({width, height: 900})
  return page.evaluate(() => {
    const sections = [...document.querySelectorAll('section.letter')].map((section) => {
      const found: Layout['sections'][number] = {}
      for (const element of section.querySelectorAll('.text [data-finding]')) {
        const style = getComputedStyle(element)
        const rects = [...element.getClientRects()]
        const severity = [...element.classList].find((name) => name.startsWith('sev-'))?.slice(4) ?? ''
        for (const number of element.dataset.finding!.split(' ')) {
          for (const rect of rects) {
            found[number] ??= []
            found[number].push({
              left: rect.left,
              right: rect.right,
              width: rect.width,
              height: rect.height,
              visible: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0,
              background: style.backgroundColor,
              severity
            })
          }
        }
      }
      return found
    })
    return {pageWidth: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth, sections}
  })
}

const rank: Record<string, number> = {error: 0, warning: 1, info: 2}

describe('the HTML report in Chromium', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} pixels: every finding is marked, visible, coloured by severity, and inside the page`, async () => {
      const {pageWidth, scrollWidth, sections} = await layout(width)
      expect(pageWidth).toBe(width)
      expect(scrollWidth).toBeLessThanOrEqual(pageWidth)
      expect(sections).toHaveLength(results.length)
      results.forEach((result, index) => {
        const marks = sections[index]!
        expect(Object.keys(marks).map(Number).sort((a, b) => a - b), result.filePath).toEqual(result.messages.map((_, number) => number + 1))
        result.messages.forEach((message, number) => {
          const boxes = marks[String(number + 1)]!
          const where = `${result.filePath} ${message.line}:${message.column} ${message.ruleId}`
          expect(boxes.some((box) => box.visible && box.width > 0 && box.height > 0), where).toBe(true)
          for (const box of boxes.filter((candidate) => candidate.width > 0)) {
            expect(box.left, where).toBeGreaterThanOrEqual(0)
            expect(box.right, where).toBeLessThanOrEqual(pageWidth)
            // Painted in its severity's colour, or a worse one where a worse finding shares the words.
            expect(rank[box.severity]! <= rank[message.severity]!, where).toBe(true)
            expect(box.background, where).not.toBe('rgba(0, 0, 0, 0)')
          }
        })
      })
      const colours = new Map(sections.flatMap((section) => Object.values(section).flat()).map((box) => [box.severity, box.background]))
      expect(new Set([colours.get('error'), colours.get('warning')]).size).toBe(2)
    }, 30_000)
  }

  it('shows a binned letter whole: every message, and the letter as written, row by row', async () => {
    const weak = results.findIndex((result) => result.filePath === 'fixtures/letters/weak.md')
    expect(results[weak]!.verdict).toBe('binned')
    const {rows, text} = await page.evaluate((index) => {
      const section = document.querySelectorAll('section.letter')[index]!
      // biome-ignore lint/performance/useDomNodeTextContent: the test reads what is shown, which only innerText gives
      return {rows: [...section.querySelectorAll('.text .src')].map((row) => row.textContent), text: section.innerText}
    }, weak)
    const source = readFileSync('fixtures/letters/weak.md', 'utf8')
    expect(rows).toEqual(source.split('\n'))
    const fold = (value: string): string => value.replace(/\s+/g, ' ')
    for (const message of results[weak]!.messages) expect(fold(text)).toContain(fold(message.message))
    for (const sentence of source.split(/(?<=[.!?])\s+|\n+/).filter((part) => part.trim())) expect(fold(text)).toContain(fold(sentence.trim()))
    expect(text).toContain('BINNED')
    expect(text).toContain('4/100')
  })

  it('shows the job coverage table for a letter read against a posting', async () => {
    // biome-ignore lint/performance/useDomNodeTextContent: the test reads the row as it is shown, which only innerText gives
    const cells = await page.evaluate(() => [...document.querySelectorAll('section.letter')[1]!.querySelectorAll('table.coverage tbody tr')].map((row) => row.innerText.replace(/\s+/g, ' ').trim()))
    const job = results[1]!.job!
    expect(cells).toHaveLength(job.covered.length + job.missing.length)
    const first = job.covered[0]!
    // The quotation marks around the letter's words are drawn by the stylesheet (<q>).
    expect(cells[0]).toBe(`✔ ${first.name} technology ${first.posting.line}:${first.posting.column} ×${first.mentions} ${first.letter.text} ${first.letter.line}:${first.letter.column}`)
  })

  it('renders a hostile letter as text: no element, script or style from it, hidden characters shown', async () => {
    const found = await page.evaluate(() => ({
      title: document.title,
      images: document.images.length,
      scripts: document.scripts.length,
      styles: document.querySelectorAll('style').length,
      bodyShown: getComputedStyle(document.body).display,
      controls: [...document.querySelectorAll('.ctl')].map((element) => element.textContent)
    }))
    expect(found).toEqual({title: 'cover-lint report', images: 0, scripts: 0, styles: 1, bodyShown: 'block', controls: expect.arrayContaining(['␛', 'U+202E', 'U+202C'])})
    const row = await page.evaluate(() => [...document.querySelectorAll('.src')].map((element) => element.textContent ?? '').find((text) => text.includes('<img')))
    expect(row).toContain('<img src="http://127.0.0.1:9/pixel.png"> and <script>document.title = "owned"</script>')
  })

  it('requests nothing but the page itself', () => {
    expect(requests).toEqual([pathToFileURL(reportPath).href])
  })
})
