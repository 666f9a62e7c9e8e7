import {describe, expect, it} from 'vitest'
import {fixture} from '../helpers/documents.js'
import {sourcesLoaded} from '../helpers/loaded-sources.js'

/** Which parsers the built CLI loads to lint `path`. */
function parsersLoaded(path: string): string[] {
  const sources = sourcesLoaded([path])
  const markers: Record<string, string> = {
    latex: 'src/parse/latex/',
    html: 'node_modules/parse5/',
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
