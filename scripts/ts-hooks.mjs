// Module hooks that let plain Node run the TypeScript sources, for code that runs outside vitest
// (the CLI's worker in tests/helpers/cli-worker.mjs, npm run fixtures: `node --import ./scripts/ts-register.mjs`).
// The sources import each other by their built names (`./x.js`), which resolve to `./x.ts`;
// esbuild strips the types, with the build's define for the version, as scripts/build.mjs does,
// and names the spelling rule's word file as vitest.config.ts does (compiled once, then cached).
import {readFile} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import {transform} from 'esbuild'

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const define = {__COVER_LINT_VERSION__: JSON.stringify(version)}

/** The word file ts-register.mjs found (see scripts/dictionary.mjs). */
export function initialize(data) {
  if (data?.words) define.__COVER_LINT_WORDS__ = JSON.stringify(data.words)
}

export async function resolve(specifier, context, next) {
  if (/^\.\.?\//.test(specifier) && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    try {
      return await next(`${specifier.slice(0, -3)}.ts`, context)
    } catch {
      // Not a source file: the .js itself.
    }
  }
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context)
  const source = await readFile(new URL(url), 'utf8')
  const {code} = await transform(source, {loader: 'ts', format: 'esm', target: `node${process.versions.node}`, sourcemap: 'inline', sourcefile: url, define})
  return {format: 'module', source: code, shortCircuit: true}
}
