import type {ProsePlugin} from '../engine/plugins.js'
import type {AnyRule} from '../engine/rule.js'
import {UserError} from '../errors.js'
import {didYouMean} from '../util/suggest.js'
import {describeOptions, describeSeverity, describeSignal} from './describe.js'

/**
 * `cover-lint explain <rule>`: why the rule exists, its options, and a bad and a good example.
 * For a rule a retext plugin reports (`<source>/<ruleId>`), which plugin it comes from.
 */
export function explainRule(rules: readonly AnyRule[], id: string, plugins: readonly ProsePlugin[] = []): string {
  const rule = rules.find((candidate) => candidate.meta.id === id)
  const plugin = rule ? undefined : plugins.find((candidate) => id === candidate.source || id.startsWith(`${candidate.source}/`))
  if (plugin) {
    const lines = [
      `${id} (warning unless configured)`,
      `  Reported by the retext plugin ${plugin.name}: see its own documentation for what it checks and its options.`,
      '',
      `Configure: "rules": {"${id}": "off"} (a severity only; the plugin's options go in "plugins": ["${plugin.name}", {...}])`
    ]
    return `${lines.join('\n')}\n`
  }
  if (!rule) {
    throw new UserError(`unknown rule "${id}"${didYouMean(id, rules.map((candidate) => candidate.meta.id))}; "cover-lint rules" lists them`, 'explain')
  }
  const {meta} = rule
  const options = describeOptions(meta)
  const signal = describeSignal(meta)
  const lines = [
    `${meta.id} (${describeSeverity(meta)})${signal ? `, proves: ${signal}` : ''}`,
    `  ${meta.description.replace(/`/g, '')}`,
    '',
    'Why it matters',
    `  ${meta.reason}`,
    '',
    'Options',
    ...(options.length === 0
      ? ['  none']
      : options.map((option) => `  ${option.name} = ${JSON.stringify(option.value)}${option.description ? `  ${option.description}` : ''}`)),
    ...(meta.configKeys?.length ? [`  and the config keys ${meta.configKeys.join(', ')} (set at the top of the config, not under "rules")`] : []),
    '',
    'Bad',
    `  ${meta.examples.bad}`,
    'Good',
    `  ${meta.examples.good}`,
    '',
    `Configure: "rules": {"${meta.id}": "warn"} or ["error", {...options}]; docs: ${meta.url ?? `README.md#${meta.id}`}`
  ]
  return `${lines.join('\n')}\n`
}
