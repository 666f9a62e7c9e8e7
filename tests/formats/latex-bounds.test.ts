import {describe, expect, it} from 'vitest'
import {UserError} from '../../src/errors.js'
import {renderLatex, type IncludedFile} from '../../src/parse/latex/render.js'

/**
 * LaTeX written to make expansion run away, nest past the call stack or blow up the text: each
 * is answered within seconds with its own line, or rendered, never hung on or crashed. Each of
 * these ran past 60 s, took gigabytes or overflowed the stack before it was bounded.
 */

/** Render, and how long it took. */
async function timed(source: string, files: Record<string, string> = {}): Promise<{error?: unknown; text?: string; ms: number}> {
  const include = async (name: string): Promise<IncludedFile> => {
    if (files[name] === undefined) throw new UserError(`\\input{${name}}: no such file`)
    return {key: name, text: files[name]!, filePath: name}
  }
  const start = performance.now()
  try {
    const document = await renderLatex(source, include)
    return {text: document.source, ms: performance.now() - start}
  } catch (error) {
    return {error, ms: performance.now() - start}
  }
}

/** Generous for a loaded machine: each takes well under a second of CPU. */
const quickly = 5_000

const letterWith = (body: string, preamble = ''): string => `\\documentclass{article}\n${preamble}\n\\begin{document}\n${body}\n\\end{document}\n`

describe('LaTeX expansion is bounded, each bound with its own message', () => {
  it('a macro that calls itself, even in an \\input name (23 bytes that ran past 60 s)', async () => {
    const run = await timed('\\def\\a{\\a\\a}\\input{\\a}')
    expect(run.error).toEqual(new UserError('\\a expands inside itself more than 64 levels deep (a macro that calls itself?)'))
    expect(run.ms).toBeLessThan(quickly)
  })

  it('a macro that repeats its argument 100 times, nested four deep (269 bytes that ran past 60 s)', async () => {
    const run = await timed(letterWith('\\a{\\a{\\a{\\a{word }}}}', `\\def\\a#1{${'#1'.repeat(100)}}`))
    expect(run.error).toEqual(new UserError('macro expansion exceeded 100,000 steps (a macro that calls itself, or repeats its argument?)'))
    expect(run.ms).toBeLessThan(quickly)
  })

  it('the same in 12 KB: many uses of macros that repeat their argument (past 5 minutes)', async () => {
    const preamble = `\\def\\a#1{${'#1 '.repeat(100)}}\n\\def\\b#1{\\a{\\a{#1}}}\n\\def\\c#1{\\b{\\b{#1}}}`
    const source = letterWith('\\c{word} '.repeat(1300), preamble)
    expect(source.length).toBeGreaterThan(12_000)
    const run = await timed(source)
    expect(run.error).toEqual(new UserError('macro expansion exceeded 100,000 steps (a macro that calls itself, or repeats its argument?)'))
    expect(run.ms).toBeLessThan(quickly)
  })

  it('few steps that make a great deal of text: the rendered text is at most twice the source (at least 1 MiB)', async () => {
    // Ten copies of ten copies of ten copies of one 20 KB word: 2,000 steps or so, and 20 MB of text.
    const run = await timed(letterWith(`\\a{\\a{\\a{${'abcdefghij'.repeat(2000)}}}}`, `\\def\\a#1{${'#1 '.repeat(10)}}`))
    expect(run.error).toEqual(
      new UserError("the letter's macros expand to over 1,048,576 characters of text, more than twice what its files hold (a macro that repeats its argument?)")
    )
    expect(run.ms).toBeLessThan(quickly)
  })

  it('a letter part that prints itself: \\recipient{\\makelettertitle}{}\\makelettertitle (overflowed the stack)', async () => {
    const run = await timed('\\documentclass{moderncv}\n\\begin{document}\n\\recipient{\\makelettertitle}{}\\makelettertitle\nText.\n\\end{document}\n')
    expect(run.error).toEqual(new UserError('\\makelettertitle expands inside itself more than 64 levels deep (a macro that calls itself?)'))
    expect(run.ms).toBeLessThan(quickly)
  })

  it('an \\input name that macros make over 1,024 characters long', async () => {
    const run = await timed(letterWith('\\input{\\b}', `\\def\\a{${'x'.repeat(100)}}\\def\\b{${'\\a'.repeat(11)}}`))
    expect(run.error).toEqual(new UserError('\\input: its argument is over 1,024 characters with its macros expanded (a macro that repeats itself?)'))
  })

  it('a file \\input more than 64 times (each read renders it again)', async () => {
    const run = await timed(letterWith('\\input{part} '.repeat(65)), {part: 'A line.\n'})
    expect(run.error).toEqual(new UserError('\\input{part}: the letter reads files more than 64 times'))
    const fine = await timed(letterWith('\\input{part} '.repeat(64)), {part: 'A line.\n'})
    expect(fine.text).toBe(Array.from({length: 64}, () => 'A line.').join(' '))
  })

  it("commands named like Object's own properties are commands the renderer does not know ('spec is not iterable' ended the letter)", async () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']
    const run = await timed(letterWith(`I led it.${names.map((name) => ` \\${name}{x}`).join('')} ${names.map((name) => `\\begin{${name}}y\\end{${name}}`).join(' ')} Done.`))
    expect(run.error).toBeUndefined()
    // An unknown command's argument is printed; an unknown environment is a block of its own, as any is.
    expect(run.text).toBe(`I led it.${' x'.repeat(names.length)}\n\n${names.map(() => 'y\n\n').join('')}Done.`)
  })

  it('a letter whose macros are many but ordinary is read: a company name used 2,000 times', async () => {
    const run = await timed(letterWith('I joined \\co{} in 2019. '.repeat(2000), '\\newcommand{\\co}{Fernhill}'))
    expect(run.error).toBeUndefined()
    expect(run.text!.split('Fernhill')).toHaveLength(2001)
  })
})

describe('LaTeX nested deep is read without overflowing the stack', () => {
  it('10,000 nested braces (overflowed the stack)', async () => {
    const run = await timed(`${'{'.repeat(10_000)}deep word${'}'.repeat(10_000)}\n`)
    expect(run.text).toBe('deep word')
    expect(run.ms).toBeLessThan(quickly)
  })

  it('10,000 nested environments, groups and unclosed braces, and maths opened inside maths', async () => {
    const source = letterWith(`${'\\begin{quote}{'.repeat(5000)}inside${'}\\end{quote}'.repeat(5000)} ${'{'.repeat(5000)}open $a \\(b $c \\(d \\(e \\(f\\)$ end`)
    const run = await timed(source)
    expect(run.error).toBeUndefined()
    expect(run.text).toContain('inside')
    expect(run.ms).toBeLessThan(quickly)
  })

  it('a table nested 3,000 deep is judged prose or not once per table, not once per level (was quadratic)', async () => {
    const run = await timed(letterWith(`${'\\begin{tabular}{l} cell & '.repeat(3000)}x${' \\end{tabular}'.repeat(3000)}\n\nI led the migration.`))
    expect(run.text).toBe('I led the migration.')
    expect(run.ms).toBeLessThan(quickly)
  })

  it('thousands of stray closers and openers that never close, and \\verb without its end on a long line', async () => {
    const run = await timed(letterWith(`Words ${'} \\end{quote} '.repeat(5000)} ${'\\verb'.repeat(5000)} and ${'\\item['.repeat(5000)} more ${'\\def\\x'.repeat(3000)}`))
    expect(run.error).toBeUndefined()
    expect(run.text).toMatch(/^Words/)
    expect(run.ms).toBeLessThan(quickly)
  })
})
