// One worker thread of bench/workers.mjs: lint the letters it is sent, send back the results.
import {parentPort} from 'node:worker_threads'

const {lint} = await import(new URL('../dist/index.js', import.meta.url).href)
parentPort.on('message', (letters) => {
  parentPort.postMessage(letters.map(({filePath, text}) => lint(text, {filePath})))
})
// Ready for the first letters.
parentPort.postMessage(null)
