import type {Quantity} from '../quantities.js'

/**
 * The claim model: what a letter says was done, by whom, in what mood, and with which numbers.
 * A recruiter credits the applicant's own shipped work with its number, and nothing else: not the
 * employer's figures, not a wish or a plan, not what the writer has read about. Rules read these
 * claims (through `src/letter/claims/query.ts`) instead of loose keywords.
 *
 * A claim is one clause of a sentence: a sentence such as "I designed the migration that moved
 * our 100M-row table with zero downtime, reduced Sev-1s from 11 to 2, and operated the systems
 * on-call" holds three, each with its own action and numbers. Offsets are UTF-16 offsets into
 * the letter's source, as everywhere in the Letter.
 */

/**
 * Whose claim it is.
 * - `applicant`: the writer ("I", "we" at a previous employer, "my team", "our platform");
 * - `addressee`: the reader's side ("you", "your team", "the role", "the spec", "the posting");
 * - `other`: someone else ("they", "he", "their product");
 * - `unknown`: no subject to tell (a fragment, or a sentence about a named company).
 */
export type ClaimOwner = 'applicant' | 'addressee' | 'other' | 'unknown'

/**
 * When and how the claim holds.
 * - `done`: done or being done ("I built", "we run", "I have been on call");
 * - `planned`: to come ("I will bring");
 * - `wished`: wanted ("I'd like to help your team build...");
 * - `hypothetical`: possible ("I could", "I can bring");
 * - `learning`: read, studied or known about, not done ("I have read widely about RAG");
 * - `negated`: said not to have happened ("I have not used Kafka"); a negation with a number
 *   states an outcome and is `done` ("we have not lost a message across 1.2 billion").
 */
export type ClaimMood = 'done' | 'planned' | 'wished' | 'hypothetical' | 'learning' | 'negated'

/**
 * How the owner was found.
 * - `stated`: its own subject ("I led", "your role mentions");
 * - `continued`: a clause carrying on the one before it in the sentence ("..., cutting p99 ...");
 * - `anaphoric`: a sentence about what the one before it said ("It now settles £2bn a month.");
 * - `implied`: a verb with no subject, as a CV writes ("Led the migration of ...");
 * - `none`: no subject and no verb to read one from.
 */
export type ClaimSubject = 'stated' | 'continued' | 'anaphoric' | 'implied' | 'none'

/** The form of the verb written: "build", "builds", "building", "built". */
export type VerbForm = 'base' | 'present' | 'progressive' | 'past'

/** What the claim says was done: a verb of doing (`src/letter/claims/verbs.json`) used as a verb. */
export interface ClaimAction {
  /** The verb as written ("migrated"). */
  text: string
  /** Its base form ("migrate"). */
  lemma: string
  form: VerbForm
  start: number
  end: number
}

export interface Claim {
  /** Index of the sentence in `Letter.sentences`. */
  sentence: number
  /** From the claim's first word to its last (never past its sentence). */
  start: number
  end: number
  owner: ClaimOwner
  subject: ClaimSubject
  /** The words that name the owner ("I", "my team", "the spec"), when it is stated. */
  ownerWords?: {start: number; end: number}
  mood: ClaimMood
  /** The words that set the mood ("I'd like", "read widely about"), when not done. */
  moodWords?: {start: number; end: number}
  action?: ClaimAction
  /** Whether the clause has a subject and a finite verb: a whole clause, not a fragment or a list of nouns. */
  finite: boolean
  /** The numbers written inside the claim, of any kind (see `Quantity.production`). */
  quantities: Quantity[]
}
