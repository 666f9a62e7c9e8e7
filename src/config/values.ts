import type {Level, RuleSeverity} from '../types.js'

/**
 * The values config keys hold, one type each: what `keys.ts` validates and `types.ts` assembles
 * into a resolved config. Kept apart from both so that each imports this and neither the other.
 */

/** The levels `seniority` accepts; `senior` is the guide's reader and the default. */
export type Seniority = Level

/** The roles cover-lint has expectations for. The guide is about backend roles; that is the only one so far. */
export type Role = 'backend'

/** The spellings a letter may be written in: British (the guide's, the default) or American. */
export type Locale = 'en-GB' | 'en-US'

/** One entry of `phrases`: the user's own banned (or required) words, as a rule `custom/<name>`. */
export interface PhraseRule {
  id: string
  severity: RuleSeverity
  /** Literal words, matched case-insensitively on word boundaries, across line breaks. */
  match: string[]
  message?: string
  /** Shown as `expected` on each finding. */
  suggest?: string[]
  /** `true`: the letter must say one of `match` (one finding when it says none). Default: banned. */
  required: boolean
}

/** What the posting a letter answers says about the expectations. */
export interface PostingFacts {
  /** Whether the posting mentions any AI work (its AI theme, src/job/data/signals.json). */
  asksForAi: boolean
}
