#!/usr/bin/env node
// Loads the built CLI (npm run build); everything else lives in src/.
import {run} from '../dist/cli.js'

await run()
