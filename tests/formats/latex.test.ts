import {describe, expect, it} from 'vitest'
import {UserError} from '../../src/errors.js'
import type {ParsedDocument} from '../../src/parse/document.js'
import {renderLatex, type IncludedFile} from '../../src/parse/latex/render.js'
import {tokenize} from '../../src/parse/latex/tokenize.js'
import {lintDocument} from '../../src/lint.js'
import {blocks, where} from '../helpers/documents.js'

function render(lines: readonly string[], files: Record<string, string> = {}): Promise<ParsedDocument> {
  const included = async (name: string): Promise<IncludedFile> => {
    if (files[name] === undefined) throw new UserError(`\\input{${name}}: no such file`)
    return {key: name, text: files[name]!, filePath: name}
  }
  return renderLatex(lines.join('\n'), included)
}

const letterClass = [
  '\\documentclass{letter}', // 1
  '\\newcommand{\\company}{Fernhill}', // 2
  '\\signature{Sam Okafor}', // 3
  '\\begin{document}', // 4
  '\\begin{letter}{Priya Raman \\\\ 12 Quay Street}', // 5
  '\\opening{Dear Priya,}', // 6
  '', // 7
  'I joined \\company{} in 2019 % not this', // 8
  'and cut costs by 40\\%.', // 9
  '', // 10
  '\\closing{Yours sincerely,}', // 11
  '\\end{letter}', // 12
  '\\end{document}' // 13
]

describe('LaTeX letters', async () => {
  it('letter class: recipient, opening, body, closing with the signature; preamble, comments and commands left out', async () => {
    const document = await render(letterClass)
    expect(blocks(document)).toEqual([
      'paragraph: Priya Raman\n12 Quay Street',
      'paragraph: Dear Priya,',
      'paragraph: I joined Fernhill in 2019 and cut costs by 40%.',
      'paragraph: Yours sincerely,\nSam Okafor'
    ])
  })

  it('positions are line:column in the .tex; a macro points at where it is used', async () => {
    const document = await render(letterClass)
    expect(where(document, 'I joined')).toBe('8:1-8:9')
    expect(where(document, 'Fernhill in')).toBe('8:10-8:23')
    expect(where(document, 'costs by 40%')).toBe('9:9-9:22')
    expect(where(document, 'Dear Priya,')).toBe('6:10-6:21')
    expect(where(document, 'Sam Okafor')).toBe('3:12-3:22')
  })

  it('moderncv: \\makelettertitle to \\makeletterclosing, with \\recipient, \\opening, \\closing and \\name', async () => {
    const document = await render([
      '\\documentclass{moderncv}',
      '\\name{Sam}{Okafor}',
      '\\begin{document}',
      '\\recipient{Fernhill}{Leeds}',
      '\\opening{Dear Priya,}',
      '\\closing{Best regards,}',
      'Before the title: not printed.',
      '\\makelettertitle',
      'I run the ledger.',
      '\\makeletterclosing',
      'After the closing: not the letter.',
      '\\end{document}'
    ])
    expect(blocks(document)).toEqual([
      'paragraph: Fernhill\nLeeds',
      'paragraph: Dear Priya,',
      'paragraph: I run the ledger.',
      'paragraph: Best regards,\nSam Okafor'
    ])
  })

  it('moderncv: a closing that is a sentence stays a paragraph of its own, before the name', async () => {
    const document = await render([
      '\\documentclass{moderncv}',
      '\\name{}{Sam Okafor}',
      '\\begin{document}',
      '\\closing{Thank you for your time; I look forward to hearing from you.}',
      '\\makelettertitle',
      'I run the ledger.',
      '\\makeletterclosing',
      '\\end{document}'
    ])
    expect(blocks(document)).toEqual([
      'paragraph: I run the ledger.',
      'paragraph: Thank you for your time; I look forward to hearing from you.',
      'paragraph: Sam Okafor'
    ])
  })

  it('Awesome-CV: title, opening, cvletter with \\lettersection headings, closing and name', async () => {
    const document = await render([
      '\\documentclass{awesome-cv}',
      '\\name{Sam}{Okafor}',
      '\\newcommand{\\companyname}{Fernhill}',
      '\\lettertitle{Application for Backend Engineer}',
      '\\letteropening{Dear Priya,}',
      '\\letterclosing{Sincerely,}',
      '\\begin{document}',
      '\\makecvheader',
      '\\makelettertitle',
      '\\begin{cvletter}',
      '\\lettersection{Why \\companyname?}',
      'I run the ledger at \\companyname.',
      '\\end{cvletter}',
      '\\makeletterclosing',
      '\\end{document}'
    ])
    expect(blocks(document)).toEqual([
      'paragraph: Application for Backend Engineer',
      'paragraph: Dear Priya,',
      'heading: Why Fernhill?',
      'paragraph: I run the ledger at Fernhill.',
      'paragraph: Sincerely,\nSam Okafor'
    ])
  })

  it('other classes: the whole document; lists, quotations and tables of prose are read, tables of fields are not', async () => {
    const document = await render([
      '\\documentclass{article}',
      '\\begin{document}',
      '\\begin{tabular}{ll} Phone: & 07700 900123 \\\\ Email: & a@example.com \\end{tabular}',
      '\\section*{Summary}',
      '\\begin{itemize}',
      '\\item Cut p99 latency from 480ms to 95ms.',
      '\\item[Scale:] 9,000 writes a second.',
      '\\end{itemize}',
      '\\begin{quote}A quoted line.\\end{quote}',
      '\\begin{tabular}{|p{3cm}|p{9cm}|}',
      'On call & I carried the pager for the payments platform for three years \\\\ \\hline',
      '\\end{tabular}',
      '\\begin{figure}Figure text\\end{figure}',
      '$x^2$ is maths and \\verb|code| is code.',
      '\\end{document}'
    ])
    expect(blocks(document)).toEqual([
      'heading: Summary',
      'list-item: Cut p99 latency from 480ms to 95ms.',
      'list-item: Scale: 9,000 writes a second.',
      'quote: A quoted line.',
      'paragraph: On call — I carried the pager for the payments platform for three years',
      'paragraph: x^2 is maths and code is code.'
    ])
    expect(document.blocks[1]!.group).toBe(document.blocks[2]!.group)
  })

  it('TeX text: accents, dashes, quotes, ties, escaped characters, and spaces after a command', async () => {
    const document = await render([
      '\\begin{document}',
      "Adri\\'an Garc\\'{\\i}a, na\\\"ive, \\c{c}a --- ``quoted'' -- 10~ms, \\pounds40m, 5\\% \\& \\#1.",
      '\\newcommand{\\role}{Engineer}Senior \\role at work; \\role{} at home.',
      '\\end{document}'
    ])
    expect(document.source).toBe(
      'Adrián García, naïve, ça — “quoted” – 10 ms, £40m, 5% & #1. Senior Engineerat work; Engineer at home.'
    )
  })

  it('macros with arguments expand with their arguments in place', async () => {
    const document = await render([
      '\\newcommand{\\entry}[2]{#1: #2.}',
      '\\newcommand\\greet[1][Dear]{#1 Priya,}',
      '\\def\\team{Payments}',
      '\\begin{document}',
      '\\greet',
      '',
      '\\entry{Team}{\\team}',
      '\\end{document}'
    ])
    expect(blocks(document)).toEqual(['paragraph: Dear Priya,', 'paragraph: Team: Payments.'])
    // An argument written at the use site points at itself; the rest at the macro's use.
    expect(where(document, 'Team:')).toBe('7:8-7:20')
  })

  it('\\input brings in a body file; positions in it name that file', async () => {
    const document = await render(
      ['\\documentclass{moderncv}', '\\newcommand{\\body}{body}', '\\begin{document}', '\\makelettertitle', '\\input{\\body.tex}', '\\makeletterclosing', '\\end{document}'],
      {'body.tex': '% the body\nI run the ledger.\n'}
    )
    expect(blocks(document)).toEqual(['paragraph: I run the ledger.'])
    expect(where(document, 'ledger')).toBe('body.tex:2:11-2:17')
  })

  it('asks for a file it has not been given, and refuses an \\input loop', async () => {
    await expect(renderLatex('\\begin{document}\\input{part}\\end{document}')).rejects.toThrow('\\input{part}: cannot read other files here')
    const loop = async (): Promise<IncludedFile> => ({key: 'a.tex', text: '\\input{a}', filePath: 'a.tex'})
    await expect(renderLatex('\\begin{document}\\input{a}\\end{document}', loop)).rejects.toThrow('\\input{a} includes a file that is already being read (a loop)')
  })

  it('a file without \\begin{document} is a fragment, read whole', async () => {
    expect(blocks(await render(['I run the ledger.', '', '% a note', 'Second paragraph.']))).toEqual([
      'paragraph: I run the ledger.',
      'paragraph: Second paragraph.'
    ])
  })

  it('no letter body: a clear error', async () => {
    await expect(render(['\\documentclass{letter}', '\\usepackage{geometry}'])).rejects.toThrow(
      new UserError('no letter body found: no \\begin{document} and no prose (a preamble or a style file?)')
    )
    await expect(render(['\\documentclass{letter}', '\\begin{document}', '\\begin{letter}{}', '\\end{letter}', '\\end{document}'])).rejects.toThrow(
      'no letter body found: no prose in \\begin{letter}, between \\makelettertitle and \\makeletterclosing, in cvletter, or in the document'
    )
  })

  it('keeps unbalanced braces', async () => {
    const document = await render(['\\begin{document}', 'Start end {unclosed', '\\end{document}'])
    expect(document.source).toBe('Start end unclosed')
  })

  it('refuses a macro that calls itself, as TeX would never finish it, and never hangs on one', async () => {
    await expect(render(['\\def\\loop{\\loop}', '\\begin{document}', 'Start \\loop end', '\\end{document}'])).rejects.toThrow(
      new UserError('\\loop expands inside itself more than 64 levels deep (a macro that calls itself?)')
    )
    // Defined and never used: nothing to refuse.
    expect((await render(['\\def\\loop{\\loop}', '\\begin{document}', 'Start end', '\\end{document}'])).source).toBe('Start end')
  })

  it('\\let to a command keeps that command when it is redefined, as TeX does', async () => {
    const document = await render(['\\let\\oldemph\\emph', '\\renewcommand{\\emph}[1]{\\oldemph{#1}!}', '\\begin{document}', 'A \\emph{bold} claim.', '\\end{document}'])
    expect(document.source).toBe('A bold! claim.')
  })

  it('lints like any letter: rules see the rendered words', async () => {
    const result = lintDocument(await render(letterClass), {filePath: 'letter.tex'})
    const cliche = await render(['\\begin{document}', 'Dear Priya,', '', 'I am a \\emph{team player}.', '\\end{document}'])
    expect(result.filePath).toBe('letter.tex')
    const messages = lintDocument(cliche).messages.filter((message) => message.ruleId === 'no-cliche')
    expect(messages.map((message) => [message.line, message.column, message.endLine, message.endColumn, message.actual])).toEqual([[4, 14, 4, 25, 'team player']])
  })

  it('tokenizes comments, control words and paragraph breaks as TeX does', async () => {
    const nodes = tokenize('a % c\n\nb\\foo  c')
    expect(nodes.map((node) => node.type)).toEqual(['text', 'space', 'par', 'text', 'macro', 'text'])
  })
})
