// Regenerate fixtures/letters/*.expected.json from the built library (npm run build first).
// The expected files are a contract reviewed by hand: read the diff before committing it.
import {readdir, readFile, writeFile} from 'node:fs/promises'
import {lint} from '../dist/index.js'

const folder = new URL('../fixtures/letters/', import.meta.url)
for (const name of (await readdir(folder)).sort()) {
  if (!/\.(md|txt)$/.test(name)) continue
  const text = await readFile(new URL(name, folder), 'utf8')
  const result = lint(text, {filePath: `fixtures/letters/${name}`})
  const target = new URL(name.replace(/\.(md|txt)$/, '.expected.json'), folder)
  await writeFile(target, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`${name}: ${result.verdict} ${result.score}, ${result.messages.length} findings`)
}
