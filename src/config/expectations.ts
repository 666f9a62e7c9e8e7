import type {RuleSetting, RuleSettings} from '../engine/settings.js'
import type {JobSeniority} from '../types.js'
import type {PostingFacts, Role, Seniority} from './values.js'

export type {PostingFacts}

/**
 * What a letter is judged against at each level, as rule severities and options. The guide is
 * written for senior roles: operations evidence and AI infrastructure are shortlist signals
 * there (roughly £85k and up), and "at early-career, CV and GitHub do most of the work".
 *
 * - junior (graduate, entry-level, intern, apprentice): expected are a letter of the right length
 *   and shape, a specific opening, one measured result (from a project, an internship or a job:
 *   `scale-numbers` min 1, and none is a warning, not an error), no clichés, no CV in paragraph
 *   form, no language lists and the posting answered. Welcome but not expected (their rules run
 *   at `info`: proved, their signals earn points; missing, they are left out of the score):
 *   operations, database depth, distributed-systems claims with numbers, AI infrastructure.
 * - mid: operations and AI infrastructure are welcome, not expected; the rest as at senior.
 * - senior, staff, principal: the rules as shipped.
 *
 * These sit above the presets and below the config's own `rules`: a file that sets
 * `"operations-evidence": "error"` (or an option such as `scale-numbers` `min`) keeps it, whatever
 * the level.
 */
export interface Expectation {
  severity?: RuleSetting['severity']
  options?: Readonly<Record<string, unknown>>
}

export type Expectations = Readonly<Record<string, Expectation>>

const welcome: Expectation = {severity: 'info'}

export const seniorityExpectations: Readonly<Record<Seniority, Expectations>> = {
  junior: {
    'operations-evidence': welcome,
    'ai-infrastructure': welcome,
    'database-depth': welcome,
    'no-unquantified-claims': welcome,
    'scale-numbers': {severity: 'warning', options: {min: 1}}
  },
  mid: {'operations-evidence': welcome, 'ai-infrastructure': welcome},
  senior: {},
  staff: {},
  principal: {}
}

/** Roles change nothing yet: the guide, and so every rule, is about backend roles. */
export const roleExpectations: Readonly<Record<Role, Expectations>> = {
  backend: {}
}


/**
 * The guide asks for AI infrastructure "if the role involves AI features": with a posting that
 * mentions no AI work, `ai-infrastructure` does not run and its signal is not assessed.
 */
const noAiWork: Expectations = {'ai-infrastructure': {severity: 'off'}}

/** The expectations `role`, the level and the posting set, by rule id. */
export function expectations(role: Role, seniority: Seniority, posting?: PostingFacts): Expectations {
  return {...roleExpectations[role], ...seniorityExpectations[seniority], ...(posting && !posting.asksForAi ? noAiWork : {})}
}

/** The level a posting's title states, as the levels `seniority` knows: a lead is judged as staff, a head of engineering as principal. */
export function seniorityOfPosting(level: JobSeniority): Seniority {
  return level === 'lead' ? 'staff' : level === 'head' ? 'principal' : level
}

/** What a config file (or `--rule`) chose itself, which expectations never change. */
export interface Chosen {
  /** Rules whose severity was set. */
  severities: ReadonlySet<string>
  /** Option names set, by rule id. */
  options: ReadonlyMap<string, ReadonlySet<string>>
}

/** Everything in `settings` counts as chosen: for callers that pass settings of their own. */
export function chosenIn(settings: RuleSettings): Chosen {
  const options = new Map<string, Set<string>>()
  const severities = new Set<string>()
  for (const [id, setting] of Object.entries(settings)) {
    if (setting.severity !== undefined) severities.add(id)
    if (setting.options) options.set(id, new Set(Object.keys(setting.options)))
  }
  return {severities, options}
}

/** `settings` with the expectations applied, except where `chosen` says the user decided. */
export function applyExpectations(settings: RuleSettings, expected: Expectations, chosen: Chosen): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {...settings}
  for (const [id, expectation] of Object.entries(expected)) {
    const setting: RuleSetting = {...out[id]}
    if (expectation.severity !== undefined && !chosen.severities.has(id)) setting.severity = expectation.severity
    const kept = chosen.options.get(id)
    const options = Object.entries(expectation.options ?? {}).filter(([name]) => !kept?.has(name))
    if (options.length > 0) setting.options = {...setting.options, ...Object.fromEntries(options)}
    out[id] = setting
  }
  return out
}
