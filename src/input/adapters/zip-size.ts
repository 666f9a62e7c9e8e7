import {inflateRawSync} from 'node:zlib'
import {UserError} from '../../errors.js'
import {formatBytes} from '../read.js'

/**
 * The most a Word document's text parts (its `.xml` and `.rels` entries) may hold unzipped.
 * mammoth builds a tree of the whole XML: measured here, 4 MB of it takes about 7 s of CPU and
 * 600 MB of memory, so this keeps any document within the time and memory a letter may take.
 * A letter's parts are a few hundred KB; a zip bomb (715 KB that inflates to 210 MB) made
 * V8 abort for want of memory.
 */
export const maxUnzippedText = 4 * 1024 * 1024

const damaged = (): UserError => new UserError('not a readable .docx file (the zip archive is damaged)')

/**
 * Check what a .docx's text parts hold unzipped before mammoth inflates them: first by what the
 * archive says of each entry, then by inflating each, stopping at the limit (a forged archive
 * can say anything). Images and other binary parts are not read (mammoth is told not to).
 */
export function checkUnzippedSize(bytes: Uint8Array, limit = maxUnzippedText): void {
  const entries = textEntries(bytes)
  const declared = entries.reduce((total, entry) => total + entry.size, 0)
  if (declared > limit) throw tooBig(entries.reduce((big, entry) => (entry.size > big.size ? entry : big)), declared, limit)
  let total = 0
  for (const entry of entries) {
    let size: number
    if (entry.method === 0) size = entry.data.length
    else if (entry.method === 8) {
      try {
        size = inflateRawSync(entry.data, {maxOutputLength: limit - total + 1}).length
      } catch (error) {
        if ((error as {code?: string}).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(entry, undefined, limit)
        throw damaged()
      }
    } else throw new UserError(`not a readable .docx file (${entry.name} is compressed in a way Word does not use)`)
    total += size
    if (total > limit) throw tooBig(entry, undefined, limit)
  }
}

function tooBig(entry: TextEntry, declared: number | undefined, limit: number): UserError {
  const size = declared === undefined ? `over ${formatBytes(limit)}` : formatBytes(declared)
  return new UserError(
    `the document's text is ${size} unzipped (${entry.name} is the largest part), over the ${formatBytes(limit)} cover-lint reads in a Word file: save the letter in a document of its own`
  )
}

interface TextEntry {
  name: string
  method: number
  /** The uncompressed size the archive declares. */
  size: number
  data: Uint8Array
}

/** The `.xml` and `.rels` entries of a zip archive, from its central directory. */
function textEntries(bytes: Uint8Array): TextEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endOfCentralDirectory(view)
  if (end < 0) throw damaged()
  const count = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  let at = view.getUint32(end + 16, true)
  // A ZIP64 archive (over 4 GB, or 65,535 entries) is no letter.
  if (count === 0xffff || directorySize === 0xffffffff || at === 0xffffffff) throw damaged()
  const entries: TextEntry[] = []
  const decoder = new TextDecoder()
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged()
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    at += 46 + nameLength + extraLength + commentLength
    if (!/\.(?:xml|rels)$/i.test(name)) continue
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw damaged()
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    if (start + compressed > bytes.length) throw damaged()
    entries.push({name, method, size, data: bytes.subarray(start, start + compressed)})
  }
  return entries
}

/** Where the end-of-central-directory record starts, or -1 (it ends the archive, before a comment of at most 64 KB). */
function endOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at
  }
  return -1
}
