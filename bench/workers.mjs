// Would worker threads help a large batch? The measurement behind that decision: lint every
// letter of a folder in one process with `threads` worker threads (each importing dist/index.js,
// taking letters 25 at a time), from a cold start, and print one line of JSON. Run by
// `npm run bench` beside the single-threaded figure; cover-lint itself does not use threads.
//
//   node bench/workers.mjs <dir> <threads>
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {Worker} from 'node:worker_threads'

const [target, threadsArgument = '2'] = process.argv.slice(2)
const threads = Number(threadsArgument)
const names = readdirSync(target).filter((name) => name.endsWith('.md')).sort()
const inputs = names.map((name) => ({filePath: name, text: readFileSync(join(target, name), 'utf8')}))
const chunk = 25

const start = performance.now()
const results = new Array(inputs.length)
let next = 0
await Promise.all(
  Array.from({length: threads}, () => {
    const thread = new Worker(new URL('./lint-thread.mjs', import.meta.url))
    return new Promise((resolve, reject) => {
      let taken = -1
      thread.on('error', reject)
      thread.on('message', (done) => {
        if (done) for (const [index, result] of done.entries()) results[taken + index] = result
        if (next >= inputs.length) {
          void thread.terminate().then(resolve)
          return
        }
        taken = next
        thread.postMessage(inputs.slice(next, next + chunk))
        next += chunk
      })
    })
  })
)
const ms = performance.now() - start
if (results.some((result) => result === undefined)) throw new Error('a letter was not linted')
process.stdout.write(`${JSON.stringify({ms, count: results.length, threads})}\n`)
