import type {Severity} from '../types.js'
import type {Role, Seniority} from './types.js'

/**
 * What `role` and `seniority` change: the severity of the rules whose signals the guide expects
 * only at some levels. The guide: operations evidence and AI infrastructure are shortlist
 * signals for senior roles (roughly £85k and up); at early career the CV and GitHub do most of
 * the work. So for `junior` and `mid` those two rules drop to `info`: their findings cost no
 * points, and their signals count in the score only when the letter proves them (see
 * `src/score/score.ts`).
 *
 * The adjustment sits above the presets and below the config's own `rules`: a file that sets
 * `"operations-evidence": "error"` explicitly keeps it, whatever the seniority.
 */
export const seniorityAdjustments: Readonly<Record<Seniority, Readonly<Record<string, Severity>>>> = {
  junior: {'operations-evidence': 'info', 'ai-infrastructure': 'info'},
  mid: {'operations-evidence': 'info', 'ai-infrastructure': 'info'},
  senior: {},
  staff: {},
  principal: {}
}

/** Roles change nothing yet: the guide, and so every rule, is about backend roles. */
export const roleAdjustments: Readonly<Record<Role, Readonly<Record<string, Severity>>>> = {
  backend: {}
}

/** The severities `role` and `seniority` set, by rule id. */
export function expectations(role: Role, seniority: Seniority): Readonly<Record<string, Severity>> {
  return {...roleAdjustments[role], ...seniorityAdjustments[seniority]}
}
