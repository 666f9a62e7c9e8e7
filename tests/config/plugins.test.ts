import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {cli} from '../helpers/cli.js'
import {findings} from '../helpers/lint.js'
import {pluginProject} from '../helpers/plugins.js'
import {project} from '../helpers/project.js'

/** Our own letter: "utilise" and "facilitate" for the retext plugin, two "!" for the SDK rule. */
const letter = [
  'Dear Priya Shah,',
  '',
  'I utilise Kafka to move £38m a month, with p99 settlement latency cut from 620ms to 110ms!',
  '',
  'I led the on-call rota for four years and wrote every postmortem myself!',
  '',
  '<!-- cover-lint ignore retext-plain-words/plain-word house/no-exclamation -->',
  'I facilitate the migration reviews, and the ledger held at 9,000 writes a second!',
  '',
  'Yours sincerely,',
  'Sam Okafor',
  ''
].join('\n')

const retext = './plugins/retext-plain-words'
const house = 'cover-lint-plugin-house'

function lintIn(folder: string, args: readonly string[] = []): {code: number | null; result: LintResult; stderr: string} {
  const run = cli(['--format', 'json', ...args, 'letter.md'], {cwd: folder})
  return {code: run.code, result: (JSON.parse(run.stdout) as LintResult[])[0]!, stderr: run.stderr}
}

describe('an ordinary retext plugin in plugins', () => {
  it('reports as <source>/<ruleId> at the word, with its actual and expected, a warning by default', () => {
    const {result, stderr} = lintIn(pluginProject({'.coverlintrc.json': {plugins: [retext]}, 'letter.md': letter}))
    expect(stderr).toBe('')
    // The third paragraph's "facilitate" is hidden by the inline comment.
    expect(findings(result, 'retext-plain-words/plain-word', true)).toEqual(['3:3-3:10 warning Use `use` instead of `utilise`'])
    expect(result.messages.find((message) => message.ruleId === 'retext-plain-words/plain-word')).toMatchObject({actual: 'utilise', expected: ['use']})
  })

  it('costs a warning in the score, and --rule or config rules turn it off or up', () => {
    const folder = pluginProject({'.coverlintrc.json': {plugins: [retext]}, 'letter.md': letter})
    const on = lintIn(folder).result
    const off = lintIn(folder, ['--rule', 'retext-plain-words/plain-word=off']).result
    expect(findings(off, 'retext-plain-words/plain-word')).toEqual([])
    // A warning by default: it costs what a warning costs, and at info nothing.
    const at = (severity: string) => lintIn(folder, ['--rule', `retext-plain-words/plain-word=${severity}`])
    expect(on.score).toBeLessThan(off.score)
    expect(at('warn').result.score).toBe(on.score)
    expect(at('info').result.score).toBe(off.score)
    const error = lintIn(pluginProject({'.coverlintrc.json': {plugins: [retext], rules: {'retext-plain-words/plain-word': 'error'}}, 'letter.md': letter}))
    expect(findings(error.result, 'retext-plain-words/plain-word')).toEqual(['3:3-3:10 error "utilise"'])
    expect(error.result.score).toBeLessThan(on.score)
    expect(error.code).toBe(1)
  })

  it('reports through every format, linking a rule to its docs where it names them', () => {
    const folder = pluginProject({'.coverlintrc.json': {plugins: [retext, house]}, 'letter.md': letter})
    const houseDocs = 'https://example.com/cover-lint-plugin-house#no-exclamation'
    const expected: Record<string, RegExp[]> = {
      stylish: [/ 3:3 +warning +retext-plain-words\/plain-word\n +Use `use` instead of `utilise`\n/],
      unix: [/letter\.md:3:3: Use `use` instead of `utilise` \[warning\/retext-plain-words\/plain-word\]/],
      github: [/::warning file=letter\.md,line=3,endLine=3,col=3,endColumn=10,title=cover-lint \(retext-plain-words\/plain-word\)::Use `use` instead of `utilise`/],
      // A retext plugin's findings name no page to link; a rule made with the SDK links its own `url`.
      markdown: [
        /\| 3:3 \| warning \| Use \\`use\\` instead of \\`utilise\\` \| `retext-plain-words\/plain-word` \|/,
        new RegExp(`\\| 5:72 \\| warning \\| .* \\| \\[house/no-exclamation\\]\\(${houseDocs}\\) \\|`)
      ],
      html: [
        /<span class="rule">retext-plain-words\/plain-word<\/span><p>Use `use` instead of `utilise`<\/p>/,
        new RegExp(`<a class="rule" href="${houseDocs}">house/no-exclamation</a>`)
      ],
      sarif: [
        /"ruleId": "retext-plain-words\/plain-word"[\s\S]*"startLine": 3,\s*"startColumn": 3/,
        new RegExp(`"id": "house/no-exclamation",[\\s\\S]{0,400}"helpUri": "${houseDocs}"`)
      ],
      json: [/"ruleId":"retext-plain-words\/plain-word","severity":"warning","message":"Use `use` instead of `utilise`","line":3,"column":3/]
    }
    for (const [format, patterns] of Object.entries(expected)) {
      const run = cli(['--format', format, 'letter.md'], {cwd: folder, env: {GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: ''}})
      for (const pattern of patterns) expect(run.stdout, format).toMatch(pattern)
    }
  })

  it('takes options as [name, {options}], and a package name resolved from the project', () => {
    const folder = project({
      '.coverlintrc.json': {plugins: [['retext-plain-words', {}]]},
      'letter.md': letter,
      'node_modules/retext-plain-words/package.json': {name: 'retext-plain-words', type: 'module', exports: {'.': {import: './index.js'}}},
      'node_modules/retext-plain-words/index.js': [
        'export default function plain(options) {',
        "  return (tree, file) => { file.message('no ' + Object.keys(options).length + ' options', tree.children[0]) }",
        '}'
      ].join('\n')
    })
    const {result} = lintIn(folder)
    // No ruleId: the rule is the source itself, the package's name when the message sets none.
    expect(findings(result, 'retext-plain-words', true)).toEqual(['1:1-1:17 warning no 0 options'])
  })
})

describe('a cover-lint rule from a plugin package', () => {
  it('runs like a built-in rule: config options, --rule, inline comments, the score', () => {
    const folder = pluginProject({'.coverlintrc.json': {plugins: [house]}, 'letter.md': letter})
    const {result, stderr} = lintIn(folder)
    expect(stderr).toBe('')
    expect(findings(result, 'house/no-exclamation', true)).toEqual([
      '3:90-3:91 warning "…tlement latency cut from 620ms to 110ms!" ends in "!": let the result carry the weight instead.',
      '5:72-5:73 warning "…years and wrote every postmortem myself!" ends in "!": let the result carry the weight instead.'
    ])
    const allowOne = lintIn(pluginProject({'.coverlintrc.json': {plugins: [house], rules: {'house/no-exclamation': ['error', {max: 1}]}}, 'letter.md': letter}))
    expect(findings(allowOne.result, 'house/no-exclamation')).toEqual(['5:72-5:73 error "!"'])
    const off = lintIn(folder, ['--rule', 'house/no-exclamation=off']).result
    expect(findings(off, 'house/no-exclamation')).toEqual([])
    expect(result.score).toBeLessThan(off.score)
    expect(lintIn(folder, ['--rule', 'house/no-exclamation=info']).result.score).toBe(off.score)
  })

  it('checks its options against the rule schema, naming the config key', () => {
    const folder = pluginProject({'.coverlintrc.json': {plugins: [house], rules: {'house/no-exclamation': ['warn', {max: 'one'}]}}, 'letter.md': letter})
    const run = cli(['letter.md'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: .coverlintrc.json: rules.house/no-exclamation: option "max" must be a whole number, got "one"\n')
  })

  it('is listed by rules and explained by explain, with the retext plugins', () => {
    const folder = pluginProject({'.coverlintrc.json': {plugins: [retext, house]}, 'letter.md': letter})
    const rules = cli(['rules'], {cwd: folder})
    expect(rules.stdout).toMatch(/^house\/no-exclamation +warning +- +No exclamation marks in what a panel reads\.$/m)
    expect(rules.stdout).toMatch(/^retext-plain-words\/\* +warning +- +what the retext plugin \.\/plugins\/retext-plain-words reports/m)
    const explain = cli(['explain', 'house/no-exclamation'], {cwd: folder})
    expect(explain.stdout).toContain('  max = 0  Exclamation marks allowed in the letter.')
    expect(cli(['explain', 'retext-plain-words/plain-word'], {cwd: folder}).stdout).toContain('Reported by the retext plugin ./plugins/retext-plain-words')
    expect(cli(['print-config', 'letter.md'], {cwd: folder}).stdout).toContain('"plugins": [\n    "./plugins/retext-plain-words",\n    "cover-lint-plugin-house"\n  ]')
  })
})

it('a plugin rule asks the claim queries whose work a number is', () => {
  const rule = [
    "import {defineRule, quote, whyNotOwnWork} from 'cover-lint/rule'",
    'export default defineRule({',
    "  meta: {id: 'acme/own-numbers', description: 'Numbers are the writer\\'s own work.', reason: 'A panel credits the writer with their own numbers only.',",
    "    severity: 'warning', options: {}, schema: {type: 'object', additionalProperties: false}, examples: {bad: 'Your team serves 2M users.', good: 'I served 2M users.'}},",
    '  check({letter, report}) {',
    '    for (const quantity of letter.quantities) {',
    '      const why = whyNotOwnWork(letter, quantity)',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is a line of a rule's source, which holds a template
    '      if (why) report({start: quantity.start, end: quantity.end, message: `"${quote(letter.source, quantity.start, quantity.end)}" ${why}`})',
    '    }',
    '  }',
    '})'
  ].join('\n')
  const text = [
    'Dear Priya Shah,',
    '',
    'I cut p99 latency from 900ms to 140ms at 3,000 orders a minute. Your platform serves 2M riders a day,',
    'and I would like to cut its costs by 30%.',
    ''
  ].join('\n')
  const folder = pluginProject({'.coverlintrc.json': {plugins: ['./own.mjs']}, 'own.mjs': rule, 'letter.md': text})
  const {result, stderr} = lintIn(folder)
  expect(stderr).toBe('')
  expect(findings(result, 'acme/own-numbers', true)).toEqual([
    '3:86-3:101 warning "2M riders a day" is the employer\'s, not your work',
    '4:38-4:41 warning "30%" is a wish'
  ])
})

describe('plugins that fail', () => {
  const thrower = [
    'export default function boom() {',
    '  return (tree, file) => { if (String(file).includes("boom")) throw new TypeError("cannot read the tree") }',
    '}'
  ].join('\n')

  it('a plugin that throws on a letter: one line naming it, exit 2, the other letters linted', () => {
    const folder = project({'.coverlintrc.json': {plugins: ['./boom.mjs']}, 'boom.mjs': thrower, 'a.md': letter, 'b.md': `${letter}boom\n`})
    const run = cli(['--format', 'json', 'a.md', 'b.md'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('cover-lint: ./boom.mjs: the plugin threw while linting b.md: TypeError: cannot read the tree\n')
    expect((JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath)).toEqual(['a.md'])
  })

  it('a plugin that throws while loading, or does not resolve: one line, and letters under other configs are linted', () => {
    const folder = project({
      'broken/.coverlintrc.json': {plugins: ['./bad.mjs']},
      'broken/bad.mjs': 'throw new Error("no load")',
      'broken/letter.md': letter,
      'missing/.coverlintrc.json': {plugins: ['retext-nowhere']},
      'missing/letter.md': letter,
      'fine/letter.md': letter
    })
    const run = cli(['--format', 'json', 'broken/letter.md', 'missing/letter.md', 'fine/letter.md'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')).toEqual([
      'cover-lint: ./bad.mjs: the plugin threw while loading: Error: no load',
      `cover-lint: missing/.coverlintrc.json: plugins[0]: "retext-nowhere" does not resolve from ${join(folder, 'missing')}: install it (npm install retext-nowhere) or give a path starting with ./`,
      ''
    ])
    expect((JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath)).toEqual(['fine/letter.md'])
  })

  it('a module that exports neither rules nor a plugin, a rule id without a namespace, and an unknown plugin rule', () => {
    const cases: Array<[object, Record<string, string>, string]> = [
      [{plugins: ['./x.mjs']}, {'x.mjs': 'export default 42'}, 'plugins[0]: "./x.mjs" must default-export cover-lint rules (made with defineRule from cover-lint/rule, one or a list) or a unified plugin (a function), got 42'],
      [
        {plugins: ['./x.mjs']},
        {'x.mjs': "export default {meta: {id: 'no-bang', description: 'x', severity: 'warning'}, check() {}}"},
        'plugins[0]: rule 1: "./x.mjs" has a rule with id "no-bang": a plugin\'s rule ids are "<namespace>/<name>" (e.g. "acme/no-exclamation"), so they never clash with cover-lint\'s'
      ],
      [{rules: {'house/no-bang': 'off'}}, {}, 'rules.house/no-bang: unknown rule; no plugin in this config defines it ("cover-lint rules" lists them)']
    ]
    for (const [config, files, reason] of cases) {
      const folder = project({'.coverlintrc.json': config, 'letter.md': letter, ...files})
      const run = cli(['letter.md'], {cwd: folder})
      expect(run.code).toBe(2)
      expect(run.stderr).toBe(`cover-lint: .coverlintrc.json: ${reason}\n`)
    }
  })
})

it('a run with no plugins configured loads none (the example folder is never imported)', () => {
  const folder = pluginProject({'letter.md': letter})
  writeFileSync(join(folder, 'plugins/retext-plain-words/index.js'), 'throw new Error("loaded")')
  const run = cli(['--format', 'json', 'letter.md'], {cwd: folder})
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
})
