// `npm run bench`: cover-lint's speed budgets, measured.
//
// Builds the project, writes its own seeded inputs to a temporary folder (one typical letter,
// 1,000 distinct letters of 250-450 words, a 1.25 MB and a 5 MB document), then measures:
//   - the built CLI as a user runs it (whole process, warm-up runs first, medians of several),
//     against a bare `node -e 0` measured in the same run, interleaved, so that both see the same
//     load on a shared machine;
//   - the in-process `lint()` API imported from dist/index.js, in a fresh child process.
// It prints a table and PASS or FAIL for each budget, and exits 1 if any budget fails.
//
//   npm run bench                 the full run (about a minute on a quiet 2-core machine)
//   npm run bench -- --runs 31    more runs per median (noisy machines)
//   npm run bench -- --quick      fewer runs, for a smoke test of the harness itself
//   npm run bench -- --json out.json   also write the figures as JSON
//   npm run bench -- --no-build   measure dist/ as it is
//   npm run bench -- --only startup,batch,large,dictionary   some sections only (budgets of the others are not judged)
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {countWords, letter, letters, longDocument, random} from './letters.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin/cover-lint.js')
const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback
}
const quick = flag('--quick')
const runs = Number(option('--runs', quick ? '5' : '15'))
const batchRuns = quick ? 2 : 5
const largeRuns = quick ? 1 : 3
const sections = new Set(option('--only', 'startup,batch,large,dictionary').split(','))

/** The budgets from the issue: ratios, because machines differ. */
const budgets = {
  startupRatio: 2.5,
  lettersPerSecond: 1000,
  linearRatio: 5,
  peakMemoryBytes: 400 * 1024 * 1024
}

const MB = 1024 * 1024
const seed = 20_250_101

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function log(text) {
  process.stderr.write(`${text}\n`)
}

/** Run a process to completion; its wall time in ms (spawn to exit), its stdout and its exit code. */
function timed(command, commandArgs, options = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, commandArgs, {stdio: ['ignore', 'pipe', 'pipe'], ...options})
    const stdout = []
    const stderr = []
    child.stdout.on('data', (chunk) => stdout.push(chunk))
    child.stderr.on('data', (chunk) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({ms: performance.now() - start, code, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString()})
    })
  })
}

/**
 * A CLI run must have linted (exit 0 or 1, and a report printed), not failed on input (2) or
 * crashed: a crash while loading (a missing dist/, say) also exits 1, with nothing on stdout.
 */
function checkLinted(run, what) {
  if ((run.code !== 0 && run.code !== 1) || run.stdout.trim() === '') {
    throw new Error(`${what}: cover-lint exited ${run.code}\n${run.stderr}`)
  }
  return run
}

// --- build and inputs -------------------------------------------------------------------

if (!flag('--no-build')) {
  log('building dist/ ...')
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {stdio: 'inherit'})
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const work = mkdtempSync(join(tmpdir(), 'cover-lint-bench-'))
process.on('exit', () => rmSync(work, {recursive: true, force: true}))

const single = join(work, 'letter.md')
writeFileSync(single, letter(random(seed), {minWords: 330, maxWords: 350}))
const batchDir = join(work, 'letters')
mkdirSync(batchDir)
const batch = letters(seed + 1, 1000)
for (const [index, text] of batch.entries()) writeFileSync(join(batchDir, `letter-${String(index + 1).padStart(4, '0')}.md`), text)
const large = join(work, 'large.md')
const quarter = join(work, 'quarter.md')
writeFileSync(large, longDocument(seed + 2, 5 * MB))
writeFileSync(quarter, longDocument(seed + 2, 1.25 * MB))
const largeBytes = statSync(large).size
const quarterBytes = statSync(quarter).size
const batchWords = batch.map(countWords)
log(
  `inputs: one letter of ${countWords(readFileSync(single, 'utf8'))} words; ${batch.length} letters of ` +
    `${Math.min(...batchWords)}-${Math.max(...batchWords)} words; ${(largeBytes / MB).toFixed(2)} MB and ${(quarterBytes / MB).toFixed(2)} MB documents`
)


// --- start-up: one letter against a bare node, interleaved --------------------------------

async function measureStartup() {
  log(`single letter: ${runs} runs each of the CLI and of a bare node, interleaved, after 3 warm-ups ...`)
  const bareArgs = ['-e', '0']
  const cliArgs = [bin, single]
  for (let warm = 0; warm < 3; warm++) {
    await timed(process.execPath, bareArgs)
    checkLinted(await timed(process.execPath, cliArgs), 'single letter')
  }
  const bareTimes = []
  const cliTimes = []
  for (let run = 0; run < runs; run++) {
    bareTimes.push((await timed(process.execPath, bareArgs)).ms)
    cliTimes.push(checkLinted(await timed(process.execPath, cliArgs), 'single letter').ms)
  }
  return {bareTimes, cliTimes, bareMs: median(bareTimes), cliMs: median(cliTimes)}
}

// --- the 1,000-letter batch ---------------------------------------------------------------

async function measureBatch() {
  log(`1,000 letters: the CLI over the folder, ${batchRuns} runs after a warm-up ...`)
  const batchArgs = [bin, '--format', 'json', batchDir]
  checkLinted(await timed(process.execPath, batchArgs), 'batch')
  const cliTimes = []
  for (let run = 0; run < batchRuns; run++) {
    const result = checkLinted(await timed(process.execPath, batchArgs), 'batch')
    const count = JSON.parse(result.stdout).length
    if (count !== batch.length) throw new Error(`batch: expected ${batch.length} results, got ${count}`)
    cliTimes.push(result.ms)
  }
  log(`1,000 letters: lint() in process, ${batchRuns} rounds after a warm-up round ...`)
  const api = await apiRun('batch', batchDir, batchRuns)
  // Would worker threads help? The same batch, cold (import included), in the main thread and
  // in a pool of worker threads, one per core.
  const threads = Math.max(2, availableParallelism())
  log(`1,000 letters: lint() cold in 1 thread and in ${threads} worker threads, ${batchRuns} runs each ...`)
  const oneThread = []
  const manyThreads = []
  for (let run = 0; run < batchRuns; run++) {
    const cold = await apiRun('batch', batchDir, 0)
    oneThread.push(cold.importMs + cold.firstMs)
    const pool = await timed(process.execPath, [join(root, 'bench/workers.mjs'), batchDir, String(threads)])
    if (pool.code !== 0) throw new Error(`bench/workers.mjs exited ${pool.code}\n${pool.stderr}`)
    manyThreads.push(JSON.parse(pool.stdout).ms)
  }
  return {
    cliTimes,
    apiTimes: api.times,
    cliMs: median(cliTimes),
    apiMs: median(api.times),
    threads,
    coldOneThreadMs: median(oneThread),
    coldThreadsMs: median(manyThreads)
  }
}

/** bench/api.mjs in a fresh process: lint() timings of a folder or a file. */
async function apiRun(mode, path, rounds) {
  const run = await timed(process.execPath, [join(root, 'bench/api.mjs'), mode, path, String(rounds)])
  if (run.code !== 0) throw new Error(`bench/api.mjs ${mode} ${path} exited ${run.code}\n${run.stderr}`)
  return JSON.parse(run.stdout)
}

// --- the large file: throughput, memory, linear scaling ---------------------------------------

async function measureLarge() {
  log(`large files: the CLI with --max-file-size raised, ${largeRuns} runs each ...`)
  const rssFile = join(work, 'rss')
  const cli = async (path) => {
    const args = ['--import', join(root, 'bench/peak-memory.mjs'), bin, '--max-file-size', String(20 * MB), '--format', 'json', path]
    const run = checkLinted(await timed(process.execPath, args, {env: {...process.env, COVER_LINT_BENCH_RSS: rssFile}}), path)
    return {ms: run.ms, rss: Number(readFileSync(rssFile, 'utf8'))}
  }
  const largeRuns_ = []
  const quarterRuns = []
  for (let run = 0; run < largeRuns; run++) {
    quarterRuns.push(await cli(quarter))
    largeRuns_.push(await cli(large))
  }
  log(`large files: lint() in process, ${largeRuns} rounds each ...`)
  const apiQuarter = await apiRun('file', quarter, largeRuns)
  const apiLarge = await apiRun('file', large, largeRuns)
  return {
    largeRuns: largeRuns_,
    quarterRuns,
    apiQuarterTimes: apiQuarter.times,
    apiLargeTimes: apiLarge.times,
    cliLargeMs: median(largeRuns_.map((run) => run.ms)),
    cliQuarterMs: median(quarterRuns.map((run) => run.ms)),
    peakRss: Math.max(...largeRuns_.map((run) => run.rss)),
    apiLargeMs: median(apiLarge.times),
    apiQuarterMs: median(apiQuarter.times)
  }
}

// --- the spelling dictionary -----------------------------------------------------------------

async function measureDictionary() {
  log(`spelling dictionary: load, lookups, suggestions and the first lint(), ${runs} fresh processes each ...`)
  const run = await timed(process.execPath, [join(root, 'bench/dictionary.mjs'), single, String(runs)])
  if (run.code !== 0) throw new Error(`bench/dictionary.mjs exited ${run.code}\n${run.stderr}`)
  return JSON.parse(run.stdout)
}

// --- run and report ---------------------------------------------------------------------------

const startup = sections.has('startup') ? await measureStartup() : undefined
const batchResult = sections.has('batch') ? await measureBatch() : undefined
const largeResult = sections.has('large') ? await measureLarge() : undefined
const dictionary = sections.has('dictionary') ? await measureDictionary() : undefined

const rows = []
const checks = []
if (startup) {
  const ratio = startup.cliMs / startup.bareMs
  rows.push(
    ['single letter, CLI (median wall)', `${startup.cliMs.toFixed(0)} ms`],
    ['bare `node -e 0` (median wall, same run)', `${startup.bareMs.toFixed(0)} ms`],
    ['  ratio CLI / bare node', `${ratio.toFixed(2)}x`]
  )
  checks.push([`single letter <= ${budgets.startupRatio}x bare node`, ratio <= budgets.startupRatio, `${ratio.toFixed(2)}x`])
}
if (batchResult) {
  const cliRate = batch.length / (batchResult.cliMs / 1000)
  const apiRate = batch.length / (batchResult.apiMs / 1000)
  rows.push(
    ['1,000 letters, CLI over the folder (whole process)', `${(batchResult.cliMs / 1000).toFixed(2)} s = ${cliRate.toFixed(0)} letters/s`],
    ['1,000 letters, lint() in process (warm)', `${(batchResult.apiMs / 1000).toFixed(2)} s = ${apiRate.toFixed(0)} letters/s`],
    ['1,000 letters, lint() cold, 1 thread', `${(batchResult.coldOneThreadMs / 1000).toFixed(2)} s`],
    [
      `1,000 letters, lint() cold, ${batchResult.threads} worker threads`,
      `${(batchResult.coldThreadsMs / 1000).toFixed(2)} s (${(batchResult.coldOneThreadMs / batchResult.coldThreadsMs).toFixed(2)}x)`
    ]
  )
  checks.push([`1,000 letters >= ${budgets.lettersPerSecond} letters/s (CLI, every rule on)`, cliRate >= budgets.lettersPerSecond, `${cliRate.toFixed(0)}/s`])
}
if (largeResult) {
  const size = `${(largeBytes / MB).toFixed(1)} MB`
  // Linear scaling is judged on lint() time, which has no fixed start-up cost to flatter it.
  const ratio = largeResult.apiLargeMs / largeResult.apiQuarterMs
  rows.push(
    [`${size} file, CLI (whole process)`, `${(largeResult.cliLargeMs / 1000).toFixed(2)} s = ${(largeBytes / MB / (largeResult.cliLargeMs / 1000)).toFixed(2)} MB/s`],
    [`${size} file, lint() in process`, `${(largeResult.apiLargeMs / 1000).toFixed(2)} s = ${(largeBytes / MB / (largeResult.apiLargeMs / 1000)).toFixed(2)} MB/s`],
    [`${size} file, CLI peak memory (max RSS)`, `${(largeResult.peakRss / MB).toFixed(0)} MB`],
    [`${(quarterBytes / MB).toFixed(2)} MB file, lint() in process`, `${(largeResult.apiQuarterMs / 1000).toFixed(2)} s`],
    ['  ratio 5 MB / 1.25 MB, lint()', `${ratio.toFixed(2)} (linear: about 4)`],
    ['  ratio 5 MB / 1.25 MB, CLI', (largeResult.cliLargeMs / largeResult.cliQuarterMs).toFixed(2)]
  )
  checks.push(
    [`5 MB / 1.25 MB time ratio < ${budgets.linearRatio}`, ratio < budgets.linearRatio, ratio.toFixed(2)],
    [`5 MB peak memory < ${budgets.peakMemoryBytes / MB} MB`, largeResult.peakRss < budgets.peakMemoryBytes, `${(largeResult.peakRss / MB).toFixed(0)} MB`]
  )
}

if (dictionary) {
  const ms = (value) => `${value.toFixed(2)} ms CPU`
  rows.push(
    ['spelling dictionary, dist/words.bin', `${(dictionary.bytes / 1024).toFixed(0)} KB`],
    ['  read and opened (fresh process)', ms(dictionary.loadMs)],
    ['  300 words looked up: first time / warm', `${ms(dictionary.firstLookupsMs)} / ${ms(dictionary.warmLookupsMs)}`],
    ['  suggestions for 10 typos: first time / warm', `${ms(dictionary.firstSuggestionsMs)} / ${ms(dictionary.warmSuggestionsMs)}`],
    ['  first lint() of the letter: every rule / without spelling, sentence-length', `${ms(dictionary.firstLintMs)} / ${ms(dictionary.firstLintWithoutMs)}`]
  )
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
const date = new Date().toISOString().slice(0, 10)
const width = Math.max(...rows.map(([label]) => label.length), ...checks.map(([label]) => label.length))
const lines = [
  `cover-lint bench: node ${process.version}, ${cpus().length} cores (${cpu}), ${date}, load average ${loadavg()[0].toFixed(2)} at the end`,
  '',
  ...rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
  '',
  ...checks.map(([label, ok, value]) => `${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(width)}  ${value}`)
]
process.stdout.write(`${lines.join('\n')}\n`)

const jsonPath = option('--json', undefined)
if (jsonPath) {
  const report = {node: process.version, cores: cpus().length, cpu, date, loadAverage: loadavg(), runs, startup, batch: batchResult, large: largeResult, dictionary}
  report.checks = checks.map(([label, ok, value]) => ({label, pass: ok, value}))
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`)
}

process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1
