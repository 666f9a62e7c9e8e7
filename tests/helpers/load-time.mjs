// Run by tests/hostile-parsers.test.ts in a child process of its own, so that the CPU time and
// memory it measures are the reader's and lint's alone (vitest runs other test files in threads
// of the same process). On the built library, which `npm test` builds first.
//
//   node tests/helpers/load-time.mjs ratio <case> <size>  -> {"small": ms, "large": ms}  (large is 4x)
//   node tests/helpers/load-time.mjs once <case> <size>   -> {"cpu": ms, "rss": bytes}   (peak resident memory)
import {hostileDocuments} from './hostile-documents.mjs'

const [mode, name, sizeArgument] = process.argv.slice(2)
const size = Number(sizeArgument)
const make = hostileDocuments[name]
if (!make) throw new Error(`unknown case ${name}`)
const {loadDocument, lintDocument} = await import(new URL('../../dist/index.js', import.meta.url).href)

const cpu = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
const lintOnce = async ({format, bytes}) => lintDocument(await loadDocument(format, {bytes, filePath: `letter.${format}`}), {filePath: `letter.${format}`})

if (mode === 'once') {
  const input = await make(size)
  const start = cpu()
  await lintOnce(input)
  process.stdout.write(`${JSON.stringify({cpu: cpu() - start, rss: process.resourceUsage().maxRSS * 1024})}\n`)
} else {
  /** The least CPU time of two runs: the one least disturbed by the machine. */
  const time = async (input) => {
    let best = Infinity
    for (let run = 0; run < 2; run++) {
      const start = cpu()
      await lintOnce(input)
      best = Math.min(best, cpu() - start)
    }
    return best
  }
  const small = await make(size)
  const large = await make(size * 4)
  // Warm up on the small input, so that compiling the code is not counted against it.
  await lintOnce(small)
  process.stdout.write(`${JSON.stringify({small: await time(small), large: await time(large)})}\n`)
}
