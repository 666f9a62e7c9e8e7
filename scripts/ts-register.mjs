// `node --import ./scripts/ts-register.mjs file.ts`: run the TypeScript sources with Node.
import {register} from 'node:module'
import {wordFile} from './dictionary.mjs'

// The spelling rule's word file is found here, not in the hooks: they run on a thread of their
// own, without import.meta.resolve to find the dictionary packages.
const words = await wordFile({log: (line) => console.error(line)})
register('./ts-hooks.mjs', import.meta.url, {data: {words}})
