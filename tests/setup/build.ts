// The end-to-end tests run the built CLI (bin/ loads dist/), as a user does: build it once,
// before they start, from the sources as they are now.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})
}
