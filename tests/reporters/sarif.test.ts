import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv, type ValidateFunction} from 'ajv'
import addFormatsModule from 'ajv-formats'
import {beforeAll, describe, expect, it} from 'vitest'
import {ruleIds} from '../../rules/index.js'
import sarif, {artifactUri} from '../../src/reporters/sarif.js'
import {cli, root} from '../helpers/cli.js'
import {lintFixture, reporterContext, withMessages} from '../helpers/reporters.js'
import {temporaryFolder} from '../helpers/temporary.js'

// ajv-formats is CommonJS with a default export; under NodeNext it arrives as the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

/**
 * The official SARIF 2.1.0 schema (OASIS Committee Specification, draft-07), kept verbatim in
 * fixtures/sarif/ (see the README there). Formats are checked (ajv-formats): `uri` for helpUri
 * and `uri-reference` for artifact locations are exactly where a reporter can go wrong, e.g.
 * a path with a space left unencoded. Ajv's strict mode is off because it lints how a schema is
 * written (the official one trips `strictRequired`), not whether a document is valid.
 */
let validate: ValidateFunction
beforeAll(() => {
  const schema = JSON.parse(readFileSync(join(root, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object
  const ajv = new Ajv({strict: false, allErrors: true})
  addFormats(ajv)
  validate = ajv.compile(schema)
})

function expectValid(log: unknown): void {
  const valid = validate(log)
  expect(validate.errors ?? [], 'SARIF schema errors').toEqual([])
  expect(valid).toBe(true)
}

interface Log {
  $schema: string
  version: string
  runs: Array<{
    tool: {driver: {name: string; version: string; rules: Array<{id: string; shortDescription: {text: string}; helpUri: string; defaultConfiguration: {level: string}}>}}
    artifacts: Array<{location: {uri: string; uriBaseId?: string}; properties: {verdict: string; score: number}}>
    results: Array<{
      ruleId: string
      ruleIndex: number
      level: string
      message: {text: string}
      locations: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId?: string; index: number}; region: Record<string, number>}}>
      partialFingerprints: Record<string, string>
    }>
  }>
}

describe('sarif reporter', {timeout: 60_000}, () => {
  it('writes a log the official SARIF 2.1.0 schema accepts, for a run over the sample letters', () => {
    const run = cli(['--format', 'sarif', 'fixtures/letters/'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1) // weak.md has errors: the format does not change the exit code
    expectValid(JSON.parse(run.stdout))
  })

  it('the schema check can fail: it rejects a level SARIF does not have and an unencoded URI', () => {
    const log = JSON.parse(sarif([lintFixture('weak.md')], reporterContext())) as Log
    log.runs[0]!.results[0]!.level = 'info'
    expect(validate(log)).toBe(false)
    const spaced = JSON.parse(sarif([lintFixture('weak.md')], reporterContext())) as Log
    spaced.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'my letters/weak.md'
    expect(validate(spaced)).toBe(false)
  })

  it('lists every rule with its id, description, README help URI and default level', () => {
    const log = JSON.parse(sarif([lintFixture('strong.md')], reporterContext())) as Log
    const {driver} = log.runs[0]!.tool
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(driver.name).toBe('cover-lint')
    expect(driver.rules.map((rule) => rule.id)).toEqual(ruleIds)
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    for (const rule of driver.rules) {
      expect(rule.helpUri).toBe(`https://github.com/cover-lint/cover-lint/blob/main/README.md#${rule.id}`)
      // The anchor exists: the README has a section titled with the rule id.
      expect(readme).toContain(`\n### ${rule.id}\n`)
      expect(rule.shortDescription.text.length).toBeGreaterThan(10)
    }
    expect(driver.rules.find((rule) => rule.id === 'operations-evidence')!.defaultConfiguration.level).toBe('error')
    expect(driver.rules.find((rule) => rule.id === 'no-cliche')!.defaultConfiguration.level).toBe('warning')
    expect(driver.rules.find((rule) => rule.id === 'word-count')!.defaultConfiguration.level).toBe('error')
  })

  it('turns each finding into a result with its rule, level, message and region', () => {
    const weak = lintFixture('weak.md')
    const log = JSON.parse(sarif([weak], reporterContext())) as Log
    const [run] = log.runs
    expect(run!.results).toHaveLength(weak.messages.length)
    run!.results.forEach((result, index) => {
      const message = weak.messages[index]!
      expect(result.ruleId).toBe(message.ruleId)
      expect(run!.tool.driver.rules[result.ruleIndex]!.id).toBe(message.ruleId)
      expect(result.level).toBe(message.severity === 'info' ? 'note' : message.severity)
      expect(result.message.text).toBe(message.message)
      expect(result.locations[0]!.physicalLocation.artifactLocation).toEqual({uri: 'fixtures/letters/weak.md', uriBaseId: '%SRCROOT%', index: 0})
      expect(result.locations[0]!.physicalLocation.region).toEqual({
        startLine: message.line,
        startColumn: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn
      })
    })
    // A known finding, checked by hand against the letter: "team player" on line 5.
    const teamPlayer = run!.results.find((result) => result.message.text.startsWith('"team player"'))!
    expect(teamPlayer.level).toBe('warning')
    expect(teamPlayer.locations[0]!.physicalLocation.region).toEqual({startLine: 5, startColumn: 319, endLine: 5, endColumn: 330})
    expect(run!.artifacts).toEqual([
      {location: {uri: 'fixtures/letters/weak.md', uriBaseId: '%SRCROOT%'}, roles: ['analysisTarget'], properties: expect.objectContaining({verdict: 'binned', score: 4})}
    ])
  })

  it('maps info to note', () => {
    const run = cli(['--format', 'sarif', '--rule', 'no-cliche=info', 'fixtures/letters/promising.md'])
    const log = JSON.parse(run.stdout) as Log
    expect(log.runs[0]!.results.filter((result) => result.ruleId === 'no-cliche').map((result) => result.level)).toEqual(['note'])
    expectValid(log)
  })

  it('encodes artifact URIs: relative paths percent-encoded, paths outside the working directory as file: URIs', () => {
    expect(artifactUri('applications/acme corp/letter #2.md')).toBe('applications/acme%20corp/letter%20%232.md')
    expect(artifactUri('a:b/letter.md')).toBe('a%3Ab/letter.md')
    expect(artifactUri('<stdin>')).toBe('%3Cstdin%3E')
    expect(artifactUri('/home/ana/letters/cover letter.md')).toBe('file:///home/ana/letters/cover%20letter.md')
    const base = lintFixture('promising.md')
    const log = JSON.parse(
      sarif([withMessages(base, 'applications/acme corp/letter #2.md', base.messages), withMessages(base, '/home/ana/out side.md', base.messages)], reporterContext())
    ) as Log
    expectValid(log)
    expect(log.runs[0]!.artifacts.map((artifact) => artifact.location)).toEqual([
      {uri: 'applications/acme%20corp/letter%20%232.md', uriBaseId: '%SRCROOT%'},
      {uri: 'file:///home/ana/out%20side.md'}
    ])
  })

  it('is byte-for-byte the same on every run, and from another working directory the same letters give the same log', () => {
    const first = cli(['--format', 'sarif', 'fixtures/letters/'])
    const second = cli(['--format', 'sarif', 'fixtures/letters/'])
    expect(second.stdout).toBe(first.stdout)
    expect(first.stdout).not.toContain(root)
    const copy = temporaryFolder('cover-lint-sarif-')
    writeFileSync(join(copy, 'weak.md'), readFileSync(join(root, 'fixtures/letters/weak.md')))
    const elsewhere = JSON.parse(cli(['--format', 'sarif', 'weak.md'], {cwd: copy}).stdout) as Log
    const here = JSON.parse(cli(['--format', 'sarif', 'weak.md'], {cwd: join(root, 'fixtures/letters')}).stdout) as Log
    expect(elsewhere).toEqual(here)
  })

  it('keeps a finding’s fingerprint when lines are added above it, and tells repeated findings apart', () => {
    const text = readFileSync(join(root, 'fixtures/letters/weak.md'), 'utf8')
    const dir = temporaryFolder('cover-lint-sarif-')
    writeFileSync(join(dir, 'letter.md'), text)
    const before = JSON.parse(cli(['--format', 'sarif', 'letter.md'], {cwd: dir}).stdout) as Log
    writeFileSync(join(dir, 'letter.md'), `<!-- draft 2 -->\n\n${text}`)
    const after = JSON.parse(cli(['--format', 'sarif', 'letter.md'], {cwd: dir}).stdout) as Log
    const key = (log: Log, prefix: string): {line: number; fingerprint: string} => {
      const result = log.runs[0]!.results.find((r) => r.message.text.startsWith(prefix))!
      return {line: result.locations[0]!.physicalLocation.region.startLine!, fingerprint: result.partialFingerprints['coverLintFindingHash/v1']!}
    }
    expect(key(after, '"team player"').line).toBe(key(before, '"team player"').line + 2)
    expect(key(after, '"team player"').fingerprint).toBe(key(before, '"team player"').fingerprint)
    const fingerprints = before.runs[0]!.results.map((result) => result.partialFingerprints['coverLintFindingHash/v1'])
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
    expect(fingerprints.every((fingerprint) => /^[0-9a-f]{32}:\d+$/.test(fingerprint!))).toBe(true)
  })

  it('numbers the same words flagged twice by one rule, in order', () => {
    const base = lintFixture('weak.md')
    const cliche = base.messages.find((message) => message.ruleId === 'no-cliche' && message.actual === 'passionate about')!
    const twice = withMessages(base, 'letter.md', [cliche, {...cliche, line: 9, endLine: 9}])
    const log = JSON.parse(sarif([twice], reporterContext())) as Log
    const [first, second] = log.runs[0]!.results.map((result) => result.partialFingerprints['coverLintFindingHash/v1']!)
    expect(first!.split(':')[0]).toBe(second!.split(':')[0])
    expect([first!.split(':')[1], second!.split(':')[1]]).toEqual(['1', '2'])
  })
})
