import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {cli, root} from './helpers/cli.js'

const readme = readFileSync(join(root, 'README.md'), 'utf8')

describe('README', () => {
  it('shows the report a run really prints', () => {
    const start = readme.indexOf('```text\n$ cover-lint fixtures/letters/promising.md\n')
    expect(start).toBeGreaterThan(-1)
    const block = readme.slice(start, readme.indexOf('```\n', start + 10))
    const shown = block.split('\n').slice(2).join('\n')
    expect(shown).toBe(cli(['fixtures/letters/promising.md']).stdout)
  })

  it('documents every rule in the table and in a section of its own', () => {
    for (const {meta} of rules) {
      expect(readme, meta.id).toContain(`| [\`${meta.id}\`](#${meta.id}) |`)
      expect(readme, meta.id).toContain(`\n### ${meta.id}\n`)
    }
  })

  it('gives the Quick start as exactly two commands', () => {
    const section = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## What a report looks like'))
    const commands = section.slice(section.indexOf('```sh\n') + 6, section.indexOf('```', section.indexOf('```sh\n') + 6)).trim().split('\n')
    expect(commands).toEqual(['npm install && npx cover-lint fixtures/letters/promising.md', 'npm test'])
  })
})
