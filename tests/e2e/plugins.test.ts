import {spawnSync} from 'node:child_process'
import {expect, it} from 'vitest'
import {bin} from '../helpers/cli.js'
import {pluginProject} from '../helpers/plugins.js'

/**
 * The published SDK entry: a plugin package's `import {defineRule} from 'cover-lint/rule'`
 * resolves through package.json `exports` to the built dist/rule.js, and the built CLI runs its
 * rules and an ordinary retext plugin.
 */
it('the built CLI runs a plugin written against cover-lint/rule and a retext plugin', () => {
  const letter = ['Dear Priya Shah,', '', 'I utilise Kafka to move £38m a month, with p99 cut from 620ms to 110ms!', ''].join('\n')
  const folder = pluginProject({'.coverlintrc.json': {plugins: ['./plugins/retext-plain-words', 'cover-lint-plugin-house']}, 'letter.md': letter}, 'built')
  const run = spawnSync(bin, ['--format', 'unix', 'letter.md'], {cwd: folder, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 60_000})
  expect(run.stderr).toBe('')
  expect(run.stdout).toContain('letter.md:3:3: Use `use` instead of `utilise` [warning/retext-plain-words/plain-word]')
  expect(run.stdout).toContain('letter.md:3:71: "…month, with p99 cut from 620ms to 110ms!" ends in "!": let the result carry the weight instead. [warning/house/no-exclamation]')
})
