import {defineRule, quote, type Lexicon, type LexiconEntry} from '../../src/rule.js'
import data from './phrases.json' with {type: 'json'}

interface Cliche extends LexiconEntry {
  message: string
}

const cliches: Lexicon<Cliche> = {id: 'no-cliche/phrases', entries: data.cliches}

export default defineRule({
  meta: {
    id: 'no-cliche',
    description: 'No clichés or marketing ("passionate about", "team player", "results-driven", "great fit"...).',
    reason:
      'Every panel has read "passionate about scalable systems" a thousand times: it costs the seconds a specific sentence would have earned. The winning letters have no marketing in them.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    lexicons: [cliches],
    examples: {
      bad: 'I am a passionate, results-driven team player who thrives in fast-paced environments.',
      good: 'I have written enough postmortems to know a system lives or dies by its observability.'
    }
  },
  check({letter, report}) {
    for (const match of letter.matches(cliches)) {
      const phrase = quote(letter.source, match.start, match.end)
      report({start: match.start, end: match.end, message: `"${phrase}" ${match.entry.message}`})
    }
  }
})
