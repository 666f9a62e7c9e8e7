import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {WordGraph} from './dawg.js'
import {decodeWordFile, type WordFileNotes} from './format.js'

/**
 * Where the compiled word file is: the build writes it to `dist/words.bin` beside the bundle (the
 * code that reads it lands in `dist/` or in `dist/chunks/`, so both are tried); running from
 * source (the test suite), vitest.config.ts names the file scripts/dictionary.mjs compiled.
 */
declare const __COVER_LINT_WORDS__: string | undefined

function candidates(): string[] {
  if (typeof __COVER_LINT_WORDS__ === 'string') return [__COVER_LINT_WORDS__]
  return [new URL('words.bin', import.meta.url), new URL('../words.bin', import.meta.url)].map((url) => fileURLToPath(url))
}

export interface LoadedWords {
  graph: WordGraph
  notes(): WordFileNotes
}

let loaded: LoadedWords | undefined

/**
 * The word graph, read on first use and kept for the process: one read of about 330 KB, used in
 * place. A missing or damaged file is an installation fault, said plainly.
 */
export function loadWords(): LoadedWords {
  if (loaded) return loaded
  const paths = candidates()
  let bytes: Uint8Array | undefined
  for (const path of paths) {
    try {
      bytes = readFileSync(path)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  if (!bytes) throw new Error(`the spelling dictionary is missing (looked for ${paths.join(', ')}); rebuild cover-lint with "npm run build"`)
  const file = decodeWordFile(bytes)
  let notes: WordFileNotes | undefined
  loaded = {
    graph: new WordGraph(file),
    notes: () => (notes ??= JSON.parse(new TextDecoder().decode(file.notes)) as WordFileNotes)
  }
  return loaded
}
