import type {RuleMeta} from '../engine/rule.js'
import {signalDefinitions} from '../score/signals.js'

/** A rule's recommended severity as people read it: "error", or "error (over) / warning (under)". */
export function describeSeverity(meta: RuleMeta<object>): string {
  if (typeof meta.severity === 'string') return meta.severity
  return Object.entries(meta.severity)
    .map(([kind, severity]) => `${severity} (${kind})`)
    .join(' / ')
}

/** The signal a rule proves, by its label, or an empty string. */
export function describeSignal(meta: RuleMeta<object>): string {
  return meta.signal ? signalDefinitions[meta.signal].label : ''
}

interface OptionDoc {
  name: string
  value: unknown
  description: string
}

/** Each option with its default and the description its schema gives. */
export function describeOptions(meta: RuleMeta<object>): OptionDoc[] {
  const properties = (meta.schema.properties ?? {}) as Record<string, {description?: string}>
  return Object.entries(meta.options).map(([name, value]) => ({name, value, description: properties[name]?.description ?? ''}))
}
