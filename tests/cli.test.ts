import {mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/types.js'
import {cli} from './helpers/cli.js'
import {temporaryFolder} from './helpers/temporary.js'

const strong = 'fixtures/letters/strong.md'
const weak = 'fixtures/letters/weak.md'
const promising = 'fixtures/letters/promising.md'

function scratch(): string {
  return temporaryFolder('cover-lint-cli-')
}

describe('cover-lint <letter>', () => {
  it('a strong letter: the recruiter report, shortlisted, exit 0', () => {
    const run = cli([strong])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(strong)
    expect(lines[1]).toBe('  SHORTLIST 100/100  a panel would read on and call you in')
    expect(run.stdout).toContain('    193 words of 350 · 3 paragraphs · about 48 s to read · 6 scale numbers')
    expect(run.stdout).toContain('    ✔ Scale numbers        "£38m a month";\n                           "p99 settlement latency from 620ms to 110ms";\n')
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 1 letter: 1 shortlisted, 0 maybe, 0 binned · no problems')
  })

  it('a weak letter: binned, with findings at line:column, exit 1', () => {
    const run = cli([weak])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('  BINNED 4/100  3 errors keep it off the shortlist')
    // Errors first; the message wraps under the place, at word boundaries.
    expect(run.stdout).toContain(
      [
        '    5:20   error    no-language-list',
        '      This sentence lists 7 languages and frameworks (Go, Rust, Java, Kotlin,',
        '      Scala, Python and TypeScript): a panel wants depth on two. Keep the ones',
        '      this role uses and tie each to something you built with it.',
        '',
        '    1:1    warning  salutation'
      ].join('\n')
    )
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 letter: 0 shortlisted, 0 maybe, 1 binned · 21 problems (3 errors, 18 warnings)')
  })

  it('--format json prints the documented contract', () => {
    const run = cli(['--format', 'json', strong, weak])
    expect(run.code).toBe(1)
    const results = JSON.parse(run.stdout) as LintResult[]
    expect(results.map((result) => [result.filePath, result.verdict, result.score])).toEqual([
      [strong, 'shortlist', 100],
      [weak, 'binned', 4]
    ])
    const [first] = results
    expect(Object.keys(first!).sort()).toEqual(
      ['errorCount', 'filePath', 'infoCount', 'level', 'messages', 'score', 'signals', 'stats', 'substance', 'verdict', 'warningCount'].sort()
    )
    expect(first!.level).toEqual({seniority: 'senior', from: 'default'})
    expect(first!.stats).toEqual({words: 193, wordLimit: 350, paragraphs: 3, scaleNumbers: 6, readingSeconds: 48})
    expect(Object.keys(first!.signals)).toEqual(['scale', 'distributed', 'operations', 'database', 'ai', 'concision', 'specificity'])
    const message = results[1]!.messages.find((found) => found.ruleId === 'no-language-list')
    expect(message).toEqual({
      ruleId: 'no-language-list',
      severity: 'error',
      message:
        'This sentence lists 7 languages and frameworks (Go, Rust, Java, Kotlin, Scala, Python and TypeScript): a panel wants depth on two. Keep the ones this role uses and tie each to something you built with it.',
      line: 5,
      column: 20,
      endLine: 5,
      endColumn: 72,
      actual: 'Go, Rust, Java, Kotlin, Scala, Python and TypeScript',
      expected: ['Go', 'Rust']
    })
  })

  it('reads standard input with --stdin-filename', () => {
    const run = cli(['-', '--stdin-filename', 'letter.txt', '--format', 'json'], {input: readFileSync(strong)})
    expect(run.code).toBe(0)
    const [result] = JSON.parse(run.stdout) as LintResult[]
    expect(result!.filePath).toBe('letter.txt')
    expect(result!.verdict).toBe('shortlist')
  })

  it('lints every letter in a folder, in path order', () => {
    const run = cli(['--format', 'json', 'fixtures/letters'])
    const paths = (JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath)
    expect(paths).toEqual([...paths].sort())
    expect(paths).toContain(strong)
    expect(paths).toContain(weak)
  })

  it('expands a quoted glob', () => {
    const run = cli(['--format', 'json', 'fixtures/letters/s*.md'])
    expect((JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath)).toEqual([strong])
  })
})

describe('gates', () => {
  it('--max-warnings: exit 1 over the budget, with a line on stderr', () => {
    const run = cli(['--max-warnings', '1', promising])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('cover-lint: 3 warnings, more than --max-warnings 1 allows\n')
    expect(cli(['--max-warnings', '3', promising]).code).toBe(0)
  })

  it('--min-score: exit 1 for a letter under it', () => {
    const run = cli(['--min-score', '70', promising])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`cover-lint: ${promising}: score 68 is under --min-score 70\n`)
    expect(cli(['--min-score', '60', promising]).code).toBe(0)
  })

  it('--quiet shows errors only', () => {
    const run = cli(['--quiet', weak])
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(/\d+:\d+ +warning/)
    expect(run.stdout).toContain('3 problems (3 errors, 0 warnings)')
  })

  it('--rule changes a severity, and off turns a rule off', () => {
    const json = (args: string[]): LintResult => (JSON.parse(cli(['--format', 'json', ...args, weak]).stdout) as LintResult[])[0]!
    const off = json(['--rule', 'no-cliche=off'])
    expect(off.messages.some((message) => message.ruleId === 'no-cliche')).toBe(false)
    const raised = json(['--rule', 'no-cliche=error'])
    expect(raised.messages.filter((message) => message.ruleId === 'no-cliche').every((message) => message.severity === 'error')).toBe(true)
  })
})

describe('bad input: one line on stderr, exit 2, the other letters still reported', () => {
  it('a missing file', () => {
    const run = cli(['missing.md', strong])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: missing.md: no such file or directory\n')
    expect(run.stdout).toContain('SHORTLIST 100/100')
  })

  it('a folder with no letters', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'notes.pdfx'), 'x')
    const run = cli([dir, strong])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`cover-lint: ${dir}: no letters found (looked for Markdown, text, LaTeX, HTML, Word and PDF files)\n`)
    expect(run.stdout).toContain(strong)
  })

  it('a binary file, an empty file and a file that is not UTF-8', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    writeFileSync(join(dir, 'empty.md'), '  \n\n')
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society', 'latin1'))
    const run = cli(['binary.md', 'empty.md', 'latin1.txt', join(process.cwd(), strong)], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      [
        'cover-lint: binary.md: not a text file (binary content)',
        'cover-lint: empty.md: file is empty',
        'cover-lint: latin1.txt: not a text file (not valid UTF-8)',
        ''
      ].join('\n')
    )
    expect(run.stdout).toContain('SHORTLIST 100/100')
  })

  it('a glob that matches nothing', () => {
    const run = cli(['fixtures/nothing/*.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: fixtures/nothing/*.md: no files match this pattern\n')
  })

  it('an unknown flag, with a suggestion', () => {
    const run = cli(['--max-warning', '3', strong])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe("cover-lint: unknown option '--max-warning' (Did you mean --max-warnings?)\n")
    expect(run.stdout).toBe('')
  })

  it('a flag value that is not a number', () => {
    const run = cli(['--max-warnings', 'many', strong])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe("cover-lint: option '--max-warnings <n>' argument 'many' is invalid. --max-warnings takes a whole number from 0 up\n")
  })

  it('an unknown format', () => {
    const run = cli(['--format', 'jsn', strong])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: --format: unknown format "jsn" (did you mean "json"?); use one of: stylish, json, sarif, github, markdown, unix, html, or a path to a custom reporter such as ./my-reporter.js\n')
  })

  it('an unknown rule in --rule, and a severity that does not exist', () => {
    expect(cli(['--rule', 'no-cliches=off', strong]).stderr).toBe('cover-lint: --rule: unknown rule "no-cliches" (did you mean "no-cliche"?)\n')
    expect(cli(['--rule', 'no-cliche=loud', strong]).stderr).toBe('cover-lint: --rule: "loud" is not a severity; use off, info, warn or error\n')
  })

  it('no letters given', () => {
    const run = cli([])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: no letters given; try "cover-lint letter.md", or "cover-lint -" to read standard input\n')
  })

  it('never writes to the letters it reads', () => {
    const dir = scratch()
    const letter = join(dir, 'letter.md')
    writeFileSync(letter, readFileSync(weak))
    const before = statSync(letter).mtimeMs
    cli([letter])
    expect(statSync(letter).mtimeMs).toBe(before)
    expect(readFileSync(letter, 'utf8')).toBe(readFileSync(weak, 'utf8'))
  })
})

describe('colour', () => {
  it('is off when not a terminal and with NO_COLOR, on with FORCE_COLOR', () => {
    expect(cli([strong]).stdout).not.toContain('\u001b[')
    expect(cli([strong], {env: {NO_COLOR: '', FORCE_COLOR: '1'}}).stdout).toContain('\u001b[')
    expect(cli(['--no-color', strong], {env: {FORCE_COLOR: '1'}}).stdout).not.toContain('\u001b[')
  })
})

describe('help, version, rules, explain', () => {
  it('--help lists examples and exit codes, exit 0', () => {
    const run = cli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: cover-lint [options] [command] [paths...]')
    expect(run.stdout).toContain('cover-lint --max-warnings 0 --min-score 70 applications/')
    expect(run.stdout).toContain('Exit codes: 0 no errors, 1 lint failures, 2 usage, config or input errors.')
  })

  it('--version prints the package version', () => {
    const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}
    expect(cli(['--version'])).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it('rules lists every rule with its default severity', () => {
    const run = cli(['rules'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^word-count +error \(over\) \/ warning \(under\) +Concision +The letter stays between min \(100\) and max \(350\) words\.$/m)
    expect(run.stdout.match(/^[a-z-]+ {2,}/gm)).toHaveLength(24)
    expect(run.stdout).toMatch(/^wrong-company +error \(wrong\) \/ warning \(missing\) +- +A letter names the company it is for, and no other company the repository knows/m)
  })

  it('explain prints reasoning, options and examples', () => {
    const run = cli(['explain', 'word-count'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('word-count (error (over) / warning (under)), proves: Concision')
    expect(run.stdout).toContain('  max = 350  Most words allowed (error above).')
    expect(run.stdout).toContain('Bad\n  A 520-word letter that retells the CV job by job.')
  })

  it('explain of an unknown rule: exit 2 with a suggestion', () => {
    const run = cli(['explain', 'wordcount'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: explain: unknown rule "wordcount" (did you mean "word-count"?); "cover-lint rules" lists them\n')
  })
})

describe('folders', () => {
  it('skips README, node_modules and dot-folders', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'acme'))
    mkdirSync(join(dir, 'node_modules'))
    mkdirSync(join(dir, '.drafts'))
    writeFileSync(join(dir, 'README.md'), '# Applications')
    writeFileSync(join(dir, 'acme', 'letter.md'), readFileSync(strong))
    writeFileSync(join(dir, 'node_modules', 'letter.md'), readFileSync(weak))
    writeFileSync(join(dir, '.drafts', 'letter.md'), readFileSync(weak))
    const run = cli(['--format', 'json', '.'], {cwd: dir})
    expect((JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath)).toEqual(['acme/letter.md'])
  })
})
