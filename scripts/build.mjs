// Bundle the CLI and the library with esbuild: one file per entry plus shared chunks, so
// start-up loads a handful of files instead of resolving hundreds of ESM modules. Parts only
// some runs need (reporters other than the default, extra input formats) stay in chunks that
// are imported on demand.
import {build} from 'esbuild'
import {copyFile, readFile, rm, writeFile} from 'node:fs/promises'
import {wordFile, wordFileLicences} from './dictionary.mjs'

const {version} = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))

/**
 * commander requires node:child_process when it loads, for executable subcommands, which
 * cover-lint has none of; loading it (with net, dgram and the rest) costs about 5 ms of every
 * run's start-up. Inside commander it is a stand-in that loads the module on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({filter: /^(?:node:)?child_process$/}, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? {path: 'lazy-child-process', namespace: 'lazy'} : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'lazy'}, () => ({
      contents: "module.exports = new Proxy({}, {get: (_, name) => require('node:child_process')[name]})",
      loader: 'js'
    }))
  }
}

/**
 * unist-util-visit-parents, which the retext plugins walk trees with, names a new function for
 * every node it visits (`Object.defineProperty(visit, 'name', ...)`), only so that stack traces
 * read "node (WordNode)". That one call made a walk five to nine times slower, and walks were
 * most of what the retext-based rules cost on a letter; the bundle leaves it out. Nothing else in
 * the module changes, and a version without the block fails the build rather than going slow.
 */
const unnamedVisits = {
  name: 'unnamed-visits',
  setup(build) {
    build.onLoad({filter: /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const naming = /\n {4}if \(typeof value\.type === 'string'\) \{\n[\s\S]*?Object\.defineProperty\(visit, 'name', \{[\s\S]*?\n {6}\}\)\n {4}\}\n/
      if (!naming.test(source)) throw new Error(`${args.path}: the block that names each visit was not found; see unnamedVisits in scripts/build.mjs`)
      return {contents: source.replace(naming, '\n'), loader: 'js'}
    })
  }
}

await rm(new URL('../dist', import.meta.url), {recursive: true, force: true})
await build({
  entryPoints: {cli: 'src/cli.ts', index: 'src/index.ts', rule: 'src/rule.ts'},
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Start-up is a budget: V8 scans every byte of the modules a run loads before it can run them,
  // and minifying halves those bytes (commander alone is 124 KB unminified, mostly comments).
  // Measured: a single-letter run uses about 30 ms less CPU. Identifiers are kept: names stay
  // readable in stack traces and profiles, and `.name` stays right without esbuild's keepNames,
  // which wraps every closure in a helper call (about 1% of lint time, measured).
  minifyWhitespace: true,
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  define: {__COVER_LINT_VERSION__: JSON.stringify(version)},
  // Bundled CommonJS dependencies (commander) call require() for Node built-ins.
  banner: {js: "import {createRequire as __coverLintRequire} from 'node:module'; const require = __coverLintRequire(import.meta.url);"},
  plugins: [lazyChildProcess, unnamedVisits]
})

// The spelling rule's word file (scripts/dictionary.mjs compiles it from the dictionary packages,
// which are only dev dependencies): the bundle reads it from beside itself. The words are SCOWL's,
// whose copyright notices must travel with them: the packages' licence texts go beside the file.
await copyFile(await wordFile({log: (line) => console.error(line)}), new URL('../dist/words.bin', import.meta.url))
await writeFile(new URL('../dist/words-license.txt', import.meta.url), await wordFileLicences())

// `--types`: the library's declarations for package.json `exports.types` (dist/types), made by
// tsc from the same sources. Install (`postprepare`) and `npm pack` (`prepack`) make them; tests
// and `npm run build` skip the few seconds it takes, since nothing there reads them. (Not
// `prepare`: npm warns about a tarball whose package.json has one, as an install script.)
if (process.argv.includes('--types')) {
  const {execFileSync} = await import('node:child_process')
  const {createRequire} = await import('node:module')
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], {stdio: 'inherit', cwd: new URL('..', import.meta.url)})
}
