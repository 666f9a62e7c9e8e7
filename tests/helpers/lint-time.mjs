// Run by tests/hostile-regex.test.ts in a child process of its own, so that the CPU time it
// measures is lint()'s alone (vitest runs other test files in threads of the same process).
// Lints one adversarial letter at two sizes and prints their CPU times in milliseconds.
//
//   node tests/helpers/lint-time.mjs <case> <size>   -> {"small": ms, "large": ms}  (large is 4x)
import {adversarial} from './adversarial.mjs'

const [name, sizeArgument] = process.argv.slice(2)
const size = Number(sizeArgument)
const make = adversarial[name]
if (!make) throw new Error(`unknown case ${name}`)
const {extractPosting, lint} = await import(new URL('../../dist/index.js', import.meta.url).href)
/** Lint one case: a letter, or a letter against a posting (read from its text each time). */
const lintCase = (input) =>
  typeof input === 'string' ? lint(input, {filePath: 'letter.md'}) : lint(input.letter, {filePath: 'letter.md', posting: extractPosting(input.posting)})
const length = (input) => (typeof input === 'string' ? input.length : input.letter.length + input.posting.length)

const cpu = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
/** The least CPU time of two runs: the one least disturbed by the machine. */
const time = (text) => {
  let best = Infinity
  for (let run = 0; run < 2; run++) {
    const start = cpu()
    lintCase(text)
    best = Math.min(best, cpu() - start)
  }
  return best
}

// Warm up on the small input, so that compiling the code is not counted against it.
const small = make(size)
const large = make(size * 4)
lintCase(small)
process.stdout.write(JSON.stringify({small: time(small), large: time(large), smallLength: length(small), largeLength: length(large)}) + '\n')
