import {describe, expect, it} from 'vitest'
import variantData from '../../rules/spelling/variants.json' with {type: 'json'}
import {lookupForm, Speller} from '../../src/spelling/speller.js'
import type {VariantPairs} from '../../src/spelling/variants.js'

const variants: VariantPairs = variantData.pairs.map((pair) => pair.split(' ') as [string, string])
const british = new Speller('en-GB', {variants})
const american = new Speller('en-US', {variants})

const best = (speller: Speller, word: string): string | undefined => {
  const {form} = lookupForm(word)
  return speller.check(form).kind === 'unknown' ? speller.suggest(form)[0]?.text : speller.check(form).kind
}

describe('the speller, on the compiled dictionaries', () => {
  it('knows the words of a backend letter, in both locales', () => {
    const words = 'ledger reconciliation idempotency observability postmortems runbooks backfills pgvector Kubernetes kubernetes PostgreSQL embeddings evals uptime latencies failover sharding microservices I\'m we\'ve don\'t'.split(' ')
    for (const word of words) {
      expect(british.isKnown(lookupForm(word).form), word).toBe(true)
      expect(american.isKnown(lookupForm(word).form), word).toBe(true)
    }
  })

  it('suggests what people meant, best first', () => {
    const meant: Record<string, string> = {
      recieved: 'received',
      werk: 'work',
      postgress: 'Postgres',
      Postgress: 'Postgres',
      Bnak: 'Bank',
      teh: 'the',
      kubernets: 'Kubernetes',
      Terrafrom: 'Terraform',
      independant: 'independent',
      accomodate: 'accommodate',
      acheive: 'achieve',
      adress: 'address',
      begining: 'beginning',
      beleive: 'believe',
      commited: 'committed',
      definately: 'definitely',
      enviroment: 'environment',
      existance: 'existence',
      goverment: 'government',
      neccessary: 'necessary',
      occured: 'occurred',
      occurence: 'occurrence',
      seperate: 'separate',
      succesful: 'successful',
      sucessfully: 'successfully',
      tommorow: 'tomorrow',
      untill: 'until',
      writting: 'writing',
      managment: 'management',
      developement: 'development',
      experiance: 'experience',
      knowlege: 'knowledge',
      responsibilty: 'responsibility',
      oppurtunity: 'opportunity',
      implemetation: 'implementation',
      perfomance: 'performance',
      archictecture: 'architecture',
      infrastucture: 'infrastructure',
      intruiging: 'intriguing',
      pattens: 'patterns',
      everytime: 'every time',
      saturday: 'Saturday'
    }
    const got = Object.fromEntries(Object.keys(meant).map((word) => [word, best(british, word)]))
    expect(got).toEqual(meant)
  })

  it('gives the British form of an American spelling in a British letter, and the other way round', () => {
    const pairs: [string, string][] = [
      ['optimize', 'optimise'],
      ['color', 'colour'],
      ['analyze', 'analyse'],
      ['organization', 'organisation'],
      ['centered', 'centred'],
      ['colorized', 'colourised'],
      ['traveled', 'travelled'],
      ['modeling', 'modelling'],
      ['catalog', 'catalogue'],
      ['defense', 'defence'],
      ['judgment', 'judgement'],
      ['fulfill', 'fulfil'],
      ['enrollment', 'enrolment'],
      ['behavior', 'behaviour'],
      ['practicing', 'practising'],
      ['math', 'maths'],
      ['gray', 'grey'],
      ['specialty', 'speciality']
    ]
    for (const [us, gb] of pairs) {
      expect(british.check(us), us).toEqual({kind: 'variant', forms: [gb]})
      expect(american.isKnown(us), us).toBe(true)
    }
    for (const [us, gb] of pairs.filter(([us]) => !['math', 'gray', 'specialty', 'judgment'].includes(us))) {
      expect(american.check(gb), gb).toEqual({kind: 'variant', forms: [us]})
    }
    expect(british.check('Optimize')).toEqual({kind: 'variant', forms: ['Optimise']})
  })

  it('takes a possessive, an accent and a curly apostrophe off before looking a word up', () => {
    expect(lookupForm("Monzo's")).toEqual({form: 'Monzo', possessive: "'s"})
    expect(lookupForm('engineers’')).toEqual({form: 'engineers', possessive: '’'})
    expect(lookupForm('résumé').form).toBe('resume')
    expect(lookupForm('I’m').form).toBe("I'm")
    expect(british.isKnown(lookupForm('naïve').form)).toBe(true)
  })

  it('knows a known word behind a common prefix, but not a typo behind one', () => {
    expect(british.isKnown('unglamorous')).toBe(true)
    expect(british.isKnown('replatform')).toBe(true)
    expect(british.isKnown('unsuccesful')).toBe(false)
  })

  it('accepts the user\'s own words in any case', () => {
    const own = new Speller('en-GB', {personal: ['Tallyhook', 'ledgerline']})
    expect(['Tallyhook', 'tallyhook', 'TALLYHOOK', 'Ledgerline'].map((word) => own.isKnown(word))).toEqual([true, true, true, true])
    expect(british.isKnown('tallyhook')).toBe(false)
  })

  it('never suggests the dictionaries\' offensive words, nor two letters for a longer word', () => {
    const suggestions = (word: string) => british.suggest(word).map((suggestion) => suggestion.text)
    expect(suggestions('shitt')).not.toContain('shit')
    expect(suggestions('teh')).not.toContain('Te')
  })

  it('says nothing for what no word is near, and does not search very long words', () => {
    expect(british.check('xqzvvk')).toEqual({kind: 'unknown'})
    expect(british.suggest('xqzvvk')).toEqual([])
    expect(british.suggest('a'.repeat(41))).toEqual([])
  })
})
