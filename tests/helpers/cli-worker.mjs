// The CLI's thread for tests/helpers/cli.ts: runs `main(argv, io)` from src/ for each request,
// one at a time, while the test's thread waits on `signal`. Everything the CLI says goes to the
// run's own stdout and stderr, including anything written to process.stdout or the console, as
// it would in a process of its own.
import {setSourceMapsEnabled} from 'node:process'
import {workerData} from 'node:worker_threads'
import '../../scripts/ts-register.mjs'

setSourceMapsEnabled(true)
/** @type {{port: import('node:worker_threads').MessagePort, signal: Int32Array}} */
const {port, signal} = workerData
/** @type {(argv: string[], io: object) => Promise<number>} */
let main
try {
  ;({main} = await import('../../src/cli.ts'))
} catch (error) {
  // Sources that do not load (a syntax error): every run says so, instead of the test hanging.
  main = async () => {
    throw error
  }
}

let current
const reply = (result) => {
  current = undefined
  port.postMessage(result)
  Atomics.store(signal, 0, 1)
  Atomics.notify(signal, 0)
}

// A crash that escapes main() ends the run as it would end a process: the stack on stderr, exit 1.
const crash = (error) => {
  if (!current) return
  current.stderr.push(`${error instanceof Error ? error.stack : String(error)}\n`)
  reply({code: 1, stdout: current.stdout.join(''), stderr: current.stderr.join('')})
}
process.on('uncaughtException', crash)
process.on('unhandledRejection', crash)

const streams = {stdout: process.stdout.write, stderr: process.stderr.write}

port.on('message', async ({args, cwd, env, input, isTTY}) => {
  const run = {stdout: [], stderr: []}
  current = run
  const capture = (name) => (text) => {
    run[name].push(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'))
    return true
  }
  process.stdout.write = capture('stdout')
  process.stderr.write = capture('stderr')
  const io = {
    cwd,
    env,
    stdout: {write: capture('stdout'), isTTY},
    stderr: {write: capture('stderr')},
    // Standard input is what the test gave, or nothing (a closed stream), as with spawnSync.
    readStdin: async () => input ?? new Uint8Array()
  }
  try {
    const code = await main(args, io)
    if (current === run) reply({code, stdout: run.stdout.join(''), stderr: run.stderr.join('')})
  } catch (error) {
    crash(error)
  } finally {
    process.stdout.write = streams.stdout
    process.stderr.write = streams.stderr
  }
})
port.postMessage({ready: true})
Atomics.store(signal, 0, 1)
Atomics.notify(signal, 0)
