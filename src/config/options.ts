import type {ErrorObject, ValidateFunction} from 'ajv'
import type {AnyRule} from '../engine/rule.js'
import {didYouMean} from '../util/suggest.js'
import {ConfigError, describeValue} from './error.js'

/**
 * Rule options are checked against each rule's own JSON Schema (`meta.schema`) with ajv. Ajv
 * is loaded on the first config that gives options, and each rule's schema is compiled once a
 * process: a run whose configs only set severities never pays for it.
 *
 * The schemas are ours and checked against the JSON Schema meta-schema by the test suite
 * (tests/config/schema-file.test.ts), so they are not re-validated here (`validateSchema: false`
 * keeps the first compile at a few milliseconds instead of a hundred).
 */
let ajv: Promise<{compile(schema: object): ValidateFunction}> | undefined
const compiled = new WeakMap<AnyRule, ValidateFunction>()

async function validator(rule: AnyRule, key: string): Promise<ValidateFunction> {
  const cached = compiled.get(rule)
  if (cached) return cached
  // ajv is CommonJS: under Node's ESM interop the class is `module.exports.default`.
  ajv ??= import('ajv').then(({default: module}) => new module.default({allErrors: false, strict: true, validateSchema: false}))
  let validate: ValidateFunction
  try {
    validate = (await ajv).compile(rule.meta.schema)
  } catch (error) {
    // Only a plugin's schema can fail here (the built-in ones are tested).
    throw new ConfigError(key, `the options schema of rule "${rule.meta.id}" does not compile: ${error instanceof Error ? error.message : String(error)}`)
  }
  compiled.set(rule, validate)
  return validate
}

/** Check `options` for `rule`; throw a ConfigError naming `key` and the option when they do not fit. */
export async function validateOptions(rule: AnyRule, options: Record<string, unknown>, key: string): Promise<void> {
  const validate = await validator(rule, key)
  if (validate(options)) return
  const error = validate.errors?.[0]
  throw new ConfigError(key, error ? describeAjvError(error, rule, options) : 'options do not fit the rule')
}

const typeWords: Readonly<Record<string, string>> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object'
}

/** One ajv error in the words of a config message: `option "max" must be a whole number, got "300"`. */
function describeAjvError(error: ErrorObject, rule: AnyRule, options: Record<string, unknown>): string {
  const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  const name = path[0]
  const subject = name === undefined ? 'options' : `option "${path.join('.')}"`
  const value = path.reduce<unknown>((current, part) => (current as Record<string, unknown> | undefined)?.[part], options)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = String(params.additionalProperty)
      if (rule.meta.configKeys?.includes(unknown)) return `"${unknown}" is a key of the config, not an option of ${rule.meta.id}: set it at the top level ("${unknown}": ...)`
      const known = Object.keys(rule.meta.options)
      const hint = known.length === 0 ? `; ${rule.meta.id} takes no options` : `${didYouMean(unknown, known)}; options: ${known.join(', ')}`
      return `unknown option "${unknown}"${hint}`
    }
    case 'type':
      return `${subject} must be ${typeWords[String(params.type)] ?? String(params.type)}, got ${describeValue(value)}`
    case 'minimum':
    case 'maximum':
      return `${subject} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}, got ${describeValue(value)}`
    case 'enum':
      return `${subject} must be one of ${(params.allowedValues as unknown[]).map((item) => JSON.stringify(item)).join(', ')}, got ${describeValue(value)}`
    default:
      return `${subject} ${error.message ?? 'is not valid'}`
  }
}
