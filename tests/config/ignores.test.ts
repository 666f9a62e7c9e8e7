import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'

function linted(root: string, args: readonly string[]): {code: number | null; stderr: string; files: string[]} {
  const run = cli(['--format', 'json', ...args], {cwd: root})
  const files = run.stdout ? (JSON.parse(run.stdout) as Array<{filePath: string}>).map((result) => result.filePath) : []
  return {code: run.code, stderr: run.stderr, files}
}

const tree = {
  'applications/acme/letter.md': letter,
  'applications/acme/letter.draft.md': letter,
  'applications/drafts/one.md': letter,
  'applications/old/2024/letter.md': letter,
  'applications/bolt/letter.txt': letter
}

describe('ignores', {timeout: 60_000}, () => {
  it('skips matching letters found through a folder', () => {
    const root = project({...tree, '.coverlintrc.json': {ignores: ['applications/drafts/**', '*.draft.md', 'old']}})
    expect(linted(root, ['applications'])).toEqual({code: 1, stderr: '', files: ['applications/acme/letter.md', 'applications/bolt/letter.txt']})
  })

  it('skips matching letters found through a glob', () => {
    const root = project({...tree, '.coverlintrc.json': {ignores: ['**/*.draft.md']}})
    expect(linted(root, ['applications/acme/*.md']).files).toEqual(['applications/acme/letter.md'])
  })

  it('a letter named on the command line that a pattern matches is skipped with a notice, as .coverlintignore does', () => {
    const root = project({...tree, '.coverlintrc.json': {ignores: ['*.draft.md']}})
    expect(linted(root, ['applications/acme/letter.draft.md', 'applications/acme'])).toEqual({
      code: 1,
      stderr: 'cover-lint: applications/acme/letter.draft.md: skipped: matches "ignores" in .coverlintrc.json\n',
      files: ['applications/acme/letter.md']
    })
    // Naming only ignored letters lints nothing and fails nothing (a pre-commit run on a draft).
    expect(linted(root, ['applications/acme/letter.draft.md'])).toEqual({
      code: 0,
      stderr: 'cover-lint: applications/acme/letter.draft.md: skipped: matches "ignores" in .coverlintrc.json\n',
      files: []
    })
  })

  it('patterns read as .gitignore does: "!" takes a letter back, a trailing slash means a folder', () => {
    const root = project({...tree, 'applications/acme.md/letter.md': letter, '.coverlintrc.json': {ignores: ['applications/*/', '!applications/bolt/', 'acme.md/']}})
    expect(linted(root, ['applications']).files).toEqual(['applications/bolt/letter.txt'])
    const files = project({...tree, '.coverlintrc.json': {ignores: ['*.md', '!letter.md']}})
    expect(linted(files, ['applications']).files).toEqual(['applications/acme/letter.md', 'applications/bolt/letter.txt', 'applications/old/2024/letter.md'])
  })

  it('patterns are relative to the folder of the config that applies', () => {
    const root = project({...tree, 'applications/.coverlintrc.json': {ignores: ['drafts/', 'old/**']}})
    expect(linted(root, ['applications']).files).toEqual(['applications/acme/letter.draft.md', 'applications/acme/letter.md', 'applications/bolt/letter.txt'])
  })

  it('with --config they are relative to the working directory', () => {
    const root = project({...tree, 'configs/ci.json': {ignores: ['applications/old/**', 'applications/drafts/**']}})
    expect(linted(root, ['--config', 'configs/ci.json', 'applications']).files).toEqual([
      'applications/acme/letter.draft.md',
      'applications/acme/letter.md',
      'applications/bolt/letter.txt'
    ])
  })

  it('extended configs add their patterns; --no-config ignores none', () => {
    const root = project({...tree, 'base.json': {ignores: ['drafts']}, '.coverlintrc.json': {extends: './base.json', ignores: ['old', '*.txt']}})
    expect(linted(root, ['applications']).files).toEqual(['applications/acme/letter.draft.md', 'applications/acme/letter.md'])
    expect(linted(root, ['--no-config', 'applications']).files).toHaveLength(5)
  })

  it('a folder whose letters are all ignored is an input error, as with .coverlintignore', () => {
    const root = project({...tree, '.coverlintrc.json': {ignores: ['drafts']}})
    expect(linted(root, ['applications/drafts', 'applications/acme'])).toEqual({
      code: 2,
      stderr: 'cover-lint: applications/drafts: every letter here is ignored by "ignores" in .coverlintrc.json\n',
      files: ['applications/acme/letter.draft.md', 'applications/acme/letter.md']
    })
  })

  it('print-config says whether a letter is ignored, by either ignores or .coverlintignore', () => {
    const root = project({...tree, '.coverlintrc.json': {ignores: ['old']}, '.coverlintignore': 'applications/drafts/\n'})
    const printed = (file: string): unknown => (JSON.parse(cli(['print-config', file], {cwd: root}).stdout) as {ignored: boolean}).ignored
    expect(printed('applications/old/2024/letter.md')).toBe(true)
    expect(printed('applications/drafts/one.md')).toBe(true)
    expect(printed('applications/acme/letter.md')).toBe(false)
    expect(linted(root, ['applications/drafts/one.md', 'applications/old/2024/letter.md'])).toEqual({
      code: 0,
      stderr: [
        'cover-lint: applications/drafts/one.md: skipped: matches .coverlintignore',
        'cover-lint: applications/old/2024/letter.md: skipped: matches "ignores" in .coverlintrc.json',
        ''
      ].join('\n'),
      files: []
    })
  })
})
