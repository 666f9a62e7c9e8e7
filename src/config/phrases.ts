import type {AnyRule} from '../engine/rule.js'
import type {Lexicon} from '../letter/lexicon.js'
import {bodySpan, listing} from '../letter/query.js'
import type {PhraseRule} from './types.js'

/**
 * A config's `phrases` become rules like any other, with ids `custom/<name>`: config decides
 * their severity, inline comments control them, and their words join the one lexicon walk
 * (`src/letter/lexicon.ts`) with every built-in rule's. Phrases are literal words, never
 * patterns: matching is case-insensitive, on whole words, across line breaks within a
 * paragraph, with a hyphen matching a hyphen or a space ("on-call" finds "on call").
 */
export function phraseRule(phrase: PhraseRule): AnyRule {
  const lexicon: Lexicon = {id: `${phrase.id}/match`, entries: [{phrases: phrase.match}]}
  const quoted = listing(phrase.match.map((words) => `"${words}"`), 'or')
  return {
    meta: {
      id: phrase.id,
      description: phrase.required ? `The letter says ${quoted}.` : `The letter does not say ${quoted}.`,
      reason: phrase.message ?? (phrase.required ? 'A phrase this project requires.' : 'A phrase this project bans.'),
      severity: phrase.severity === 'off' ? 'warning' : phrase.severity,
      options: {},
      schema: {type: 'object', properties: {}, additionalProperties: false},
      lexicons: [lexicon],
      // `suggest` is what to say instead of a banned phrase.
      fixable: true,
      examples: {bad: '', good: ''}
    },
    check({letter, report}) {
      const matches = letter.matches(lexicon)
      const expected = phrase.suggest
      if (phrase.required) {
        if (matches.length > 0) return
        const message = `The letter never says ${quoted}${phrase.message ? `: ${phrase.message}` : ', which this project requires'}`
        report({...bodySpan(letter), actual: null, message, expected: expected ?? phrase.match})
        return
      }
      for (const match of matches) {
        const words = letter.source.slice(match.start, match.end).replace(/\s+/g, ' ')
        const instead = expected ? `; say ${listing(expected.map((item) => `"${item}"`), 'or')} instead` : ''
        const message = phrase.message ? `"${words}": ${phrase.message}` : `"${words}" is a phrase this project bans${instead}`
        report({start: match.start, end: match.end, message, ...(expected ? {expected} : {})})
      }
    }
  }
}
