import retextIndefiniteArticle from 'retext-indefinite-article'
import {defineRule, sentenceAt} from '../../src/rule.js'
import retextAbbreviationArticle from './initialisms.js'

/**
 * "a" or "an" against the sound of the next word: retext-indefinite-article for words (with its
 * lists of exceptions: "a user", "an hour", "a one-off", "an 8-node cluster"), and our own
 * plugin for capitalised abbreviations, which it leaves alone ("an API", "a RAG pipeline").
 */
export default defineRule({
  meta: {
    id: 'indefinite-article',
    description: '"a" or "an" that does not match the sound of the next word ("an test", "a API").',
    reason:
      'The article follows the sound of the next word, and a wrong one ("a API", "an test") reads as a typo: a panel notices it in the first lines and wonders what else was not read over.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    fixable: true,
    examples: {
      bad: 'I built a API gateway and an test harness for our payments platform.',
      good: 'I built an API gateway and a test harness for our payments platform.'
    }
  },
  retext: () => [retextIndefiniteArticle, retextAbbreviationArticle],
  check({letter, retextMessages, report}) {
    const seen = new Set<number>()
    for (const {message, start, end} of retextMessages) {
      const sentence = start === undefined ? undefined : sentenceAt(letter, start)
      const expected = message.expected?.[0]
      // Both plugins may report one article; and only what a reader reads counts (not the address or signature).
      if (start === undefined || end === undefined || !sentence || !expected || seen.has(start)) continue
      seen.add(start)
      const article = letter.source.slice(start, end)
      const next = sentence.words.find((word) => word.start >= end)
      // "an [Company]" is a template field (no-placeholders reports it): the article waits for the name.
      if (!next || /[[{<]/.test(letter.source.charAt(next.start - 1))) continue
      const following = next.value
      const sound = expected.toLowerCase() === 'an' ? 'a vowel' : 'a consonant'
      report({
        start,
        end,
        actual: article,
        expected: [expected],
        message: `"${article} ${following}": write "${expected} ${following}"; "${following}" starts with ${sound} sound.`
      })
    }
  }
})
