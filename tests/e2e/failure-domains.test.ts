import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/types.js'
import {bin, root} from '../helpers/cli.js'
import {project} from '../helpers/project.js'

/**
 * Inputs that once ended the whole run with a stack overflow, no path and no report, through the
 * built CLI (a real process, with its real stack). Whether a parser now reads them or gives up,
 * the good letter beside each is reported in full and the hostile one costs at most its own
 * line on stderr. tests/isolated/failure-domains.test.ts makes inputs fail on purpose.
 */

const strong = readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8')

/** Run the built CLI; a letter read whole may have tens of thousands of findings (16 MB of JSON for 'synergy ' x 80,000). */
function run(args: readonly string[], cwd: string): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, env: {...process.env, NO_COLOR: '1', GITHUB_ACTIONS: ''}, encoding: 'utf8', timeout: 110_000, maxBuffer: 64 * 1024 * 1024})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('hostile inputs beside a good letter', {timeout: 240_000}, () => {
  const hostile: Record<string, string> = {
    'quotes.md': `${'>'.repeat(5000)} word\n`,
    'bold.html': `${'<b>'.repeat(2000)}word${'</b>'.repeat(2000)}`,
    'synergy.md': 'synergy '.repeat(80_000),
    'lines.md': 'a\n'.repeat(100_000),
    'braces.tex': `${'{'.repeat(10_000)}word${'}'.repeat(10_000)}\n`,
    'constructor.tex': '\\begin{document}\nI led it. \\constructor{x}\n\\end{document}\n'
  }
  for (const [name, content] of Object.entries(hostile)) {
    it(name, () => {
      const cwd = project({'good.md': strong, [name]: content})
      const alone = run(['-f', 'json', 'good.md'], cwd)
      const both = run(['-f', 'json', 'good.md', name], cwd)
      const results = JSON.parse(both.stdout) as LintResult[]
      expect(results[0]).toEqual((JSON.parse(alone.stdout) as LintResult[])[0])
      if (both.stderr === '') expect(results.map((result) => result.filePath)).toEqual(['good.md', name])
      else expect(both.stderr).toMatch(new RegExp(`^cover-lint: ${name.replace('.', '\\.')}: [^\\n]+\\n$`))
      // Each is read or refused for what it is: none is left to an unexpected failure.
      expect(both.stderr).not.toMatch(/internal error/)
      expect(both.code).toBe(both.stderr === '' ? (results.some((result) => result.errorCount > 0) ? 1 : 0) : 2)
    })
  }

  it('a job.md that is one 1 MB paragraph: its letter is linted, with it or without it', () => {
    const cwd = project({'a/letter.md': strong, 'b/letter.md': strong, 'b/job.md': 'Kafka Postgres platform '.repeat(43_000)})
    const {stdout, stderr} = run(['-f', 'json', 'a/letter.md', 'b/letter.md'], cwd)
    expect((JSON.parse(stdout) as LintResult[]).map((result) => result.filePath)).toEqual(['a/letter.md', 'b/letter.md'])
    if (stderr !== '') expect(stderr).toMatch(/^cover-lint: b\/job\.md: [^\n]+ \(the job posting for b\/letter\.md; it was linted without one\)\n$/)
  })

  it('a config of {"constructor": 1}: one line naming it, the other letters linted', () => {
    const cwd = project({'a/letter.md': strong, 'c/letter.md': strong, 'c/.coverlintrc.json': '{"constructor": 1}\n'})
    const {code, stdout, stderr} = run(['-f', 'json', 'a/letter.md', 'c/letter.md'], cwd)
    expect(stderr).toBe('cover-lint: c/.coverlintrc.json: constructor: not a config key; keys: extends, role, seniority, locale, dictionary, rules, phrases, job, company, companies, extensions, ignores, plugins\n')
    expect(code).toBe(2)
    expect((JSON.parse(stdout) as LintResult[]).map((result) => result.filePath)).toEqual(['a/letter.md'])
  })
})
