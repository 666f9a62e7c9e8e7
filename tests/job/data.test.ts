import {describe, expect, it} from 'vitest'
import phraseWords from '../../src/job/data/phrase-words.json' with {type: 'json'}
import seniority from '../../src/job/data/seniority.json' with {type: 'json'}
import signals from '../../src/job/data/signals.json' with {type: 'json'}
import {postingFileNames} from '../../src/input/posting-names.js'

const lists: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    (['stop', 'verbs', 'modifiers', 'generic', 'verbsWhenInitial', 'lyNouns', 'places', 'perks'] as const).map((name) => [`phrase-words ${name}`, phraseWords[name]])
  ),
  ...Object.fromEntries(seniority.levels.map((level) => [`seniority ${level.level}`, level.phrases])),
  ...Object.fromEntries(signals.signals.map((signal) => [`signals ${signal.signal}`, signal.phrases]))
}

describe('job word lists', () => {
  for (const [name, words] of Object.entries(lists)) {
    it(`${name}: lower-case, no duplicates, no stray punctuation`, () => {
      expect(words.length).toBeGreaterThan(0)
      expect(new Set(words).size).toBe(words.length)
      for (const word of words) {
        expect(word).toBe(word.toLowerCase())
        expect(word).toMatch(/^[a-z0-9](?:[a-z0-9' .-]*[a-z0-9])?$/)
      }
    })
  }

  it('a word is in one phrase-words list only (stop words, verbs, modifiers and generic nouns are read in that order)', () => {
    const seen = new Map<string, string>()
    for (const name of ['stop', 'verbs', 'modifiers', 'generic'] as const) {
      for (const word of phraseWords[name]) {
        expect(seen.get(word), `"${word}" is in ${seen.get(word)} and ${name}`).toBeUndefined()
        seen.set(word, name)
      }
    }
    // A word that is a verb only at the start of a line may be a shared noun elsewhere ("changes"), never a stop word or a verb.
    for (const word of phraseWords.verbsWhenInitial) expect(['stop', 'verbs', 'modifiers'], word).not.toContain(seen.get(word))
  })

  it('every theme has a label, and the posting file names are the three the README documents', () => {
    expect(Object.keys(signals.labels).sort()).toEqual(signals.signals.map((signal) => signal.signal).sort())
    expect(postingFileNames).toEqual(['job.md', 'job.txt', 'posting.md'])
  })
})
