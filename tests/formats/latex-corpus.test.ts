import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {location} from 'vfile-location'
import {corpusDir} from '../helpers/corpus.js'
import {lintFile, withoutPosition} from '../helpers/documents.js'

const texDir = join(corpusDir, 'tex')
const hasTex = existsSync(texDir)

/**
 * Where a letter's findings on its LaTeX source legitimately differ from those on its Markdown
 * text, finding by finding, with the reason. Anything not listed here must be the same.
 */
const differences: Record<string, {reason: string; onlyLatex: string[]; onlyMarkdown: string[]}> = {
  '018': {
    reason:
      'The source ends "Sincerely,\\\\ Jason Schriver": one paragraph with a line break, so the name is part of the sign-off and counted; the Markdown puts the name in a paragraph of its own (a signature, not counted): two words more.',
    onlyLatex: [
      'word-count error null The letter is 1003 words; the limit is 350. Cut 653: from "from the College Reading" on, a panel has stopped reading. Keep what proves scale, operations and depth; drop what the CV already says.'
    ],
    onlyMarkdown: [
      'word-count error null The letter is 1001 words; the limit is 350. Cut 651: from "from the College Reading" on, a panel has stopped reading. Keep what proves scale, operations and depth; drop what the CV already says.'
    ]
  }
}

/** The real LaTeX letters: `ID.tex`, not the bodies they `\input` (`ID-body.tex`). */
function texLetters(): string[] {
  if (!hasTex) return []
  return readdirSync(texDir)
    .filter((name) => /^\d+\.tex$/.test(name))
    .sort()
}

describe.skipIf(!hasTex)('the real LaTeX letters in the corpus', () => {
  const letters = texLetters()

  it('are the ten the corpus README pairs with Markdown', () => {
    expect(letters).toEqual(['007', '014', '016', '017', '018', '024', '028', '048', '052', '055'].map((id) => `${id}.tex`))
  })

  for (const name of letters) {
    const id = name.slice(0, -4)
    it(`${name}: the body is found and the findings match real/${id}.md apart from positions`, async () => {
      const latex = await lintFile(join(texDir, name), name)
      const markdown = await lintFile(join(corpusDir, 'real', `${id}.md`))
      expect(latex.stats.words).toBeGreaterThan(80)
      const fromLatex = latex.messages.map(withoutPosition)
      const fromMarkdown = markdown.messages.map(withoutPosition)
      const expected = differences[id] ?? {onlyLatex: [], onlyMarkdown: []}
      expect(fromLatex.filter((finding) => !fromMarkdown.includes(finding))).toEqual(expected.onlyLatex)
      expect(fromMarkdown.filter((finding) => !fromLatex.includes(finding))).toEqual(expected.onlyMarkdown)
      expect(latex.messages.length - expected.onlyLatex.length).toBe(markdown.messages.length - expected.onlyMarkdown.length)
      expect(latex.verdict).toBe(markdown.verdict)
    })

    it(`${name}: every finding points into the .tex file it names, at the words it quotes`, async () => {
      const result = await lintFile(join(texDir, name), name)
      for (const message of result.messages) {
        const file = message.filePath ?? name
        const text = readFileSync(join(texDir, file), 'utf8')
        const place = location(text)
        const start = place.toOffset({line: message.line, column: message.column})
        const end = place.toOffset({line: message.endLine, column: message.endColumn})
        expect(start, `${message.ruleId} start`).toBeTypeOf('number')
        expect(end!, `${message.ruleId} end`).toBeGreaterThanOrEqual(start!)
        // Text typed in the source is quoted as it stands there; a quote made of macros
        // (\companyname) or TeX dashes and quotes points at the source that prints it.
        const words = message.actual?.split(/\s+/).filter((word) => /^[\p{L}\p{N}]+$/u.test(word)) ?? []
        const source = text.slice(start, end)
        if (words.length > 0 && !/\\[A-Za-z]|---|``/.test(source)) {
          for (const word of words) expect(source, message.ruleId).toContain(word)
        }
      }
    })
  }

  it('048 and 052 read their bodies from the files they \\input, with positions in those files', async () => {
    const result = await lintFile(join(texDir, '048.tex'), '048.tex')
    const inBody = result.messages.filter((message) => message.filePath === '048-body.tex')
    expect(inBody.length).toBeGreaterThan(0)
    const body = readFileSync(join(texDir, '048-body.tex'), 'utf8').split('\n')
    for (const message of inBody) expect(body[message.line - 1]!.length).toBeGreaterThanOrEqual(message.column - 1)
  })
})
