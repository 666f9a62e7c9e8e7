import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'

const promising = 'fixtures/letters/promising.md'
const weak = 'fixtures/letters/weak.md'

describe('flags that are refused rather than silently accepted', {timeout: 60_000}, () => {
  it('--min-score outside 0-100 is a usage error', () => {
    for (const value of ['150', '101', '-1']) {
      const run = cli(['--min-score', value, promising])
      expect(run).toMatchObject({code: 2, stdout: ''})
      expect(run.stderr).toMatch(/--min-score takes a whole number from 0 to 100\n$/)
    }
    expect(cli(['--min-score', '100', promising]).code).toBe(1)
    expect(cli(['--min-score', '0', promising]).code).toBe(0)
  })

  it('--rule with a custom/ id no config defines is refused with a "did you mean"', () => {
    expect(cli(['--rule', 'custom/typo=off', promising])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cover-lint: --rule: unknown rule "custom/typo": no config file applies, so no phrase rules are defined\n'
    })
    const root = project({
      'letter.md': letter,
      '.coverlintrc.json': {phrases: [{id: 'custom/leverage', match: ['team player']}]}
    })
    expect(cli(['--rule', 'custom/leveage=off', 'letter.md'], {cwd: root})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cover-lint: --rule: unknown rule "custom/leveage" (did you mean "custom/leverage"?): .coverlintrc.json defines no phrase rule of that name under "phrases"\n'
    })
    const off = cli(['--rule', 'custom/leverage=off', '--format', 'json', 'letter.md'], {cwd: root})
    expect(off.stderr).toBe('')
    expect(off.stdout).not.toContain('custom/leverage')
    expect(cli(['--format', 'json', 'letter.md'], {cwd: root}).stdout).toContain('"ruleId":"custom/leverage"')
  })

  it('--config with --no-config is a usage error, in either order and for print-config', () => {
    const expected = {code: 2, stdout: '', stderr: 'cover-lint: --config: give --config <path> or --no-config, not both\n'}
    expect(cli(['--config', 'x.json', '--no-config', promising])).toEqual(expected)
    expect(cli(['--no-config', '-c', 'x.json', promising])).toEqual(expected)
    expect(cli(['--no-config', '--config', 'x.json', 'print-config', promising])).toEqual(expected)
    expect(cli(['--no-config', promising]).code).toBe(0)
  })

  it('a mistyped command is suggested, not reported as a missing file', () => {
    expect(cli(['explian'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cover-lint: explian: not a command, file or folder (did you mean "cover-lint explain"?); to lint a file of that name, write ./explian\n'
    })
    expect(cli(['rule']).stderr).toContain('(did you mean "cover-lint rules"?)')
    expect(cli(['lettr.md']).stderr).toBe('cover-lint: lettr.md: no such file or directory\n')
    // A letter that happens to be called "rules" is still a letter.
    const root = project({rules: letter})
    expect(cli(['rules', '--format', 'json'], {cwd: root}).stdout).not.toContain('"filePath"')
    expect(cli(['./rules', '--format', 'json'], {cwd: root}).stdout).toContain('"filePath":"rules"')
  })

  it('--job help names every format a posting may be in', () => {
    const help = cli(['--help']).stdout.replace(/\s+/g, ' ')
    expect(help).toContain('--job <path> the job posting the letters answer, in any format a letter may be in (Markdown, text, LaTeX, HTML, Word or PDF); - reads standard input')
  })
})

describe('--quiet', {timeout: 60_000}, () => {
  it('says that it hid warnings the score still counts', () => {
    const run = cli(['--quiet', promising])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('  MAYBE 68/100  a panel might read on: prove the missing signals below\n')
    expect(run.stdout).not.toContain('Findings')
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 1 letter: 0 shortlisted, 1 maybe, 0 binned · no errors; --quiet hid 3 warnings (the scores count them)')
  })

  it('with errors: the errors, then what it hid, in every summary', () => {
    const last = (format: string): string | undefined => cli(['--quiet', '--format', format, weak]).stdout.trimEnd().split('\n').at(-1)
    const line = '1 letter: 0 shortlisted, 0 maybe, 1 binned · 3 problems (3 errors, 0 warnings); --quiet hid 18 warnings (the scores count them)'
    expect(last('stylish')).toBe(`✖ ${line}`)
    expect(last('unix')).toBe(line)
  })

  it('without --quiet nothing is said about hiding', () => {
    expect(cli([promising]).stdout.trimEnd().split('\n').at(-1)).toBe('⚠ 1 letter: 0 shortlisted, 1 maybe, 0 binned · 3 problems (0 errors, 3 warnings)')
  })
})
