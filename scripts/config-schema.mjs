// Write schema/coverlintrc.schema.json from the config key table and the rules' option schemas
// (src/config/schema.ts). tests/config/schema-file.test.ts fails when the shipped file is stale.
import {build} from 'esbuild'
import {writeFile} from 'node:fs/promises'

const {outputFiles} = await build({
  stdin: {contents: "export {configSchemaText, schemaPath} from './src/config/schema.ts'", resolveDir: '.', loader: 'ts'},
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning'
})
const {configSchemaText, schemaPath} = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`)
await writeFile(new URL(`../${schemaPath}`, import.meta.url), configSchemaText())
console.log(`wrote ${schemaPath}`)
