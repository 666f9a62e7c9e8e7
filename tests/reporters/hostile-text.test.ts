import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadReporter} from '../../src/reporters/index.js'
import {ruleDocsUrl} from '../../src/reporters/rule-docs.js'
import {artifactUri} from '../../src/reporters/sarif.js'
import type {LintResult} from '../../src/types.js'
import {printable} from '../../src/util/printable.js'
import {workflowCommands} from '../helpers/actions-runner.js'
import {cli, root} from '../helpers/cli.js'
import {lintFixture, reporterContext, withMessages} from '../helpers/reporters.js'
import {temporaryFolder} from '../helpers/temporary.js'

/**
 * File names and letters are someone else's text. A name with line breaks in it (git allows
 * them) or a letter with terminal escapes must not forge lines, workflow commands, headings or
 * links, nor reach the terminal raw, in any human-readable format; JSON and SARIF keep the text
 * exactly (they are data).
 */

/** Control characters no human format may print raw (the tab and the line feed between lines aside). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters
const raw = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/

/** A name that tries everything: workflow commands (new and old), a Markdown heading and link, a unix finding, terminal escapes. */
const hostileName = [
  'letters/x',
  '::error file=README.md,line=1::forged',
  '### Injected [link](https://evil.example)',
  'forged.md:1:1: fake [error/no-cliche]',
  '##[error]old-style forged \u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[2J\u009b31m\u202eevil.md'
].join('\n')

/** Words a letter may hold: a clear-screen, an OSC 8 link, a C1 CSI, line breaks with commands after them. */
const hostileWords = 'team \u001b[2Jplayer\n::error::forged from a letter\r\n##[warning]forged \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u2028\u009b2J'

function hostileResults(): LintResult[] {
  const base = lintFixture('weak.md')
  const messages = [
    ...base.messages.slice(0, 3),
    {
      ruleId: 'no-cliche',
      severity: 'warning' as const,
      message: `"${hostileWords}" is claimed by everyone`,
      line: 5,
      column: 3,
      endLine: 5,
      endColumn: 10,
      actual: hostileWords,
      filePath: `${hostileName}.included.tex`
    }
  ]
  const hostile = withMessages(base, hostileName, messages)
  hostile.signals = {...hostile.signals, scale: {...hostile.signals.scale, proved: true, evidence: [{text: hostileWords, line: 5, column: 3}]}}
  return [lintFixture('strong.md'), hostile]
}

/** A path as an annotation's `file` holds it: its line breaks (escaped as the runner reads them), every other control character printable. */
const annotationFile = (path: string): string => path.split(/(\r\n|\r|\n)/).map((part, index) => (index % 2 === 1 ? part : printable(part))).join('')

const findings = (results: readonly LintResult[]): number => results.reduce((sum, result) => sum + result.messages.length, 0)

describe('hostile file names and letter text in each format', () => {
  const results = hostileResults()

  for (const format of ['stylish', 'markdown', 'unix', 'github']) {
    it(`${format}: no control character reaches the output raw`, async () => {
      const output = (await loadReporter(format, root))(results, reporterContext())
      // Line breaks in an annotation's file are escaped as the runner reads them (%0A), so it lands on the file.
      expect(output.replace(/%0D|%0A/g, '')).not.toMatch(raw)
      expect(output).toContain(printable(hostileName))
    })
  }

  it('stylish with colour: the only escapes are its own colours', async () => {
    const output = (await loadReporter('stylish', root))(results, {...reporterContext(), color: true})
    expect(output).toContain('\u001b[1m')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the report's own colours (ESC [ ... m) before looking for raw controls
    expect(output.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(raw)
  })

  it('unix: one line per finding, each starting with its own file, then the summary', async () => {
    const output = (await loadReporter('unix', root))(results, reporterContext())
    const lines = output.trimEnd().split('\n')
    expect(lines).toHaveLength(findings(results) + 2)
    const places = results.flatMap((result) => result.messages.map((message) => `${printable(message.filePath ?? result.filePath)}:${message.line}:${message.column}: `))
    for (const [index, line] of lines.slice(0, -2).entries()) expect(line.startsWith(places[index]!)).toBe(true)
    expect(lines.at(-2)).toBe('')
  })

  it('markdown: no heading or link but its own, one table row per letter', async () => {
    const output = (await loadReporter('markdown', root))(results, reporterContext())
    expect(output.split('\n').filter((line) => line.startsWith('#'))).toEqual(['### cover-lint'])
    // Links in Markdown lines (a line that starts with HTML is an HTML block: Markdown is not read in it).
    const markdownLines = output.split('\n').filter((line) => !line.startsWith('<'))
    const links = markdownLines.flatMap((line) => [...line.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((match) => match[1]))
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link!.startsWith(ruleDocsUrl(''))).toBe(true)
    const table = output.split('\n\n')[1]!.split('\n')
    expect(table).toHaveLength(2 + results.length)
  })

  it('github: the runner acts on the annotations and groups alone, each on its file', async () => {
    const output = (await loadReporter('github', root))(results, reporterContext())
    const commands = workflowCommands(output)
    const names = commands.map((command) => command.name)
    expect(names.filter((name) => name === 'group')).toHaveLength(results.length)
    expect(names.filter((name) => name === 'endgroup')).toHaveLength(results.length)
    const annotations = commands.filter((command) => ['error', 'warning', 'notice'].includes(command.name))
    expect(annotations).toHaveLength(findings(results))
    expect(names.filter((name) => name === 'stop-commands')).toHaveLength(1)
    expect(commands).toHaveLength(2 * results.length + findings(results) + 2)
    expect(annotations.map((command) => command.properties.file)).toEqual(results.flatMap((result) => result.messages.map((message) => annotationFile(message.filePath ?? result.filePath))))
    // Line breaks are the annotation's own (escaped as the runner reads them); nothing else is raw.
    for (const command of annotations) expect(`${command.data}${command.properties.file}`.replace(/\r|\n/g, '')).not.toMatch(raw)
    const words = 'team \\x1B[2Jplayer\n::error::forged from a letter\r\n##[warning]forged \\x1B]8;;https://evil.example\\x07link\\x1B]8;;\\x07\\u2028\\x9B2J'
    expect(annotations.at(-1)!.data).toBe(`"${words}" is claimed by everyone`)
  })

  it('json and sarif keep the exact text', async () => {
    expect(JSON.parse((await loadReporter('json', root))(results, reporterContext()))).toEqual(results)
    const log = JSON.parse((await loadReporter('sarif', root))(results, reporterContext())) as {
      runs: Array<{artifacts: Array<{location: {uri: string}}>; results: Array<{message: {text: string}}>}>
    }
    expect(log.runs[0]!.artifacts.map((artifact) => artifact.location.uri)).toContain(artifactUri(hostileName))
    expect(log.runs[0]!.results.at(-1)!.message.text).toBe(`"${hostileWords}" is claimed by everyone`)
  })
})

describe('a letter whose file name forges lines, through the CLI', {timeout: 60_000}, () => {
  // A file name cannot hold '/', so the name here is the last line of the one above.
  const name = 'x\n::error file=README.md,line=1::forged\n### Injected [link](https:evil.example)\nforged.md:1:1: fake finding\n##[error]old forged \u001b[2J.md'
  const folder = temporaryFolder('cover-lint-hostile-names-')
  writeFileSync(join(folder, name), readFileSync(join(root, 'fixtures/letters/weak.md')))
  writeFileSync(join(folder, 'strong.md'), readFileSync(join(root, 'fixtures/letters/strong.md')))
  const exact = JSON.parse(cli(['-f', 'json', '.'], {cwd: folder}).stdout) as LintResult[]

  it('json names the file exactly', () => {
    expect(exact.map((result) => result.filePath)).toEqual(['strong.md', name])
  })

  it('unix: every line is a finding of a real file, or the summary', () => {
    const lines = cli(['-f', 'unix', '.'], {cwd: folder}).stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(findings(exact) + 2)
    for (const line of lines.slice(0, -2)) expect(line.startsWith(`${printable(name)}:`)).toBe(true)
  })

  it('in GitHub Actions: the runner acts on the annotations alone, each on its file, and the summary has no heading of the name', () => {
    const summary = join(folder, 'summary.md')
    const run = cli(['.'], {cwd: folder, env: {GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary}})
    expect(run.code).toBe(1)
    const commands = workflowCommands(run.stdout)
    const annotations = commands.filter((command) => ['error', 'warning', 'notice'].includes(command.name))
    expect(annotations.map((command) => command.properties.file)).toEqual(exact.flatMap((result) => result.messages.map(() => annotationFile(result.filePath))))
    expect(commands).toHaveLength(annotations.length + 2 * exact.length + 2)
    const markdown = readFileSync(summary, 'utf8')
    rmSync(summary)
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual(['### cover-lint'])
    expect(markdown).not.toMatch(raw)
  })

  it.each(['stylish', 'unix', 'markdown'])('-f %s in GitHub Actions: the runner acts on nothing the report quotes', (format) => {
    const run = cli(['-f', format, '.'], {cwd: folder, env: {GITHUB_ACTIONS: 'true'}})
    expect(run.code).toBe(1)
    const commands = workflowCommands(run.stdout)
    expect(commands.map((command) => command.name)).toEqual(['stop-commands', commands[0]!.data])
    expect(run.stdout).toContain(`${printable(name).split('\\n')[0]}`)
  })

  it('stylish: no raw escape from the name', () => {
    const run = cli(['.'], {cwd: folder})
    expect(run.stdout).not.toMatch(raw)
    expect(run.stdout).toContain(`${printable(name)}\n  BINNED`)
  })

  it('in GitHub Actions, an error line naming a file such as ##[error]x.md is no command for the runner', () => {
    writeFileSync(join(folder, '##[error]forged.md'), '')
    const run = cli(['-f', 'json', '##[error]forged.md', 'strong.md'], {cwd: folder, env: {GITHUB_ACTIONS: 'true'}})
    rmSync(join(folder, '##[error]forged.md'))
    expect(run.stderr).toBe('cover-lint: #\\x23[error]forged.md: file is empty\n')
    expect(workflowCommands(run.stderr)).toEqual([])
    expect(run.code).toBe(2)
  })

  it('an error about such a file is one line on stderr', () => {
    writeFileSync(join(folder, 'empty\n::error::forged.md'), '')
    const run = cli(['-f', 'json', '.'], {cwd: folder})
    rmSync(join(folder, 'empty\n::error::forged.md'))
    expect(run.stderr).toBe('cover-lint: empty\\n::error::forged.md: file is empty\n')
    expect(run.code).toBe(2)
  })
})
