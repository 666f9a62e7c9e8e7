import {createHash} from 'node:crypto'

/**
 * GitHub Actions workflow commands (`::error file=…::message`), escaped as the runner unescapes
 * them (the rules of @actions/core): in the message `%`, CR and LF; in property values also
 * `:` and `,`, which would otherwise end the value.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,…::message`, with properties in the order given and empty ones left out. */
export function workflowCommand(name: string, properties: ReadonlyArray<readonly [string, string | number]>, message: string): string {
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}`
}

/**
 * `text` printed so that the runner acts on none of it. The runner reads every line of a step's
 * output for commands: `::name ...::` at the start of a line (after white space), and the older
 * `##[name ...]` anywhere in one. Text that quotes file names or letters can hold either, so it
 * goes between `::stop-commands::<token>` and `::<token>::`, the runner's own way to print text
 * it must not act on. The token is made from the text: the same report gives the same bytes,
 * and no text can hold the token that ends it (it would have to hold its own hash).
 */
export function inertText(text: string): string {
  const token = `cover-lint-${createHash('sha256').update(text).digest('hex').slice(0, 32)}`
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`
}
