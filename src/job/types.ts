import type {InputFormat} from '../parse/document.js'
import type {TechnologyKind} from '../letter/types.js'
import type {Evidence, JobSeniority, JobSignalId} from '../types.js'

/**
 * A job posting as cover-lint reads it: what the role asks for, extracted once and matched
 * against every letter that answers it. Offsets and places point into the posting's file.
 */

/** Where the posting says something: its words, its offsets, its line and column. */
export interface PostingPlace extends Evidence {
  start: number
  end: number
}

/** Which part of a posting a sentence sits in; it decides how much a mention weighs. */
export type PostingSection = 'title' | 'intro' | 'role' | 'requirements' | 'stack' | 'bonus' | 'company' | 'other'

/**
 * One term of a key phrase: a word compared by its stem (a compound such as "on-call" is its
 * parts' stems joined by spaces, matched as consecutive words), or a technology by its name.
 * `exact`: the stem must be the same, not merely close (the synonym table's words: "pager" is
 * not "pages").
 */
export type PhraseTerm = {stem: string; exact?: boolean} | {technology: string}

/**
 * A way a letter sentence connects to a phrase: it holds every term of `all` (the field's other
 * words for part of the phrase, see src/job/synonyms.ts) and at least `required` of `terms`.
 */
export interface PhraseForm {
  all?: PhraseTerm[]
  terms: PhraseTerm[]
  required: number
}

/** Something the posting asks for: a technology of its stack, or a key phrase (a responsibility, a project). */
export interface PostingItem {
  /** A technology's canonical name ("PostgreSQL"), or the phrase as the posting first words it. */
  name: string
  type: 'technology' | 'phrase'
  /** For technologies: language, framework, database, infrastructure or markup. */
  kind?: TechnologyKind
  /** How much the posting stresses it: each mention weighs by where it sits (the role outweighs "nice to have"). */
  weight: number
  /** Every place the posting mentions it, in order. */
  mentions: PostingPlace[]
  /** Phrases only: the forms a letter sentence may answer it in (any one connects). */
  forms?: PhraseForm[]
  /** Technologies only: the others the posting offers as a choice ("Java or Kotlin"); naming one answers it. */
  alternatives?: string[]
}

export type SeniorityLevel = JobSeniority

export interface Seniority {
  level: SeniorityLevel
  /** The words that say it ("Senior", "Graduate Scheme"). */
  place: PostingPlace
}

export interface Salary {
  /** The band as written ("£95,000–£115,000"). */
  text: string
  currency: 'GBP' | 'USD' | 'EUR'
  min: number
  max: number
  /** Per year, day or hour, when the posting says or the figures make it plain. */
  period?: 'year' | 'day' | 'hour'
  place: PostingPlace
}

/** The themes a posting can stress, which a senior panel then reads the letter for. */
export type PostingSignalId = JobSignalId

export interface PostingSignal {
  id: PostingSignalId
  label: string
  /** Every place the posting mentions the theme (scale includes its numbers: "20,000 times a minute"). */
  mentions: PostingPlace[]
}

/** A posting, extracted. Build one with `extractPosting()` (src/job/extract.ts). */
export interface Posting {
  /** As reports show it. */
  path: string
  /** How it was found: `--job`, the config's `job` key, or a `job.md`/`job.txt`/`posting.md` beside the letter. */
  via?: 'flag' | 'config' | 'beside'
  format: InputFormat
  /** Technologies, most stressed first. */
  stack: PostingItem[]
  /** Key phrases: the role's responsibilities and projects, most stressed first. */
  phrases: PostingItem[]
  seniority?: Seniority
  salary?: Salary
  /** The organisation hiring, as the posting names it (src/job/organisation.ts). */
  company?: {name: string; place: PostingPlace}
  /** The job's title, less the company's name when the title holds it. */
  title?: PostingPlace
  /** Every theme the posting mentions, most mentioned first. */
  signals: PostingSignal[]
  /** Technologies the posting lists one after another, in its order ("Go, PostgreSQL, Kafka, Kubernetes"). */
  lists: TechnologyList[]
  /**
   * Every word the posting writes, lower-case, once (and each part of a hyphenated one): its
   * company, products and terms, which a letter answering it may repeat without a spelling finding.
   */
  words: string[]
}

export interface TechnologyList {
  /** Canonical names, in the posting's order. */
  names: string[]
  place: PostingPlace
}

/** Where a letter answers a posting's item. */
export interface Connection {
  item: PostingItem
  /** The letter's words that connect to it (offsets into the letter). */
  start: number
  end: number
  /** Index of the sentence in `Letter.sentences`. */
  sentence: number
}

/** A posting matched against one letter: what the letter connects to and what it leaves out. */
export interface JobMatch {
  posting: Posting
  /** Items the letter connects to, in the posting's order of stress. */
  covered: Connection[]
  /** Items the letter never connects to, most stressed first. */
  missing: PostingItem[]
  /** For each theme the posting stresses, where the letter answers it (undefined when it does not). */
  signals: Array<{signal: PostingSignal; letter: {start: number; end: number} | undefined}>
}
