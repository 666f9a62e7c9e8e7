import {describe, expect, it} from 'vitest'
import {buildLetter} from '../../src/letter/build.js'
import type {Lexicon, LexiconEntry} from '../../src/letter/lexicon.js'
import {parse} from '../../src/parse/index.js'

const lexicon: Lexicon<LexiconEntry & {name: string}> = {
  id: 'test/terms',
  entries: [
    {name: 'on-call', phrases: ['on-call']},
    {name: 'error budget', phrases: ['error budget', 'error budgets']},
    {name: 'Go', phrases: ['Go'], caseSensitive: true},
    {name: 'passionate', phrases: ['passionate']},
    {name: 'passionate about', phrases: ['passionate about']}
  ]
}

function found(text: string): string[] {
  const letter = buildLetter(parse(text, 'markdown'), [lexicon])
  return letter.matches<(typeof lexicon.entries)[number]>(lexicon.id).map((match) => `${match.entry.name}=${letter.source.slice(match.start, match.end)}`)
}

describe('technologies', () => {
  it('knows Go by its names, in any case for "golang" but only capitalised for "Go"', () => {
    const letter = buildLetter(parse('I write golang, Golang and Go; I go home.', 'markdown'))
    expect(letter.technologies.map((mention) => `${mention.name}=${letter.source.slice(mention.start, mention.end)}`)).toEqual(['Go=golang', 'Go=Golang', 'Go=Go'])
  })
})

describe('one-walk lexicon matching', () => {
  it('a hyphen in a phrase matches a hyphen or a space', () => {
    expect(found('I was on-call, then on call, then On-Call.')).toEqual(['on-call=on-call', 'on-call=on call', 'on-call=On-Call'])
  })

  it('matches across a line break but not across punctuation or sentences', () => {
    expect(found('We ran weekly error\nbudget reviews. Error, budget. Error. Budget.')).toEqual(['error budget=error\nbudget'])
  })

  it('matches one part of a hyphenated word', () => {
    expect(found('A Go-based service and a Go/Rust split.')).toEqual(['Go=Go', 'Go=Go'])
  })

  it('honours case for case-sensitive entries', () => {
    expect(found('I go to Go meetups; GO is shouting.')).toEqual(['Go=Go'])
  })

  it('never matches inside a word', () => {
    expect(found('Google and Golang are not Go; compassionate is not passionate about.')).toEqual(['Go=Go', 'passionate about=passionate about'])
  })

  it('keeps the longest of overlapping matches', () => {
    expect(found('I am passionate about ledgers and passionate.')).toEqual(['passionate about=passionate about', 'passionate=passionate'])
  })
})
