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
