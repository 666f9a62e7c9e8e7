/**
 * CPU time for the timing project (tests/timing/), where each test file has a process of its
 * own (vitest.config.ts): the process's CPU time is the code under test's alone, whatever else
 * the machine is doing, and wall-clock noise from other work does not count.
 */

/** This process's CPU time so far, in milliseconds. */
export function cpu(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** Collect garbage now (the project runs with --expose-gc), so that no run pays for an earlier one's. */
export const collect = (globalThis as {gc?: () => void}).gc ?? ((): void => {})

/** The CPU time `work` takes, in milliseconds, from a clean heap. */
export async function cpuTime(work: () => unknown): Promise<number> {
  collect()
  const start = cpu()
  await work()
  return cpu() - start
}

/** The least CPU time of `runs` runs of `work`: the one least disturbed by the machine. */
export async function leastCpuTime(work: () => unknown, runs = 2): Promise<number> {
  let best = Infinity
  for (let run = 0; run < runs; run++) best = Math.min(best, await cpuTime(work))
  return best
}
