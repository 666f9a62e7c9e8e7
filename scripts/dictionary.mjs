// The spelling rule's word file, compiled at package build time (scripts/build.mjs copies it to
// dist/words.bin; tests read it from the cache through vitest.config.ts). A spell checker that
// reads Hunspell files when it starts spends seconds expanding their affix rules (nspell: 0.7 to
// 2.2 s before its first answer); here that is done once, and the CLI reads a finished graph.
//
// Inputs: the Hunspell dictionaries of the dictionary-en-gb and dictionary-en packages (every
// form their .aff rules make, through hunspell-reader), the field's words
// (rules/spelling/words.json) and the technology lexicon's names (src/letter/data/technologies.json).
// The result is cached in node_modules/.cache/cover-lint under a hash of every input, so a build
// with nothing changed takes milliseconds.
//
//   node scripts/dictionary.mjs          build (or find) the file and print where it is
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The dictionary packages, by the bit their words carry (see `Tag` in src/spelling/format.ts). */
const dictionaries = [
  {name: 'dictionary-en-gb', locale: 'en-GB'},
  {name: 'dictionary-en', locale: 'en-US'}
]
const fieldFiles = ['rules/spelling/words.json', 'src/letter/data/technologies.json']
const codeFiles = ['src/spelling/dawg-build.ts', 'src/spelling/format.ts', 'scripts/dictionary.mjs']

/** A dictionary package's folder (they export only their entry, which holds the .aff and .dic beside it). */
function packageDir(name) {
  return dirname(fileURLToPath(import.meta.resolve(name)))
}

/** A hash of what the file is made from: the inputs' contents, under names that do not depend on where the checkout is. */
function inputs() {
  const files = [
    ...dictionaries.flatMap(({name}) => ['index.aff', 'index.dic'].map((file) => [`${name}/${file}`, join(packageDir(name), file)])),
    ...[...fieldFiles, ...codeFiles].map((file) => [file, join(root, file)])
  ]
  const hash = createHash('sha256')
  for (const [name, file] of files) hash.update(name).update(readFileSync(file))
  return hash.digest('hex').slice(0, 16)
}

/** A compiled file older than this is from earlier inputs that no running build or test can still be reading. */
const staleAfterMs = 24 * 60 * 60 * 1000

/** Path of the word file for the current inputs, building it first when the cache has none. */
export async function wordFile({log = () => {}} = {}) {
  const cache = join(root, 'node_modules/.cache/cover-lint')
  const path = join(cache, `words-${inputs()}.bin`)
  if (existsSync(path)) return path
  log('compiling the spelling dictionary (once per change of its inputs) ...')
  const started = performance.now()
  const bytes = await compile()
  mkdirSync(cache, {recursive: true})
  // Written beside and renamed, so a build interrupted half-way never leaves half a file.
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, bytes)
  renameSync(partial, path)
  // Files compiled from other inputs go once they are old: a copy of the sources sharing this
  // node_modules (the packing test) or a test run that started before an edit may be reading one.
  const now = Date.now()
  for (const name of readdirSync(cache)) {
    const other = join(cache, name)
    if (/^words-[0-9a-f]+\.bin$/.test(name) && other !== path && now - statSync(other).mtimeMs > staleAfterMs) rmSync(other, {force: true})
  }
  log(`  ${(bytes.length / 1024).toFixed(0)} KB in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return path
}

/** The graph builder and the file format are TypeScript (the reader shares them): bundled here and imported. */
async function loadBuilder() {
  const {build} = await import('esbuild')
  const result = await build({
    stdin: {
      contents: "export {buildGraph} from './src/spelling/dawg-build.ts'; export {encodeWordFile, Tag} from './src/spelling/format.ts'",
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning'
  })
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`)
}

/** Every word of a Hunspell dictionary package with its flags. */
async function hunspellWords(name) {
  const {HunspellReader} = await import('hunspell-reader')
  const dir = packageDir(name)
  const reader = await HunspellReader.createFromFiles(join(dir, 'index.aff'), join(dir, 'index.dic'))
  const words = new Map()
  for (const entry of reader.seqAffWords()) {
    const {word, flags} = entry
    if (flags.isForbiddenWord || flags.isOnlyAllowedInCompound) continue
    // Words with digits (ordinals, "MP3") are never checked; possessives are looked up without
    // their "'s" (src/spelling/dictionary.ts), which takes a quarter of the forms out.
    if (/\d/.test(word) || /'s$/.test(word)) continue
    words.set(word, (words.get(word) ?? false) || flags.isNoSuggest === true)
  }
  /** Each word, and whether it may never be suggested. */
  return words
}

/** The field's words: rules/spelling/words.json, and each word of the technology lexicon's names. */
function fieldWords() {
  const data = JSON.parse(readFileSync(join(root, 'rules/spelling/words.json'), 'utf8'))
  const written = [...data.words.phrases, ...data.names.phrases]
  const technologies = JSON.parse(readFileSync(join(root, 'src/letter/data/technologies.json'), 'utf8')).technologies
  for (const technology of technologies) written.push(technology.name, ...technology.phrases)
  const words = new Set()
  for (const phrase of written) {
    for (const word of phrase.split(/[\s\-/.]+/)) {
      // Only letters and apostrophes: a word with a digit or a sign ("C++", "k8s") is never looked up.
      if (/^\p{L}[\p{L}']*$/u.test(word) && word.length > 1) words.add(word)
    }
  }
  return words
}

async function compile() {
  const {buildGraph, encodeWordFile, Tag} = await loadBuilder()
  const tags = new Map()
  const add = (word, tag) => tags.set(word, (tags.get(word) ?? 0) | tag)
  const counts = {}
  for (const {name, locale} of dictionaries) {
    const bit = locale === 'en-GB' ? Tag.gb : Tag.us
    const words = await hunspellWords(name)
    counts[name] = words.size
    for (const [word, noSuggest] of words) add(word, bit | (noSuggest ? Tag.noSuggest : 0))
  }
  // Field words are looked up in lower case (a letter may write "kubernetes" or "Kubernetes");
  // how a name is properly written is kept for suggestions ("postgress" -> "Postgres").
  const display = {}
  const field = fieldWords()
  for (const word of field) {
    const lower = word.toLowerCase()
    // A name that is also an English word ("Spring", "Rust") is suggested as the word.
    if (word !== lower && !((tags.get(lower) ?? 0) & (Tag.gb | Tag.us))) display[lower] ??= word
  }
  for (const word of field) add(word.toLowerCase(), Tag.field)
  // The field's words also on their own, under a root of their own: a capitalised word that is
  // no word at all is checked for a misspelt technology name ("Postgress") against these alone.
  // Only the field's own terms: a name near a field word that is also English ("Rusty", "rust") is a name.
  const fieldOnly = new Map(
    [...field].map((word) => word.toLowerCase()).filter((word) => !(tags.get(word) & (Tag.gb | Tag.us))).map((word) => [word, tags.get(word)])
  )
  const {edges, roots, alphabet} = buildGraph(tags, fieldOnly)
  const sources = Object.fromEntries(
    dictionaries.map(({name}) => [name, `${JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version}: ${counts[name]} words`])
  )
  sources.field = `${field.size} words`
  return encodeWordFile({edges, root: roots[0], fieldRoot: roots[1], alphabet, notes: {display, sources}})
}

/** The dictionary packages' licence texts, for the packed package (their words are in the word file). */
export async function wordFileLicences() {
  const parts = dictionaries.map(({name}) => {
    const dir = packageDir(name)
    const {version, license} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    return `${name} ${version}, licence ${license}:\n\n${readFileSync(join(dir, 'license'), 'utf8').trim()}\n`
  })
  return `The spelling dictionary (words.bin) is made from these packages' words.\n\n${parts.join('\n\n')}`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await wordFile({log: (line) => console.error(line)}))
}
