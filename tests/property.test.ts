import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {location} from 'vfile-location'
import {decodeString} from 'micromark-util-decode-string'
import {buildLetter} from '../src/letter/build.js'
import {lint} from '../src/lint.js'
import {parse, type InputFormat} from '../src/parse/index.js'
import type {LintMessage, LintResult} from '../src/types.js'
import {RangeSet} from '../src/util/ranges.js'
import {anyText, fuzzing, letterShaped, markdown, mixedLineEndings, runs} from './helpers/arbitraries.js'

/**
 * Properties that must hold for any input, checked on generated text: `lint()` never throws,
 * every position is inside the text and on the words the message names, the result is the
 * same every time, and line endings do not change what is found.
 *
 * `npm test` runs each property a few dozen times; `npm run fuzz` runs thousands
 * (COVER_LINT_FUZZ_RUNS) on bigger documents. A failure prints the smallest input fast-check
 * could shrink it to, and a seed: COVER_LINT_FUZZ_SEED=<seed> replays it.
 */

const formats: readonly InputFormat[] = ['markdown', 'text']
const timeout = fuzzing ? 30 * 60_000 : 30_000

/** The text positions refer to: lint() drops a leading byte order mark, as ESLint does. */
function positionSource(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Every message's range lies inside the text, and (when it quotes) on the words it quotes. */
function assertPositions(text: string, result: LintResult): void {
  const source = positionSource(text)
  const place = location(source)
  for (const message of result.messages) {
    const where = `${message.ruleId} ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`
    const start = place.toOffset({line: message.line, column: message.column})
    const end = place.toOffset({line: message.endLine, column: message.endColumn})
    expect(start, `${where}: start inside the text`).toBeTypeOf('number')
    expect(end, `${where}: end inside the text`).toBeTypeOf('number')
    expect(end!, `${where}: end after start`).toBeGreaterThanOrEqual(start!)
    if (message.actual !== undefined) {
      expect(source.slice(start!, end!).replace(/\s+/g, ' ').trim(), `${where}: the words it names`).toBe(message.actual)
    }
  }
}

function lintBoth(text: string): LintResult[] {
  return formats.map((format) => lint(text, {filePath: `letter.${format === 'markdown' ? 'md' : 'txt'}`, format}))
}

/** What a finding is, apart from where the text's line endings put it. */
function finding(message: LintMessage): string {
  return `${message.ruleId} ${message.severity} ${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.actual ?? ''} | ${message.message}`
}

describe('lint() on any input', () => {
  it(
    'never throws, on any Unicode text (control characters, lone surrogates), as Markdown and as text',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          for (const result of lintBoth(text)) assertPositions(text, result)
        }),
        runs(25)
      )
    },
    timeout
  )

  it(
    'never throws on Markdown (lists, code, HTML, tables, emoji, RTL, zero-width, long lines) with mixed CR, LF and CRLF, and every position is on its words',
    () => {
      fc.assert(
        fc.property(markdown.chain((text) => mixedLineEndings(text)), (text) => {
          for (const result of lintBoth(text)) assertPositions(text, result)
        }),
        runs(25)
      )
    },
    timeout
  )

  it(
    'places every token of the Letter on its own text in the source (so every rule points at the right words)',
    () => {
      fc.assert(
        fc.property(markdown.chain((text) => mixedLineEndings(text)), (text) => {
          for (const format of formats) {
            const document = parse(text, format)
            for (const block of buildLetter(document).blocks) {
              for (const token of block.sentences.flatMap((sentence) => sentence.tokens)) {
                const slice = document.source.slice(token.start, token.end)
                const where = `${format} ${token.kind} ${JSON.stringify(token.value)} at ${token.start}-${token.end}: ${JSON.stringify(slice)}`
                if (token.kind === 'whitespace') {
                  // A line break's token runs on over the next line's indent and "> " markers.
                  expect(/^[\s>]*$/u.test(slice), where).toBe(true)
                } else if (token.kind === 'source') {
                  expect(slice, where).toBe(token.value)
                } else {
                  // Markdown escapes and character references are read decoded ("&amp;" is "&"), NUL as U+FFFD.
                  expect(format === 'markdown' ? decodeString(slice).replace(/\0/g, '\uFFFD') : slice, where).toBe(token.value)
                }
              }
            }
          }
        }),
        runs(25)
      )
    },
    timeout
  )

  it(
    'gives the same result every time, whatever was linted before',
    () => {
      fc.assert(
        fc.property(markdown, letterShaped, (text, other) => {
          const first = lintBoth(text)
          lintBoth(other)
          expect(lintBoth(text)).toEqual(first)
        }),
        runs(15)
      )
    },
    timeout
  )

  it(
    'finds the same things in a letter with CRLF line endings as with LF',
    () => {
      fc.assert(
        fc.property(fc.oneof(letterShaped, markdown), (text) => {
          const crlf = text.replace(/\n/g, '\r\n')
          const [lfMarkdown, lfText] = lintBoth(text)
          const [crlfMarkdown, crlfText] = lintBoth(crlf)
          for (const [lf, other] of [
            [lfMarkdown!, crlfMarkdown!],
            [lfText!, crlfText!]
          ] as const) {
            expect(other.messages.map(finding)).toEqual(lf.messages.map(finding))
            expect({...other, messages: []}).toEqual({...lf, messages: []})
          }
        }),
        runs(20)
      )
    },
    timeout
  )
})

describe('RangeSet', () => {
  const range = fc.tuple(fc.integer({min: 0, max: 60}), fc.integer({min: 1, max: 12})).map(([start, length]) => ({start, end: start + length}))

  it('answers overlap as checking every range would, whatever the order ranges came in', () => {
    fc.assert(
      fc.property(fc.array(range, {maxLength: 12}), fc.array(range, {maxLength: 12}), fc.array(range, {maxLength: 20}), (initial, added, queries) => {
        const set = new RangeSet(initial)
        for (const {start, end} of added) set.add(start, end)
        const all = [...initial, ...added]
        for (const {start, end} of queries) {
          expect(set.overlaps(start, end)).toBe(all.some((other) => other.start < end && start < other.end))
        }
      }),
      runs(200)
    )
  })
})
