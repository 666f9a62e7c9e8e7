import retextRepeatedWords from 'retext-repeated-words'
import {defineRule, quote, sentenceAt} from '../../src/rule.js'

/**
 * A word typed twice: retext-repeated-words finds them in each sentence. It already leaves
 * alone the words English does double ("that that" as in "I knew that that design would fail",
 * "had had") and capitalised pairs (names such as "Walla Walla").
 */
export default defineRule({
  meta: {
    id: 'repeated-words',
    description: 'A word typed twice in a row ("the the", "our our").',
    reason:
      'A doubled word is the typo a panel sees first, and it reads as a letter nobody read over before sending. It costs little to fix and a lot to leave.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    fixable: true,
    examples: {
      bad: 'I cut the the p99 latency of our our payments API from 900ms to 140ms.',
      good: 'I cut the p99 latency of our payments API from 900ms to 140ms.'
    }
  },
  retext: () => [retextRepeatedWords],
  check({letter, retextMessages, report}) {
    for (const {message, start, end} of retextMessages) {
      // Only what a reader reads: not the address block or the signature.
      if (start === undefined || end === undefined || !sentenceAt(letter, start)) continue
      if (letter.format === 'markdown' && acrossImage(letter.source, start, end)) continue
      // The plugin's `actual` is the words without markup ("**the** the" is "the the").
      const text = typeof message.actual === 'string' ? message.actual : letter.source.slice(start, end)
      const words = quote(text, 0, text.length)
      // What to keep: the first of the two as typed, so "The the" becomes "The".
      const first = words.split(' ')[0]!
      // The replacement for the whole span, markup kept: "the** the" (in "**the** the") becomes "the**".
      const second = words.slice(words.lastIndexOf(' ') + 1)
      const span = letter.source.slice(start, end)
      const keep = span.endsWith(second) ? letter.source.slice(start, end - second.length).trimEnd() : first
      // `actual` is the span as written, markup and all, as every finding's is; the message names
      // the words. A pair split by a link or other bracketed markup ("word [word](url)") gets no
      // replacement: cutting the span would break the link.
      const fix = /[[\]()<>]/.test(span) ? {} : {expected: [keep]}
      report({start, end, actual: quote(span, 0, span.length), ...fix, message: `"${words}" says "${first.toLowerCase()}" twice: delete one.`})
    }
  }
})

/**
 * Whether one of the two words is an image's alt text ("![at](plan.png) at"): a reader sees a
 * picture there, not a word typed twice.
 */
function acrossImage(source: string, start: number, end: number): boolean {
  const pair = source.slice(start, end)
  if (pair.includes('![')) return true
  return pair.includes('](') && /!\[[^\]\n]*$/.test(source.slice(Math.max(0, start - 1000), start))
}
