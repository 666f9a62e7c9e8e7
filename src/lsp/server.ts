import {resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult
} from 'vscode-languageserver/node'
import type {RuleMeta} from '../engine/rule.js'
import {findingDocsUrl} from '../reporters/rule-docs.js'
import type {LintResult} from '../types.js'
import {FolderWatchers} from '../watch/folders.js'
import {addAncestors, addFile, addLetter, emptyPlan, matters, type WatchPlan} from '../watch/plan.js'
import {codes, findingDiagnostic, problemDiagnostic, verdictDiagnostic, type FindingData} from './diagnostics.js'
import {besideLetter, TextLinter, textFormat, type TextLint} from './lint-text.js'

/** Wait this long after the last keystroke before linting: a letter is linted once a pause, not once a key. */
const debounceMs = 200

/** The custom notification with each letter's whole result (the JSON contract's object). */
export const verdictNotification = 'cover-lint/verdict'

/** `initializationOptions` a client may send. */
export interface ServerOptions {
  /** Show the verdict and score as an information diagnostic on line 1 (default true). */
  verdictDiagnostic?: boolean
}

/** What the server knows of an open letter after its last lint. */
interface Linted {
  version: number
  diagnostics: Diagnostic[]
  rules: Map<string, RuleMeta<object>>
  /** Files other than the letter that got diagnostics from it (a LaTeX letter's `\input` files, a broken config). */
  others: Set<string>
}

/**
 * `cover-lint lsp`: a language server over standard input and output. Letters (Markdown, text,
 * LaTeX, HTML) are linted as they are edited, under the config that applies to their path and
 * against the posting beside them, as the CLI would; findings are diagnostics, hover explains
 * the rule, code actions apply a suggested replacement. Config and posting files are watched,
 * and also taken from `workspace/didChangeWatchedFiles` when the client sends it. Nothing that
 * goes wrong while linting stops the server: it becomes a diagnostic.
 */
export function startServer(version: string, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output))
  // Standard output is the protocol's: anything logged goes to the client's log instead.
  console.log = (...parts: unknown[]) => connection.console.log(parts.map(String).join(' '))
  console.info = console.log
  console.warn = (...parts: unknown[]) => connection.console.warn(parts.map(String).join(' '))

  const documents = new TextDocuments(TextDocument)
  const linted = new Map<string, Linted>()
  const timers = new Map<string, NodeJS.Timeout>()
  let linter = new TextLinter(process.cwd())
  let options: ServerOptions = {}
  let plan: WatchPlan = emptyPlan()

  let reloading: NodeJS.Timeout | undefined
  const watchers = new FolderWatchers((folder, kind, name) => {
    // An open letter saved: its text is the editor's, linted already.
    if (name !== null && (!matters(plan, folder, kind, name) || isOpen(resolve(folder, name)))) return
    clearTimeout(reloading)
    reloading = setTimeout(() => void reloadAll(), debounceMs)
  })

  connection.onInitialize((params): InitializeResult => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (root?.startsWith('file:')) linter = new TextLinter(fileURLToPath(root))
    options = (params.initializationOptions ?? {}) as ServerOptions
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
      },
      serverInfo: {name: 'cover-lint', version}
    }
  })

  documents.onDidOpen(({document}) => schedule(document, 0))
  documents.onDidChangeContent(({document}) => schedule(document, debounceMs))
  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    const last = linted.get(document.uri)
    linted.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
    for (const other of last?.others ?? []) if (!ownedByOthers(other)) void connection.sendDiagnostics({uri: other, diagnostics: []})
    void rewatch()
  })

  connection.onDidChangeWatchedFiles(() => void reloadAll())

  connection.onHover(({textDocument, position}): Hover | null => {
    const last = linted.get(textDocument.uri)
    if (!last) return null
    const found = last.diagnostics.filter((diagnostic) => diagnostic.source === 'cover-lint' && contains(diagnostic.range, position))
    if (found.length === 0) return null
    const parts = found.map((diagnostic) => {
      const ruleId = String(diagnostic.code)
      const rule = last.rules.get(ruleId)
      const docs = rule ? findingDocsUrl(ruleId, [rule]) : undefined
      const link = docs ? ` ([docs](${docs}))` : ''
      return [`**${ruleId}**${link}: ${diagnostic.message}`, ...(rule ? [`*Why:* ${rule.reason}`] : [])].join('\n\n')
    })
    return {contents: {kind: 'markdown', value: parts.join('\n\n---\n\n')}}
  })

  connection.onCodeAction(({textDocument, context}): CodeAction[] => {
    const last = linted.get(textDocument.uri)
    if (!last) return []
    const actions: CodeAction[] = []
    for (const diagnostic of context.diagnostics) {
      const data = diagnostic.data as FindingData | undefined
      if (diagnostic.source !== 'cover-lint' || !data?.expected || data.actual === undefined || !last.rules.get(data.ruleId)?.fixable) continue
      for (const replacement of data.expected) {
        // A template ("Dear <first name> <last name>") is for the writer to fill in, not to apply.
        if (/<[^>]*>/.test(replacement)) continue
        actions.push({
          title: `Replace "${data.actual}" with "${replacement}"`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: data.expected.length === 1,
          edit: {changes: {[textDocument.uri]: [{range: diagnostic.range, newText: replacement}]}}
        })
      }
    }
    return actions
  })

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        void lintDocument(document.uri)
      }, delay)
    )
  }

  async function lintDocument(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const {version: documentVersion} = document
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined
    const format = textFormat(path, document.languageId)
    if (!format) return
    const text = document.getText()
    let byUri: Map<string, Diagnostic[]>
    let rules = new Map<string, RuleMeta<object>>()
    let result: LintResult | undefined
    if (text.trim() === '') {
      byUri = new Map([[uri, []]])
    } else {
      try {
        const lint = await linter.lint(text, path, format)
        ;({byUri, rules, result} = diagnosticsFor(lint, uri, path, text))
      } catch (error) {
        // A bug, not the letter's fault: said where the writer looks, and the server lives on.
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
        connection.console.error(`cover-lint: internal error while linting ${uri}: ${detail}`)
        byUri = new Map([[uri, [problemDiagnostic(codes.inputError, `cover-lint could not lint this letter (internal error: ${error instanceof Error ? error.message : String(error)})`)]]])
      }
    }
    // Edited again while it was linted: the newer text is linted next, and only its results are shown.
    if (documents.get(uri)?.version !== documentVersion) return
    const previous = linted.get(uri)
    const others = new Set([...byUri.keys()].filter((other) => other !== uri))
    linted.set(uri, {version: documentVersion, diagnostics: byUri.get(uri) ?? [], rules, others})
    void connection.sendDiagnostics({uri, version: documentVersion, diagnostics: byUri.get(uri) ?? []})
    for (const [other, diagnostics] of byUri) if (other !== uri) void connection.sendDiagnostics({uri: other, diagnostics})
    for (const other of previous?.others ?? []) if (!others.has(other) && !ownedByOthers(other)) void connection.sendDiagnostics({uri: other, diagnostics: []})
    if (result) void connection.sendNotification(verdictNotification, {uri, version: documentVersion, result})
    await rewatch()
  }

  /** The diagnostics of one lint, by the URI of the file they are in. */
  function diagnosticsFor(lint: TextLint, uri: string, path: string | undefined, text: string): {byUri: Map<string, Diagnostic[]>; rules: Map<string, RuleMeta<object>>; result?: LintResult} {
    const byUri = new Map<string, Diagnostic[]>([[uri, []]])
    const add = (target: string, diagnostic: Diagnostic): void => void (byUri.get(target) ?? byUri.set(target, []).get(target)!).push(diagnostic)
    if (lint.kind === 'config-error') {
      // One diagnostic on the config itself; the letter says why it has no findings.
      const configUri = lint.configFile ? pathToFileURL(lint.configFile).href : undefined
      if (configUri) add(configUri, problemDiagnostic(codes.configError, lint.error.message))
      add(uri, problemDiagnostic(codes.configError, `not linted: ${lint.error.toString().replace(/^cover-lint: /, '')}`))
      return {byUri, rules: new Map()}
    }
    if (lint.kind === 'input-error') {
      add(uri, problemDiagnostic(codes.inputError, lint.error.message))
      return {byUri, rules: new Map()}
    }
    const {result, config} = lint
    const metas = config.ruleSet.map((rule) => rule.meta)
    const rules = new Map(metas.map((meta) => [meta.id, meta]))
    if (options.verdictDiagnostic !== false) add(uri, verdictDiagnostic(result, text.split(/\r\n|\n|\r/, 1)[0]!.length))
    if (lint.postingError) add(uri, problemDiagnostic(codes.postingError, lint.postingError.toString().replace(/^cover-lint: /, ''), 'warning'))
    for (const message of result.messages) {
      const target = message.filePath && path ? pathToFileURL(besideLetter(path, message.filePath)).href : uri
      add(target, findingDiagnostic(message, metas))
    }
    return {byUri, rules, result}
  }

  function isOpen(path: string): boolean {
    return documents.get(pathToFileURL(path).href) !== undefined
  }

  function ownedByOthers(other: string): boolean {
    return [...linted.values()].some((entry) => entry.others.has(other))
  }

  /** A config or posting changed on disk: read them all again and lint every open letter. */
  async function reloadAll(): Promise<void> {
    await linter.reload()
    for (const document of documents.all()) schedule(document, 0)
  }

  /** Watch what the open letters read: their folders, the config files above them, what those name. */
  async function rewatch(): Promise<void> {
    const next = emptyPlan()
    for (const document of documents.all()) {
      if (!document.uri.startsWith('file:')) continue
      const path = fileURLToPath(document.uri)
      const config = await linter.configFor(path).catch(() => undefined)
      addLetter(next, path, config)
      for (const other of linted.get(document.uri)?.others ?? []) if (other.startsWith('file:')) addFile(next, fileURLToPath(other))
    }
    addAncestors(next)
    plan = next
    watchers.update(plan)
  }

  connection.onShutdown(() => {
    clearTimeout(reloading)
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
    watchers.close()
  })

  documents.listen(connection)
  connection.listen()
  return connection
}

function contains(range: Diagnostic['range'], position: {line: number; character: number}): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character)
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character)
  return after && before
}
