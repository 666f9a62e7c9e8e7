import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads'
import {fileURLToPath} from 'node:url'

/** The built CLI, as a user runs it: the end-to-end tests (tests/e2e/) spawn it; vitest's globalSetup builds it. */
export const bin = fileURLToPath(new URL('../../bin/cover-lint.js', import.meta.url))
export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** The working directory: the repository root by default. */
  cwd?: string | undefined
  /** Standard input; without it, standard input is empty. */
  input?: string | Buffer
  /** Variables over the test's own environment (colour is off by default: NO_COLOR=1). */
  env?: NodeJS.ProcessEnv
  /** Whether standard output is a terminal (false by default, as in a pipe). */
  isTTY?: boolean
}

/** Longest a run may take before the test fails instead of hanging (a CLI that waits forever). */
const timeoutMs = 120_000

interface Runner {
  worker: Worker
  port: MessagePort
  signal: Int32Array
}

let runner: Runner | undefined

/** Wait, blocking this thread, for the worker's next reply. */
function receive(current: Runner): unknown {
  if (Atomics.wait(current.signal, 0, 0, timeoutMs) === 'timed-out') {
    void current.worker.terminate()
    runner = undefined
    throw new Error(`the CLI did not finish within ${timeoutMs / 1000} s`)
  }
  Atomics.store(current.signal, 0, 0)
  return receiveMessageOnPort(current.port)!.message
}

function start(): Runner {
  const {port1, port2} = new MessageChannel()
  const signal = new Int32Array(new SharedArrayBuffer(4))
  const worker = new Worker(new URL('./cli-worker.mjs', import.meta.url), {workerData: {port: port2, signal}, transferList: [port2]})
  // The worker lives as long as this test thread and never keeps it open.
  worker.unref()
  port1.unref()
  const started = {worker, port: port1, signal}
  receive(started)
  return started
}

/**
 * Run the CLI from src/ with `args`, from `cwd` (the repository root by default), colour off,
 * and return its exit code and output. It runs in process, through `main(argv, io)` on a worker
 * thread of this test's own, while this thread waits, so a test reads the result at once.
 */
export function cli(args: readonly string[], options: CliOptions = {}): CliRun {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', ...options.env}
  // A CI runner's own variables must not change what the tests see.
  for (const name of ['FORCE_COLOR', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY']) if (!options.env?.[name]) delete env[name]
  runner ??= start()
  const input = options.input === undefined ? undefined : typeof options.input === 'string' ? Buffer.from(options.input) : options.input
  runner.port.postMessage({args: [...args], cwd: options.cwd ?? root, env, input, isTTY: options.isTTY ?? false})
  return receive(runner) as CliRun
}
