import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {bin, root} from '../helpers/cli.js'
import {fixture} from '../helpers/documents.js'
import {temporaryFolder} from '../helpers/temporary.js'

const tracer = fileURLToPath(new URL('../helpers/trace-loads.mjs', import.meta.url))

/**
 * Which parsers the built CLI loads to lint `path`: found by the sources each loaded chunk's
 * source map lists (the bundle is minified, so the chunks themselves carry no module comments).
 */
function parsersLoaded(path: string): string[] {
  const trace = join(temporaryFolder('cover-lint-loads-'), 'loads.txt')
  const run = spawnSync(process.execPath, ['--import', tracer, bin, path], {cwd: root, env: {...process.env, TRACE_LOADS: trace, NO_COLOR: '1'}, encoding: 'utf8'})
  expect(run.stderr).toBe('')
  const sources = readFileSync(trace, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'))
    .flatMap((url) => (JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')) as {sources: string[]}).sources)
  const markers: Record<string, string> = {
    latex: 'src/parse/latex/',
    html: 'node_modules/hast-util-from-html/',
    mammoth: 'node_modules/mammoth/',
    pdfjs: 'node_modules/unpdf/'
  }
  return Object.keys(markers).filter((name) => sources.some((source) => source.includes(markers[name]!)))
}

describe('heavy parsers load only for their own format (the built CLI, as a user runs it)', () => {
  it('a Markdown letter loads none of them', () => {
    expect(parsersLoaded(fixture('formats', 'letter.md'))).toEqual([])
  }, 30_000)

  const own: Array<[string, string[]]> = [
    ['letter-class.tex', ['latex']],
    ['letter.html', ['html']],
    ['letter.docx', ['html', 'mammoth']],
    ['letter.pdf', ['pdfjs']]
  ]
  for (const [name, parsers] of own) {
    it(`${name} loads ${parsers.join(' and ')} and no other parser`, () => {
      expect(parsersLoaded(fixture('formats', name))).toEqual(parsers)
    }, 30_000)
  }
})
