/**
 * The public contracts of cover-lint: what `lint()` returns and what the JSON
 * reporter prints. Field names here are the JSON contract documented in the
 * README ("JSON output, contract v1"): add fields, never rename or remove them
 * within a major version.
 */

/** How loud a finding is. `error` keeps a letter off the shortlist and fails CI. */
export type Severity = 'error' | 'warning' | 'info'

/** A rule's severity as settings hold it: a severity, or off. */
export type RuleSeverity = Severity | 'off'

/** A severity as a config file or `--rule` may write it (`warn` is `warning`). */
export type SeveritySetting = RuleSeverity | 'warn'

/** The recruiter's overall read of a letter. */
export type Verdict = 'shortlist' | 'maybe' | 'binned'

/** The signals a senior backend panel looks for (see `src/score/signals.ts`). */
export type SignalId =
  | 'scale'
  | 'distributed'
  | 'operations'
  | 'database'
  | 'ai'
  | 'concision'
  | 'specificity'

/** A quotation from the letter that proves a signal. */
export interface Evidence {
  /** The letter's own words, as written (whitespace folded). */
  text: string
  line: number
  column: number
  /** Set when the words are in another file than the letter's (text a LaTeX letter `\input`s). */
  filePath?: string
}

export interface SignalResult {
  /** Short human label, e.g. "Operations". */
  label: string
  /** `false` when every rule behind the signal is turned off. */
  assessed: boolean
  proved: boolean
  /**
   * Every rule behind the signal runs at `info` (e.g. operations evidence for a junior role):
   * proved, it earns its points; missing, it is left out of the score instead of costing them.
   */
  optional: boolean
  /** Points this signal is worth out of 100 when every signal is assessed. */
  weight: number
  /**
   * Points it earned: `weight` when proved, part of it when partly proved (one scale number of the
   * two expected, an architecture with its number but no decision, one of concision's two rules), 0 otherwise.
   */
  earned: number
  evidence: Evidence[]
  /** What to do while the signal is not proved, in the limits configured (empty when proved). */
  advice: string
}

/**
 * What a letter needs before it can be shortlisted, whatever its score: whole sentences of the
 * applicant's own work, at least the minimum length, the company or the role named.
 */
export interface Substance {
  met: boolean
  /** What is missing, each in words a candidate can act on; empty when met. */
  missing: string[]
}

/** One finding, positioned in the file the user opened (1-based lines and columns, end exclusive). */
export interface LintMessage {
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The exact words the message points at. */
  actual?: string
  /** Suggested replacements or targets, when the rule has any. */
  expected?: string[]
  /**
   * Set when the words are in another file than the result's `filePath` (text a LaTeX letter
   * `\input`s); the positions are then in that file.
   */
  filePath?: string
}

export interface LetterStats {
  /** Words from the greeting to the sign-off (address block and signature excluded). */
  words: number
  /** The most words `word-count` allows (its `max` option), or null when that rule is off. */
  wordLimit: number | null
  /** Body paragraphs (a bulleted list counts as one). */
  paragraphs: number
  /** Quantified production-scale claims found. */
  scaleNumbers: number
  /** Seconds a reader at 240 words a minute needs. */
  readingSeconds: number
}

/** The levels a letter can be judged at (config `seniority`). */
export type Level = 'junior' | 'mid' | 'senior' | 'staff' | 'principal'

/**
 * The level a letter was judged at, and where it came from: the config's `seniority`, else the
 * level the posting's title states (a lead role is judged as staff, a head of engineering as
 * principal), else the level of the role the letter says it applies for, else senior, the guide's reader. Junior and mid letters are judged against their
 * own expectations (README, "Role and seniority").
 */
export interface JudgedLevel {
  seniority: Level
  from: 'config' | 'posting' | 'letter' | 'default'
  /** The posting's words that state the level, when `from` is `posting`. */
  posting?: Evidence
  /** The letter's words that name the role it applies for ("your graduate software engineer role"), when `from` is `letter`. */
  letter?: Evidence
}

export interface LintResult {
  filePath: string
  verdict: Verdict
  score: number
  stats: LetterStats
  signals: Record<SignalId, SignalResult>
  level: JudgedLevel
  /** Whether the letter has the substance a shortlist needs; without it the verdict is at most `maybe` and the score at most 69. */
  substance: Substance
  errorCount: number
  warningCount: number
  infoCount: number
  messages: LintMessage[]
  /**
   * What `line` and `column` count when not lines and columns of the file: `paragraph:column`
   * for Word documents (line = paragraph), `page:line` for PDFs (line = page, column = line on
   * the page). Absent for text formats (Markdown, text, LaTeX, HTML), where it is `line:column`.
   */
  positions?: 'paragraph:column' | 'page:line'
  /** Present when the letter was linted against a job posting. */
  job?: JobResult
  /** Who the letter is for, when known: its company (and where that was read) and the posting's title. */
  application?: Application
}

/**
 * Where the company a letter is for was read: the letter's front matter (`company:`), config
 * (`company`), the posting's organisation, or the application folder's name.
 */
export type CompanySource = 'front-matter' | 'config' | 'posting' | 'folder'

export interface Application {
  company?: {name: string; via: CompanySource}
  /** The posting's title, less the company's name. */
  role?: string
}

/**
 * What a letter answers of the job posting it was linted against (`--job`, or a `job.md`,
 * `job.txt` or `posting.md` beside it). Present only when a posting was used. Places in
 * `posting` fields are lines and columns of the posting; in `letter` fields, of the letter.
 */
export interface JobResult {
  /** The posting used, as reports show paths. */
  path: string
  /** How it was found: `flag` (--job), `beside` (a posting file beside the letter), `config` (named by a config file). */
  via?: 'flag' | 'config' | 'beside'
  seniority?: {level: JobSeniority; text: string; line: number; column: number}
  salary?: {text: string; currency: 'GBP' | 'USD' | 'EUR'; min: number; max: number; period?: 'year' | 'day' | 'hour'; line: number; column: number}
  /** The themes the posting mentions (on-call, scale, AI, data), most mentioned first, and where the letter answers each. */
  signals: Array<{id: JobSignalId; label: string; mentions: number; posting: Evidence; letter?: Evidence}>
  /** The posting's technologies, most stressed first. */
  stack: JobItem[]
  /** The posting's key phrases (responsibilities, projects), most stressed first. */
  phrases: JobItem[]
  /** Items of `stack` and `phrases` the letter connects to, most stressed first. */
  covered: JobConnection[]
  /** Items the letter never connects to, most stressed first. */
  missing: JobItem[]
}

/** The level a posting states. */
export type JobSeniority = 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'lead' | 'head'

/** The themes a posting can stress. */
export type JobSignalId = 'on-call' | 'scale' | 'ai' | 'data'

/** Something the posting asks for. */
export interface JobItem {
  /** A technology's canonical name ("PostgreSQL"), or the phrase as the posting words it. */
  name: string
  type: 'technology' | 'phrase'
  /** How much the posting stresses it: each mention weighs by its section (the role 3, requirements 2, "nice to have" 0.5). */
  weight: number
  mentions: number
  /** Where the posting first says it. */
  posting: Evidence
}

/** An item of the posting the letter connects to, with the letter's words. */
export interface JobConnection extends JobItem {
  letter: Evidence
}
