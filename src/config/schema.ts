import {rules as builtInRules} from '../../rules/index.js'
import type {AnyRule} from '../engine/rule.js'
import {configKeyNames, configKeys, customIdPattern, severityNames, type JsonSchema} from './keys.js'
import {presetNames} from './presets.js'

/** Where the schema is shipped, relative to the package root (`$schema` in `.coverlintrc.json`). */
export const schemaPath = 'schema/coverlintrc.schema.json'

/**
 * The JSON Schema of a config file, for editors (`"$schema"` in `.coverlintrc.json` gives
 * completion and checking). Made from the key table (`keys.ts`) and every rule's own options
 * schema, so it cannot drift from what cover-lint reads: `npm run schema` writes it, and a
 * test fails when the shipped file differs. Draft-07, which editors support best.
 */
export function configSchema(rules: readonly AnyRule[] = builtInRules): JsonSchema {
  const comment = {description: 'A comment: JSON has none, so keys starting with // are skipped.'}
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'cover-lint configuration',
    description: 'Configuration for cover-lint (.coverlintrc.json, .coverlintrc.yaml, cover-lint.config.js, or "cover-lint" in package.json).',
    type: 'object',
    properties: {
      $schema: {type: 'string', description: 'The JSON Schema this file follows, for editors.'},
      ...Object.fromEntries(configKeyNames.map((name) => [name, {description: configKeys[name].description, ...configKeys[name].schema(rules)}]))
    },
    patternProperties: {'^//': comment},
    additionalProperties: false,
    definitions: {
      severity: {
        enum: [...severityNames],
        description: 'off: the rule does not run; info: reported, costs nothing; warn or warning: costs 3 points; error: costs 10 and keeps a letter off the shortlist.'
      },
      extend: {
        anyOf: [
          {enum: presetNames, description: 'A preset.'},
          {type: 'string', pattern: '^(\\.{1,2}[\\\\/]|/)', description: 'A config file, relative to this one.'}
        ]
      },
      phrase: {
        type: 'object',
        properties: {
          id: {type: 'string', pattern: customIdPattern.source, description: 'custom/<name>: the rule id findings are reported under.'},
          severity: {$ref: '#/definitions/severity'},
          match: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1}, description: 'Words, matched case-insensitively on whole words; never a pattern.'},
          message: {type: 'string', minLength: 1, description: 'Says what to do instead.'},
          suggest: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1}, description: 'Replacements, shown as "expected".'},
          required: {type: 'boolean', description: 'true: the letter must say one of "match" (default false: it must not).'}
        },
        required: ['id', 'match'],
        patternProperties: {'^//': comment},
        additionalProperties: false
      }
    }
  }
}

/** The shipped file's text. */
export function configSchemaText(rules: readonly AnyRule[] = builtInRules): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`
}
