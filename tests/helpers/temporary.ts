import {chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/**
 * Every temporary folder a test makes comes from here, and is removed when its test file ends
 * (tests/setup/cleanup.ts). The whole run has a TMPDIR of its own (tests/setup/temporary-root.ts),
 * which must be empty when the run ends: a folder made any other way and left behind fails the run.
 */
const made: string[] = []

/** A new empty folder under the temporary folder, named `<prefix>XXXXXX`; removed after this test file. */
export function temporaryFolder(prefix = 'cover-lint-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  made.push(folder)
  return folder
}

/** Remove every folder made so far, whatever a test did to their permissions. */
export function removeTemporaryFolders(): void {
  for (const folder of made.splice(0)) remove(folder)
}

/** rm -rf, after giving back the rights a test took away (chmod 000) from the folders inside. */
export function remove(path: string): void {
  try {
    rmSync(path, {recursive: true, force: true})
  } catch {
    restoreAccess(path)
    rmSync(path, {recursive: true, force: true})
  }
}

function restoreAccess(path: string): void {
  const stats = lstatSync(path, {throwIfNoEntry: false})
  if (!stats?.isDirectory()) return
  chmodSync(path, 0o700)
  for (const name of readdirSync(path)) restoreAccess(join(path, name))
}
