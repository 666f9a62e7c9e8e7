import type {Reporter} from './types.js'

/** The JSON contract (README, "JSON output"): an array with one object per file, as `lint()` returns it. */
const json: Reporter = (results) => `${JSON.stringify(results)}\n`

export default json
