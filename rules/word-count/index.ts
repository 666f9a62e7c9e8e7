import {bodySpan, defineRule, shortQuote} from '../../src/rule.js'

export interface WordCountOptions {
  /** The guide's limit: a panel gives a letter about 60 seconds. */
  max: number
  /** Below this a letter is too thin to prove anything. */
  min: number
}

export default defineRule<WordCountOptions>({
  meta: {
    id: 'word-count',
    description: `The letter stays between \`min\` (100) and \`max\` (350) words.`,
    reason:
      'Senior hiring managers give a cover letter about 60 seconds. Past 350 words the part that proves scale, depth and operations is the part they never reach; under 100 there is no room to prove anything.',
    severity: {over: 'error', under: 'warning'},
    options: {max: 350, min: 100},
    schema: {
      type: 'object',
      properties: {
        max: {type: 'integer', minimum: 1, description: 'Most words allowed (error above).'},
        min: {type: 'integer', minimum: 0, description: 'Fewest words expected (warning below).'}
      },
      additionalProperties: false
    },
    signal: 'concision',
    examples: {
      bad: 'A 520-word letter that retells the CV job by job.',
      good: 'Three paragraphs, about 280 words: the hook with a number, the evidence, the close.'
    }
  },
  check({letter, options, report, prove}) {
    const {words} = letter
    if (words > options.max) {
      // Point at the words past the limit: that is the part to cut.
      const all = letter.sentences.flatMap((sentence) => sentence.words)
      const first = all[options.max]
      const last = all.at(-1)
      if (first && last) {
        const opening = all.slice(options.max, options.max + 4)
        const from = shortQuote(letter.source.slice(first.start, opening.at(-1)!.end), 40)
        report({
          kind: 'over',
          start: first.start,
          end: last.end,
          actual: null,
          message: `The letter is ${words} words; the limit is ${options.max}. Cut ${words - options.max}: from "${from}" on, a panel has stopped reading. Keep what proves scale, operations and depth; drop what the CV already says.`
        })
      }
    } else if (words < options.min) {
      const span = bodySpan(letter)
      report({
        kind: 'under',
        ...span,
        actual: null,
        message: `The letter is ${words} words, too few to prove anything (aim for ${options.min}-${options.max}): add the system you shipped, its scale in numbers, and how you ran it in production.`
      })
    } else {
      prove({text: `${words} words (limit ${options.max})`, at: bodySpan(letter).start})
    }
  }
})
