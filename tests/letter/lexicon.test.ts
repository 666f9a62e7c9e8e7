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
  return letter.matches(lexicon).map((match) => `${match.entry.name}=${letter.source.slice(match.start, match.end)}`)
}

describe('looking up a lexicon', () => {
  it('throws for a lexicon the letter was not built with, rather than answer that the letter never says it', () => {
    const letter = buildLetter(parse('I was on-call.', 'markdown'), [lexicon])
    expect(letter.matches(lexicon).map((match) => match.entry.name)).toEqual(['on-call'])
    const undeclared: Lexicon = {id: 'test/undeclared', entries: [{phrases: ['on-call']}]}
    expect(() => letter.matches(undeclared)).toThrow('lexicon "test/undeclared" was not declared: add it to its rule\'s meta.lexicons')
  })
})

describe('technologies', () => {
  it('knows Go by its names, in any case for "golang" but only capitalised for "Go"', () => {
    const letter = buildLetter(parse('I write golang, Golang and Go; I go home.', 'markdown'))
    expect(letter.technologies.map((mention) => `${mention.name}=${letter.source.slice(mention.start, mention.end)}`)).toEqual(['Go=golang', 'Go=Golang', 'Go=Go'])
  })
})

describe('the technology lexicon', () => {
  const named = (text: string): string[] => {
    const letter = buildLetter(parse(text, 'markdown'))
    return letter.technologies.map((mention) => `${mention.name}=${letter.source.slice(mention.start, mention.end)}`)
  }

  it('knows the .NET family, however the dot is glued on', () => {
    expect(named('I write C#/.NET and C#.NET, ran (.NET 6) and **.NET** services, then ASP.NET Core, Blazor and Classic ASP.')).toEqual([
      'C#=C#',
      '.NET=.NET',
      'C#=C#',
      '.NET=.NET',
      '.NET=.NET',
      '.NET=.NET',
      'ASP.NET=ASP.NET Core',
      'Blazor=Blazor',
      'Classic ASP=Classic ASP'
    ])
  })

  it('a dot that starts a name ends no sentence; a full stop before it still does', () => {
    const letter = buildLetter(parse('I moved it to .NET 8 and C#/.NET services. It went live.  .NET 9 came next.', 'markdown'))
    expect(letter.sentences.map((sentence) => sentence.text)).toEqual(['I moved it to .NET 8 and C#/.NET services.', 'It went live.', '.NET 9 came next.'])
  })

  it('knows NodeJS, Node.JS, and Node beside another name', () => {
    expect(named('NodeJS and Node.JS; Node, Deno and Express; a node in the graph.')).toEqual([
      'Node.js=NodeJS',
      'Node.js=Node.JS',
      'Node.js=Node',
      'Deno=Deno',
      'Express=Express'
    ])
  })

  it('knows the tools and platforms of common postings, and not their English homonyms', () => {
    expect(named('Git, Jest and Cypress on Android and iOS; Terraform, Pulumi, Splunk and New Relic.')).toEqual([
      'Git=Git',
      'Jest=Jest',
      'Cypress=Cypress',
      'Android=Android',
      'iOS=iOS',
      'Terraform=Terraform',
      'Pulumi=Pulumi',
      'Splunk=Splunk',
      'New Relic=New Relic'
    ])
    expect(named('A chef, a puppet and a hive of bees; the classic asp viper; unity of purpose.')).toEqual([])
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
