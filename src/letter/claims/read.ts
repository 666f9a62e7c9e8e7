import type {LexiconEntry, Match} from '../lexicon.js'
import {normalize} from '../lexicon.js'
import type {Quantity} from '../quantities.js'
import type {Token} from '../tokens.js'
import {statesResult} from './query.js'
import type {Claim, ClaimMood, ClaimOwner, ClaimSubject} from './types.js'
import {
  adverbs,
  anaphora,
  auxiliaries,
  conjunctions,
  determiners,
  objectVerbs,
  phrasalHeads,
  prepositions,
  verbForms,
  type MoodEntry,
  type OwnerEntry,
  type VerbEntry
} from './words.js'

/**
 * Reading claims without a part-of-speech tagger: the sentence structure parse-english gives
 * (words and punctuation), small closed word classes (grammar.json), the verbs of doing
 * (verbs.json, looked up word by word) and the owner words and mood markers (matched in the
 * Letter's one walk over its words).
 *
 * A sentence is cut into clauses at strong punctuation (; : — ( ) and at a comma or "and"/"but"
 * that starts a new verb or subject ("..., cutting p99", "... and I shipped"). A clause is cut
 * again where a new subject starts ("the same migration | I led"). Each claim then takes:
 * - its owner from its subject; a clause with none carries on the claim before it; a sentence
 *   that opens with "It", "The", "This"... is about what the sentence before it said; one that
 *   opens with a verb ("Led the migration...") is the writer's, as a CV is; an item of a list with
 *   no subject of its own is its lead-in's ("Three things I would bring: | zero-downtime
 *   migrations on a 400M-row table");
 * - its mood from a marker before its action ("I'd like to build");
 * - its action: the first verb of doing used as a verb (not "the build", "containerised services");
 * - the numbers written inside it.
 * Every step is one pass over the sentence's words: long documents stay linear.
 */

export interface SentenceInput {
  tokens: readonly Token[]
  /** Index in `Letter.sentences`. */
  index: number
  /** Sentences in the same paragraph share a group; a sentence reads on from the one before it only within one. */
  group: number
  /**
   * Whether the sentence opens with a technical term (a technology, a word of a rule's list):
   * "Kafka consumers now take 2M events a day" is about the work just described, as "It" is.
   */
  opensWithTerm?: boolean
  /** An item of a list: after a lead-in that ends with a colon ("Three things I would bring:") it reads on from that lead-in. */
  listItem?: boolean
}

export interface ClaimMatches {
  owners: readonly Match<OwnerEntry>[]
  moods: readonly Match<MoodEntry>[]
}

interface Word {
  key: string
  text: string
  start: number
  end: number
  /** Capitalised and not the sentence's first word: part of a name ("City Index", "May 2021"). */
  name: boolean
  verb?: VerbEntry
  /** For a match of several words, the index of its last word. */
  verbEnd?: number
  owner?: OwnerEntry
  ownerEnd?: number
  mood?: MoodEntry
  moodEnd?: number
  /** Read as a verb in its clause (a verb form may also be a noun: "a composite index took..."). */
  usedAsVerb?: boolean
}

/** What stands between two words: nothing, a comma, or a stronger break (; : — ( ) and the like). */
type Gap = 'none' | 'comma' | 'hard'

const hardPunctuation = /^(?:[;:()[\]{}!?…]|[—–]|-{1,3})$/

/** Read the claims of every sentence, in order. `quantities` are the letter's, in order. */
export function readClaims(sentences: readonly SentenceInput[], matches: ClaimMatches, quantities: readonly Quantity[]): Claim[] {
  const owners = bySentence(matches.owners)
  const moods = bySentence(matches.moods)
  const claims: Claim[] = []
  let previous: {group: number; owner: ClaimOwner} | undefined
  /** The sentence that leads into the list being read ("Three things I would bring:"), by the list's group. */
  let leadIn: {group: number; lead: LeadIn | undefined} | undefined
  let before: {group: number; tokens: readonly Token[]; claims: readonly Claim[]} | undefined
  let quantityIndex = 0
  for (const sentence of sentences) {
    const {words, gaps} = sentenceWords(sentence.tokens, owners.get(sentence.index), moods.get(sentence.index))
    if (sentence.listItem && leadIn?.group !== sentence.group) {
      leadIn = {group: sentence.group, lead: before && before.group !== sentence.group ? readLeadIn(before.tokens, before.claims) : undefined}
    }
    const lead = sentence.listItem && leadIn?.group === sentence.group ? leadIn.lead : undefined
    const carried = previous && previous.group === sentence.group && previous.owner !== 'unknown' ? previous.owner : undefined
    const read = readSentence(words, gaps, sentence.index, carried, sentence.opensWithTerm === true, lead)
    // Quantities are in order, and so are claims: each goes to the last claim starting at or before
    // it, found in one walk over both (a sentence of thousands of clauses and numbers stays linear).
    while (quantityIndex < quantities.length && quantities[quantityIndex]!.sentence < sentence.index) quantityIndex++
    let claimIndex = 0
    while (quantityIndex < quantities.length && quantities[quantityIndex]!.sentence === sentence.index) {
      const quantity = quantities[quantityIndex]!
      while (claimIndex + 1 < read.length && read[claimIndex + 1]!.start <= quantity.start) claimIndex++
      const owner = read[claimIndex]
      if (owner) {
        owner.quantities.push(quantity)
        // "MTTR down 60%": the claim runs to the end of its number (a symbol is not a word).
        owner.end = Math.max(owner.end, quantity.end)
      }
      quantityIndex++
    }
    if (carried === 'applicant') takeAsResult(read)
    for (const claim of read) {
      // "we have not shipped a duplicate across 40 million orders": a negation with a number states an outcome.
      if (claim.mood === 'negated' && claim.quantities.some((quantity) => quantity.production)) {
        claim.mood = 'done'
        delete claim.moodWords
      }
    }
    claims.push(...read)
    previous = {group: sentence.group, owner: describedOwner(read) ?? 'unknown'}
    before = {group: sentence.group, tokens: sentence.tokens, claims: read}
  }
  return claims
}

/**
 * A sentence with no subject that states a result, right after the writer's own work in the same
 * paragraph, is that work's result: "I put the key on every request. Refund requests fell from 900
 * a month to 40." A recruiter ties the two. After the employer's figures, or after a sentence that
 * did no work ("I joined Acme."), the sentence before has no applicant to carry, and nothing is tied.
 */
function takeAsResult(claims: Claim[]): void {
  const first = claims[0]
  if (first?.subject !== 'none' || first.owner !== 'unknown' || first.mood !== 'done' || !statesResult(first)) return
  first.owner = 'applicant'
  first.subject = 'anaphoric'
  for (const next of claims.slice(1)) {
    if (next.subject !== 'continued' || next.owner !== 'unknown') break
    next.owner = 'applicant'
  }
}

/** Whose a list's items are, and in what mood, as its lead-in says ("Three things I would bring:", "At Acme I:"). */
interface LeadIn {
  owner: ClaimOwner
  mood: ClaimMood
}

/** Verbs of what a writer brings to a role (some are objectVerbs too, so they are not a class of grammar.json). */
const offers: ReadonlySet<string> = new Set(['bring', 'brings', 'bringing', 'offer', 'offers', 'offering', 'contribute', 'contributes', 'contributing'])

/**
 * A sentence that ends with a colon leads into the list after it: items with no subject of their
 * own are its last claim's owner's, in its mood, except that what a writer would bring or offer is
 * work already done ("I would bring: | the 400M-row migration").
 */
function readLeadIn(tokens: readonly Token[], claims: readonly Claim[]): LeadIn | undefined {
  const last = tokens.at(-1)
  const claim = claims.at(-1)
  if (last?.value !== ':' || !claim || (claim.owner !== 'applicant' && claim.owner !== 'addressee')) return undefined
  const offered = tokens.some((token) => token.kind === 'word' && token.start >= claim.start && offers.has(normalize(token.value)))
  return {owner: claim.owner, mood: offered ? 'done' : claim.mood}
}

/**
 * Whose work a sentence described, for "It", "The new ledger" or "they" in what follows: the owner
 * of its last claim that did something (an action or a number). "I joined Acme. It serves 10M
 * users" is Acme's figure: joining describes no work of the writer's.
 */
function describedOwner(claims: readonly Pick<Claim, 'owner' | 'action' | 'quantities'>[]): ClaimOwner | undefined {
  for (let index = claims.length - 1; index >= 0; index--) {
    const claim = claims[index]!
    if ((claim.owner === 'applicant' || claim.owner === 'addressee') && (claim.action !== undefined || claim.quantities.length > 0)) return claim.owner
  }
  return undefined
}

function bySentence<T extends {sentence: number}>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const item of items) {
    const list = map.get(item.sentence)
    if (list) list.push(item)
    else map.set(item.sentence, [item])
  }
  return map
}

/** The sentence's words with the verbs and what the lexicons found at each, and the gap before each word. */
function sentenceWords(
  tokens: readonly Token[],
  owners: readonly Match<OwnerEntry>[] = [],
  moods: readonly Match<MoodEntry>[] = []
): {words: Word[]; gaps: Gap[]} {
  const words: Word[] = []
  const gaps: Gap[] = []
  let gap: Gap = 'none'
  for (const token of tokens) {
    if (token.kind === 'word') {
      // A full stop glued to a word ("Ltd.", "etc.") ends the word, as the lexicon matcher reads it.
      const text = token.value.length > 1 ? token.value.replace(/\.$/, '') : token.value
      const end = token.end - (token.value.length - text.length)
      words.push({key: normalize(text), text, start: token.start, end, name: words.length > 0 && /^\p{Lu}\p{Ll}/u.test(text)})
      gaps.push(gap)
      gap = 'none'
    } else if (token.kind === 'punctuation') {
      if (hardPunctuation.test(token.value)) gap = 'hard'
      else if (token.value === ',' && gap === 'none') gap = 'comma'
    }
  }
  // Matches start at a word's start (the lexicons match whole words), in order: one merge walk.
  const attach = <E extends LexiconEntry>(found: readonly Match<E>[], set: (word: Word, entry: E, last: number) => void): void => {
    let index = 0
    for (const match of found) {
      while (index < words.length && words[index]!.start < match.start) index++
      if (index >= words.length || words[index]!.start !== match.start) continue
      let last = index
      while (last + 1 < words.length && words[last + 1]!.start < match.end) last++
      set(words[index]!, match.entry, last)
    }
  }
  // Verbs of doing: one word, or two for a phrasal verb ("set up", "cut over").
  words.forEach((word, index) => {
    const next = words[index + 1]
    const phrasal = next && phrasalHeads.has(word.key) ? verbForms.get(`${word.key} ${next.key}`) : undefined
    const entry = phrasal ?? verbForms.get(word.key)
    if (entry) Object.assign(word, {verb: entry, verbEnd: phrasal ? index + 1 : index})
  })
  attach(owners, (word, entry, last) => Object.assign(word, {owner: entry, ownerEnd: last}))
  attach(moods, (word, entry, last) => Object.assign(word, {mood: entry, moodEnd: last}))
  return {words, gaps}
}

/** A claim being read: its words by index in the sentence, and what reading it has found so far. */
interface Draft extends Pick<Claim, 'owner' | 'subject' | 'ownerWords' | 'mood' | 'finite'> {
  first: number
  last: number
  /** A mood marker seen before any verb of doing: the claim's mood once its action comes. */
  pending?: {mood: Exclude<ClaimMood, 'done'>; start: number; end: number} | undefined
  /** Claim's moodWords while they are read: a later subject or past verb clears them. */
  moodWords?: Claim['moodWords'] | undefined
  action?: {index: number; entry: VerbEntry; last: number}
  /** A subject was seen (stated, or a noun phrase before a finite verb). */
  hasSubject: boolean
  /** Index of the stated subject's last word ("I", "my", "the spec"): its verb follows within a few words. */
  subjectEnd?: number
}

/** "I spent four years building...", "most of my career scaling...": what time is spent doing. */
const spentOn: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'year', 'month', 'time', 'career', 'hours'])

const isAdverb = (word: Word | undefined): boolean => word !== undefined && (adverbs.has(word.key) || auxiliaries.has(word.key) || /ly$/.test(word.key))

/** The word before `index` in the clause, skipping adverbs and auxiliaries ("I have since led"). */
function previousContent(words: readonly Word[], index: number, from: number): Word | undefined {
  for (let at = index - 1; at >= from; at--) if (!isAdverb(words[at])) return words[at]
  return undefined
}

/**
 * Whether the verb form at `index` is used as a verb: "I built", "have built", "to build",
 * "cutting p99", "and shipped"; not "the build", "a cut", "containerised services" after another
 * verb or a preposition, nor a capitalised word inside a name.
 */
function isVerbUse(words: readonly Word[], index: number, from: number, draft: Draft): boolean {
  const word = words[index]!
  const entry = word.verb!
  if (word.name) return false
  const before = words[index - 1]
  const previous = previousContent(words, index, from)
  // "the pipeline that cut costs": after "that" a verb form is the relative clause's verb.
  if (before?.key === 'that') return entry.form !== 'base'
  if (before && (determiners.has(before.key) || /\d/.test(before.key))) return false
  if (previous === undefined) return true
  if (previous.owner && (previous.owner.role === 'subject' || previous.ownerEnd !== undefined)) return true
  // "my team cut", "our payments team moved", "the spec asks": the verb after a stated subject's noun.
  if (draft.subjectEnd !== undefined && draft.action === undefined && index > draft.subjectEnd && index - draft.subjectEnd <= 3 && entry.form !== 'progressive') {
    const between = words.slice(draft.subjectEnd + 1, index)
    if (between.every((each) => !prepositions.has(each.key) && !determiners.has(each.key) && !each.usedAsVerb)) return true
  }
  if (auxiliaries.has(before?.key ?? '') || conjunctions.has(previous.key) || previous.key === 'that' || previous.key === 'who') return true
  if (previous.mood) return true
  // "by introducing SLOs", "after moving", "four years at Acme building the APIs"; not "backend engineering", "microservices handling".
  if (entry.form === 'progressive') return prepositions.has(previous.key) || (draft.hasSubject && draft.action === undefined && (previous.name || spentOn.has(previous.key)))
  if (previous.key === 'to') return entry.form === 'base'
  if (prepositions.has(previous.key) || previous.usedAsVerb) return false
  // After a noun ("the new ledger settles", "latency fell"): a verb when no verb has come yet.
  return (entry.form === 'present' || entry.form === 'past') && draft.action === undefined && !draft.finite
}

/**
 * Whether the owner words at `index` are the subject of what follows ("your team is"), not an
 * object ("to your team"). `open`: the clause has no subject and no verb yet, so a noun phrase
 * after an opening phrase is its subject ("At Northwind my team cut...").
 */
function isSubject(words: readonly Word[], index: number, from: number, open: boolean): boolean {
  const word = words[index]!
  const entry = word.owner!
  const previous = index > from ? words[index - 1] : undefined
  if (entry.role === 'subject') {
    if (entry.owner !== 'addressee') return true
    return !previous || !(prepositions.has(previous.key) || objectVerbs.has(previous.key) || previous.verb !== undefined)
  }
  if (!previous || conjunctions.has(previous.key) || previous.key === 'that' || isAdverb(previous)) return true
  if (open && !prepositions.has(previous.key) && !objectVerbs.has(previous.key) && previous.verb === undefined) return true
  // "Most of my career", "Much of our work": the clause's first noun phrase.
  return previous.key === 'of' && index - 2 === from && quantifiers.has(words[from]!.key)
}

const quantifiers: ReadonlySet<string> = new Set(['most', 'much', 'all', 'one', 'some', 'many', 'part', 'half', 'each', 'both', 'several', 'none', 'any'])

/** A clause boundary before word `index`: strong punctuation, or a comma or conjunction that starts a new verb or subject. */
function startsClause(words: readonly Word[], gaps: readonly Gap[], index: number): boolean {
  if (index === 0) return false
  if (gaps[index] === 'hard') return true
  const word = words[index]!
  const startsSomething = (at: number): boolean => {
    const next = words[at]
    if (!next) return false
    return next.verb !== undefined || next.owner?.role === 'subject' || auxiliaries.has(next.key) || next.mood !== undefined
  }
  // ", and the failure modes" continues a list; ", and cut p99" and ", which" start a clause.
  if (gaps[index] === 'comma') return word.key === 'and' || word.key === 'or' ? startsSomething(index + 1) : conjunctions.has(word.key) || startsSomething(index)
  return (word.key === 'and' || word.key === 'but' || word.key === 'while' || word.key === 'whilst' || word.key === 'so' || word.key === 'yet') && startsSomething(index + 1)
}

/** The claims of one sentence. `carried`: the owner of the sentence before, in the same paragraph. */
function readSentence(words: readonly Word[], gaps: readonly Gap[], sentence: number, carried: ClaimOwner | undefined, opensWithTerm: boolean, lead?: LeadIn): Claim[] {
  if (words.length === 0) return []
  const drafts: Draft[] = []
  const open = (first: number, from?: Draft): Draft => {
    // A clause carries on the mood of the one before, including a marker that found no verb of doing
    // ("I'm excited by the challenge of shaping X, | improving Y").
    const carried = from ? (from.action === undefined && from.pending ? from.pending.mood : from.mood) : (lead?.mood ?? 'done')
    // A wish, plan or possibility governs the clauses after it ("I'd like to build X and scale Y"); reading about
    // or not doing one thing says nothing of the next ("I am learning Go, and built ...").
    const mood = carried === 'learning' || carried === 'negated' ? 'done' : carried
    const draft: Draft = {first, last: first, owner: from?.owner ?? 'unknown', subject: from ? 'continued' : 'none', mood, finite: false, hasSubject: false}
    drafts.push(draft)
    return draft
  }
  let draft = open(0)
  let clauseStart = 0
  /** The owner of the last clause with a verb of doing: whom "they" refers to ("I built the APIs, and today they serve..."). */
  let doer: ClaimOwner | undefined
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (startsClause(words, gaps, index)) {
      draft = open(index, draft)
      clauseStart = index
    }
    if (word.owner && !word.name && isSubject(words, index, clauseStart, !draft.hasSubject && draft.action === undefined && !draft.finite)) {
      const entry = word.owner
      const last = word.ownerEnd ?? index
      // A new subject inside a clause starts a claim of its own ("the same migration | I led", "which is ... | I led").
      if ((draft.hasSubject || draft.action || draft.finite) && index > draft.first) {
        draft = open(index)
        clauseStart = index
      }
      draft.owner = entry.refers ? (doer ?? carried ?? entry.owner) : entry.owner
      draft.subject = entry.refers && draft.owner !== entry.owner ? 'anaphoric' : 'stated'
      draft.ownerWords = {start: word.start, end: words[last]!.end}
      draft.hasSubject = true
      draft.subjectEnd = last
      // A new subject starts a new mood, unless a marker runs over it ("if I", "once I join").
      if (entry.role === 'subject' && !(draft.pending && draft.pending.end >= word.end)) {
        draft.mood = 'done'
        draft.pending = undefined
        draft.moodWords = undefined
      }
      // "I carried the pager", "your role mentions", "my team cut": the word after the subject is its verb, in a list or not.
      const verbAt = entry.role === 'possessive' ? last + 2 : last + 1
      if (auxiliaries.has(word.key) || (entry.role === 'subject' && words[verbAt]) || looksFinite(words[verbAt])) draft.finite = true
    }
    draft.last = Math.max(draft.last, index)
    // The first marker holds: "I'd welcome a talk about how my work could fit" is a wish, not a possibility.
    if (word.mood?.mood && !word.name && draft.action === undefined && draft.pending === undefined && !isPastAfterWould(words, index)) {
      draft.pending = {mood: word.mood.mood, start: word.start, end: words[word.moodEnd ?? index]!.end}
    }
    if (auxiliaries.has(word.key) && index > 0) draft.finite = true
    if (word.verb && isVerbUse(words, index, clauseStart, draft)) {
      word.usedAsVerb = true
      if (!draft.hasSubject && index > clauseStart) draft.hasSubject = true
      if (draft.action === undefined) {
        draft.action = {index, entry: word.verb, last: word.verbEnd ?? index}
        if (draft.owner === 'applicant' || draft.owner === 'addressee') doer = draft.owner
        if (draft.pending) {
          draft.mood = draft.pending.mood
          draft.moodWords = {start: draft.pending.start, end: draft.pending.end}
        } else if (draft.subject === 'continued' && word.verb.form === 'past') {
          // "I'd love to join, having led ..." and "... and built": a past verb is done whatever came before.
          draft.mood = 'done'
          draft.moodWords = undefined
        }
      }
      const afterSubject = draft.subjectEnd !== undefined && draft.subjectEnd < index
      if (word.verb.form !== 'progressive' && (word.verb.form !== 'base' || afterSubject) && (index > clauseStart || draft.subject === 'continued')) draft.finite = true
      index = word.verbEnd ?? index
    } else if (word.owner && draft.ownerWords?.start === word.start) {
      index = Math.max(index, word.ownerEnd ?? index)
    }
    draft.last = Math.max(draft.last, index)
  }
  for (const each of drafts) {
    // A marker with no action after it still sets the mood ("I am learning Rust").
    if (each.action === undefined && each.pending) {
      each.mood = each.pending.mood
      each.moodWords = {start: each.pending.start, end: each.pending.end}
    }
  }
  settleFirstOwner(drafts, words, carried, opensWithTerm, lead)
  return drafts
    .filter((each) => each.last >= each.first)
    .map((each) => toClaim(each, words, sentence))
}

/**
 * The owner of a sentence's first clause when it states none: the writer's for a sentence that
 * opens with a verb ("Led the move..."), the lead-in's for an item of a list, the sentence before's for one that opens by pointing
 * back ("It now serves...", "The new ledger settles..."), and the writer's for a result the writer
 * then explains ("Latency fell 40% after I rewrote the hot path").
 */
function settleFirstOwner(drafts: Draft[], words: readonly Word[], carried: ClaimOwner | undefined, opensWithTerm: boolean, lead: LeadIn | undefined): void {
  const first = drafts[0]!
  if (first.subject !== 'none') return
  const opening = words[first.first]!
  const setAll = (owner: ClaimOwner, subject: ClaimSubject): void => {
    first.owner = owner
    first.subject = subject
    // The clauses that carried on from it carry its owner too.
    for (const next of drafts.slice(1)) {
      if (next.subject !== 'continued') break
      next.owner = owner
    }
  }
  if (first.action && first.action.index === first.first && (first.action.entry.form === 'past' || first.action.entry.form === 'progressive' || first.action.entry.lemma === opening.key)) {
    setAll('applicant', 'implied')
    return
  }
  // An item of a list with no subject of its own: its lead-in's ("I would bring: | the 400M-row migration").
  if (lead) {
    setAll(lead.owner, 'continued')
    return
  }
  const pointsBack = opensWithTerm || anaphora.has(opening.key) || determiners.has(opening.key) || prepositions.has(opening.key) || conjunctions.has(opening.key) || isAdverb(opening)
  if (carried && (carried === 'applicant' || carried === 'addressee') && pointsBack && (first.finite || first.action)) {
    setAll(carried, 'anaphoric')
    return
  }
  const explained = drafts[1]
  if (explained?.subject !== 'stated' || explained.owner === 'unknown') return
  // "Latency fell 40% after I rewrote the hot path": a result the writer then explains.
  const explains = /^(?:after|when|once|because|as|since|by)$/.test(words[explained.first - 1]?.key ?? '') && explained.owner === 'applicant'
  // "By tuning the queries, I ...", "Having led the move, we ...": an opening phrase is its main clause's subject's.
  const leads = /^(?:by|after|before|while|whilst|when|since|through|having|on|upon|once|in)$/.test(opening.key) || opening.verb?.form === 'progressive'
  if (explains || (leads && first.action)) setAll(explained.owner, 'continued')
}

/** A word that can be a finite verb after a subject: a verb form, an auxiliary, or a word in -s or -ed ("mentions", "grew" is in the list). */
function looksFinite(word: Word | undefined): boolean {
  if (!word || word.name) return false
  if (word.verb) return word.verb.form === 'present' || word.verb.form === 'past'
  return auxiliaries.has(word.key) || (/(?:[^s]s|ed)$/.test(word.key) && !determiners.has(word.key) && !prepositions.has(word.key))
}

/** "I'd built" is "I had built", done; "I'd build" is "I would build". */
function isPastAfterWould(words: readonly Word[], index: number): boolean {
  const word = words[index]!
  if (word.key !== "i'd" && word.key !== "we'd") return false
  const next = words[(word.moodEnd ?? index) + 1]
  return next?.verb?.form === 'past' || next?.key === 'been'
}

function toClaim(draft: Draft, words: readonly Word[], sentence: number): Claim {
  // A clause does not start with the word that joins it to the one before ("and", "which").
  let first = draft.first
  let last = draft.last
  while (first < last && conjunctions.has(words[first]!.key) && !words[first]!.owner) first++
  while (last > first && conjunctions.has(words[last]!.key)) last--
  const claim: Claim = {
    sentence,
    start: words[first]!.start,
    end: words[last]!.end,
    owner: draft.owner,
    subject: draft.subject,
    mood: draft.mood,
    finite: draft.finite && (draft.hasSubject || draft.subject !== 'none'),
    quantities: []
  }
  if (draft.ownerWords) claim.ownerWords = draft.ownerWords
  if (draft.moodWords && draft.mood !== 'done') claim.moodWords = draft.moodWords
  if (draft.action) {
    const {index, entry, last} = draft.action
    const word = words[index]!
    claim.action = {text: words.slice(index, last + 1).map((each) => each.text).join(' '), lemma: entry.lemma, form: entry.form, start: word.start, end: words[last]!.end}
  }
  return claim
}
