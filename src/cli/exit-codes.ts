/**
 * Exit codes: 0 clean, 1 lint failures, 2 usage, config or input errors. In a module of their
 * own so that `src/cli.ts` can use them without loading the lint pipeline: `--help`,
 * `--version`, `rules` and `explain` then never load the parsers.
 */
export const exitCodes = {ok: 0, lintFailure: 1, userError: 2} as const
