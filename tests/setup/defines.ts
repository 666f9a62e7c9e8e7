// Runs in every test file of the source projects: the build's constants (scripts/build.mjs
// writes them into dist/) as globals for the sources, since vitest's `define` does not reach
// the sources it transforms here. The spelling rule reads its word file from the path given.
import {inject} from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    defines: Record<string, string>
  }
}

for (const [name, value] of Object.entries(inject('defines'))) (globalThis as Record<string, unknown>)[name] = JSON.parse(value)
