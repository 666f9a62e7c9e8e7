import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, root} from '../helpers/cli.js'

/**
 * Golden output: the markdown and unix reports of sample letters (strong, promising and weak, a
 * CRLF text letter) and the CI fixtures (fixtures/ci/: template fields left in, a short .txt
 * letter), compared byte for byte
 * with files under fixtures/golden/ that were read and checked by hand. When a rule's wording
 * changes on purpose, run with COVER_LINT_UPDATE_GOLDEN=1: a file that differs is rewritten and
 * its test still fails ("updated ..., review the diff"), so an update never passes by itself;
 * read the diff, commit it, and the next run passes.
 */
const letters = [
  'fixtures/letters/strong.md',
  'fixtures/letters/promising.md',
  'fixtures/letters/weak.md',
  'fixtures/letters/plain-crlf.txt',
  'fixtures/ci/'
]
const update = process.env.COVER_LINT_UPDATE_GOLDEN === '1'

describe.each([
  ['markdown', 'letters.markdown.golden'],
  ['unix', 'letters.unix.golden']
])('%s report', {timeout: 60_000}, (format, golden) => {
  it(`matches fixtures/golden/${golden}`, () => {
    const run = cli(['--format', format, ...letters])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const path = join(root, 'fixtures/golden', golden)
    const reviewed = readFileSync(path, 'utf8')
    if (update && run.stdout !== reviewed) {
      writeFileSync(path, run.stdout)
      expect.fail(`updated fixtures/golden/${golden}, review the diff (git diff fixtures/golden) and commit it`)
    }
    expect(run.stdout).toBe(reviewed)
  })
})
