import type {Lexicon, LexiconEntry} from '../lexicon.js'
import type {ClaimMood, ClaimOwner, VerbForm} from './types.js'
import grammar from './grammar.json' with {type: 'json'}
import moods from './moods.json' with {type: 'json'}
import owners from './owners.json' with {type: 'json'}
import verbs from './verbs.json' with {type: 'json'}

/** The word lists the claim reader matches, from the JSON beside this file. */

/** A form of a verb of doing: "migrated" is the past of "migrate". */
export interface VerbEntry {
  lemma: string
  form: VerbForm
}

export interface OwnerEntry extends LexiconEntry {
  owner: Exclude<ClaimOwner, 'unknown'>
  /** `subject`: always the subject ("I"); `possessive`: owns the noun after it ("my team"); `phrase`: a noun phrase ("the spec"). */
  role: 'subject' | 'possessive' | 'phrase'
  /** "they", "their": the owner of the work just described when there is one ("I built the APIs; they serve..."), `owner` otherwise. */
  refers?: boolean
}

export interface MoodEntry extends LexiconEntry {
  /** Undefined for the phrases that only exist to win over a marker inside them ("machine learning"). */
  mood: Exclude<ClaimMood, 'done'> | undefined
}

/** The form a verb is written in, from its base form: "building" progressive, "builds" present, "built" past. */
function verbForm(lemma: string, written: string): VerbForm {
  if (written === lemma) return 'base'
  const head = written.split(' ')[0]!
  const base = lemma.split(' ')[0]!
  if (head.endsWith('ing')) return 'progressive'
  if (/(?:s|es|ies)$/.test(head) && (head.startsWith(base) || head.startsWith(base.slice(0, -1)))) return 'present'
  return 'past'
}

/**
 * Every form of every verb of doing, by its written form ("migrated", "set up"). Looked up word by
 * word, not matched as a lexicon: nine hundred phrases compiled into the lexicon index cost more at
 * start-up than this map, and a verb is always whole words ("rewriting" is not in "asset-rewriting").
 */
export const verbForms: ReadonlyMap<string, VerbEntry> = new Map(
  Object.entries(verbs.verbs as Record<string, string[]>).flatMap(([lemma, forms]) =>
    forms.map((written): [string, VerbEntry] => [written, {lemma, form: verbForm(lemma, written)}])
  )
)
/** First words of the verbs of two words ("set" of "set up"). */
export const phrasalHeads: ReadonlySet<string> = new Set([...verbForms.keys()].filter((form) => form.includes(' ')).map((form) => form.split(' ')[0]!))

const ownerGroups = owners as unknown as Record<Exclude<ClaimOwner, 'unknown'> | 'referring', {subjects: string[]; possessives: string[]; phrases?: string[]}>

export const ownerLexicon: Lexicon<OwnerEntry> = {
  id: 'claims/owners',
  wholeWords: true,
  entries: [
    ...(['applicant', 'addressee', 'other'] as const).flatMap((owner) => [
      ...ownerGroups[owner].subjects.map((phrase) => ({phrases: [phrase], owner, role: 'subject' as const})),
      ...ownerGroups[owner].possessives.map((phrase) => ({phrases: [phrase], owner, role: 'possessive' as const})),
      ...(ownerGroups[owner].phrases ?? []).map((phrase) => ({phrases: [phrase], owner, role: 'phrase' as const}))
    ]),
    ...ownerGroups.referring.subjects.map((phrase) => ({phrases: [phrase], owner: 'other' as const, role: 'subject' as const, refers: true})),
    ...ownerGroups.referring.possessives.map((phrase) => ({phrases: [phrase], owner: 'other' as const, role: 'possessive' as const, refers: true}))
  ]
}

const moodGroups: ReadonlyArray<Exclude<ClaimMood, 'done'>> = ['wished', 'planned', 'hypothetical', 'learning', 'negated']

export const moodLexicon: Lexicon<MoodEntry> = {
  id: 'claims/moods',
  wholeWords: true,
  entries: [
    ...moodGroups.flatMap((mood) => (moods as unknown as Record<string, string[]>)[mood]!.map((phrase) => ({phrases: [phrase], mood}))),
    ...moods.notMarkers.map((phrase) => ({phrases: [phrase], mood: undefined}))
  ]
}

/** The lexicons the claim reader needs matched (owners, moods); the Letter matches them in its one walk. */
export const claimLexicons: readonly Lexicon[] = [ownerLexicon, moodLexicon]

export const prepositions: ReadonlySet<string> = new Set(grammar.prepositions)
export const determiners: ReadonlySet<string> = new Set(grammar.determiners)
export const auxiliaries: ReadonlySet<string> = new Set(grammar.auxiliaries)
export const conjunctions: ReadonlySet<string> = new Set(grammar.conjunctions)
export const adverbs: ReadonlySet<string> = new Set(grammar.adverbs)
export const anaphora: ReadonlySet<string> = new Set(grammar.anaphora)
export const objectVerbs: ReadonlySet<string> = new Set(grammar.objectVerbs)
export const resultVerbs: ReadonlySet<string> = new Set(grammar.resultVerbs)

/** Whether a word is a verb of doing in a form that is not a noun too ("wrote", "cut", "builds"; not "caching", "sharding"). */
export function isFiniteVerb(word: string): boolean {
  const form = verbForms.get(word)?.form
  return form !== undefined && form !== 'progressive'
}
