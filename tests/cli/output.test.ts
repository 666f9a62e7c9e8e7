import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ruleIds} from '../../rules/index.js'
import {inertPart} from '../helpers/actions-runner.js'
import {cli, root} from '../helpers/cli.js'
import {expectedSummary, jsonResults} from '../helpers/reporters.js'
import {temporaryFolder} from '../helpers/temporary.js'

const strong = readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8')
const weak = readFileSync(join(root, 'fixtures/letters/weak.md'), 'utf8')

/** A scratch folder with a strong and a weak letter in it. */
function scratch(files: Record<string, string> = {}): string {
  const dir = temporaryFolder('cover-lint-output-')
  writeFileSync(join(dir, 'strong.md'), strong)
  writeFileSync(join(dir, 'weak.md'), weak)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

/** Bad input: one line on stderr, no stack trace, exit 2, nothing on stdout. */
function expectOneLineError(run: {code: number | null; stdout: string; stderr: string}, line: string): void {
  expect(run.stderr).toBe(`${line}\n`)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.stdout).toBe('')
  expect(run.code).toBe(2)
}

describe('--format', {timeout: 60_000}, () => {
  it('an unknown name is one line with a suggestion and the list, exit 2', () => {
    expectOneLineError(
      cli(['--format', 'sarf', 'fixtures/letters/strong.md']),
      'cover-lint: --format: unknown format "sarf" (did you mean "sarif"?); use one of: stylish, json, sarif, github, markdown, unix, html, or a path to a custom reporter such as ./my-reporter.js'
    )
  })

  it('a name that is also an Object property is still unknown, not a crash', () => {
    const run = cli(['--format', 'constructor', 'fixtures/letters/strong.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^cover-lint: --format: unknown format "constructor"/)
  })

  it('each built-in format is listed in --help', () => {
    const help = cli(['--help']).stdout.replace(/\s+/g, ' ')
    expect(help).toContain('stylish, json, sarif, github, markdown, unix, html, or a path to a custom reporter')
    expect(help).toContain('-o, --output-file <path>')
  })
})

describe('custom reporters', {timeout: 60_000}, () => {
  it('loads a module whose default export is a reporter, and passes it the results and context', () => {
    const dir = scratch({
      'my-reporter.mjs': `export default (results, context) => results.map((r) => \`\${r.filePath} \${r.verdict} \${r.score} rules=\${context.rules.length} color=\${context.color}\`).join('\\n') + '\\n'\n`
    })
    const run = cli(['--format', './my-reporter.mjs', 'strong.md', 'weak.md'], {cwd: dir})
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(`strong.md shortlist 100 rules=${ruleIds.length} color=false\nweak.md binned 4 rules=${ruleIds.length} color=false\n`)
    expect(run.code).toBe(1) // the exit code still reflects the results
  })

  it('a CommonJS module.exports function works too', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is the source of a reporter module, which holds a template
    const dir = scratch({'count.cjs': 'module.exports = (results) => `${results.length} letters\\n`\n'})
    const run = cli(['-f', './count.cjs', 'strong.md'], {cwd: dir})
    expect(run.stdout).toBe('1 letters\n')
    expect(run.code).toBe(0)
  })

  it('a path that does not exist', () => {
    expectOneLineError(cli(['--format', './nope.js', 'strong.md'], {cwd: scratch()}), 'cover-lint: ./nope.js: cannot load the reporter: no such file or directory')
  })

  it('a folder instead of a module', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'reporters'))
    expectOneLineError(cli(['--format', './reporters/', 'strong.md'], {cwd: dir}), 'cover-lint: ./reporters/: cannot load the reporter: is not a file')
  })

  it('a module that throws while loading', () => {
    const dir = scratch({'broken.mjs': "throw new Error('reporter init failed\\nsecond line')\n"})
    expectOneLineError(cli(['--format', './broken.mjs', 'strong.md'], {cwd: dir}), 'cover-lint: ./broken.mjs: cannot load the reporter: reporter init failed')
  })

  it('a module with a syntax error', () => {
    const dir = scratch({'typo.mjs': 'export default (results => \n'})
    const run = cli(['--format', './typo.mjs', 'strong.md'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^cover-lint: \.\/typo\.mjs: cannot load the reporter: .+\n$/)
    expect(run.stdout).toBe('')
  })

  it('a module without a function as its default export', () => {
    const dir = scratch({'object.mjs': 'export default {format() { return "" }}\n'})
    expectOneLineError(
      cli(['--format', './object.mjs', 'strong.md'], {cwd: dir}),
      'cover-lint: ./object.mjs: not a reporter: the module must export a function (results, context) => string as its default export'
    )
  })

  it('a reporter that throws: one line, exit 2, and no output file at all', () => {
    const dir = scratch({'throws.mjs': "export default () => { throw new TypeError('cannot read the score') }\n"})
    expectOneLineError(cli(['--format', './throws.mjs', 'strong.md']), 'cover-lint: ./throws.mjs: cannot load the reporter: no such file or directory')
    const run = cli(['--format', './throws.mjs', '--output-file', 'report.txt', 'strong.md'], {cwd: dir})
    expectOneLineError(run, 'cover-lint: ./throws.mjs: the reporter failed: cannot read the score')
    expect(readdirSync(dir).sort()).toEqual(['strong.md', 'throws.mjs', 'weak.md'])
  })

  it('a reporter that returns something other than a string', () => {
    const dir = scratch({'promise.mjs': 'export default async () => "late"\n', 'number.mjs': 'export default () => 42\n'})
    expectOneLineError(cli(['-f', './promise.mjs', 'strong.md'], {cwd: dir}), 'cover-lint: ./promise.mjs: the reporter returned a Promise, not a string')
    expectOneLineError(cli(['-f', './number.mjs', 'strong.md'], {cwd: dir}), 'cover-lint: ./number.mjs: the reporter returned number, not a string')
  })
})

describe('--output-file', {timeout: 60_000}, () => {
  it('writes the report there, prints nothing, and the exit code still reflects the results', () => {
    const dir = scratch()
    const failing = cli(['--format', 'json', '--output-file', 'report.json', 'weak.md'], {cwd: dir})
    expect(failing.stdout).toBe('')
    expect(failing.stderr).toBe('')
    expect(failing.code).toBe(1)
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(cli(['--format', 'json', 'weak.md'], {cwd: dir}).stdout)
    const passing = cli(['-f', 'unix', '-o', 'out/../report.txt', 'strong.md'], {cwd: dir})
    expect(passing.code).toBe(0)
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('1 letter: 1 shortlisted, 0 maybe, 0 binned · no problems\n')
  })

  it('replaces an existing report whole and leaves no temporary file', () => {
    const dir = scratch({'report.txt': 'an older, much longer report '.repeat(100)})
    cli(['-f', 'unix', '-o', 'report.txt', 'strong.md'], {cwd: dir})
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('1 letter: 1 shortlisted, 0 maybe, 0 binned · no problems\n')
    expect(readdirSync(dir).sort()).toEqual(['report.txt', 'strong.md', 'weak.md'])
  })

  it('in a folder that does not exist: one line, exit 2, nothing written or created', () => {
    const dir = scratch()
    expectOneLineError(
      cli(['--format', 'sarif', '--output-file', 'reports/cover-lint.sarif', 'weak.md'], {cwd: dir}),
      'cover-lint: reports/cover-lint.sarif: cannot write the report: the folder reports does not exist'
    )
    expect(existsSync(join(dir, 'reports'))).toBe(false)
    expect(readdirSync(dir).sort()).toEqual(['strong.md', 'weak.md'])
  })

  it('that is a folder, or inside a file: one line, exit 2', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'reports'))
    expectOneLineError(cli(['-o', 'reports', 'strong.md'], {cwd: dir}), 'cover-lint: reports: cannot write the report: is a folder')
    expectOneLineError(cli(['-o', 'strong.md/report.txt', 'weak.md'], {cwd: dir}), 'cover-lint: strong.md/report.txt: cannot write the report: strong.md is not a folder')
  })

  it('that is one of the letters being linted: refused, and the letter is untouched', () => {
    const dir = scratch()
    expectOneLineError(
      cli(['-o', 'weak.md', '.'], {cwd: dir}),
      'cover-lint: weak.md: cannot write the report over a letter being linted; choose another --output-file'
    )
    expect(readFileSync(join(dir, 'weak.md'), 'utf8')).toBe(weak)
  })
})

describe('in GitHub Actions (GITHUB_ACTIONS=true)', {timeout: 60_000}, () => {
  it('without --format: annotations in groups, then the stylish report; the markdown summary is appended to $GITHUB_STEP_SUMMARY', () => {
    const dir = scratch({'summary.md': '## Earlier step\n'})
    const env = {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'summary.md')}
    const run = cli(['strong.md', 'weak.md'], {cwd: dir, env})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::group::cover-lint strong\.md: shortlist 100\/100, no problems\n/)
    expect(run.stdout).toContain('\n::error file=weak.md,line=3,endLine=')
    expect(run.stdout).toContain('\nweak.md\n  BINNED 4/100')
    expect(inertPart(run.stdout)!.trimEnd().split('\n').at(-1)).toBe(`✖ ${expectedSummary(jsonResults(['strong.md', 'weak.md'], dir))}`)
    const markdown = cli(['--format', 'markdown', 'strong.md', 'weak.md'], {cwd: dir}).stdout
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(`## Earlier step\n\n${markdown}`)
    // A second run in the same step adds its summary after the first.
    cli(['strong.md'], {cwd: dir, env})
    const again = cli(['--format', 'markdown', 'strong.md'], {cwd: dir}).stdout
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(`## Earlier step\n\n${markdown}\n${again}`)
  })

  it('creates the summary file when the runner has not yet', () => {
    const dir = scratch()
    cli(['strong.md'], {cwd: dir, env: {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'step-summary.md')}})
    expect(readFileSync(join(dir, 'step-summary.md'), 'utf8')).toBe(cli(['-f', 'markdown', 'strong.md'], {cwd: dir}).stdout)
  })

  it('without GITHUB_STEP_SUMMARY: annotations and the report only', () => {
    const run = cli(['fixtures/letters/strong.md'], {env: {GITHUB_ACTIONS: 'true'}})
    expect(run.stdout).toBe(cli(['--format', 'github', 'fixtures/letters/strong.md']).stdout)
    expect(run.code).toBe(0)
  })

  it('an explicit --format wins and no summary is written', () => {
    const dir = scratch()
    const env = {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'summary.md')}
    const run = cli(['--format', 'json', 'strong.md'], {cwd: dir, env})
    expect(JSON.parse(run.stdout)).toHaveLength(1)
    expect(existsSync(join(dir, 'summary.md'))).toBe(false)
  })

  it('with --output-file and no --format the file gets the stylish report, and the summary is still appended', () => {
    const dir = scratch()
    const env = {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'summary.md')}
    const run = cli(['-o', 'report.txt', 'strong.md'], {cwd: dir, env})
    expect(run.stdout).toBe('')
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe(cli(['strong.md'], {cwd: dir}).stdout)
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('| strong.md | – | – | ✅ shortlist | 100 | none | – |')
  })

  it('GITHUB_ACTIONS set to anything but "true" changes nothing', () => {
    const run = cli(['fixtures/letters/strong.md'], {env: {GITHUB_ACTIONS: 'false'}})
    expect(run.stdout).toBe(cli(['fixtures/letters/strong.md']).stdout)
  })
})
