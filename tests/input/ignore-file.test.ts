import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, root} from '../helpers/cli.js'
import {temporaryFolder} from '../helpers/temporary.js'

const letter = readFileSync(join(root, 'fixtures/letters/strong.md'), 'utf8')

/** A folder of letters (and an optional .coverlintignore), as a job-application repository has. */
function repository(files: readonly string[], ignore?: string): string {
  const dir = temporaryFolder('cover-lint-ignore-')
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), {recursive: true})
    writeFileSync(join(dir, file), letter)
  }
  if (ignore !== undefined) writeFileSync(join(dir, '.coverlintignore'), ignore)
  return dir
}

/** The files a run linted, in the order reported. */
function linted(args: readonly string[], cwd: string): {files: string[]; code: number | null; stderr: string} {
  const run = cli(['--format', 'json', ...args], {cwd})
  const files = run.stdout ? (JSON.parse(run.stdout) as Array<{filePath: string}>).map((result) => result.filePath) : []
  return {files, code: run.code, stderr: run.stderr}
}

const files = ['acme/letter.md', 'acme/notes.txt', 'drafts/old.md', 'globex/letter.md', 'globex/keep.txt', 'templates/base.md']
const ignore = ['# drafts and templates are not letters to send', 'drafts/', '/templates', '*.txt', '!keep.txt', ''].join('\n')

describe('.coverlintignore', {timeout: 60_000}, () => {
  it('leaves matching files out of a folder search (gitignore syntax: comments, folders, anchors, negation)', () => {
    expect(linted(['.'], repository(files, ignore))).toEqual({files: ['acme/letter.md', 'globex/keep.txt', 'globex/letter.md'], code: 0, stderr: ''})
  })

  it('without one, everything is linted', () => {
    expect(linted(['.'], repository(files)).files).toEqual([
      'acme/letter.md',
      'acme/notes.txt',
      'drafts/old.md',
      'globex/keep.txt',
      'globex/letter.md',
      'templates/base.md'
    ])
  })

  it('applies to globs', () => {
    expect(linted(['**/*.md'], repository(files, ignore)).files).toEqual(['acme/letter.md', 'globex/letter.md'])
  })

  it('patterns are relative to the working directory, also for paths given through a subfolder', () => {
    const dir = repository(files, ignore)
    expect(linted(['globex', 'drafts/../acme'], dir).files).toEqual(['globex/keep.txt', 'globex/letter.md', 'acme/letter.md'])
  })

  it('a file named on the command line is skipped with a notice, and the others are still linted', () => {
    const run = linted(['drafts/old.md', 'acme/letter.md'], repository(files, ignore))
    expect(run).toEqual({files: ['acme/letter.md'], code: 0, stderr: 'cover-lint: drafts/old.md: skipped: matches .coverlintignore\n'})
  })

  it('a folder or glob whose letters are all ignored is an input error, exit 2', () => {
    const dir = repository(files, ignore)
    expect(linted(['drafts'], dir)).toEqual({files: [], code: 2, stderr: 'cover-lint: drafts: every letter here is ignored by .coverlintignore\n'})
    expect(linted(['templates/*.md', 'acme/letter.md'], dir)).toEqual({
      files: ['acme/letter.md'],
      code: 2,
      stderr: 'cover-lint: templates/*.md: every file matching this pattern is ignored by .coverlintignore\n'
    })
  })

  it('is read from the working directory only: an ignore file in a subfolder or a parent has no effect', () => {
    const parent = repository(['work/acme/letter.md', 'work/drafts/old.md'], 'work/\n')
    writeFileSync(join(parent, 'work/acme/.coverlintignore'), '*.md\n')
    expect(linted(['.'], join(parent, 'work')).files).toEqual(['acme/letter.md', 'drafts/old.md'])
  })

  it('letters outside the working directory are never matched', () => {
    const outside = repository(['letter.md'])
    const dir = repository(['acme/letter.md'], '*.md\n')
    expect(linted([join(outside, 'letter.md')], dir).files).toEqual([join(outside, 'letter.md')])
  })

  it('an ignore file that cannot be read is one line and exit 2', () => {
    const dir = repository(['letter.md'])
    mkdirSync(join(dir, '.coverlintignore'))
    const run = cli(['letter.md'], {cwd: dir})
    expect(run).toEqual({code: 2, stdout: '', stderr: 'cover-lint: .coverlintignore: is a directory\n'})
  })

  it('a named pipe for an ignore file is refused, not waited on', () => {
    const dir = repository(['letter.md'])
    if (spawnSync('mkfifo', [join(dir, '.coverlintignore')]).status !== 0) return
    const run = cli(['letter.md'], {cwd: dir})
    expect(run).toEqual({code: 2, stdout: '', stderr: 'cover-lint: .coverlintignore: not a regular file (a pipe, socket or device)\n'})
  })
})
