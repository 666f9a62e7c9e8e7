import {describe, expect, it} from 'vitest'
import {compileLexicons, matchLexicons, type Lexicon, type Unit} from '../../src/letter/lexicon.js'
import {collect, cpu} from '../helpers/cpu.js'

/** One sentence of `count` units of `word` (a long letter with no full stop), each joined to the next. */
function sentence(count: number, word = 'word'): Unit[] {
  return Array.from({length: count}, (_, index) => ({key: word, text: word, start: index * 5, end: index * 5 + 4, joinsNext: index < count - 1, wordStart: true, wordEnd: true}))
}

/** Match `units` against `lexicons`: what was found, and the CPU time the matching took. */
function timed(units: Unit[][], lexicons: readonly Lexicon[]): {ms: number; found: Map<string, unknown[]>} {
  const compiled = compileLexicons(lexicons)
  collect()
  const start = cpu()
  const found = matchLexicons(units, compiled)
  return {ms: cpu() - start, found}
}

describe('phrase matching', () => {
  it('reads each word once, whatever the phrases: a phrase of 5,001 words costs what a phrase of one does', () => {
    // Each word matches the long phrase's first 5,000 words: a match tried from each word read up to 5,000 words ahead.
    const long: Lexicon = {id: 'test/long', entries: [{phrases: [`${'word '.repeat(5000)}other`]}]}
    const short: Lexicon = {id: 'test/short', entries: [{phrases: ['other']}]}
    const units = [sentence(40_000)]
    timed(units, [short])
    const one = timed(units, [short])
    const five = timed(units, [long])
    expect(five.found.get('test/long')).toEqual([])
    // Linear: the same walk. Comparing up to 5,000 words from each of 40,000 took seconds.
    expect(five.ms, `one word ${one.ms.toFixed(0)} ms, 5,001 words ${five.ms.toFixed(0)} ms`).toBeLessThan(10 * one.ms + 200)
  })

  it('finds overlapping phrases of every length, and never across a break between units', () => {
    const lexicon: Lexicon = {id: 'test/overlap', entries: [{phrases: ['word word']}, {phrases: ['word word word']}]}
    const units = sentence(5)
    units[1]!.joinsNext = false
    const {found} = timed([units], [lexicon])
    // "word word" fits before the break (units 0-1); after it, "word word word" (2-4) is the longest.
    expect((found.get('test/overlap') as Array<{start: number; end: number}>).map((match) => [match.start, match.end])).toEqual([
      [0, 9],
      [10, 24]
    ])
  })
})
