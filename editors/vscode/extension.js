// A minimal VS Code client for `cover-lint lsp`: starts the server over standard input and
// output for Markdown, text, LaTeX and HTML files, and passes config and posting file changes on.
const vscode = require('vscode')
const {LanguageClient} = require('vscode-languageclient/node')

let client

function activate(context) {
  const settings = vscode.workspace.getConfiguration('cover-lint')
  const [command, ...args] = settings.get('command', 'cover-lint').split(' ')
  const server = {command, args: [...args, 'lsp', '--stdio']}
  client = new LanguageClient(
    'cover-lint',
    'cover-lint',
    {run: server, debug: server},
    {
      documentSelector: ['markdown', 'plaintext', 'latex', 'html'].map((language) => ({scheme: 'file', language})),
      initializationOptions: {verdictDiagnostic: settings.get('verdictDiagnostic', true)},
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{.coverlintrc*,cover-lint.config.*,package.json,job.md,job.txt,posting.md}')
      }
    }
  )
  // The verdict and score of the letter in view, in the status bar.
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left)
  const verdicts = new Map()
  const show = () => {
    const result = verdicts.get(vscode.window.activeTextEditor?.document.uri.toString())
    if (!result) return status.hide()
    status.text = `cover-lint: ${result.verdict} ${result.score}/100`
    status.show()
  }
  context.subscriptions.push(status, vscode.window.onDidChangeActiveTextEditor(show))
  client.onNotification('cover-lint/verdict', ({uri, result}) => {
    verdicts.set(uri, result)
    show()
  })
  context.subscriptions.push(client)
  return client.start()
}

function deactivate() {
  return client?.stop()
}

module.exports = {activate, deactivate}
