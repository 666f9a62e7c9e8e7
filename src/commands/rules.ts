import type {ProsePlugin} from '../engine/plugins.js'
import type {AnyRule} from '../engine/rule.js'
import {describeSeverity, describeSignal} from './describe.js'

/**
 * `cover-lint rules`: every rule with its recommended severity, signal and one-line description;
 * then each retext plugin the config runs, whose rule ids come from its messages.
 */
export function listRules(rules: readonly AnyRule[], plugins: readonly ProsePlugin[] = []): string {
  const rows = [
    ...rules.map(({meta}) => [meta.id, describeSeverity(meta), describeSignal(meta) || '-', meta.description.replace(/`/g, '')]),
    ...plugins.map((plugin) => [`${plugin.source}/*`, 'warning', '-', `what the retext plugin ${plugin.name} reports (rule ids from its messages)`])
  ]
  const header = ['rule', 'default severity', 'signal', 'checks']
  const widths = header.slice(0, 3).map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const format = (row: string[]): string =>
    row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd()
  return `${[format(header), ...rows.map(format)].join('\n')}\n\nRun "cover-lint explain <rule>" for a rule's reasoning, options and examples.\n`
}
