import type {ConfigData} from './keys.js'

/**
 * The presets `extends` can name. Each is plain config data, written as a user would write a
 * `.coverlintrc.json` (the test suite validates them against the shipped JSON Schema).
 */
export const presets: Readonly<Record<string, ConfigData>> = {
  /** The guide's rules as shipped: every rule at its recommended severity and default options. */
  'cover-lint:recommended': {},

  /**
   * For the letter that must be perfect: every warning becomes an error (so any finding keeps a
   * letter off the shortlist and fails CI), and the limits tighten.
   */
  'cover-lint:strict': {
    rules: {
      'word-count': {severity: 'error', options: {max: 300, min: 150}},
      'paragraph-count': {severity: 'error', options: {min: 3, max: 3}},
      'scale-numbers': {severity: 'error', options: {min: 3}},
      'opening-hook': {severity: 'error'},
      'no-unquantified-claims': {severity: 'error'},
      'tech-needs-outcome': {severity: 'error'},
      'no-language-list': {severity: 'error', options: {max: 2, maxDistinct: 3}},
      'operations-evidence': {severity: 'error'},
      'database-depth': {severity: 'error'},
      'ai-infrastructure': {severity: 'error'},
      'no-cliche': {severity: 'error'},
      'no-cv-summary': {severity: 'error'},
      'no-placeholders': {severity: 'error'},
      'wrong-company': {severity: 'error'},
      salutation: {severity: 'error'},
      tailoring: {severity: 'error'},
      spelling: {severity: 'error'},
      'sentence-length': {severity: 'error'},
      'job-coverage': {severity: 'error'},
      'job-stack-stuffing': {severity: 'error'},
      'repeated-words': {severity: 'error'},
      'indefinite-article': {severity: 'error'},
      'passive-voice': {severity: 'error'}
    }
  }
}

export const defaultPreset = 'cover-lint:recommended'
export const presetNames = Object.keys(presets)

/**
 * A preset as a user would write it in `.coverlintrc.json` (`[severity, {options}]` tuples), for
 * the README, `print-config` and the schema test.
 */
export function presetAsJson(name: string): Record<string, unknown> {
  const preset = presets[name] ?? {}
  const rules = Object.fromEntries(
    Object.entries(preset.rules ?? {}).map(([id, entry]) => [id, entry.options ? [entry.severity ?? 'warn', entry.options] : (entry.severity ?? 'warn')])
  )
  return {...preset, rules}
}
