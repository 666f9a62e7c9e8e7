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
    const {isClosingLine} = await import('../../src/parse/letter-lines.js')
    expect(['Best regards,', 'Yours sincerely', 'Thanks again!', 'Best regards, Sam Okafor', 'Kind regards Sam'].map(isClosingLine)).toEqual([true, true, true, true, true])
    expect(['Thanks again for your time', 'Best of luck to the team', 'Bestow', 'Regardless of the outcome', 'Best regards, and thanks'].map(isClosingLine)).toEqual([false, false, false, false, false])
  })

  it('in Markdown dress: a heading, emphasis inside, a hard line break after it', async () => {
    const {isClosingLine} = await import('../../src/parse/letter-lines.js')
    const dressed = ['#### Sincerely,', '#### *Sincerely*,', '**Best regards**,', 'Sincerely,\\', 'Kind regards,<br>', '> Yours sincerely,', '_Warm regards_']
    expect(dressed.map(isClosingLine)).toEqual(dressed.map(() => true))
  })

  it('the other common forms, and a name with a title or letters after it', async () => {
    const {isClosingLine} = await import('../../src/parse/letter-lines.js')
    const forms = ['With kind regards,', 'Thanks and regards,', 'Respectfully submitted,', 'All my best,', 'Sincerely:', 'Best regards, Dr. Sam Okafor, MSc', 'Kind regards, Sam Okafor (she/her)']
    expect(forms.map(isClosingLine)).toEqual(forms.map(() => true))
    expect(['Sincerely, and I mean it, thanks', 'With regard to the role', 'Talk to you about the ledger'].map(isClosingLine)).toEqual([false, false, false])
  })

  it('a sign-off heading ends the body even when a long signature line follows it', () => {
    const signature = 'Sam Okafor, Senior Backend Engineer at Fernpay Payments in Manchester since 2019'
    expect(roles(['Dear Priya,', '', paragraph, '', paragraph, '', '#### *Sincerely*,', '', signature])).toEqual([
      'salutation: Dear Priya,',
      'body: I moved the settlement l',
      'body: I moved the settlement l',
      'closing: Sincerely,',
      'signature: Sam Okafor, Senior Backe'
    ])
    expect(roles(['Dear Priya,', '', paragraph, '', '#### Sincerely,\\', '**Sam Okafor**'])).toEqual([
      'salutation: Dear Priya,',
      'body: I moved the settlement l',
      'closing: Sincerely,\\',
      'signature: Sam Okafor'
    ])
  })
})

describe('placeholder greetings', () => {
  it('a template field where the greeting goes is the greeting: the note above it is not the opening', () => {
    expect(roles(['Note to self: tailor this before sending.', '', '[HIRING MANAGER],', '', paragraph, '', 'Kind regards,', 'Sam'])).toEqual([
      'address: Note to self: tailor thi',
      'salutation: [HIRING MANAGER],',
      'body: I moved the settlement l',
      'closing: Kind regards, Sam'
    ])
  })

  it('in its other forms, glued to the first paragraph too', async () => {
    const {salutationStrength} = await import('../../src/parse/letter-lines.js')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: "${manager}," is a template field greeting, not a template
    expect(['[Hiring Manager Name],', '{{hiring_manager}}:', '${manager},', '[Company] Hiring Team,'].map(salutationStrength)).toEqual([1, 1, 1, 1])
    expect(['[Company]', '[Street], [City]', '[1] See the attached report.'].map(salutationStrength)).toEqual([0, 0, 0])
    expect(roles(['{{hiring_manager}},', paragraph], 'text')).toEqual(['salutation: {{hiring_manager}},', 'body: I moved the settlement l'])
  })

  it('a real greeting after an addressee template line is the greeting', () => {
    expect(roles(['[Hiring Manager],', '[Company]', '', 'Dear Priya,', '', paragraph])).toEqual([
      'address: [Hiring Manager],',
      'address: [Company]',
      'salutation: Dear Priya,',
      'body: I moved the settlement l'
    ])
  })
})
