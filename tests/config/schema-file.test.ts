import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {defaultSeverity} from '../../src/engine/rule.js'
import {starterText} from '../../src/commands/init.js'
import {readConfig} from '../../src/config/keys.js'
import {presetAsJson, presetNames, presets} from '../../src/config/presets.js'
import {configSchemaText, schemaPath} from '../../src/config/schema.js'
import {root} from '../helpers/cli.js'

const shipped = readFileSync(join(root, schemaPath), 'utf8')
// [severity] or [severity, {options}]: a tuple whose second item is optional, which strictTuples forbids.
const ajv = new Ajv.default({strict: true, strictTuples: false, allErrors: true})
const validate = ajv.compile(JSON.parse(shipped) as object)

function valid(config: unknown): boolean {
  return validate(config) === true
}

describe('the shipped JSON Schema (schema/coverlintrc.schema.json)', () => {
  it('is what the key table and the rules generate ("npm run schema" rewrites it)', () => {
    expect(shipped).toBe(configSchemaText(rules))
  })

  it("every rule's option schema is a valid JSON Schema that accepts the rule's defaults", () => {
    for (const rule of rules) {
      expect(ajv.validateSchema(rule.meta.schema), rule.meta.id).toBe(true)
      expect(ajv.validate(rule.meta.schema, rule.meta.options), rule.meta.id).toBe(true)
    }
  })

  it('validates the shipped presets and the init starter', () => {
    for (const name of presetNames) expect(valid(presetAsJson(name)), name).toBe(true)
    expect(valid(JSON.parse(starterText(root)))).toBe(true)
  })

  it('accepts what the README documents', () => {
    const config = {
      $schema: './node_modules/cover-lint/schema/coverlintrc.schema.json',
      '//': 'comments are keys starting with //',
      extends: ['cover-lint:strict', './shared/coverlintrc.json'],
      role: 'backend',
      seniority: 'mid',
      locale: 'en-GB',
      rules: {'word-count': ['error', {max: 300}], 'no-cliche': 'warn', 'ai-infrastructure': 'off', 'custom/leverage': 'error'},
      phrases: [
        {id: 'custom/leverage', severity: 'warning', match: ['leverage', 'leveraged'], message: 'say what you did', suggest: ['used', 'built']},
        {id: 'custom/company', required: true, match: ['Ledgerline']}
      ],
      ignores: ['drafts/**']
    }
    expect(valid(config)).toBe(true)
  })

  it('rejects what cover-lint rejects: unknown keys and rules, bad severities and options', () => {
    expect(valid({rulez: {}})).toBe(false)
    expect(valid({rules: {'no-cliches': 'warn'}})).toBe(false)
    expect(valid({rules: {'no-cliche': 'fatal'}})).toBe(false)
    expect(valid({rules: {'word-count': ['error', {max: '300'}]}})).toBe(false)
    expect(valid({rules: {'word-count': ['error', {maximum: 300}]}})).toBe(false)
    expect(valid({rules: {'word-count': {severity: 'error'}}})).toBe(false)
    expect(valid({extends: 'cover-lint:strikt'})).toBe(false)
    expect(valid({seniority: 'lead'})).toBe(false)
    expect(valid({locale: 'en-AU'})).toBe(false)
    expect(valid({dictionary: ['Tallyhook', 'two words']})).toBe(false)
    expect(valid({phrases: [{id: 'leverage', match: ['leverage']}]})).toBe(false)
    expect(valid({phrases: [{id: 'custom/leverage'}]})).toBe(false)
    expect(valid({ignores: ['drafts/', '!drafts/keep.md']})).toBe(true)
    expect(valid({companies: ['Initech', '']})).toBe(false)
    expect(valid({company: 42})).toBe(false)
  })
})

describe('presets', () => {
  it('read back through the config reader unchanged', async () => {
    for (const name of presetNames) {
      expect(await readConfig(presetAsJson(name), {dir: root, rules}), name).toEqual({...presets[name], rules: presets[name]!.rules ?? {}})
    }
  })

  it('cover-lint:recommended is the rules as shipped', () => {
    expect(presets['cover-lint:recommended']).toEqual({})
  })

  it('cover-lint:strict makes every rule that can warn an error, and tightens the limits', () => {
    const strict = presets['cover-lint:strict']!.rules!
    for (const rule of rules) {
      const kinds = typeof rule.meta.severity === 'string' ? [rule.meta.severity] : Object.values(rule.meta.severity)
      if (kinds.includes('warning')) expect(strict[rule.meta.id]?.severity, rule.meta.id).toBe('error')
      expect(defaultSeverity(rule.meta) === 'error' || strict[rule.meta.id]?.severity === 'error', rule.meta.id).toBe(true)
    }
    expect(strict['word-count']?.options).toEqual({max: 300, min: 150})
    expect(strict['paragraph-count']?.options).toEqual({min: 3, max: 3})
    expect(strict['scale-numbers']?.options).toEqual({min: 3})
    expect(strict['no-language-list']?.options).toEqual({max: 2, maxDistinct: 3})
  })
})
