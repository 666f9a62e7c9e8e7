import type {Range} from '../../parse/document.js'
import {countWhile} from '../../util/bisect.js'
import type {Quantity} from '../quantities.js'
import type {Letter} from '../types.js'
import type {Claim} from './types.js'
import {resultVerbs} from './words.js'

/**
 * Questions rules ask of a letter's claims, answered the same way for all of them. These are the
 * claim model's public API: a rule asks whose a number or a word is and in what mood it was said
 * through these, never by looking for "I" or "my" itself.
 */

/** Whether a claim states a result: a change or a multiplier with no action of doing of its own, or only a verb of result ("fell", "doubled"). */
export function statesResult(claim: Pick<Claim, 'action' | 'quantities'>): boolean {
  return (claim.action === undefined || resultVerbs.has(claim.action.lemma)) && claim.quantities.some((quantity) => quantity.production && (quantity.kind === 'change' || quantity.kind === 'multiplier'))
}

/**
 * The result the sentence after `sentence` states for it, in the same paragraph: a sentence that
 * names no work of its own ("Refund requests fell from about 900 a month to 40.", "We logged 1,700
 * duplicates in our previous game and none since.") and whose change is the applicant's. Its number
 * is the work's number, as a recruiter ties the two. Undefined when the next sentence does work of
 * its own, is someone else's, or states no change.
 */
export function resultAfter(letter: Letter, sentence: number): Quantity | undefined {
  const here = letter.sentences[sentence]
  const next = letter.sentences[sentence + 1]
  if (!here || !next || letter.blocks[here.block]?.group !== letter.blocks[next.block]?.group) return undefined
  const claims = claimsIn(letter, sentence + 1)
  if (claims.some((claim) => claim.action !== undefined && !resultVerbs.has(claim.action.lemma))) return undefined
  const result = claims.find((claim) => isOwnWork(claim) && statesResult(claim))
  return result?.quantities.findLast((quantity) => quantity.production && (quantity.kind === 'change' || quantity.kind === 'multiplier'))
}

/** Whether a claim is the applicant's own work, done or being done: the only kind a panel credits. */
export function isOwnWork(claim: Claim): boolean {
  return claim.owner === 'applicant' && claim.mood === 'done'
}

/** The claim that holds an offset (in its sentence: the last claim starting at or before it), or undefined outside any sentence. */
export function claimAt(letter: Letter, offset: number): Claim | undefined {
  const {claims} = letter
  const index = countWhile(claims.length, (at) => claims[at]!.start <= offset) - 1
  const claim = claims[index]
  if (!claim) return undefined
  const sentence = letter.sentences[claim.sentence]
  return sentence && offset < sentence.end ? claim : undefined
}

/** The claims of one sentence, in order. */
export function claimsIn(letter: Letter, sentence: number): readonly Claim[] {
  const {claims} = letter
  const from = countWhile(claims.length, (at) => claims[at]!.sentence < sentence)
  const to = countWhile(claims.length, (at) => claims[at]!.sentence <= sentence)
  return claims.slice(from, to)
}

/** Whether the words at `range` are said inside the applicant's own, done work ("I built the outbox", not "your team's outbox"). */
export function isOwnWorkAt(letter: Letter, range: Range): boolean {
  const claim = claimAt(letter, range.start)
  return claim !== undefined && isOwnWork(claim)
}

const ownScaleCache = new WeakMap<Letter, Quantity[]>()

/**
 * The letter's production-scale numbers that the applicant's own, done claims carry: the numbers a
 * panel reads as the writer's scale. Not the employer's figures, a grade, office hours or tenure,
 * and nothing wished, planned or read about.
 */
export function ownScale(letter: Letter): readonly Quantity[] {
  let found = ownScaleCache.get(letter)
  if (!found) {
    found = letter.claims.filter(isOwnWork).flatMap((claim) => claim.quantities.filter((quantity) => quantity.production))
    ownScaleCache.set(letter, found)
  }
  return found
}

const ownScaleBySentence = new WeakMap<Letter, Map<number, readonly Quantity[]>>()

/** The applicant's own production-scale numbers in one sentence (remembered: rules ask once per word they find). */
export function ownScaleIn(letter: Letter, sentence: number): readonly Quantity[] {
  let bySentence = ownScaleBySentence.get(letter)
  if (!bySentence) {
    bySentence = new Map()
    ownScaleBySentence.set(letter, bySentence)
  }
  let found = bySentence.get(sentence)
  if (!found) {
    found = claimsIn(letter, sentence)
      .filter(isOwnWork)
      .flatMap((claim) => claim.quantities.filter((quantity) => quantity.production))
    bySentence.set(sentence, found)
  }
  return found
}

/** Why a number is not the applicant's production scale, in words for a message ("a grade", "not your work"); undefined when it is. */
export function whyNotOwnScale(letter: Letter, quantity: Quantity): string | undefined {
  switch (quantity.kind) {
    case 'grade':
      return 'is a grade, not a system you ran'
    case 'count':
      return 'counts things you made, not the load a system carried'
    case 'time-of-day':
      return 'is a time of day'
    case 'notice':
      return 'is a notice period'
    case 'tenure':
      return 'is how long, not how much'
    default:
  }
  const claim = claimAt(letter, quantity.start)
  if (!claim || claim.owner === 'unknown') return 'is not tied to your work'
  if (claim.owner !== 'applicant') return claim.owner === 'addressee' ? "is the employer's figure, not your work" : "is someone else's figure, not your work"
  if (claim.mood !== 'done') return moodReasons[claim.mood]
  return undefined
}

const moodReasons = {
  planned: 'is a plan, not something you did',
  wished: 'is a wish, not something you did',
  hypothetical: 'is what you could do, not what you did',
  learning: 'is something you read or learnt about, not ran',
  negated: 'is something you say you did not do'
} as const

/** Whether a sentence is whole: some clause of it has a subject and a finite verb (not a fragment or a list of nouns). */
export function isWholeSentence(letter: Letter, sentence: number): boolean {
  return claimsIn(letter, sentence).some((claim) => claim.finite)
}

/** Whether a sentence states the applicant's own work as a whole sentence ("I led the move..."). */
export function isOwnWorkSentence(letter: Letter, sentence: number): boolean {
  return claimsIn(letter, sentence).some((claim) => claim.finite && isOwnWork(claim) && claim.subject !== 'implied')
}

const moodWords = {
  planned: 'is a plan',
  wished: 'is a wish',
  hypothetical: 'is what you could do',
  learning: 'is something you read or learnt about',
  negated: 'is something you say you have not done'
} as const

/**
 * Why words at `range` are not the applicant's own, done work, for a message ("is a wish", "is
 * the employer's"); undefined when they are. Names and lists are the caller's to rule out first.
 */
export function whyNotOwnWork(letter: Letter, range: Range): string | undefined {
  const claim = claimAt(letter, range.start)
  if (!claim || claim.owner === 'unknown') return 'is not in a sentence about your own work'
  if (claim.owner === 'addressee') return "is the employer's, not your work"
  if (claim.owner === 'other') return "is someone else's work"
  return claim.mood === 'done' ? undefined : moodWords[claim.mood]
}
