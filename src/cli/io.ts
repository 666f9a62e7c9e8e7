/** What the CLI touches of the outside world, so tests can run it without a process. */
export interface CliIO {
  cwd: string
  env: NodeJS.ProcessEnv
  /** `columns`: the terminal's width, when standard output is one. */
  stdout: {write(text: string): unknown; isTTY?: boolean; columns?: number}
  stderr: {write(text: string): unknown}
  /**
   * All of standard input, read when a path is `-`. With `maxBytes`, reading stops once more than
   * that has come (the caller refuses it), so an endless stream cannot fill memory.
   */
  readStdin(maxBytes?: number): Promise<Uint8Array>
}

export function processIO(): CliIO {
  // A reader that stops early (`cover-lint letters/ | head`) closes the pipe: not an error. The
  // rest of the report is dropped and the exit code stays what linting decided, as with Unix
  // tools; without this, Node crashed on the unhandled EPIPE with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin(maxBytes = Infinity) {
      const chunks: Buffer[] = []
      let length = 0
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer)
        length += (chunk as Buffer).length
        if (length > maxBytes) break
      }
      return Buffer.concat(chunks)
    }
  }
}
