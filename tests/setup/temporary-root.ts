// The test run's own TMPDIR: a folder in the real one, set before any test worker starts, so
// every test, every CLI run and every process a test starts makes its temporary files there.
// Other runs on a shared machine use the real TMPDIR at the same time; a folder of our own is
// what lets the check below see this run's leftovers alone. At the end it must be empty: what a
// test left behind is listed and fails the run (then removed, so it does not pile up).
import {chmodSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

let folder: string | undefined
let outer: string | undefined

export function setup(): void {
  outer = process.env.TMPDIR
  folder = mkdtempSync(join(tmpdir(), 'cover-lint-tests-'))
  // Searchable by every user: some tests run the CLI as another user (nobody) on files in here.
  chmodSync(folder, 0o755)
  process.env.TMPDIR = folder
}

export function teardown(): void {
  if (!folder) return
  const left = readdirSync(folder)
  rmSync(folder, {recursive: true, force: true})
  if (outer === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = outer
  if (left.length > 0) {
    // vitest reports an error thrown here but still exits 0: the exit code is set as well.
    process.exitCode = 1
    throw new Error(`tests left ${left.length} temporary ${left.length === 1 ? 'entry' : 'entries'} behind: ${left.join(', ')} (make them with temporaryFolder() from tests/helpers/temporary.ts)`)
  }
}
