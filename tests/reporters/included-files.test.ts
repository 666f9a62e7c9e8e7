import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {temporaryFolder} from '../helpers/temporary.js'

/**
 * A LaTeX letter can `\input` its body from another file; findings in that body carry positions
 * in the body file, and every reporter must name that file, not the letter.
 */
describe('findings in a file the letter includes', () => {
  const dir = temporaryFolder('cover-lint-input-')
  writeFileSync(
    join(dir, 'letter.tex'),
    ['\\documentclass{letter}', '\\begin{document}', '\\begin{letter}{Ledgerline}', '\\opening{Dear Priya Shah,}', '\\input{body}', '\\closing{Yours sincerely,}', '\\end{letter}', '\\end{document}', ''].join('\n')
  )
  writeFileSync(join(dir, 'body.tex'), 'I am passionate about ledgers and I moved £38m a month onto a new service.\n')

  it('unix names the included file', () => {
    const run = cli(['--format', 'unix', 'letter.tex'], {cwd: dir})
    expect(run.stdout).toContain('body.tex:1:6: "passionate about" tells a panel nothing: show it with a system you shipped and its number instead. [warning/no-cliche]')
  })

  it('sarif points the result at the included file, listed as an artifact', () => {
    const run = cli(['--format', 'sarif', 'letter.tex'], {cwd: dir})
    const log = JSON.parse(run.stdout) as {
      runs: Array<{artifacts: Array<{location: {uri: string}}>; results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}>}>}>
    }
    const [sarifRun] = log.runs
    expect(sarifRun!.artifacts.map((artifact) => artifact.location.uri)).toEqual(['letter.tex', 'body.tex'])
    const cliche = sarifRun!.results.find((result) => result.ruleId === 'no-cliche')
    expect(cliche!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('body.tex')
    expect(cliche!.locations[0]!.physicalLocation.region.startLine).toBe(1)
  })

  it('github annotates the included file', () => {
    const run = cli(['--format', 'github', 'letter.tex'], {cwd: dir})
    expect(run.stdout).toMatch(/^::warning file=body\.tex,line=1,endLine=1,col=6,endColumn=22,title=cover-lint \(no-cliche\)::/m)
  })
})
