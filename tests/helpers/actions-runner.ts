/**
 * How the GitHub Actions runner reads a step's output for workflow commands, written out from
 * its ActionCommandManager and ActionCommand (actions/runner): a line whose text, after leading
 * white space, starts with `::` and holds a second `::` is a command (`::name props::data`); so
 * is `##[name props]data` anywhere in a line, for a registered name; `::stop-commands::<token>`
 * makes it act on nothing until `::<token>::` (or `##[<token>]`). Tests use it to check that
 * hostile file names and letters forge no command.
 */

/** Commands the runner registers (the names a `##[...]` line may use). */
const registered = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
]

export interface WorkflowCommand {
  name: string
  properties: Record<string, string>
  data: string
}

/** Every command the runner would act on in `log`, in order (stop-commands and its end token included). */
export function workflowCommands(log: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const line of log.split('\n')) {
    const names = stopToken === undefined ? registered : [...registered, stopToken]
    const command = parseV2(line, names) ?? parseV1(line, names)
    if (!command) continue
    if (stopToken !== undefined) {
      if (command.name.toLowerCase() !== stopToken.toLowerCase()) continue
      stopToken = undefined
    } else if (command.name.toLowerCase() === 'stop-commands') {
      stopToken = command.data
    }
    commands.push(command)
  }
  return commands
}

/** The text printed between `::stop-commands::<token>` and `::<token>::`, or undefined when there is none. */
export function inertPart(log: string): string | undefined {
  const match = /^::stop-commands::(\S+)\n([\s\S]*)^::\1::\n/m.exec(log)
  return match?.[2]
}

function parseV2(line: string, names: readonly string[]): WorkflowCommand | undefined {
  const message = line.trimStart()
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',')) {
      const equals = pair.indexOf('=')
      if (equals > 0) properties[pair.slice(0, equals)] = unescapeValue(pair.slice(equals + 1), true)
    }
  }
  return {name, properties, data: unescapeValue(message.slice(end + 2), false)}
}

function parseV1(line: string, names: readonly string[]): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) return undefined
  return {name, properties: {}, data: line.slice(close + 1)}
}

function unescapeValue(text: string, property: boolean): string {
  let result = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  if (property) result = result.replace(/%3A/g, ':').replace(/%2C/g, ',')
  return result.replace(/%25/g, '%')
}
