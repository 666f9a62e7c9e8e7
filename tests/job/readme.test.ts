import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'

/** The README's "What the report says" example is a real run: it must stay one. */
it('the README shows the job section and findings as cover-lint prints them', () => {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('### What the report says'))
  const block = /```\n([\s\S]*?)\n```/.exec(section)![1]!
  const [report, findings] = block.split(/\n\n(?= {2}Findings)/)
  const run = cli(['fixtures/jobs/fintech-backend/letter.md'])
  expect(run.stdout).toContain(`${report}\n\n  Findings`)
  const lines = run.stdout.split('\n')
  for (const line of findings!.split('\n')) expect(lines).toContain(line)
})
