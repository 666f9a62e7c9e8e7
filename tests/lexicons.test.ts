import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/cli.js'

/**
 * Word lists are data: every phrase is lower-case (unless its entry is case-sensitive), has no
 * stray punctuation or doubled spaces, and appears once in its file.
 */
const dataFiles = [
  ...readdirSync(join(root, 'rules')).flatMap((rule) => {
    try {
      return readdirSync(join(root, 'rules', rule))
        .filter((name) => name.endsWith('.json'))
        .map((name) => join('rules', rule, name))
    } catch {
      return []
    }
  }),
  join('src', 'letter', 'data', 'technologies.json'),
  // The claim reader's word lists: verbs of doing, owner words, mood markers, closed word classes.
  ...readdirSync(join(root, 'src', 'letter', 'claims'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => join('src', 'letter', 'claims', name))
]

interface Phrase {
  text: string
  caseSensitive: boolean
}

/** Every phrase in a data file, whatever its shape: string arrays, or entries with `phrases`. */
function phrases(value: unknown, caseSensitive = false): Phrase[] {
  if (typeof value === 'string') return [{text: value, caseSensitive}]
  if (Array.isArray(value)) return value.flatMap((item) => phrases(item, caseSensitive))
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (Array.isArray(record.phrases)) return phrases(record.phrases, record.caseSensitive === true)
    return Object.entries(record)
      .filter(([key]) => key !== '$comment' && key !== 'message' && key !== 'label' && key !== 'name' && key !== 'kind')
      .flatMap(([key, item]) => phrases(item, caseSensitive || key === 'fields' || key === 'htmlTags'))
  }
  return []
}

describe('word lists', () => {
  it('finds the data files', () => {
    expect(dataFiles.length).toBeGreaterThanOrEqual(16)
    expect(dataFiles).toContain(join('src', 'letter', 'claims', 'verbs.json'))
  })

  for (const file of dataFiles) {
    describe(file, () => {
      const data = JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown
      const list = phrases(data)

      it('has a comment saying what it holds', () => {
        expect((data as Record<string, unknown>).$comment).toBeTypeOf('string')
      })

      it('writes phrases lower-case unless case-sensitive', () => {
        const upper = list.filter((phrase) => !phrase.caseSensitive && phrase.text !== phrase.text.toLowerCase())
        expect(upper.map((phrase) => phrase.text)).toEqual([])
      })

      it('has no stray punctuation or spacing', () => {
        // Commas only in literal template fields ("City, State"); a leading dot only in names (".NET").
        const stray = list.filter(
          (phrase) =>
            phrase.text !== phrase.text.trim() ||
            /\s{2}|[;!?"]/.test(phrase.text) ||
            (phrase.text.includes(',') && !phrase.caseSensitive) ||
            /^-|-$|^\.(?![a-z])/.test(phrase.text)
        )
        expect(stray.map((phrase) => phrase.text)).toEqual([])
      })

      it('lists each phrase once', () => {
        const seen = new Set<string>()
        const duplicates = list.filter((phrase) => {
          const key = `${phrase.caseSensitive}:${phrase.text}`
          if (seen.has(key)) return true
          seen.add(key)
          return false
        })
        expect(duplicates.map((phrase) => phrase.text)).toEqual([])
      })
    })
  }
})
