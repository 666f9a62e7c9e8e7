// Preloaded into the CLI by tests/e2e/hostile-process.test.ts (`node --import`): the first time the
// CLI opens VANISH_AFTER for reading, VANISH_PATH is deleted. So a file that discovery found is
// gone when its turn to be read comes, every time, without racing a timer.
import fs from 'node:fs'
import {syncBuiltinESMExports} from 'node:module'

const after = process.env.VANISH_AFTER
const path = process.env.VANISH_PATH
if (after && path) {
  const {openSync, unlinkSync} = fs
  let done = false
  fs.openSync = (file, ...rest) => {
    if (!done && String(file).endsWith(after)) {
      done = true
      unlinkSync(path)
    }
    return openSync(file, ...rest)
  }
  // Named imports of node:fs (the bundled CLI's) see the patched function too.
  syncBuiltinESMExports()
}
