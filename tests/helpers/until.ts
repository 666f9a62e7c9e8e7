/** Waits until `check` passes, polling; fails after `ms`. Returns how long it took. */
export async function until(check: () => boolean, ms: number, what: string): Promise<number> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms: ${what}`)
    await new Promise((done) => setTimeout(done, 20))
  }
  return Date.now() - start
}
