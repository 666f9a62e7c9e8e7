import {describe, expect, it} from 'vitest'
import {buildLetter} from '../src/letter/build.js'
import {lint} from '../src/lint.js'
import {parse} from '../src/parse/index.js'
import {findings} from './helpers/lint.js'

/**
 * Bugs the property tests (tests/property.test.ts) found, each kept as a plain example.
 *
 * Positions: Markdown text whose value is not a copy of its source (micromark drops trailing
 * white space, continuation-line indents and "> " markers, and decodes escapes and character
 * references) had its words placed by counting the value, so findings after any of these
 * pointed at the wrong words ("e 2019-20" for "2019-2022").
 */
describe('positions after text Markdown leaves out of a value', () => {
  const cases: Array<{name: string; text: string; expected: string}> = [
    {name: 'the second line of a list item', text: '- I led the payments team.\n  I worked at Acme 2019-2022 on payments.', expected: '2:20-2:29 warning "2019-2022"'},
    {name: 'a blockquote continuation line', text: '> I led the payments team.\n> I worked at Acme 2019-2022 on payments.', expected: '2:20-2:29 warning "2019-2022"'},
    {name: 'an indented continuation line', text: 'I led the payments team.\n    I worked at Acme 2019-2022 on payments.', expected: '2:22-2:31 warning "2019-2022"'},
    {name: 'a space before a line break', text: 'I led the payments team. \nI worked at Acme 2019-2022 on payments.', expected: '2:18-2:27 warning "2019-2022"'},
    {name: 'character references', text: 'Tom &amp; Jerry &copy; worked at Acme 2019-2022 on payments.', expected: '1:39-1:48 warning "2019-2022"'},
    {name: 'escapes', text: 'I \\*really\\* worked at Acme 2019-2022 on payments.', expected: '1:29-1:38 warning "2019-2022"'},
    {name: 'a NUL, which Markdown reads as U+FFFD', text: 'I \u0000 worked\n  at Acme 2019-2022 on payments.', expected: '2:11-2:20 warning "2019-2022"'}
  ]
  for (const {name, text, expected} of cases) {
    it(`points at the words after ${name}`, () => {
      // (The list item also gets the rule's finding about bulleted lists, which quotes nothing.)
      const quoted = findings(lint(text, {filePath: 'letter.md'}), 'no-cv-summary').filter((finding) => finding.includes('"'))
      expect(quoted).toEqual([expected])
    })
  }
})

/**
 * CRLF: rules read a sentence's text, which kept "\r\n" where the file had it, so a number and
 * its unit split over a line break ("9,000\r\nwrites/s") were one claim with LF and none with CRLF.
 */
describe('line endings', () => {
  const letter = 'I cut p99 from 480ms to 95ms at 9,000\nwrites/s and 40\nmillion rows for the payments team.'

  for (const format of ['markdown', 'text'] as const) {
    it(`finds the same scale numbers with CRLF and CR as with LF (${format})`, () => {
      const claims = (text: string): string[] => buildLetter(parse(text, format)).quantities.map((quantity) => quantity.text)
      expect(claims(letter)).toEqual(['p99 from 480ms to 95ms', '9,000\nwrites/s', '40\nmillion rows'])
      expect(claims(letter.replace(/\n/g, '\r\n'))).toEqual(claims(letter))
      expect(claims(letter.replace(/\n/g, '\r'))).toEqual(claims(letter))
    })
  }

  it('gives a CRLF letter the same report as the LF one', () => {
    const lf = lint(letter, {filePath: 'letter.md'})
    expect(lint(letter.replace(/\n/g, '\r\n'), {filePath: 'letter.md'})).toEqual(lf)
    expect(lf.stats.scaleNumbers).toBe(3)
  })
})

/**
 * Inline control: the warning about an unknown rule in a `<!-- cover-lint-disable ... -->`
 * comment quoted the comment as written, where every other message folds white space, so its
 * `actual` was not the words between its positions as every consumer reads them.
 */
describe('the inline-comment notices', () => {
  it('quote the comment with its white space folded, as every message does', () => {
    const result = lint('I led the team.  <!-- cover-lint-disable no-such-rule\n   and  more -->  Then more.', {filePath: 'letter.md'})
    const notice = result.messages.find((message) => message.ruleId === 'cover-lint/unknown-rule')!
    expect(notice.actual).toBe('<!-- cover-lint-disable no-such-rule and more -->')
    expect([notice.line, notice.column, notice.endLine, notice.endColumn]).toEqual([1, 18, 2, 17])
  })
})

