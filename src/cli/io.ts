/** What the CLI touches of the outside world, so tests can run it without a process. */
export interface CliIO {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown}
  /** All of standard input, read when a path is `-`. */
  readStdin(): Promise<Uint8Array>
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin() {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    }
  }
}
