import {describe, expect, it} from 'vitest'
import {countWhile} from '../src/util/bisect.js'

describe('countWhile', () => {
  const starts = [0, 10, 20, 30]
  it('counts the leading items that pass', () => {
    expect(countWhile(starts.length, (index) => starts[index]! <= 15)).toBe(2)
    expect(countWhile(starts.length, (index) => starts[index]! <= 30)).toBe(4)
    expect(countWhile(starts.length, (index) => starts[index]! < 0)).toBe(0)
    expect(countWhile(0, () => true)).toBe(0)
  })
})
