import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import type {LintResult} from '../../src/types.js'
import {cli} from '../helpers/cli.js'
import {LspClient, type Diagnostic, type Position} from '../helpers/lsp-client.js'
import {letter, project} from '../helpers/project.js'

/** Where `words` start in `text`, as LSP counts: zero-based line, UTF-16 character. */
function at(text: string, words: string): Position {
  const lines = text.split(/\r\n|\n|\r/)
  const line = lines.findIndex((candidate) => candidate.includes(words))
  if (line < 0) throw new Error(`"${words}" is not in the text`)
  return {line, character: lines[line]!.indexOf(words)}
}

const byRule = (diagnostics: Diagnostic[], ruleId: string): Diagnostic[] => diagnostics.filter((diagnostic) => diagnostic.code === ruleId)

const weakish = letter.replace('Dear Alex Morgan,', 'Dear Sir or Madam,')

describe('cover-lint lsp: one client for the suite', () => {
  let root: string
  let client: LspClient
  beforeAll(async () => {
    root = project({
      'letters/letter.md': letter,
      'strict/letter.md': letter,
      'strict/.coverlintrc.json': {rules: {'no-cliche': 'error'}},
      'applied/letter.md': letter,
      'applied/job.md': '# Senior Backend Engineer\n\n## What you will do\n\nOwn the payments-reconciliation service in Go on Kubernetes, with Kafka and PostgreSQL.\n\n## Requirements\n\nOn-call rotation experience, OpenTelemetry, Terraform.\n',
      'applications/acme-payments/letter.md': letter,
      'applications/globex-logistics/letter.md': letter,
      'emoji/letter.md': '',
      'tex/broken.tex': '\\documentclass{letter}\n\\usepackage{hyperref}\n',
      'tex/letter.tex': ['\\documentclass{letter}', '\\begin{document}', '\\begin{letter}{Ledgerline}', '\\opening{Dear Priya Shah,}', '\\input{body}', '\\closing{Yours sincerely,}', '\\end{letter}', '\\end{document}', ''].join('\n'),
      'tex/body.tex': 'I cut p99 from 480ms to 95ms on a 40M-row table,\nand I am a team player.\n'
    })
    client = await LspClient.start(root)
  }, 30_000)
  afterAll(() => client?.kill())

  it('opening a letter with a cliché publishes a no-cliche diagnostic at its zero-based line and character', async () => {
    const uri = await client.open(join(root, 'letters/letter.md'), letter)
    const diagnostics = await client.diagnostics(uri, (found) => byRule(found, 'no-cliche').length > 0)
    const [cliche] = byRule(diagnostics, 'no-cliche')
    const start = at(letter, 'team player')
    expect(cliche).toEqual({
      range: {start, end: {line: start.line, character: start.character + 'team player'.length}},
      severity: 2,
      code: 'no-cliche',
      codeDescription: {href: 'https://github.com/cover-lint/cover-lint/blob/main/README.md#no-cliche'},
      source: 'cover-lint',
      message: expect.stringContaining('"team player"'),
      data: {ruleId: 'no-cliche', actual: 'team player'}
    })
    // Every finding the CLI reports, at the CLI's place less one, and the verdict on line 1.
    writeFileSync(join(root, 'letters/letter.md'), letter)
    const [expected] = JSON.parse(cli(['--format', 'json', 'letters/letter.md'], {cwd: root}).stdout) as LintResult[]
    const findings = diagnostics.filter((diagnostic) => diagnostic.code !== 'cover-lint/verdict')
    expect(findings.map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}-${diagnostic.range.end.line + 1}:${diagnostic.range.end.character + 1} ${diagnostic.severity}`)).toEqual(
      expected!.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${{error: 1, warning: 2, info: 3}[message.severity]}`)
    )
    const verdict = diagnostics.find((diagnostic) => diagnostic.code === 'cover-lint/verdict')!
    expect(verdict.severity).toBe(3)
    expect(verdict.range).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 'Dear Alex Morgan,'.length}})
    expect(verdict.message).toMatch(new RegExp(`^${expected!.verdict.toUpperCase()} ${expected!.score}/100: `))
    // The custom notification carries the whole result.
    const notified = await client.verdict(uri)
    expect({...notified.result, filePath: ''}).toEqual({...expected, filePath: ''})
  }, 20_000)

  it('editing the cliché away clears its diagnostic', async () => {
    const uri = pathToFileURL(join(root, 'letters/letter.md')).href
    const start = at(letter, 'I am a team player who enjoys')
    const version = await client.change(uri, {start, end: {line: start.line, character: start.character + 'I am a team player who enjoys'.length}}, 'I enjoy')
    const diagnostics = await client.diagnostics(uri, (_found, published) => published.version === version)
    expect(byRule(diagnostics, 'no-cliche')).toEqual([])
    expect(diagnostics.some((diagnostic) => diagnostic.code === 'cover-lint/verdict')).toBe(true)
  }, 20_000)

  it('lints once a pause: a burst of edits publishes only the last version', async () => {
    const uri = pathToFileURL(join(root, 'letters/letter.md')).href
    const before = client.published.length
    let version = 0
    // Five keystrokes at the end of line 1, sent back to back.
    for (let index = 0; index < 5; index++) version = await client.change(uri, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, 'x')
    await client.diagnostics(uri, (_found, published) => published.version === version)
    const versions = client.published.slice(before).filter((entry) => entry.uri === uri).map((entry) => entry.version)
    expect(versions).toEqual([version])
  }, 20_000)

  it('counts characters in UTF-16 code units, with emoji and CRLF line endings', async () => {
    const text = ['Dear Priya Shah,', '', '🚀 I cut p99 from 480ms to 95ms 👩🏽‍💻, and I am a team player and a self-starter.', '', 'Yours sincerely,', 'Sam', ''].join('\r\n')
    const uri = await client.open(join(root, 'emoji/letter.md'), text)
    const diagnostics = await client.diagnostics(uri, (found) => byRule(found, 'no-cliche').length === 2)
    const ranges = byRule(diagnostics, 'no-cliche').map((diagnostic) => diagnostic.range)
    const team = at(text, 'team player')
    const starter = at(text, 'self-starter')
    // 🚀 is two code units and 👩🏽‍💻 seven: 52, where counting code points would say 48.
    expect(team).toEqual({line: 2, character: 52})
    expect([...text.split('\r\n')[2]!.slice(0, 52)].length).toBe(48)
    expect(ranges).toEqual([
      {start: team, end: {line: 2, character: team.character + 11}},
      {start: starter, end: {line: 2, character: starter.character + 12}}
    ])
  }, 20_000)

  it('resolves the config for each document from its path, as the CLI does', async () => {
    const uri = await client.open(join(root, 'strict/letter.md'), letter)
    const diagnostics = await client.diagnostics(uri, (found) => byRule(found, 'no-cliche').length > 0)
    expect(byRule(diagnostics, 'no-cliche')[0]!.severity).toBe(1)
  }, 20_000)

  it('reads the posting beside the letter', async () => {
    const uri = await client.open(join(root, 'applied/letter.md'), letter)
    const diagnostics = await client.diagnostics(uri, (found) => found.length > 1)
    expect(byRule(diagnostics, 'job-coverage').length).toBeGreaterThan(0)
    expect((await client.verdict(uri)).result.job?.path).toMatch(/applied\/job\.md$/)
  }, 20_000)

  it('knows the other applications beside the letter, as the CLI does: a copied company is a wrong-company error at its words', async () => {
    const copied = letter.replace("the routing platform Harrow's posting describes", 'the routing platform at Globex Logistics')
    const uri = await client.open(join(root, 'applications/acme-payments/letter.md'), copied)
    const diagnostics = await client.diagnostics(uri, (found) => byRule(found, 'wrong-company').length > 0)
    const [wrong] = byRule(diagnostics, 'wrong-company')
    const start = at(copied, 'Globex Logistics')
    expect(wrong!.range).toEqual({start, end: {line: start.line, character: start.character + 'Globex Logistics'.length}})
    expect(wrong!.severity).toBe(1)
    expect(wrong!.message).toContain('This letter is for Acme Payments, but here it names Globex Logistics, the company of another application (applications/globex-logistics/)')
  }, 20_000)

  it('hover on a finding shows its message and the rule\'s reason', async () => {
    const uri = pathToFileURL(join(root, 'strict/letter.md')).href
    const position = at(letter, 'team player')
    const hover = await client.connection.sendRequest<{contents: {kind: string; value: string}} | null>('textDocument/hover', {textDocument: {uri}, position: {line: position.line, character: position.character + 3}})
    const reason = rules.find((rule) => rule.meta.id === 'no-cliche')!.meta.reason
    expect(hover!.contents.kind).toBe('markdown')
    expect(hover!.contents.value).toContain('**no-cliche** ([docs](https://github.com/cover-lint/cover-lint/blob/main/README.md#no-cliche)): "team player"')
    expect(hover!.contents.value).toContain(`*Why:* ${reason}`)
    // The blank line under the greeting holds no finding.
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 1, character: 0}})).toBeNull()
  }, 20_000)

  it('code actions apply a finding\'s replacement, and only where it is one', async () => {
    const path = join(root, 'letters/unnamed.md')
    const uri = await client.open(path, weakish)
    const diagnostics = await client.diagnostics(uri, (found) => byRule(found, 'salutation').length === 2)
    const [greeting, signOff] = byRule(diagnostics, 'salutation')
    const actions = await client.connection.sendRequest<Array<{title: string; kind: string; edit: {changes: Record<string, Array<{range: unknown; newText: string}>>}}>>('textDocument/codeAction', {
      textDocument: {uri},
      range: signOff!.range,
      context: {diagnostics: [greeting, signOff, ...byRule(diagnostics, 'no-cliche')]}
    })
    expect(actions).toEqual([
      {
        title: 'Replace "Yours sincerely" with "Yours faithfully"',
        kind: 'quickfix',
        diagnostics: [signOff],
        isPreferred: true,
        edit: {changes: {[uri]: [{range: signOff!.range, newText: 'Yours faithfully'}]}}
      }
    ])
    expect(signOff!.range.start).toEqual(at(weakish, 'Yours sincerely'))
  }, 20_000)

  it('code actions for a misspelt word offer each suggestion, and the other locale\'s spelling its own form', async () => {
    const text = letter.replace('Dear Alex Morgan,', 'Dear Alex Morgan,\n\nI recieved and optimized every alert.')
    const uri = await client.open(join(root, 'letters/typos.md'), text)
    const diagnostics = await client.diagnostics(uri, (found) => byRule(found, 'spelling').length === 2)
    const [typo, variant] = byRule(diagnostics, 'spelling')
    const actions = await client.connection.sendRequest<Array<{title: string; isPreferred: boolean; edit: {changes: Record<string, Array<{range: unknown; newText: string}>>}}>>('textDocument/codeAction', {
      textDocument: {uri},
      range: typo!.range,
      context: {diagnostics: [typo, variant]}
    })
    expect(typo!.range.start).toEqual(at(text, 'recieved'))
    expect(actions.map((action) => [action.title, action.isPreferred, action.edit.changes[uri]])).toEqual([
      ['Replace "recieved" with "received"', false, [{range: typo!.range, newText: 'received'}]],
      ['Replace "recieved" with "relieved"', false, [{range: typo!.range, newText: 'relieved'}]],
      ['Replace "optimized" with "optimised"', true, [{range: variant!.range, newText: 'optimised'}]]
    ])
  }, 20_000)

  it('a letter that does not parse is a diagnostic, and the server carries on', async () => {
    const uri = await client.open(join(root, 'tex/broken.tex'), readFileSync(join(root, 'tex/broken.tex'), 'utf8'), 'latex')
    const diagnostics = await client.diagnostics(uri)
    expect(diagnostics).toEqual([
      {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: 1, code: 'cover-lint/input-error', source: 'cover-lint', message: expect.stringContaining('no letter body found')}
    ])
    const again = pathToFileURL(join(root, 'letters/letter.md')).href
    const hover = await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: again}, position: {line: 0, character: 0}})
    expect(hover).not.toBeUndefined()
  }, 20_000)

  it('a LaTeX letter: findings in a file it takes in with \\input are published for that file', async () => {
    const uri = await client.open(join(root, 'tex/letter.tex'), readFileSync(join(root, 'tex/letter.tex'), 'utf8'), 'latex')
    const body = pathToFileURL(join(root, 'tex/body.tex')).href
    const inBody = await client.diagnostics(body, (found) => byRule(found, 'no-cliche').length > 0)
    expect(byRule(inBody, 'no-cliche')[0]!.range).toEqual({start: {line: 1, character: 11}, end: {line: 1, character: 22}})
    expect(byRule(await client.diagnostics(uri), 'no-cliche')).toEqual([])
    await client.close(uri)
    await client.diagnostics(body, (found) => found.length === 0)
  }, 20_000)

  it('closing a document clears its diagnostics', async () => {
    const uri = pathToFileURL(join(root, 'strict/letter.md')).href
    await client.close(uri)
    await client.diagnostics(uri, (found) => found.length === 0)
  }, 20_000)
})

describe('cover-lint lsp: configs that change and break', () => {
  it('reloads when a config changes: with workspace/didChangeWatchedFiles, and without it (the server watches)', async () => {
    const root = project({'letter.md': letter})
    const client = await LspClient.start(root)
    try {
      const uri = await client.open(join(root, 'letter.md'), letter)
      await client.diagnostics(uri, (found) => byRule(found, 'no-cliche')[0]?.severity === 2)
      // Notified by the client.
      writeFileSync(join(root, '.coverlintrc.json'), JSON.stringify({rules: {'no-cliche': 'error'}}))
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(join(root, '.coverlintrc.json')).href, type: 1}]})
      await client.diagnostics(uri, (found) => byRule(found, 'no-cliche')[0]?.severity === 1, 5_000)
      // Not notified: the server sees the file change itself.
      writeFileSync(join(root, '.coverlintrc.json'), JSON.stringify({rules: {'no-cliche': 'off'}}))
      await client.diagnostics(uri, (found) => found.length > 0 && byRule(found, 'no-cliche').length === 0, 5_000)
    } finally {
      client.kill()
    }
  }, 40_000)

  it('a broken config is one diagnostic on the config, the letter says why it is not linted, and a fix brings the findings back', async () => {
    const root = project({'letter.md': letter, '.coverlintrc.json': '{"rules": {"no-cliches": "error"}}'})
    const client = await LspClient.start(root)
    try {
      const uri = await client.open(join(root, 'letter.md'), letter)
      const configUri = pathToFileURL(join(root, '.coverlintrc.json')).href
      const onConfig = await client.diagnostics(configUri)
      expect(onConfig).toEqual([
        {
          range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
          severity: 1,
          code: 'cover-lint/config-error',
          source: 'cover-lint',
          message: 'rules.no-cliches: unknown rule (did you mean "no-cliche"?); "cover-lint rules" lists them'
        }
      ])
      expect((await client.diagnostics(uri)).map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([
        ['cover-lint/config-error', 'not linted: .coverlintrc.json: rules.no-cliches: unknown rule (did you mean "no-cliche"?); "cover-lint rules" lists them']
      ])
      writeFileSync(join(root, '.coverlintrc.json'), '{"rules": {"no-cliche": "error"}}')
      await client.diagnostics(uri, (found) => byRule(found, 'no-cliche')[0]?.severity === 1, 5_000)
      await client.diagnostics(configUri, (found) => found.length === 0)
      expect(await client.stop()).toBe(0)
    } finally {
      client.kill()
    }
  }, 40_000)
})

describe('cover-lint lsp: start and stop', () => {
  it('answers initialize with its capabilities, and exits 0 on shutdown then exit', async () => {
    const root = project({})
    const client = new LspClient(root)
    const result = await client.connection.sendRequest<{capabilities: Record<string, unknown>; serverInfo: {name: string; version: string}}>('initialize', {processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}})
    expect(result.capabilities).toEqual({textDocumentSync: 2, hoverProvider: true, codeActionProvider: {codeActionKinds: ['quickfix']}})
    expect(result.serverInfo.name).toBe('cover-lint')
    await client.connection.sendNotification('initialized', {})
    expect(await client.stop()).toBe(0)
    expect(client.stderr).toBe('')
  }, 20_000)

  it('with initializationOptions {verdictDiagnostic: false}, only findings are diagnostics', async () => {
    const root = project({'letter.md': letter})
    const client = await LspClient.start(root, {verdictDiagnostic: false})
    try {
      const uri = await client.open(join(root, 'letter.md'), letter)
      const diagnostics = await client.diagnostics(uri, (found) => found.length > 0)
      expect(diagnostics.some((diagnostic) => diagnostic.code === 'cover-lint/verdict')).toBe(false)
      expect((await client.verdict(uri)).result.messages.length).toBeGreaterThan(0)
    } finally {
      client.kill()
    }
  }, 20_000)
})
