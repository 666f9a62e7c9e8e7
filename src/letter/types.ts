import type {BlockKind, InputFormat, Range, SourceComment, SourcePoint} from '../parse/document.js'
import type {Lexicon, LexiconEntry, Match} from './lexicon.js'
import type {Quantity} from './quantities.js'
import type {BlockRole} from './structure.js'
import type {Sentence} from './tokens.js'
import type {Claim} from './claims/types.js'

export type {BlockRole} from './structure.js'
export type {Quantity, QuantityKind, ScaleKind, NonScaleKind} from './quantities.js'
export type {Claim, ClaimAction, ClaimMood, ClaimOwner, ClaimSubject, VerbForm} from './claims/types.js'
export type {Sentence, Token} from './tokens.js'

export type TechnologyKind = 'language' | 'markup' | 'framework' | 'database' | 'infrastructure'

/** A technology named in the letter ("Golang" and "Go" are both `Go`). */
export interface TechnologyMention {
  name: string
  kind: TechnologyKind
  start: number
  end: number
  sentence: number
}

/** A sentence of the letter, knowing where it sits. */
export interface LetterSentence extends Sentence {
  /** Index in `Letter.sentences`. */
  index: number
  /** Index in `Letter.blocks`. */
  block: number
}

export interface Block {
  role: BlockRole
  kind: BlockKind
  /** Blocks that read as one paragraph (items of one list) share a group. */
  group: number
  start: number
  end: number
  sentences: LetterSentence[]
}

/**
 * A letter, parsed once and shared by every rule: its blocks with their roles, its sentences,
 * and what was found in them (quantities, technologies, lexicon matches). Offsets everywhere are
 * UTF-16 offsets into `source`; `locate()` turns one into a line and column.
 */
export interface Letter {
  format: InputFormat
  source: string
  blocks: Block[]
  /** Sentences a reader reads: greeting, body, headings, sign-off and postscript (not address or signature). */
  sentences: LetterSentence[]
  /** Body blocks, in order. */
  body: Block[]
  salutation: Block | undefined
  closing: Block | undefined
  /** Body paragraphs as a reader counts them (a list is one). */
  paragraphs: number
  /** Words of the sentences a reader reads. */
  words: number
  /** Every number in the body, of any kind, in order (`production` tells scale from grades, hours, tenure). */
  quantities: Quantity[]
  /**
   * Every sentence's claims, in order: who did what, in what mood, with which numbers. Rules ask
   * about them through the queries in `src/letter/claims/query.ts` (`ownWork`, `ownScale`...).
   */
  claims: Claim[]
  technologies: TechnologyMention[]
  /** Every block of prose in the source, even those without a word ("(###) ### - ####"), for checks on raw text. */
  sourceBlocks: Range[]
  /** Raw HTML in Markdown that is not a comment (`<Company Name>`). */
  html: Range[]
  comments: SourceComment[]
  /**
   * Matches of a lexicon the letter was built with, their entries typed as the lexicon's. A lexicon
   * the letter was not built with (not in an enabled rule's `meta.lexicons`) throws: an empty
   * answer would read as "the letter never says it" and report it missing on every letter.
   */
  matches<E extends LexiconEntry>(lexicon: Lexicon<E>): Match<E>[]
  /**
   * Where an offset is in the file the user opened (see `SourceMap`): `isEnd` for the end of a
   * span, which in a rendered format can differ from the start of what follows it.
   */
  locate(offset: number, isEnd?: boolean): SourcePoint
}
