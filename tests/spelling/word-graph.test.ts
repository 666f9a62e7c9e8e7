import {describe, expect, it} from 'vitest'
import {buildGraph} from '../../src/spelling/dawg-build.js'
import {WordGraph} from '../../src/spelling/dawg.js'
import {decodeWordFile, encodeWordFile} from '../../src/spelling/format.js'
import {editDistance, nearWords} from '../../src/spelling/suggest.js'

/** A seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function randomWords(seed: number, count: number, letters = "abcdeilnorstuAB'"): Map<string, number> {
  const next = random(seed)
  const words = new Map<string, number>()
  while (words.size < count) {
    const length = 1 + Math.floor(next() * 9)
    let word = ''
    for (let index = 0; index < length; index++) word += letters[Math.floor(next() * letters.length)]
    words.set(word, 1 + Math.floor(next() * 15))
  }
  return words
}

function graphOf(words: ReadonlyMap<string, number>, field: ReadonlyMap<string, number> = new Map()): WordGraph {
  const {edges, roots, alphabet} = buildGraph(words, field)
  // Through the file format, as the rule reads it.
  return new WordGraph(decodeWordFile(encodeWordFile({edges, root: roots[0]!, fieldRoot: roots[1]!, alphabet, notes: {display: {}, sources: {}}})))
}

const fileOf = (words: ReadonlyMap<string, number>): Uint8Array => {
  const {edges, roots, alphabet} = buildGraph(words)
  return encodeWordFile({edges, root: roots[0]!, fieldRoot: 0, alphabet, notes: {display: {}, sources: {}}})
}

describe('the word graph', () => {
  it('holds every word with its tag, and nothing else', () => {
    for (const seed of [1, 2]) {
      const words = randomWords(seed, 2000)
      const graph = graphOf(words)
      for (const [word, tag] of words) expect(graph.tag(word), word).toBe(tag)
      const others = randomWords(seed + 100, 2000)
      for (const word of others.keys()) expect(graph.tag(word), word).toBe(words.get(word) ?? 0)
      for (const word of words.keys()) {
        for (let cut = 0; cut < word.length; cut++) expect(graph.tag(word.slice(0, cut))).toBe(words.get(word.slice(0, cut)) ?? 0)
      }
    }
  })

  it('shares suffixes: a graph of many inflected words is far smaller than their letters', () => {
    const words = new Map<string, number>()
    for (const stem of ['migrat', 'integrat', 'replicat', 'partition', 'index', 'shard', 'cach', 'deploy', 'monitor', 'alert']) {
      for (const ending of ['e', 'ed', 'es', 'ing', 'ion', 'ions', 'er', 'ers']) words.set(stem + ending, 1)
    }
    const letters = [...words.keys()].join('').length
    expect(graphOf(words).edges.length).toBeLessThan(letters / 3)
  })

  it('knows no word for characters outside its alphabet, or the empty word', () => {
    const graph = graphOf(new Map([['cafe', 1], ['café', 2]]))
    expect(graph.tag('café')).toBe(2)
    expect(graph.tag('cafè')).toBe(0)
    expect(graph.tag('caf😀')).toBe(0)
    expect(graph.tag('')).toBe(0)
  })

  it('refuses a damaged or foreign file', () => {
    const bytes = fileOf(new Map([['ledger', 1]]))
    expect(() => decodeWordFile(bytes.subarray(0, 10))).toThrow('too short')
    expect(() => decodeWordFile(bytes.subarray(0, bytes.length - 1))).toThrow('length does not match')
    const foreign = bytes.slice()
    foreign[0] = 0
    expect(() => decodeWordFile(foreign)).toThrow('not a word file')
    const newer = bytes.slice()
    newer[4] = 99
    expect(() => decodeWordFile(newer)).toThrow('format 99')
  })

  it('reads a file at any byte offset (copied when not aligned for its edges)', () => {
    const bytes = fileOf(new Map([['ledger', 3], ['ledgers', 1]]))
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    const graph = new WordGraph(decodeWordFile(shifted.subarray(1)))
    expect([graph.tag('ledger'), graph.tag('ledgers'), graph.tag('ledge')]).toEqual([3, 1, 0])
  })
})

describe('the suggestion search', () => {
  it('finds exactly the words within the cost, at their distance, as a plain table measures it', () => {
    const words = randomWords(7, 2000, 'abcdeilnorstu')
    const graph = graphOf(words)
    const queries = [...randomWords(8, 60, 'abcdeilnorstu').keys()]
    for (const query of queries) {
      for (const maxCost of [2, 4, 8]) {
        const found = new Map(nearWords(graph, query, maxCost, () => true).map((candidate) => [candidate.word, candidate.cost]))
        const expected = new Map([...words.keys()].map((word): [string, number] => [word, editDistance(query, word)]).filter(([, cost]) => cost <= maxCost))
        expect(found, `${query} within ${maxCost}`).toEqual(expected)
      }
    }
  })

  it('weighs edits by how people mistype', () => {
    // Two swapped letters and a doubled letter are cheap; a vowel for a vowel cheaper than another letter.
    expect(editDistance('recieved', 'received')).toBe(2)
    expect(editDistance('recieved', 'relieved')).toBe(4)
    expect(editDistance('postgress', 'postgres')).toBe(1)
    expect(editDistance('sucessful', 'successful')).toBe(1)
    expect(editDistance('werk', 'work')).toBe(2)
    expect(editDistance('werk', 'were')).toBe(4)
    expect(editDistance('pattens', 'patterns')).toBe(3)
    expect(editDistance('pattens', 'patters')).toBe(4)
    // The first letter is rarely wrong.
    expect(editDistance('bank', 'tank')).toBe(6)
  })

  it('searches one word set of the graph from its own root', () => {
    const graph = graphOf(new Map([['postgres', 5], ['postgrest', 1], ['progress', 1]]), new Map([['postgres', 5], ['kafka', 4]]))
    expect(nearWords(graph, 'postgress', 4, () => true).map((candidate) => candidate.word).sort()).toEqual(['postgres', 'postgrest'])
    expect(nearWords(graph, 'postgress', 4, () => true, graph.fieldRoot)).toEqual([{word: 'postgres', cost: 1, tag: 5}])
    expect(nearWords(graph, 'kafak', 4, () => true, graph.fieldRoot)).toEqual([{word: 'kafka', cost: 2, tag: 4}])
  })

  it('compares the graph in lower case and keeps its case in what it finds', () => {
    const graph = graphOf(new Map([['London', 1], ['london', 2], ['Postgres', 4]]))
    expect(nearWords(graph, 'londn', 4, () => true).map((candidate) => candidate.word).sort()).toEqual(['London', 'london'])
    expect(nearWords(graph, 'postgress', 4, (tag) => tag === 4)).toEqual([{word: 'Postgres', cost: 1, tag: 4}])
  })
})
