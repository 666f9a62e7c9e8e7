import {describe, expect, it} from 'vitest'
import {buildLetter} from '../../src/letter/build.js'
import {parse, type InputFormat} from '../../src/parse/index.js'

/** Each block's role and its first words. */
function roles(lines: readonly string[], format: InputFormat = 'markdown'): string[] {
  const letter = buildLetter(parse(lines.join('\n'), format))
  return letter.blocks.map((block) => `${block.role}: ${block.sentences.map((sentence) => sentence.text).join(' ').replace(/\s+/g, ' ').slice(0, 24)}`)
}

const paragraph = 'I moved the settlement ledger onto a partitioned schema with zero downtime.'

describe('letter structure', () => {
  it('address, greeting, body, sign-off', () => {
    expect(roles(['Priya Shah', 'Ledgerline Ltd.', '', '12 March 2026', '', 'Dear Priya,', '', paragraph, '', paragraph, '', 'Yours sincerely,', 'Sam Okafor'])).toEqual([
      'address: Priya Shah Ledgerline Lt',
      'address: 12 March 2026',
      'salutation: Dear Priya,',
      'body: I moved the settlement l',
      'body: I moved the settlement l',
      'closing: Yours sincerely, Sam Oka'
    ])
  })

  it('a greeting and a sign-off glued to the paragraphs', () => {
    expect(roles(['Dear Priya,', paragraph, '', `${paragraph}`, 'Best regards,', 'Sam'], 'text')).toEqual([
      'salutation: Dear Priya,',
      'body: I moved the settlement l',
      'body: I moved the settlement l',
      'closing: Best regards, Sam'
    ])
  })

  it('no greeting: the body starts at the first sentence-like block', () => {
    expect(roles(['Recruitment Team, ACME PAYMENTS, London EC1', '', 'Application for Backend Engineer', '', paragraph, '', 'Sam Okafor'])).toEqual([
      'address: Recruitment Team, ACME P',
      'address: Application for Backend ',
      'body: I moved the settlement l',
      'signature: Sam Okafor'
    ])
  })

  it('"Hiring Manager" heading an address block is not the greeting when "Dear ..." follows', () => {
    expect(roles(['Hiring Manager', 'Ledgerline', '', 'Dear Hiring Manager,', '', paragraph])).toEqual([
      'address: Hiring Manager Ledgerlin',
      'salutation: Dear Hiring Manager,',
      'body: I moved the settlement l'
    ])
  })

  it('headings in the body are headings, a postscript after the signature is read', () => {
    const letter = buildLetter(
      parse(['Dear Priya,', '', '## Why Ledgerline', '', paragraph, '', 'Kind regards,', 'Sam', '', `P.S. ${paragraph} ${paragraph}`].join('\n'), 'markdown')
    )
    expect(letter.blocks.map((block) => block.role)).toEqual(['salutation', 'heading', 'body', 'closing', 'postscript'])
    expect(letter.paragraphs).toBe(1)
  })

  it('counts words from the greeting to the sign-off', () => {
    const letter = buildLetter(parse(['Priya Shah', 'Ledgerline', '', 'Dear Priya,', '', 'I moved 9,000 writes/s.', '', 'Best,', 'Sam'].join('\n'), 'markdown'))
    // Dear Priya (2) + I moved 9,000 writes s (5) + Best Sam (2): "9,000" is one word.
    expect(letter.words).toBe(9)
  })
})

describe('sign-off lines', () => {
  it('a sign-off, alone or with a name, ends the body; a sentence that starts like one does not', async () => {
    const {isClosingLine} = await import('../../src/letter/structure.js')
    expect(['Best regards,', 'Yours sincerely', 'Thanks again!', 'Best regards, Sam Okafor', 'Kind regards Sam'].map(isClosingLine)).toEqual([true, true, true, true, true])
    expect(['Thanks again for your time', 'Best of luck to the team', 'Bestow', 'Regardless of the outcome', 'Best regards, and thanks'].map(isClosingLine)).toEqual([false, false, false, false, false])
  })
})
