import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import type {LintResult} from '../../src/types.js'
import {bin} from './cli.js'

/** The LSP shapes the tests read (the protocol's, written out so the tests need no client library beyond JSON-RPC). */
export interface Position {
  line: number
  character: number
}
export interface Range {
  start: Position
  end: Position
}
export interface Diagnostic {
  range: Range
  severity?: number
  code?: string | number
  codeDescription?: {href: string}
  source?: string
  message: string
  data?: unknown
}
interface Published {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}

/**
 * A language client for tests: spawns the built `cover-lint lsp --stdio` and talks JSON-RPC to
 * it over its standard input and output, as an editor does.
 */
export class LspClient {
  readonly connection: MessageConnection
  readonly child: ChildProcessWithoutNullStreams
  /** Every publishDiagnostics received, in order. */
  readonly published: Published[] = []
  readonly verdicts: Array<{uri: string; version: number; result: LintResult}> = []
  stderr = ''
  readonly #versions = new Map<string, number>()
  readonly exited: Promise<number | null>

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [bin, 'lsp', '--stdio'], {cwd, env: {...process.env, NO_COLOR: '1'}})
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    this.exited = new Promise((done) => this.child.on('exit', (code) => done(code)))
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => void this.published.push(params))
    this.connection.onNotification('cover-lint/verdict', (params: {uri: string; version: number; result: LintResult}) => void this.verdicts.push(params))
    this.connection.onNotification('window/logMessage', () => {})
    this.connection.listen()
  }

  static async start(cwd: string, initializationOptions?: object): Promise<LspClient> {
    const client = new LspClient(cwd)
    const result = await client.connection.sendRequest<{capabilities: Record<string, unknown>; serverInfo?: {name: string}}>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(cwd).href,
      capabilities: {},
      ...(initializationOptions ? {initializationOptions} : {})
    })
    if (result.serverInfo?.name !== 'cover-lint') throw new Error('not the cover-lint server')
    await client.connection.sendNotification('initialized', {})
    return client
  }

  async open(path: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = pathToFileURL(path).href
    this.#versions.set(uri, 1)
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    return uri
  }

  /** An incremental change: `text` replaces `range`. */
  async change(uri: string, range: Range, text: string): Promise<number> {
    const version = (this.#versions.get(uri) ?? 1) + 1
    this.#versions.set(uri, version)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range, text}]})
    return version
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
  }

  /** The last diagnostics published for `uri`. */
  latest(uri: string): Published | undefined {
    return this.published.filter((entry) => entry.uri === uri).at(-1)
  }

  /** Waits for diagnostics for `uri` that pass `check` (the latest published, checked as they come). */
  async diagnostics(uri: string, check: (diagnostics: Diagnostic[], published: Published) => boolean = () => true, ms = 10_000): Promise<Diagnostic[]> {
    const start = Date.now()
    for (;;) {
      const last = this.latest(uri)
      if (last && check(last.diagnostics, last)) return last.diagnostics
      if (Date.now() - start > ms) throw new Error(`no diagnostics for ${uri} within ${ms} ms that pass the check; last: ${JSON.stringify(last?.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start]))}; stderr: ${this.stderr}`)
      await new Promise((done) => setTimeout(done, 20))
    }
  }

  /** Waits for a `cover-lint/verdict` notification for `uri`; the latest one. */
  async verdict(uri: string, ms = 10_000): Promise<{uri: string; version: number; result: LintResult}> {
    const start = Date.now()
    for (;;) {
      const found = this.verdicts.filter((entry) => entry.uri === uri).at(-1)
      if (found) return found
      if (Date.now() - start > ms) throw new Error(`no cover-lint/verdict for ${uri} within ${ms} ms`)
      await new Promise((done) => setTimeout(done, 20))
    }
  }

  /** shutdown, then exit: the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown')
    await this.connection.sendNotification('exit')
    const code = await this.exited
    this.connection.dispose()
    return code
  }

  kill(): void {
    this.child.kill()
    this.connection.dispose()
  }
}
