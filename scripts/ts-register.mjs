// `node --import ./scripts/ts-register.mjs file.ts`: run the TypeScript sources with Node.
import {register} from 'node:module'

register('./ts-hooks.mjs', import.meta.url)
