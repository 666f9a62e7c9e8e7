import {type FileHandle, open, rename, rm} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/**
 * Write a file so that readers see the old content or the new, never half of either: write a
 * temporary file beside it, flush it, then rename it over the target. On any error the temporary
 * file is removed and the target is left as it was. `exclusive` refuses to replace an existing
 * file (for `cover-lint init`).
 */
export async function writeFileAtomic(path: string, content: string, options: {exclusive?: boolean} = {}): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  let handle: FileHandle | undefined
  try {
    handle = await open(temporary, 'wx')
    await handle.writeFile(content, 'utf8')
    await handle.sync()
    await handle.close()
    handle = undefined
    if (options.exclusive) {
      // link() fails if the target exists, where rename() would silently replace it.
      const {link} = await import('node:fs/promises')
      await link(temporary, path)
      await rm(temporary, {force: true})
    } else {
      await rename(temporary, path)
    }
  } catch (error) {
    await handle?.close().catch(() => {})
    await rm(temporary, {force: true}).catch(() => {})
    throw error
  }
}
