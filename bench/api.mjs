// The in-process half of the benchmark, run in a fresh child process so that the harness's own
// memory and warm code do not colour it. Imports the built library (dist/index.js) as a user of
// the package would, and prints one line of JSON.
//
//   node bench/api.mjs batch <dir> <rounds>   lint every letter of a folder, `rounds` times
//   node bench/api.mjs file <path> <rounds>   lint one (large) file, `rounds` times
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

const [mode, target, roundsArgument = '3'] = process.argv.slice(2)
const rounds = Number(roundsArgument)
const started = performance.now()
const {lint} = await import(new URL('../dist/index.js', import.meta.url).href)
const importMs = performance.now() - started

/**
 * Times of each round in milliseconds. A batch gets one warm-up round first (the figure is the
 * steady rate of a long-running process); a single large file is timed from its first round,
 * since a warm-up would only warm code that the file's own first megabyte warms anyway.
 */
function timeRounds(inputs, warmUp) {
  const run = () => {
    const start = performance.now()
    for (const {text, filePath} of inputs) lint(text, {filePath})
    return performance.now() - start
  }
  const firstMs = warmUp ? run() : undefined
  const times = []
  for (let round = 0; round < rounds; round++) times.push(run())
  return {firstMs, times}
}

let inputs
if (mode === 'batch') {
  const names = readdirSync(target).filter((name) => name.endsWith('.md')).sort()
  inputs = names.map((name) => ({filePath: name, text: readFileSync(join(target, name), 'utf8')}))
} else if (mode === 'file') {
  inputs = [{filePath: target, text: readFileSync(target, 'utf8')}]
} else {
  throw new Error(`unknown mode ${mode}`)
}

// `rounds` 0 for a batch: only the cold first round is timed (firstMs).
const {firstMs, times} = timeRounds(inputs, mode === 'batch')
const bytes = inputs.reduce((total, input) => total + Buffer.byteLength(input.text), 0)
process.stdout.write(
  `${JSON.stringify({importMs, firstMs, times, count: inputs.length, bytes, peakRss: process.resourceUsage().maxRSS * 1024})}\n`
)
