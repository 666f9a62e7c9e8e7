// The spelling dictionary's own figures, each from a fresh process (the cost a single-letter run
// pays), in CPU time (a shared machine's load stretches wall time, and these are all CPU work): reading and opening dist/words.bin, the first and the warm word lookups, suggestions
// for misspelt words, and what the spelling and sentence-length rules add to the first lint()
// of a letter. Run by bench/run.mjs (section "dictionary"), or alone after a build:
//
//   node bench/dictionary.mjs <letter.md> <runs>   -> one line of JSON (medians over the runs)
//
// The dictionary code is not part of the library's API, so it is bundled here from src/ with
// the built word file, exactly as dist/ bundles it.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const words = join(root, 'dist/words.bin')
const [letterPath, runsArgument = '15'] = process.argv.slice(2)
const runs = Number(runsArgument)

// One fresh process: the dictionary loaded, 300 words looked up twice, ten typos suggested for.
const probe = `
import {readFileSync} from 'node:fs'
import {loadWords} from './src/spelling/words-file.ts'
import {Speller} from './src/spelling/speller.ts'
const text = readFileSync(process.argv[2], 'utf8')
const words = text.split(/[^A-Za-z']+/).filter((word) => word.length > 1).slice(0, 300)
const cpu = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000 }
const time = (run) => { const start = cpu(); run(); return cpu() - start }
const out = {}
out.loadMs = time(() => loadWords())
let speller
out.spellerMs = time(() => { speller = new Speller('en-GB') })
out.firstLookupsMs = time(() => { for (const word of words) speller.isKnown(word) })
out.warmLookupsMs = time(() => { for (let round = 0; round < 10; round++) for (const word of words) speller.isKnown(word) }) / 10
const typos = ['recieved', 'werk', 'Postgress', 'independant', 'seperate', 'enviroment', 'Kubernets', 'definately', 'everytime', 'infrastucture']
out.firstSuggestionsMs = time(() => { for (const typo of typos) speller.suggest(typo) })
const again = new Speller('en-GB')
out.warmSuggestionsMs = time(() => { for (const typo of typos) again.suggest(typo) })
process.stdout.write(JSON.stringify(out))
`

// One fresh process: the first lint() of the letter, with every rule, or without the two.
const firstLint = `
import {readFileSync} from 'node:fs'
const {lint, rules} = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)})
const text = readFileSync(process.argv[2], 'utf8')
const without = new Set(process.argv[3] ? process.argv[3].split(',') : [])
const ruleSet = rules.filter((rule) => !without.has(rule.meta.id))
const cpu = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000 }
const start = cpu()
lint(text, {filePath: 'letter.md', ruleSet})
process.stdout.write(String(cpu() - start))
`

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const work = mkdtempSync(join(tmpdir(), 'cover-lint-dictionary-'))
try {
  const probeFile = join(work, 'probe.mjs')
  const bundled = await build({
    stdin: {contents: probe, resolveDir: root, loader: 'ts'},
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: 'warning',
    define: {__COVER_LINT_WORDS__: JSON.stringify(words)}
  })
  writeFileSync(probeFile, bundled.outputFiles[0].contents)
  const lintFile = join(work, 'first-lint.mjs')
  writeFileSync(lintFile, firstLint)

  const node = (args) => {
    const run = spawnSync(process.execPath, args, {encoding: 'utf8'})
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}\n${run.stderr}`)
    return run.stdout
  }
  const probes = []
  const withRules = []
  const withoutRules = []
  for (let run = 0; run < runs; run++) {
    probes.push(JSON.parse(node([probeFile, letterPath])))
    withRules.push(Number(node([lintFile, letterPath])))
    withoutRules.push(Number(node([lintFile, letterPath, 'spelling,sentence-length'])))
  }
  const result = {bytes: statSync(words).size}
  for (const key of Object.keys(probes[0])) result[key] = median(probes.map((probe) => probe[key]))
  result.firstLintMs = median(withRules)
  result.firstLintWithoutMs = median(withoutRules)
  process.stdout.write(`${JSON.stringify(result)}\n`)
} finally {
  rmSync(work, {recursive: true, force: true})
}
