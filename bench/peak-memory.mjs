// Preloaded into a process under measurement (`node --import ./bench/peak-memory.mjs ...`): on
// exit, write the process's peak resident set size, in bytes, to the file COVER_LINT_BENCH_RSS
// names. This measures the real CLI process without changing it.
import {writeFileSync} from 'node:fs'

const target = process.env.COVER_LINT_BENCH_RSS
if (target) {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes.
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024))
  })
}
