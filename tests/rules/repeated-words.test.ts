import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {describe as describeMessage} from '../helpers/lint.js'
import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('repeated-words', {
  fires: [
    {
      name: 'a doubled word, pointing at both, with the word to keep',
      text: ['Dear Priya Shah,', '', 'I cut the the p99 latency of our our payments API from 900ms to 140ms.'],
      expected: ['3:7-3:14 warning "the the" says "the" twice: delete one.', '3:30-3:37 warning "our our" says "our" twice: delete one.'],
      withMessage: true
    },
    {
      name: 'at the start of a sentence, across a line break and around emphasis',
      text: ['The the ledger moved £38m a month, and I ran it on', 'on call. I wrote **the** the runbook.'],
      expected: ['1:1-1:8 warning "The the"', '1:49-2:3 warning "on on"', '2:20-2:29 warning "the** the"']
    },
    {
      name: 'in a plain-text letter',
      format: 'text',
      text: ['Dear Priya,', '', 'I moved our our ledger onto Postgres.'],
      expected: ['3:9-3:16 warning "our our"']
    }
  ],
  quiet: [
    {
      name: 'doubles English has: "that that" and "had had"',
      text: ['I knew that that design would fail under load, and we had had two outages by March.']
    },
    {
      name: 'a capitalised name that doubles, and words split by punctuation',
      text: ['I worked in Walla Walla on the ledger. It failed, failed again, and then held: held at 9,000 writes a second.']
    },
    {
      name: "an image's alt text beside the same word",
      text: ['I drew the ledger ![ledger](ledger.png) ledger diagram and the outbox ![plan](plan.png) in one page.', '', 'It held at ![at](at.png) at 9,000 writes a second.']
    },
    {
      name: 'repeats in code, and across two sentences',
      text: ['I wrote `the the` as a test string. I moved it. It held.']
    },
    {
      name: 'the address block and the signature are not read as prose',
      text: ['Priya Priya', 'Ledgerline', '', 'Dear Priya,', '', 'I moved our ledger onto Postgres.', '', 'Yours sincerely,', 'Sam Sam']
    }
  ]
})

it('finds "the the" and "our our" in a strong letter at their line and column', () => {
  const strong = readFileSync(new URL('../../fixtures/letters/strong.md', import.meta.url), 'utf8')
  const text = strong.replace('splitting the card', 'splitting the the card').replace('moved our 240M', 'moved our our 240M')
  const found = lint(text, {filePath: 'strong.md'}).messages.filter((message) => message.ruleId === 'repeated-words')
  expect(found.map((message) => describeMessage(message))).toEqual(['7:34-7:41 warning "the the"', '9:176-9:183 warning "our our"'])
  expect(found.map((message) => message.expected)).toEqual([['the'], ['our']])
})

it('reports a word doubled across a link, with no fix that would break the link', () => {
  const result = lint('I ran the ledger [ledger](https://example.com) for two years.', {filePath: 'letter.md'})
  const found = result.messages.filter((message) => message.ruleId === 'repeated-words')
  expect(found.map((message) => [describeMessage(message, true), message.actual, message.expected])).toEqual([
    ['1:11-1:25 warning "ledger ledger" says "ledger" twice: delete one.', 'ledger [ledger', undefined]
  ])
})

it('offers the span without its second word as the fix, markup and case kept', () => {
  const result = lint(['The the ledger held, and I wrote **the** the runbook on', 'on call.'].join('\n'), {filePath: 'letter.md'})
  const found = result.messages.filter((message) => message.ruleId === 'repeated-words')
  expect(found.map((message) => [describeMessage(message), message.expected])).toEqual([
    ['1:1-1:8 warning "The the"', ['The']],
    ['1:36-1:45 warning "the** the"', ['the**']],
    ['1:54-2:3 warning "on on"', ['on']]
  ])
})

it('keeps at most 500 findings in a letter: past that the text is not prose', () => {
  const text = `Dear Sam,\n\n${'I fixed the the bug. '.repeat(600)}\n`
  const found = lint(text, {filePath: 'letter.md'}).messages.filter((message) => message.ruleId === 'repeated-words')
  expect(found).toHaveLength(500)
  expect(describeMessage(found[0]!)).toBe('3:9-3:16 warning "the the"')
})
