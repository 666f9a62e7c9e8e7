// Makes docs/html-report.png, the README's picture of `--format html`: the report of
// fixtures/letters/promising.md rendered by headless Chromium (Debian's chromium package) at
// 1280 pixels wide. Run after a build: node scripts/html-screenshot.mjs
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'

const root = new URL('..', import.meta.url)
const folder = mkdtempSync(join(tmpdir(), 'cover-lint-screenshot-'))
try {
  const report = join(folder, 'report.html')
  try {
    execFileSync(process.execPath, ['bin/cover-lint.js', '--format', 'html', '-o', report, 'fixtures/letters/promising.md'], {cwd: root, stdio: 'inherit'})
  } catch (error) {
    if (error.status !== 1) throw error
  }
  const context = await chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: process.env.COVER_LINT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: {width: 1280, height: 1000}
  })
  const page = await context.newPage()
  await page.goto(pathToFileURL(report).href)
  await page.screenshot({path: new URL('docs/html-report.png', root).pathname})
  await context.close()
} finally {
  rmSync(folder, {recursive: true, force: true})
}
