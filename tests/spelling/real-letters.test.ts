import {readdirSync, readFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import type {LintMessage} from '../../src/types.js'
import {root} from '../helpers/cli.js'
import {hasCorpus, realLetters} from '../helpers/corpus.js'
import {filledGuideExample, guideExample, hasGuide} from '../helpers/guide.js'

const ours = (message: LintMessage): boolean => message.ruleId === 'spelling' || message.ruleId === 'sentence-length'
const isVariant = (message: LintMessage): boolean => / is the (?:American|British) spelling/.test(message.message)

describe.skipIf(!hasGuide)("the guide's example letter", () => {
  it('is shortlisted with no findings at all once its template fields are filled in', () => {
    const result = lint(filledGuideExample(), {filePath: 'guide.md'})
    expect(result.messages).toEqual([])
    expect(result.verdict).toBe('shortlist')
  })

  it('has no spelling or sentence-length findings as the guide prints it (its 55-word sentences included)', () => {
    expect(lint(guideExample(), {filePath: 'guide.md'}).messages.filter(ours)).toEqual([])
  })
})

describe('the fixture letters', () => {
  const folders = ['fixtures/letters', 'fixtures/jobs/ai-platform', 'fixtures/jobs/fintech-backend', 'fixtures/jobs/junior-web', 'fixtures/ci']
  const letters = folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => /\.(md|txt)$/.test(name) && !/^(job|posting)\./.test(name))
      .map((name) => join(folder, name))
  )

  it('have no spelling or sentence-length findings', () => {
    expect(letters.length).toBeGreaterThanOrEqual(10)
    const found = letters.flatMap((path) => lint(readFileSync(join(root, path), 'utf8'), {filePath: path}).messages.filter(ours).map((message) => `${path} ${message.actual}`))
    expect(found).toEqual([])
  })

  it('leave strong.md shortlisted with no findings', () => {
    const result = lint(readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8'), {filePath: 'strong.md'})
    expect([result.verdict, result.messages]).toEqual(['shortlist', []])
  })
})

/**
 * The 69 real letters, read one by one. Names, companies and the field's words raise nothing;
 * what remains is listed here with why. The letters are real people's prose, so true
 * misspellings are catches. American spellings (the letters are mostly American, linted here as
 * British, the default) are counted, not listed.
 */
const reviewed: Record<string, string> = {
  '005.md:11:351 defry': "the writer's own coinage, a mantra (a name: the writer can add it to dictionary)",
  '005.md:13:5 defry': 'the same coinage, defined in a list',
  '005.md:15:42 independant': 'misspelt: independent',
  '006.md:17:320 programing': 'misspelt: programming',
  '013.md:15:324 pattens': 'misspelt: "design patterns"',
  '017.md:7:70 telarix': 'the company Telarix written in lower case, four times (with its posting it would be known)',
  '017.md:11:8 telarix': 'the same',
  '017.md:13:80 telarix': 'the same',
  '017.md:13:326 telarix': 'the same',
  '018.md:13:1015 effeciently': 'misspelt: efficiently',
  '019.md:9:175 seak': 'misspelt: "seek out"',
  '020.md:3:139 funtctions': 'misspelt: functions',
  '028.md:9:339 cumlaude': 'misspelt: cum laude',
  '028.md:15:246 everytime': 'misspelt: every time',
  '029.md:11:161 olympics': 'a name in lower case: the Olympics',
  '029.md:11:566 broadcasted': 'not in the dictionaries (the past tense is "broadcast"); some American dictionaries allow it',
  '031.md:11:38 softwares': 'misspelt: software has no plural',
  '039.md:7:286 saturday': 'a name in lower case: Saturday',
  '039.md:10:777 architecturing': 'not a word: architecting',
  '041.md:7:43 collosal': 'misspelt: colossal',
  '041.md:7:552 implememt': 'misspelt: implement',
  '051.md:11:239 intruiging': 'misspelt: intriguing',
  '052.md:7:452 rigourous': 'misspelt: rigorous',
  '062.md:7:96 elasticstack': 'the Elastic Stack run together'
}

describe.skipIf(!hasCorpus)('the real-letter corpus', () => {
  const results = realLetters().map((path) => ({name: basename(path), messages: lint(readFileSync(path, 'utf8'), {filePath: path}).messages.filter((message) => message.ruleId === 'spelling')}))

  it('raises no spelling finding on names, companies or the field\'s words: only the reviewed ones remain', () => {
    const found = results.flatMap(({name, messages}) => messages.filter((message) => !isVariant(message)).map((message) => `${name}:${message.line}:${message.column} ${message.actual}`))
    expect(found).toEqual(Object.keys(reviewed))
  })

  it('gives the British form of each American spelling (92 in 40 letters)', () => {
    const variants = results.flatMap(({name, messages}) => messages.filter(isVariant).map((message) => ({name, message})))
    expect(variants).toHaveLength(92)
    expect(new Set(variants.map(({name}) => name)).size).toBe(40)
    for (const {message} of variants) expect(message.expected?.length, message.message).toBeGreaterThan(0)
  })
})
