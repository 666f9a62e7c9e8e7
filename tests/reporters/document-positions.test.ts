import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'

const pdf = 'fixtures/formats/letter.pdf'
const docx = 'fixtures/formats/letter.docx'
const cliche = '"team player" is claimed by everyone: name a team outcome you drove (an incident you led, a migration you coordinated).'

interface SarifLog {
  runs: Array<{
    artifacts: Array<{location: {uri: string}; properties: Record<string, unknown>}>
    results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: Record<string, unknown>}}>}>
  }>
}

describe('Word and PDF positions in the machine formats', {timeout: 60_000}, () => {
  it('unix: page:line and paragraph:column in the line and column fields, and a note saying so before the summary', () => {
    const lines = cli(['-f', 'unix', pdf, docx, 'fixtures/letters/promising.md']).stdout.trimEnd().split('\n')
    expect(lines).toContain(`${pdf}:1:17: ${cliche} [warning/no-cliche]`)
    expect(lines).toContain(`${docx}:9:8: ${cliche} [warning/no-cliche]`)
    expect(lines.slice(-4)).toEqual([
      '',
      `${pdf}: positions are page:line`,
      `${docx}: positions are paragraph:column`,
      '3 letters: 0 shortlisted, 3 maybe, 0 binned · 13 problems (0 errors, 13 warnings)'
    ])
  })

  it('github: annotations on the file, with the place in words in the title, never as lines GitHub would misplace', () => {
    const out = cli(['-f', 'github', pdf, docx, 'fixtures/letters/promising.md']).stdout
    expect(out).toContain(`::warning file=${pdf},title=cover-lint (no-cliche) at page 1%2C line 17::${cliche}\n`)
    expect(out).toContain(`::warning file=${docx},title=cover-lint (no-cliche) at paragraph 9%2C column 8::${cliche}\n`)
    expect(out).not.toMatch(/::warning file=fixtures\/formats\/letter\.(?:pdf|docx),line=/)
    // A text letter keeps its real lines and columns.
    expect(out).toMatch(/::warning file=fixtures\/letters\/promising\.md,line=3,endLine=3,col=178,endColumn=194,title=cover-lint \(no-cliche\)::/)
  })

  it('SARIF: the numbers stay in the region (code scanning needs a startLine), which says what they count, with the words', () => {
    const log = JSON.parse(cli(['-f', 'sarif', pdf, docx]).stdout) as SarifLog
    const [run] = log.runs
    expect(run!.artifacts.map((artifact) => [artifact.location.uri, artifact.properties.positions])).toEqual([
      [pdf, 'page:line'],
      [docx, 'paragraph:column']
    ])
    const regions = run!.results
      .filter((result) => result.ruleId === 'no-cliche')
      .map((result) => [result.locations[0]!.physicalLocation.artifactLocation.uri, result.locations[0]!.physicalLocation.region])
    expect(regions).toEqual([
      [pdf, {startLine: 1, startColumn: 17, endLine: 1, endColumn: 17, snippet: {text: 'team player'}, message: {text: 'page 1, line 17'}}],
      [docx, {startLine: 9, startColumn: 8, endLine: 9, endColumn: 19, snippet: {text: 'team player'}, message: {text: 'paragraph 9, column 8'}}]
    ])
    const text = JSON.parse(cli(['-f', 'sarif', 'fixtures/letters/promising.md']).stdout) as SarifLog
    expect(text.runs[0]!.results[0]!.locations[0]!.physicalLocation.region).not.toHaveProperty('message')
    expect(text.runs[0]!.artifacts[0]!.properties).not.toHaveProperty('positions')
  })
})
