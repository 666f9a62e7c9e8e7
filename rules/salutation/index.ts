import {defineRule, quote, type Lexicon, type LexiconEntry} from '../../src/rule.js'
import data from './greetings.json' with {type: 'json'}

const generic: Lexicon<LexiconEntry> = {id: 'salutation/generic', entries: data.generic.map((phrase) => ({phrases: [phrase]}))}
const unnamed = new Set(data.unnamed)

/** UK convention: a named greeting closes "Yours sincerely", an unnamed one "Yours faithfully". */
const sincerely = /^\W*yours\s+sincerely\b/i
const faithfully = /^\W*yours\s+faithfully\b/i

export default defineRule({
  meta: {
    id: 'salutation',
    description:
      'The greeting names a person, not "Dear Sir or Madam" or "To whom it may concern", and the sign-off pairs with it the UK way.',
    reason:
      'A named greeting shows you found out who reads the letter. In the UK, "Dear Ms Shah" closes "Yours sincerely" and "Dear Sir or Madam" closes "Yours faithfully"; mixing them is a small tell a UK panel notices.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    lexicons: [generic],
    fixable: true,
    examples: {
      bad: 'Dear Sir or Madam, ... Yours sincerely,',
      good: 'Dear Priya Shah, ... Yours sincerely,'
    }
  },
  check({letter, report}) {
    const greeting = letter.salutation
    const signOff = letter.closing
    if (!greeting) return
    const greetingSentence = greeting.sentences[0]
    const match = letter.matches(generic).find((found) => letter.sentences[found.sentence]?.block === greetingSentence?.block)
    const words = greeting.sentences.flatMap((sentence) => sentence.words).slice(1)
    const named = !match && words.some((word) => /^\p{Lu}/u.test(word.value) && !unnamed.has(word.value.toLowerCase()))
    if (match) {
      const phrase = quote(letter.source, match.start, match.end)
      report({
        start: match.start,
        end: match.end,
        message: `"${phrase}" tells the panel you did not find out who reads this: address the hiring manager by name (the job ad, LinkedIn, or ask the recruiter).`,
        expected: ['Dear <first name> <last name>']
      })
    }
    const closingWords = signOff?.sentences[0]
    if (!signOff || !closingWords) return
    const closingText = letter.source.slice(signOff.start, signOff.end)
    if (named && faithfully.test(closingText)) {
      const end = closingWords.words[1]?.end ?? closingWords.end
      report({
        start: signOff.start,
        end,
        message: `"${letter.source.slice(signOff.start, end)}" after a greeting by name: in the UK a named greeting closes "Yours sincerely".`,
        expected: ['Yours sincerely']
      })
    } else if (match && sincerely.test(closingText)) {
      const end = closingWords.words[1]?.end ?? closingWords.end
      report({
        start: signOff.start,
        end,
        message: `"${letter.source.slice(signOff.start, end)}" after an unnamed greeting: in the UK "Dear Sir or Madam" closes "Yours faithfully" (better: find the name and keep "Yours sincerely").`,
        expected: ['Yours faithfully']
      })
    }
  }
})
