import fc from 'fast-check'
import {fuzzing, sentence} from './arbitraries.js'

/**
 * fast-check arbitraries for documents built to make a parser slow, huge or deep: nesting far
 * past any letter's, long runs of markup characters, and LaTeX macros that call each other and
 * repeat their arguments. Each format's reader must answer them quickly: a document, or a
 * refusal with its own line (a UserError), never a hang, a stack overflow or another error.
 */

const big = (inTest: number, inFuzz: number): number => (fuzzing ? inFuzz : inTest)

/**
 * A count that is small, near a bound, or far past it, each as often: the far end reaches the
 * sizes that overflowed the stack or took minutes before the bounds (a few thousand deep), so a
 * bound taken away fails the property in `npm test` too, while a bounded reader answers them in
 * milliseconds.
 */
const depth = (upTo: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({min: 1, max: 20}), fc.integer({min: 80, max: 300}), fc.integer({min: Math.min(2000, upTo), max: upTo}))

/**
 * Prose without NUL, and never blank: a NUL makes any file binary, and a blank one is empty;
 * either refusal would hide what the property is about.
 */
const prose = sentence.map((text) => text.replaceAll('\0', ' ').trim() || 'x')

/** A run of one markup character (or marker) long enough to matter, inside prose. */
const markupRun = fc
  .tuple(
    fc.constantFrom('*', '_', '**a** ', '[', ']', '[a](', '<', '`', '>', '> ', '- ', '1. ', '#', '\\', '&', '!', '~', '|', '\n', 'a\n', '  ', '\t', '{', '$', '%', '(', ')'),
    fc.oneof(fc.integer({min: 1, max: 200}), fc.integer({min: 1000, max: big(8000, 60_000)}))
  )
  .map(([unit, count]) => unit.repeat(count))

/** Prose with long runs of markup characters in it (for every text format). */
export const longRuns = fc
  .tuple(prose, fc.array(fc.oneof({weight: 2, arbitrary: prose}, {weight: 3, arbitrary: markupRun}), {minLength: 1, maxLength: 5}))
  .map(([first, parts]) => [first, ...parts].join(' '))

/** Markdown nested deep on one line (quotations, lists) or by indentation, before a sentence. */
export const deepMarkdown = fc
  .tuple(fc.constantFrom('>', '> ', '- ', '* ', '1. ', '>- ', '  '), depth(big(2500, 20_000)), prose)
  .map(([marker, depth, text]) => (marker === '  ' ? Array.from({length: Math.min(depth, 400)}, (_, level) => `${marker.repeat(level)}- ${text}`).join('\n') : `${marker.repeat(depth)}${text}\n`))

/** HTML nested deep: elements opened and (sometimes) never closed. */
export const deepHtml = fc
  .tuple(fc.constantFrom('b', 'div', 'span', 'blockquote', 'ul', 'li', 'p', 'td', 'em', 'section'), depth(big(3000, 10_000)), fc.boolean(), prose)
  .map(([tag, depth, closed, text]) => `<p>Dear Jo,</p>\n${`<${tag}>`.repeat(depth)}${text}${closed ? `</${tag}>`.repeat(depth) : ''}\n`)

/** LaTeX nested deep: groups, environments, maths and optional arguments, closed or not. */
export const deepLatex = fc
  .tuple(fc.constantFrom('{', '\\begin{quote}', '\\begin{itemize}\\item ', '$', '\\(', '\\textbf{', '\\item[', '\\begin{tabular}{l}'), depth(big(12_000, 40_000)), fc.boolean(), prose)
  .map(([open, depth, closed, text]) => {
    const close = open === '{' || open === '\\textbf{' ? '}' : open.startsWith('\\begin{') ? `\\end{${/\{(\w+)\}/.exec(open)![1]}}` : open === '$' ? '$' : open === '\\(' ? '\\)' : ']'
    return `\\begin{document}\n${open.repeat(depth)}${text}${closed ? close.repeat(depth) : ''}\n\\end{document}\n`
  })

const macroNames = ['\\ma', '\\mb', '\\mc', '\\md']

/** A body token: a word, an argument, another macro (or the same one), a group, an \input of a macro. */
const bodyToken = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom('word ', 'Kafka ', '9,000 ', ' ')},
  {weight: 4, arbitrary: fc.constantFrom('#1', '#1#1#1#1', '#2')},
  {weight: 3, arbitrary: fc.constantFrom(...macroNames)},
  {weight: 1, arbitrary: fc.constantFrom('{', '}', '\\input{\\ma}', '\\textbf{#1}', '\\\\', '\\item ')}
)

/**
 * LaTeX whose macros call each other (or themselves), repeat their arguments and nest their
 * uses: amplification the expansion limits must cut off, or text they must render.
 */
export const macroAmplification = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({min: 0, max: 2}), fc.array(bodyToken, {minLength: 1, maxLength: big(12, 40)})), {minLength: 1, maxLength: macroNames.length}),
    fc.array(fc.tuple(fc.constantFrom(...macroNames), fc.integer({min: 0, max: big(6, 40)})), {minLength: 1, maxLength: big(8, 40)}),
    prose
  )
  .map(([definitions, uses, text]) => {
    const preamble = definitions.map(([params, body], index) => `\\newcommand{${macroNames[index]}}[${params}]{${body.join('')}}`).join('\n')
    // Each use nests its argument in further uses: \ma{\ma{\ma{x}{x}}{x}}{x}.
    const body = uses.map(([name, depth]) => `${`${name}{`.repeat(depth)}${text}${'}{y}'.repeat(depth)} `).join('\n')
    return `\\documentclass{article}\n${preamble}\n\\begin{document}\n${text}\n\n${body}\n\\end{document}\n`
  })
