// Preloaded into the CLI by tests/hostile-files.test.ts (`node --import`): the first time the
// CLI opens VANISH_AFTER for reading, VANISH_PATH is deleted. So a file that discovery found is
// gone when its turn to be read comes, every time, without racing a timer.
import {unlinkSync} from 'node:fs'
import fs from 'node:fs/promises'
import {syncBuiltinESMExports} from 'node:module'

const after = process.env.VANISH_AFTER
const path = process.env.VANISH_PATH
if (after && path) {
  const open = fs.open
  let done = false
  fs.open = async (file, ...rest) => {
    if (!done && String(file).endsWith(after)) {
      done = true
      unlinkSync(path)
    }
    return open(file, ...rest)
  }
  // Named imports of node:fs/promises (the bundled CLI's) see the patched function too.
  syncBuiltinESMExports()
}
