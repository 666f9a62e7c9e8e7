import {describe, expect, it} from 'vitest'
import {closest, didYouMean} from '../src/util/suggest.js'

describe('did you mean', () => {
  it('suggests the nearest by edits', () => {
    expect(closest('no-cliches', ['no-cliche', 'no-cv-summary'])).toBe('no-cliche')
    expect(didYouMean('jsn', ['json', 'stylish'])).toBe(' (did you mean "json"?)')
  })

  it('breaks ties by the longest shared start', () => {
    expect(closest('rule', ['role', 'rules'])).toBe('rules')
  })

  it('suggests nothing when nothing is close', () => {
    expect(closest('banana', ['word-count', 'salutation'])).toBeUndefined()
    expect(didYouMean('banana', ['json'])).toBe('')
  })
})
