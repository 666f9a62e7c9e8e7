import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'
import {readmeBlocks} from '../helpers/readme.js'

/**
 * Every broken config is one line naming the file and the key, exit 2, no stack trace; the
 * letters it applies to are not linted, and letters under other configs still are.
 */
const cases: Array<{name: string; files: Record<string, string | object>; args?: string[]; stderr: string}> = [
  {
    name: 'JSON that does not parse',
    files: {'.coverlintrc.json': '{\n  "rules": {\n    "no-cliche": "error",\n  }\n}\n'},
    stderr: 'cover-lint: .coverlintrc.json: not valid JSON: Expected double-quoted property name (line 4, column 3)\n'
  },
  {
    name: 'YAML that does not parse',
    files: {'.coverlintrc.yaml': 'rules:\n  no-cliche: error\n   word-count: off\n'},
    stderr: 'cover-lint: .coverlintrc.yaml: not valid YAML: bad indentation of a mapping entry (line 3, column 14)\n'
  },
  {
    name: 'a package.json "cover-lint" key that is not an object',
    files: {'package.json': {name: 'letters', 'cover-lint': ['no-cliche']}},
    stderr: 'cover-lint: package.json: cover-lint: a config must be an object of keys (extends, role, seniority, locale, dictionary, rules, phrases, job, company, companies, extensions, ignores, plugins), got a list\n'
  },
  {
    name: 'an unknown key',
    files: {'.coverlintrc.json': {Rules: {'no-cliche': 'error'}}},
    stderr: 'cover-lint: .coverlintrc.json: Rules: not a config key (did you mean "rules"?); keys: extends, role, seniority, locale, dictionary, rules, phrases, job, company, companies, extensions, ignores, plugins\n'
  },
  {
    name: 'an unknown rule id',
    files: {'.coverlintrc.json': {rules: {'no-cliches': 'error'}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.no-cliches: unknown rule (did you mean "no-cliche"?); "cover-lint rules" lists them\n'
  },
  {
    name: 'an unknown rule id in package.json',
    files: {'package.json': {name: 'letters', 'cover-lint': {rules: {'word-cout': 'warn'}}}},
    stderr: 'cover-lint: package.json: cover-lint.rules.word-cout: unknown rule (did you mean "word-count"?); "cover-lint rules" lists them\n'
  },
  {
    name: 'an option of the wrong type',
    files: {'.coverlintrc.json': {rules: {'word-count': ['error', {max: '300'}]}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.word-count: option "max" must be a whole number, got "300"\n'
  },
  {
    name: 'an option out of range',
    files: {'.coverlintrc.yaml': 'rules:\n  paragraph-count: [warn, {min: 0}]\n'},
    stderr: 'cover-lint: .coverlintrc.yaml: rules.paragraph-count: option "min" must be at least 1, got 0\n'
  },
  {
    name: 'an unknown option',
    files: {'.coverlintrc.json': {rules: {'word-count': ['warn', {maxi: 300}]}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.word-count: unknown option "maxi" (did you mean "max"?); options: max, min\n'
  },
  {
    name: 'options for a rule that takes none',
    files: {'.coverlintrc.json': {rules: {'no-cliche': ['warn', {phrases: ['synergy']}]}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.no-cliche: unknown option "phrases"; no-cliche takes no options\n'
  },
  {
    name: 'severity inside the options',
    files: {'.coverlintrc.json': {rules: {'word-count': {severity: 'error', max: 300}}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.word-count: must be a severity (off, info, warn, error) or [severity, {options}], got an object\n'
  },
  {
    name: 'a severity that does not exist',
    files: {'.coverlintrc.json': {rules: {'no-cliche': 'fatal'}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.no-cliche: "fatal" is not a severity; use off, info, warn or error\n'
  },
  {
    name: 'a severity that does not exist in a tuple',
    files: {'.coverlintrc.json': {rules: {'word-count': [2, {max: 300}]}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.word-count: 2 is not a severity; use off, info, warn or error\n'
  },
  {
    name: 'a preset that does not exist',
    files: {'.coverlintrc.json': {extends: ['cover-lint:strikt']}},
    stderr: 'cover-lint: .coverlintrc.json: extends: "cover-lint:strikt" does not resolve (did you mean "cover-lint:strict"?); presets: cover-lint:recommended, cover-lint:strict\n'
  },
  {
    name: 'an extends that names neither a preset nor a path',
    files: {'.coverlintrc.json': {extends: 'strict'}},
    stderr: 'cover-lint: .coverlintrc.json: extends: "strict" does not resolve: name a preset (cover-lint:recommended, cover-lint:strict) or a file path starting with ./ or ../\n'
  },
  {
    name: 'an extends file that does not exist',
    files: {'.coverlintrc.json': {extends: ['cover-lint:strict', './shared/base.json']}},
    stderr: 'cover-lint: .coverlintrc.json: extends: "./shared/base.json" does not resolve: no such file or directory\n'
  },
  {
    name: 'an extends outside the project',
    files: {'.coverlintrc.json': {extends: '../../../../etc/passwd'}},
    stderr: 'cover-lint: .coverlintrc.json: extends: "../../../../etc/passwd" is outside the project (., the nearest folder above the config with .git or a package.json): a config may extend presets and files inside its project only\n'
  },
  {
    name: 'an extends loop',
    files: {'.coverlintrc.json': {extends: './base.json'}, 'base.json': {extends: './.coverlintrc.json'}},
    stderr: 'cover-lint: base.json: extends: "./.coverlintrc.json" does not resolve: it extends itself (.coverlintrc.json -> base.json -> .coverlintrc.json)\n'
  },
  {
    name: 'a problem inside an extended file names that file',
    files: {'.coverlintrc.json': {extends: './base.yaml'}, 'base.yaml': 'seniority: lead\n'},
    stderr: 'cover-lint: base.yaml: seniority: "lead" is not a seniority; use "junior", "mid", "senior", "staff", "principal"\n'
  },
  {
    name: 'a JS config that throws',
    files: {'cover-lint.config.mjs': "throw new Error('no config for you')\n"},
    stderr: 'cover-lint: cover-lint.config.mjs: the config threw while loading: Error: no config for you\n'
  },
  {
    name: 'a CommonJS config that throws',
    files: {'.coverlintrc.cjs': "const settings = undefined\nmodule.exports = {rules: settings.rules}\n"},
    stderr: "cover-lint: .coverlintrc.cjs: the config threw while loading: TypeError: Cannot read properties of undefined (reading 'rules')\n"
  },
  {
    name: 'a JS config with a syntax error',
    files: {'.coverlintrc.js': 'module.exports = {rules: {\n'},
    stderr: 'cover-lint: .coverlintrc.js: the config threw while loading: SyntaxError: Unexpected end of input\n'
  },
  {
    name: 'a phrase rule without the custom/ prefix',
    files: {'.coverlintrc.json': {phrases: [{id: 'leverage', match: ['leverage']}]}},
    stderr: 'cover-lint: .coverlintrc.json: phrases[0].id: must be "custom/<name>" (letters, digits, - and _), got "leverage"; try "custom/leverage"\n'
  },
  {
    name: 'a phrase that is a pattern, not words',
    files: {'.coverlintrc.json': {phrases: [{id: 'custom/leverage', match: ['leverag(e|ing)']}]}},
    stderr: 'cover-lint: .coverlintrc.json: phrases[0].match[0]: "leverag(e|ing)" must be words (letters, digits, hyphens, apostrophes): phrases are matched on words, never as patterns\n'
  },
  {
    name: 'a rule setting for a phrase rule no config defines',
    files: {'.coverlintrc.json': {phrases: [{id: 'custom/leverage', match: ['leverage']}], rules: {'custom/leverge': 'error'}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.custom/leverge: unknown rule (did you mean "custom/leverage"?); define phrase rules under "phrases"\n'
  },
  {
    name: 'a locale cover-lint does not have',
    files: {'.coverlintrc.json': {locale: 'en-AU'}},
    stderr: 'cover-lint: .coverlintrc.json: locale: "en-AU" is not a locale (did you mean "en-GB"?); use "en-GB", "en-US"\n'
  },
  {
    name: 'a dictionary entry that is not one word',
    files: {'.coverlintrc.json': {dictionary: ['Tallyhook', 'Ledger line']}},
    stderr: 'cover-lint: .coverlintrc.json: dictionary[1]: must be one word (no spaces; list each word of a name on its own), got "Ledger line"\n'
  },
  {
    name: 'a key named after an Object property ("constructor")',
    files: {'.coverlintrc.json': '{"constructor": 1}\n'},
    stderr: 'cover-lint: .coverlintrc.json: constructor: not a config key; keys: extends, role, seniority, locale, dictionary, rules, phrases, job, company, companies, extensions, ignores, plugins\n'
  },
  {
    name: 'a "__proto__" key',
    files: {'.coverlintrc.json': '{"__proto__": {"rules": {"no-cliche": "off"}}}\n'},
    stderr: 'cover-lint: .coverlintrc.json: __proto__: not a config key; keys: extends, role, seniority, locale, dictionary, rules, phrases, job, company, companies, extensions, ignores, plugins\n'
  },
  {
    name: 'a severity named after an Object property',
    files: {'.coverlintrc.json': {rules: {'no-cliche': 'constructor'}}},
    stderr: 'cover-lint: .coverlintrc.json: rules.no-cliche: "constructor" is not a severity; use off, info, warn or error\n'
  },
  {
    name: 'a severity "__proto__" in a tuple',
    files: {'.coverlintrc.yaml': 'rules:\n  word-count: [__proto__, {max: 300}]\n'},
    stderr: 'cover-lint: .coverlintrc.yaml: rules.word-count: "__proto__" is not a severity; use off, info, warn or error\n'
  },
  {
    name: 'a phrase rule severity "toString"',
    files: {'.coverlintrc.json': {phrases: [{id: 'custom/leverage', match: ['leverage'], severity: 'toString'}]}},
    stderr: 'cover-lint: .coverlintrc.json: phrases[0].severity: "toString" is not a severity; use off, info, warn or error\n'
  },
  {
    name: 'an extends named after an Object property',
    files: {'.coverlintrc.json': {extends: 'constructor'}},
    stderr: 'cover-lint: .coverlintrc.json: extends: "constructor" does not resolve: name a preset (cover-lint:recommended, cover-lint:strict) or a file path starting with ./ or ../\n'
  },
  {
    name: 'a --config file that does not exist',
    files: {},
    args: ['--config', 'configs/strict.json'],
    stderr: 'cover-lint: configs/strict.json: cannot read config: no such file or directory\n'
  },
  {
    name: 'a --config file cover-lint cannot read',
    files: {'strict.toml': 'rules = 1\n'},
    args: ['--config', 'strict.toml'],
    stderr: 'cover-lint: strict.toml: cannot read a config from a .toml; use .json, .yaml, .yml, .js, .cjs or .mjs (or .coverlintrc)\n'
  }
]

describe('bad config', () => {
  for (const testCase of cases) {
    it(`${testCase.name}: one line, exit 2`, () => {
      const root = project({'letters/letter.md': letter, ...testCase.files})
      const run = cli([...(testCase.args ?? []), 'letters/letter.md'], {cwd: root})
      expect(run.stderr).toBe(testCase.stderr)
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
    })
  }

  it('a config that does not parse is reported once for all the folders below it', () => {
    const root = project({'.coverlintrc.yml': 'rules: [\n', 'a/one.md': letter, 'a/b/two.md': letter, 'c/three.md': letter})
    const run = cli(['a', 'c'], {cwd: root})
    expect(run.stderr).toBe('cover-lint: .coverlintrc.yml: not valid YAML: unexpected end of the stream within a flow collection (line 2, column 1)\n')
    expect(run.code).toBe(2)
  })

  it('reports a broken config once, and still lints the letters under other configs', () => {
    const root = project({
      'broken/.coverlintrc.json': {rules: {'no-cliches': 'error'}},
      'broken/one.md': letter,
      'broken/two.md': letter,
      'fine/letter.md': letter
    })
    const run = cli(['--format', 'json', 'broken', 'fine'], {cwd: root})
    expect(run.stderr).toBe('cover-lint: broken/.coverlintrc.json: rules.no-cliches: unknown rule (did you mean "no-cliche"?); "cover-lint rules" lists them\n')
    expect(run.code).toBe(2)
    expect((JSON.parse(run.stdout) as Array<{filePath: string}>).map((result) => result.filePath)).toEqual(['fine/letter.md'])
  })

  it('a bad --rule is one line, exit 2', () => {
    const root = project({'letter.md': letter})
    const run = cli(['--rule', 'no-cliche=loud', 'letter.md'], {cwd: root})
    expect(run.stderr).toBe('cover-lint: --rule: "loud" is not a severity; use off, info, warn or error\n')
    expect(run.code).toBe(2)
  })

  for (const severity of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`--rule no-cliche=${severity} is not a severity: one line, exit 2, nothing linted (no NaN score, no passing --min-score)`, () => {
      const root = project({'letter.md': letter})
      for (const format of ['stylish', 'github']) {
        const run = cli(['--rule', `no-cliche=${severity}`, '--min-score', '100', '-f', format, 'letter.md'], {cwd: root})
        expect(run.stderr).toBe(`cover-lint: --rule: "${severity}" is not a severity; use off, info, warn or error\n`)
        expect([run.code, run.stdout]).toEqual([2, ''])
      }
    })
  }
})

describe('README: Config errors', () => {
  it('every message the README shows is one these tests assert', () => {
    const shown = readmeBlocks('').flatMap((block) => block.split('\n')).filter((line) => line.startsWith('cover-lint: '))
    expect(shown.length).toBeGreaterThanOrEqual(6)
    const asserted = new Set(cases.map((testCase) => testCase.stderr.trimEnd()))
    for (const line of shown) expect(asserted, line).toContain(line)
  })
})
