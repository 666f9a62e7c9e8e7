import {describe, expect, it} from 'vitest'
import {UserError} from '../../src/errors.js'
import type {ParsedDocument} from '../../src/parse/document.js'
import {renderLatex, type IncludedFile} from '../../src/parse/latex/render.js'
import {tokenize} from '../../src/parse/latex/tokenize.js'
import {lintDocument} from '../../src/lint.js'
import {blocks, where} from '../helpers/documents.js'

function render(lines: readonly string[], files: Record<string, string> = {}): ParsedDocument {
  const included = (name: string): IncludedFile | undefined =>
    files[name] === undefined ? undefined : {key: name, text: files[name]!, filePath: name}
  const rendering = renderLatex(lines.join('\n'), included)
  if (!('document' in rendering)) throw new Error(`needs ${rendering.need}`)
  return rendering.document
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

describe('LaTeX letters', () => {
  it('letter class: recipient, opening, body, closing with the signature; preamble, comments and commands left out', () => {
    const document = render(letterClass)
    expect(blocks(document)).toEqual([
      'paragraph: Priya Raman\n12 Quay Street',
      'paragraph: Dear Priya,',
      'paragraph: I joined Fernhill in 2019 and cut costs by 40%.',
      'paragraph: Yours sincerely,\nSam Okafor'
    ])
  })

  it('positions are line:column in the .tex; a macro points at where it is used', () => {
    const document = render(letterClass)
    expect(where(document, 'I joined')).toBe('8:1-8:9')
    expect(where(document, 'Fernhill in')).toBe('8:10-8:23')
    expect(where(document, 'costs by 40%')).toBe('9:9-9:22')
    expect(where(document, 'Dear Priya,')).toBe('6:10-6:21')
    expect(where(document, 'Sam Okafor')).toBe('3:12-3:22')
  })

  it('moderncv: \\makelettertitle to \\makeletterclosing, with \\recipient, \\opening, \\closing and \\name', () => {
    const document = render([
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

  it('moderncv: a closing that is a sentence stays a paragraph of its own, before the name', () => {
    const document = render([
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

  it('Awesome-CV: title, opening, cvletter with \\lettersection headings, closing and name', () => {
    const document = render([
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

  it('other classes: the whole document; lists, quotations and tables of prose are read, tables of fields are not', () => {
    const document = render([
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

  it('TeX text: accents, dashes, quotes, ties, escaped characters, and spaces after a command', () => {
    const document = render([
      '\\begin{document}',
      "Adri\\'an Garc\\'{\\i}a, na\\\"ive, \\c{c}a --- ``quoted'' -- 10~ms, \\pounds40m, 5\\% \\& \\#1.",
      '\\newcommand{\\role}{Engineer}Senior \\role at work; \\role{} at home.',
      '\\end{document}'
    ])
    expect(document.source).toBe(
      'Adrián García, naïve, ça — “quoted” – 10 ms, £40m, 5% & #1. Senior Engineerat work; Engineer at home.'
    )
  })

  it('macros with arguments expand with their arguments in place', () => {
    const document = render([
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

  it('\\input brings in a body file; positions in it name that file', () => {
    const document = render(
      ['\\documentclass{moderncv}', '\\newcommand{\\body}{body}', '\\begin{document}', '\\makelettertitle', '\\input{\\body.tex}', '\\makeletterclosing', '\\end{document}'],
      {'body.tex': '% the body\nI run the ledger.\n'}
    )
    expect(blocks(document)).toEqual(['paragraph: I run the ledger.'])
    expect(where(document, 'ledger')).toBe('body.tex:2:11-2:17')
  })

  it('asks for a file it has not been given, and refuses an \\input loop', () => {
    expect(renderLatex('\\begin{document}\\input{part}\\end{document}', () => undefined)).toEqual({need: 'part'})
    const loop = (): IncludedFile => ({key: 'a.tex', text: '\\input{a}', filePath: 'a.tex'})
    expect(() => renderLatex('\\begin{document}\\input{a}\\end{document}', loop)).toThrow('\\input{a} includes a file that is already being read (a loop)')
  })

  it('a file without \\begin{document} is a fragment, read whole', () => {
    expect(blocks(render(['I run the ledger.', '', '% a note', 'Second paragraph.']))).toEqual([
      'paragraph: I run the ledger.',
      'paragraph: Second paragraph.'
    ])
  })

  it('no letter body: a clear error', () => {
    expect(() => render(['\\documentclass{letter}', '\\usepackage{geometry}'])).toThrow(
      new UserError('no letter body found: no \\begin{document} and no prose (a preamble or a style file?)')
    )
    expect(() => render(['\\documentclass{letter}', '\\begin{document}', '\\begin{letter}{}', '\\end{letter}', '\\end{document}'])).toThrow(
      'no letter body found: no prose in \\begin{letter}, between \\makelettertitle and \\makeletterclosing, in cvletter, or in the document'
    )
  })

  it('never hangs on a macro that calls itself, and keeps unbalanced braces', () => {
    const document = render(['\\def\\loop{\\loop}', '\\begin{document}', 'Start \\loop end {unclosed', '\\end{document}'])
    expect(document.source).toBe('Start end unclosed')
  })

  it('lints like any letter: rules see the rendered words', () => {
    const result = lintDocument(render(letterClass), {filePath: 'letter.tex'})
    const cliche = render(['\\begin{document}', 'Dear Priya,', '', 'I am a \\emph{team player}.', '\\end{document}'])
    expect(result.filePath).toBe('letter.tex')
    const messages = lintDocument(cliche).messages.filter((message) => message.ruleId === 'no-cliche')
    expect(messages.map((message) => [message.line, message.column, message.endLine, message.endColumn, message.actual])).toEqual([[4, 14, 4, 25, 'team player']])
  })

  it('tokenizes comments, control words and paragraph breaks as TeX does', () => {
    const nodes = tokenize('a % c\n\nb\\foo  c')
    expect(nodes.map((node) => node.type)).toEqual(['text', 'space', 'par', 'text', 'macro', 'text'])
  })
})
