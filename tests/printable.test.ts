import {describe, expect, it} from 'vitest'
import {printable, printableDeep} from '../src/util/printable.js'

describe('printable', () => {
  it('shows line breaks, terminal escapes, C1 controls, separators and bidi overrides as escapes', () => {
    expect(printable('a\nb\r\nc')).toBe('a\\nb\\r\\nc')
    expect(printable('\u001b[2J\u001b]8;;https://x.example\u0007x\u001b]8;;\u0007')).toBe('\\x1B[2J\\x1B]8;;https://x.example\\x07x\\x1B]8;;\\x07')
    expect(printable('\u009b31m \u0085 \u007f \u0000')).toBe('\\x9B31m \\x85 \\x7F \\x00')
    expect(printable('a\u2028b\u2029c \u202eevil\u202c \u2066iso\u2069')).toBe('a\\u2028b\\u2029c \\u202Eevil\\u202C \\u2066iso\\u2069')
  })

  it('keeps what is text: tabs, right-to-left marks, emoji, accents, the same string when nothing changes', () => {
    const text = 'Zoë\tשלום\u200f ✅ café — “quoted”'
    expect(printable(text)).toBe(text)
    expect(printable('plain')).toBe('plain')
  })

  it('is the same on every call (the pattern keeps no state between calls)', () => {
    for (let index = 0; index < 3; index++) expect(printable('x\ny')).toBe('x\\ny')
  })

  it('applies to every string at any depth, keys included', () => {
    expect(printableDeep({a: ['x\ny', {b: '\u001b'}], n: 1, z: null, 'k\n': true})).toEqual({a: ['x\\ny', {b: '\\x1B'}], n: 1, z: null, 'k\\n': true})
  })
})
