// `npm run fixtures`: regenerate fixtures/letters/*.expected.json from the sources (run with
// `node --import ./scripts/ts-register.mjs`). The expected files are a contract reviewed by hand:
// when one changes, this says which and exits 1, so that an update is read before it is
// committed, never taken as a pass by itself (tests/fixtures.test.ts checks the calibration on
// fresh lints, not on these files).
import {readdir, readFile, writeFile} from 'node:fs/promises'
import {lint} from '../src/lint.ts'

const folder = new URL('../fixtures/letters/', import.meta.url)
const updated = []
for (const name of (await readdir(folder)).sort()) {
  if (!/\.(md|txt)$/.test(name)) continue
  const text = await readFile(new URL(name, folder), 'utf8')
  const result = lint(text, {filePath: `fixtures/letters/${name}`})
  const target = new URL(name.replace(/\.(md|txt)$/, '.expected.json'), folder)
  const json = `${JSON.stringify(result, null, 2)}\n`
  const before = await readFile(target, 'utf8').catch(() => undefined)
  if (json !== before) {
    await writeFile(target, json)
    updated.push(name)
  }
  console.log(`${name}: ${result.verdict} ${result.score}, ${result.messages.length} findings${json === before ? '' : ' (updated)'}`)
}
if (updated.length > 0) {
  console.error(`updated the expected results of ${updated.join(', ')}: review the diff (git diff fixtures/letters) before committing it`)
  process.exitCode = 1
}
