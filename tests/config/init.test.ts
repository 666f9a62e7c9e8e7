import {existsSync, readdirSync, readFileSync, symlinkSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {starterText} from '../../src/commands/init.js'
import {cli, root as repository} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'

describe('cover-lint init', () => {
  it('writes a commented starter .coverlintrc.json whose $schema points at the shipped schema', () => {
    const root = project({})
    const run = cli(['init'], {cwd: root})
    expect(run).toEqual({
      code: 0,
      stdout: 'Wrote .coverlintrc.json: edit it, then run "cover-lint print-config <letter>" to see what applies to a letter.\n',
      stderr: ''
    })
    const text = readFileSync(join(root, '.coverlintrc.json'), 'utf8')
    expect(text).toBe(starterText(root))
    const starter = JSON.parse(text) as Record<string, unknown>
    expect(starter.$schema).toBe(relative(root, join(repository, 'schema/coverlintrc.schema.json')))
    expect(Object.keys(starter)).toEqual([
      '$schema', '//', '// extends', 'extends', '// seniority', '// locale', 'locale', '// dictionary', 'dictionary', '// rules', 'rules', '// phrases', 'phrases', '// ignores', 'ignores',
      '// companies', 'companies'
    ])
  })

  it('linting with the starter gives the same results as no config', () => {
    const root = project({'letter.md': letter})
    expect(cli(['init'], {cwd: root}).code).toBe(0)
    const withStarter = cli(['--format', 'json', 'letter.md'], {cwd: root})
    const without = cli(['--format', 'json', '--no-config', 'letter.md'], {cwd: root})
    expect(withStarter.stderr).toBe('')
    expect(withStarter.stdout).toBe(without.stdout)
    expect(JSON.parse(cli(['print-config', 'letter.md'], {cwd: root}).stdout)).toMatchObject({file: '.coverlintrc.json', extends: ['cover-lint:recommended']})
  })

  it('refuses to overwrite an existing .coverlintrc.json', () => {
    const root = project({'.coverlintrc.json': '{"rules": {}}\n'})
    expect(cli(['init'], {cwd: root})).toEqual({code: 2, stdout: '', stderr: 'cover-lint: .coverlintrc.json: already exists; init never overwrites a config\n'})
    expect(readFileSync(join(root, '.coverlintrc.json'), 'utf8')).toBe('{"rules": {}}\n')
  })

  it('refuses when another config form is already in the folder', () => {
    const root = project({'.coverlintrc.yaml': 'rules: {}\n'})
    expect(cli(['init'], {cwd: root})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cover-lint: .coverlintrc.yaml: a config already exists in this folder; init did not write .coverlintrc.json\n'
    })
  })

  it('never writes through a link: a dangling .coverlintrc.json link is refused too', () => {
    const root = project({})
    symlinkSync(join(root, 'elsewhere.json'), join(root, '.coverlintrc.json'))
    expect(cli(['init'], {cwd: root})).toEqual({code: 2, stdout: '', stderr: 'cover-lint: .coverlintrc.json: already exists; init never overwrites a config\n'})
    expect(existsSync(join(root, 'elsewhere.json'))).toBe(false)
    expect(readdirSync(root).sort()).toEqual(['.coverlintrc.json', 'package.json'])
  })
})
