import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeLetter} from '../../src/input/read.js'
import type {LintResult} from '../../src/types.js'
import {cli, root} from '../helpers/cli.js'
import {temporaryFolder} from '../helpers/temporary.js'

/**
 * UTF-16 letters (with the byte order mark Word's "Unicode text" and some editors write) are read
 * as text, with the findings, at the same places, as the same letter in UTF-8; a name that is
 * not UTF-8 is reported as such, not as a file that does not exist.
 */

const weak = readFileSync(join(root, 'fixtures/letters/weak.md'), 'utf8')
const folder = temporaryFolder('cover-lint-encodings-')

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const little = Buffer.from(text, 'utf16le')
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), little])
  return Buffer.concat([Buffer.from([0xfe, 0xff]), little.swap16()])
}

function lintJson(...paths: string[]): {code: number | null; stderr: string; results: LintResult[]} {
  const run = cli(['-f', 'json', ...paths], {cwd: folder})
  return {code: run.code, stderr: run.stderr, results: run.stdout ? (JSON.parse(run.stdout) as LintResult[]) : []}
}

/** What a result says about the letter, without its name. */
const findings = (result: LintResult | undefined) => ({messages: result?.messages, signals: result?.signals, stats: result?.stats, score: result?.score})

describe('UTF-16 letters', {timeout: 60_000}, () => {
  writeFileSync(join(folder, 'utf8.md'), weak)
  writeFileSync(join(folder, 'le.md'), utf16(weak, 'le'))
  writeFileSync(join(folder, 'be.md'), utf16(weak, 'be'))
  // Word's "Unicode text": UTF-16 little endian, CRLF line ends.
  writeFileSync(join(folder, 'word-unicode.txt'), utf16(weak.replace(/\n/g, '\r\n'), 'le'))
  writeFileSync(join(folder, 'utf8.txt'), weak)

  it('little and big endian give the findings, at the same places, of the same letter in UTF-8', () => {
    const {code, stderr, results} = lintJson('utf8.md', 'le.md', 'be.md')
    expect([code, stderr]).toEqual([1, ''])
    expect(results[0]!.messages.length).toBeGreaterThan(5)
    expect(findings(results[1])).toEqual(findings(results[0]))
    expect(findings(results[2])).toEqual(findings(results[0]))
  })

  it('a "Unicode text" file with CRLF line ends reads as the UTF-8 text file does', () => {
    const {results} = lintJson('utf8.txt', 'word-unicode.txt')
    expect(findings(results[1])).toEqual(findings(results[0]))
  })

  it('decodes to the text without its mark', () => {
    expect(decodeLetter(utf16('Dear Ana,\n', 'le'), 'x')).toBe('Dear Ana,\n')
    expect(decodeLetter(utf16('Zoë 🚀\n', 'be'), 'x')).toBe('Zoë 🚀\n')
  })

  it('bytes that are not what the mark says, NUL characters, or nothing after the mark: one line each, exit 2', () => {
    writeFileSync(join(folder, 'odd.md'), Buffer.concat([utf16(weak, 'le'), Buffer.from([0x41])]))
    writeFileSync(join(folder, 'nul.md'), utf16('Dear Ana,\u0000\n', 'le'))
    writeFileSync(join(folder, 'mark-only.md'), Buffer.from([0xff, 0xfe]))
    const {code, stderr, results} = lintJson('odd.md', 'nul.md', 'mark-only.md', 'utf8.md')
    expect(stderr).toBe(
      [
        'cover-lint: odd.md: not a text file (not valid UTF-16)',
        'cover-lint: nul.md: not a text file (binary content)',
        'cover-lint: mark-only.md: file is empty',
        ''
      ].join('\n')
    )
    expect(code).toBe(2)
    expect(results.map((result) => result.filePath)).toEqual(['utf8.md'])
  })

  it('UTF-16 without a mark is still binary', () => {
    writeFileSync(join(folder, 'no-mark.md'), Buffer.from(weak, 'utf16le'))
    expect(lintJson('no-mark.md').stderr).toBe('cover-lint: no-mark.md: not a text file (binary content)\n')
  })
})

describe('file names that are not UTF-8', {timeout: 60_000}, () => {
  // Latin-1 "café.md": the é is one byte, 0xE9, which is not UTF-8.
  const latin1 = Buffer.from('caf\u00e9.md', 'latin1')
  const sub = mkdtempSync(join(folder, 'names-'))
  writeFileSync(Buffer.concat([Buffer.from(`${sub}/`), latin1]), weak)
  writeFileSync(join(sub, 'good.md'), weak)

  it('found in a folder: reported as such, and the other letters linted', () => {
    const run = cli(['-f', 'json', '.'], {cwd: sub})
    expect(run.stderr).toBe('cover-lint: caf\uFFFD.md: the file name is not valid UTF-8, so cover-lint cannot open it: rename it\n')
    expect(run.code).toBe(2)
    expect((JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath)).toEqual(['good.md'])
  })

  it('named on the command line (as Node reads the argument)', () => {
    const run = cli(['caf\uFFFD.md', 'good.md'], {cwd: sub})
    expect(run.stderr).toBe('cover-lint: caf\uFFFD.md: the file name is not valid UTF-8, so cover-lint cannot open it: rename it\n')
    expect(run.code).toBe(2)
  })

  it('a missing file is still "no such file"', () => {
    expect(cli(['gone.md'], {cwd: sub}).stderr).toBe('cover-lint: gone.md: no such file or directory\n')
  })
})
