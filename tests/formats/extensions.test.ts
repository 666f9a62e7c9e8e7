import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {discover} from '../../src/input/discover.js'
import {defaultExtensions, formatForPath, letterExtensions} from '../../src/input/formats.js'
import {temporaryFolder} from '../helpers/temporary.js'

describe('the extension list (one place for lookups, folder scans and config)', () => {
  it('maps each extension to its format, whatever its case', () => {
    expect(['a.md', 'b.TXT', 'c.tex', 'd.Html', 'e.htm', 'f.docx', 'g.pdf', 'h.doc', 'i'].map(formatForPath)).toEqual([
      'markdown',
      'text',
      'latex',
      'html',
      'html',
      'docx',
      'pdf',
      undefined,
      undefined
    ])
  })

  it('checks a config list: normalises spelling, refuses what cover-lint cannot read', () => {
    expect(letterExtensions(['md', '.TEX', '.md'])).toEqual({extensions: ['.md', '.tex']})
    expect(letterExtensions(['md', 'odt'])).toEqual({error: `cover-lint does not read "odt" files; it reads ${defaultExtensions.join(', ')}`})
    expect(letterExtensions([])).toEqual({error: 'no extensions given'})
  })

  it('folder scans take every format by default, or only the extensions given', async () => {
    const dir = temporaryFolder('cover-lint-extensions-')
    mkdirSync(join(dir, 'letters'))
    for (const name of ['a.md', 'b.tex', 'c.docx', 'd.pdf', 'e.html', 'f.odt', 'README.md']) writeFileSync(join(dir, 'letters', name), 'x')
    const all = await discover(['letters'], dir)
    expect(all.targets.map((target) => (target.kind === 'file' ? target.path : '-'))).toEqual(
      ['a.md', 'b.tex', 'c.docx', 'd.pdf', 'e.html'].map((name) => join('letters', name))
    )
    const some = await discover(['letters'], dir, {extensions: ['.tex']})
    expect(some.targets.map((target) => (target.kind === 'file' ? target.path : '-'))).toEqual([join('letters', 'b.tex')])
    const none = await discover(['letters'], dir, {extensions: ['.txt']})
    expect(none.errors.map((error) => error.toString())).toEqual(['cover-lint: letters: no letters found (looked for .txt files)'])
    // A glob is explicit: it names files the way the user chose (README.md included).
    expect((await discover(['letters/*'], dir, {extensions: ['.pdf', '.md']})).targets).toEqual([
      {kind: 'file', path: 'letters/README.md'},
      {kind: 'file', path: 'letters/a.md'},
      {kind: 'file', path: 'letters/d.pdf'}
    ])
  })
})
