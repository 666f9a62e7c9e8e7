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
const {lint} = await import(new URL('../../dist/index.js', import.meta.url).href)

const cpu = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
/** The least CPU time of two runs: the one least disturbed by the machine. */
const time = (text) => {
  let best = Infinity
  for (let run = 0; run < 2; run++) {
    const start = cpu()
    lint(text, {filePath: 'letter.md'})
    best = Math.min(best, cpu() - start)
  }
  return best
}

// Warm up on the small input, so that compiling the code is not counted against it.
const small = make(size)
const large = make(size * 4)
lint(small, {filePath: 'letter.md'})
process.stdout.write(JSON.stringify({small: time(small), large: time(large), smallLength: small.length, largeLength: large.length}) + '\n')
