import type {WordGraph} from './dawg.js'
import {Tag} from './format.js'
import {caseShape} from './letter-case.js'
import {editCost, nearWords, type Candidate} from './suggest.js'
import {variantForms, type SpellingLocale, type VariantPairs} from './variants.js'
import {loadWords, type LoadedWords} from './words-file.js'

/** The spellings a letter is checked against. */
export type {SpellingLocale}

/** A word the writer may have meant. */
export interface Suggestion {
  /** As it should be written ("received", "Postgres", "every time"). */
  text: string
  /** How far it is from what was written, in quarters of an edit (see suggest.ts). */
  cost: number
  /** One of the field's words (a technology, a term), not a general dictionary word. */
  field: boolean
}

export type SpellingVerdict =
  | {kind: 'known'}
  /** Spelt as the other locale spells it ("optimize" in a British letter); `forms` are this locale's. */
  | {kind: 'variant'; forms: string[]}
  /** In neither dictionary: a misspelling, or a name (`suggest` says what is near). */
  | {kind: 'unknown'}

/** How far `suggest` looks: one edit (cheap: enough to tell a typo from a name), or two when one finds nothing. */
export type SuggestionReach = 'one-edit' | 'two-edits'

const localeBits: Record<SpellingLocale, {own: number; other: number}> = {
  'en-GB': {own: Tag.gb, other: Tag.us},
  'en-US': {own: Tag.us, other: Tag.gb}
}

/** Prefixes that make a word of any word. */
const prefixes = ['un', 'non', 're', 'pre', 'over', 'under', 'multi', 'sub', 'super', 'inter', 'micro', 'semi', 'anti', 'counter', 'mis', 'out', 'cross', 'hyper']

/** At most this many suggestions, best first. */
const maxSuggestions = 4

/**
 * Checks words against the compiled dictionaries (see scripts/dictionary.mjs) for one locale,
 * with the user's own words. Lookups are a walk of the word graph; suggestions are searched only
 * for words that are wrong, and remembered, so a word misspelt ten times is searched once.
 */
export class Speller {
  readonly locale: SpellingLocale
  readonly #words: LoadedWords
  readonly #graph: WordGraph
  readonly #own: number
  readonly #other: number
  readonly #personal: ReadonlySet<string>
  readonly #variants: VariantPairs
  readonly #verdicts = new Map<string, SpellingVerdict>()
  readonly #suggestions = new Map<string, Suggestion[]>()

  /** `personal`: the user's own words, accepted in any case. `variants`: how the locales' spellings differ. */
  constructor(locale: SpellingLocale, {personal = [], variants = []}: {personal?: readonly string[]; variants?: VariantPairs} = {}) {
    this.locale = locale
    this.#variants = variants
    this.#words = loadWords()
    this.#graph = this.#words.graph
    this.#own = localeBits[locale].own
    this.#other = localeBits[locale].other
    this.#personal = new Set(personal.map((word) => lookupForm(word).form.toLowerCase()))
  }

  /**
   * The tag of a word as a reader would accept it: as written; a capitalised word also as its
   * lower-case form (a sentence starts "Designed"); a field word in any case ("kubernetes").
   */
  tagOf(word: string): number {
    const graph = this.#graph
    const tag = graph.tag(word)
    if (tag & (this.#own | Tag.field)) return tag
    const shape = caseShape(word)
    // Lower-case (nearly every word): no other form to try.
    if (shape === 'lower') return tag
    const lowerTag = graph.tag(word.toLowerCase())
    return tag | (shape === 'capitalised' ? lowerTag : lowerTag & Tag.field)
  }

  /** Whether the word is right in this locale (or the field's, or the user's). `word` as `lookupForm` makes its `form`. */
  isKnown(word: string): boolean {
    return (this.tagOf(word) & (this.#own | Tag.field)) !== 0 || this.#personal.has(word.toLowerCase()) || this.#isPrefixed(word)
  }

  /**
   * A known word behind a prefix the dictionaries do not spell out for every word: "unglamorous",
   * "overqualification", "replatform". A typo after the prefix is still a typo ("unsuccesful").
   */
  #isPrefixed(word: string): boolean {
    const lower = word.toLowerCase()
    // The other locale's word is a variant, whatever it starts with ("colour" is not co- + "lour").
    if (this.tagOf(lower) & this.#other) return false
    for (const prefix of prefixes) {
      if (lower.length - prefix.length >= 5 && lower.startsWith(prefix) && (this.tagOf(lower.slice(prefix.length)) & this.#own) !== 0) return true
    }
    return false
  }

  /** What is wrong with a word, and what to write instead. `word` as `lookupForm` makes its `form`. */
  check(word: string): SpellingVerdict {
    const remembered = this.#verdicts.get(word)
    if (remembered) return remembered
    const verdict = this.#judge(word)
    this.#verdicts.set(word, verdict)
    return verdict
  }

  #judge(word: string): SpellingVerdict {
    if (this.isKnown(word)) return {kind: 'known'}
    if (this.tagOf(word) & this.#other) {
      const forms = variantForms(word.toLowerCase(), this.locale, this.#variants, (form) => (this.tagOf(form) & this.#own) !== 0)
      // This locale's own spelling first ("afterwards" is British and also American).
      forms.sort((a, b) => Number((this.tagOf(a) & this.#other) !== 0) - Number((this.tagOf(b) & this.#other) !== 0))
      return {kind: 'variant', forms: forms.map((form) => matchCase(form, word))}
    }
    return {kind: 'unknown'}
  }

  /**
   * Whether a word that is no word at all is one edit from a term of the field that is not
   * English ("Postgress", "Kubernets", "Terrafrom"): a misspelt name of a technology, not a name of
   * its own. The field's terms are searched alone, which is quick.
   */
  isNearFieldTerm(word: string): boolean {
    return nearWords(this.#graph, word.toLowerCase(), editCost, () => true, this.#graph.fieldRoot).length > 0
  }

  /** Whether a word is one slip (a swap, a doubled letter, a vowel: half an edit) from a word of this locale. */
  isSlip(word: string): boolean {
    const usable = (tag: number): boolean => (tag & this.#own) !== 0 && (tag & Tag.noSuggest) === 0
    return nearWords(this.#graph, word.toLowerCase(), editCost / 2, usable).some((candidate) => plainCase.test(candidate.word))
  }

  /** Whether swapping two neighbouring letters makes a known word ("Bnak" -> "Bank"): a typo, not a name. */
  isSwapTypo(word: string): boolean {
    for (let index = 0; index + 1 < word.length; index++) {
      if (word[index] === word[index + 1]) continue
      const swapped = word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2)
      if ((this.tagOf(swapped) & (this.#own | Tag.field)) !== 0) return true
    }
    return false
  }

  /**
   * The words the writer most likely meant, best first; none when nothing is near. Remembered
   * for the run: a batch meets the same names and typos again.
   */
  suggest(word: string, reach: SuggestionReach = 'two-edits'): Suggestion[] {
    const key = `${reach}\n${word}`
    let found = this.#suggestions.get(key)
    if (!found) {
      found = this.#suggest(word, reach)
      this.#suggestions.set(key, found)
    }
    return found
  }

  #suggest(word: string, reach: SuggestionReach): Suggestion[] {
    const lower = word.toLowerCase()
    // Very long "words" are pasted identifiers or hostile input: searching them costs much and finds nothing.
    if (lower.length < 2 || lower.length > 40) return []
    // One edit first: nearly every typo is one, and that search is a fraction of the two-edit one.
    if (reach === 'two-edits') {
      const near = this.suggest(word, 'one-edit')
      if (near.length > 0 || lower.length < 5) return near
    }
    const usable = (tag: number): boolean => (tag & (this.#own | Tag.field)) !== 0 && (tag & Tag.noSuggest) === 0
    const maxCost = reach === 'one-edit' ? editCost : lower.length >= 8 ? 2 * editCost : editCost + editCost / 2
    return this.#ranked(word, lower, nearWords(this.#graph, lower, maxCost, usable))
  }

  #ranked(word: string, lower: string, found: Candidate[]): Suggestion[] {
    // A name is offered for a lower-case word only when it is near: "saturday" -> "Saturday", not "cumlaude" -> "Claude".
    // Two letters are rarely meant for a longer word ("teh" is not "Te").
    const candidates = found.filter(
      (candidate) =>
        (candidate.word.length > 2 || candidate.word.length === lower.length) &&
        (candidate.tag & Tag.field || (plainCase.test(candidate.word) && (candidate.word === candidate.word.toLowerCase() || candidate.cost <= editCost)))
    )
    candidates.push(...this.#splits(lower))
    if (candidates.length === 0) return []
    candidates.sort((a, b) => a.cost - b.cost || rank(b, lower) - rank(a, lower) || compare(a.word, b.word))
    const best = candidates[0]!.cost
    const display = candidates.some((candidate) => candidate.tag & Tag.field) ? this.#words.notes().display : {}
    const out: Suggestion[] = []
    for (const candidate of candidates) {
      if (candidate.cost > best + editCost / 2 || out.length === maxSuggestions) break
      const field = (candidate.tag & Tag.field) !== 0 && (candidate.tag & (Tag.gb | Tag.us)) === 0
      const written = field ? (display[candidate.word] ?? candidate.word) : candidate.word
      const text = written === written.toLowerCase() ? matchCase(written, word) : written
      if (!out.some((suggestion) => suggestion.text === text)) out.push({text, cost: candidate.cost, field})
    }
    return out
  }

  #isSplitWord(word: string): boolean {
    const tag = this.tagOf(word)
    return (tag & this.#own) !== 0 || ((tag & Tag.field) !== 0 && word.length >= 5)
  }

  /** Two words run together: "everytime" -> "every time". The first split that makes two words, if any. */
  #splits(lower: string): Candidate[] {
    for (let at = 1; at < lower.length; at++) {
      const left = lower.slice(0, at)
      const right = lower.slice(at)
      // Words of three letters or more ("a lot" aside), field words of five: not "commit ed" nor "dev elopement".
      if ((left.length > 2 || left === 'a') && right.length > 2 && this.#isSplitWord(left) && this.#isSplitWord(right)) {
        return [{word: `${left} ${right}`, cost: editCost, tag: this.#own}]
      }
    }
    return []
  }
}

/** A dictionary word as a suggestion: lower-case or capitalised, not an abbreviation ("SWAK") or a mixed-case name ("TeX"). */
const plainCase = {test: (word: string): boolean => word.length === 1 || caseShape(word) === 'lower' || caseShape(word) === 'capitalised'}

/** Among equally near words: the field's own words first, then those of the query's length, then those sharing its first letter; two words last. */
function rank(candidate: Candidate, query: string): number {
  if (candidate.word.includes(' ')) return -1
  return (candidate.tag & Tag.field ? 4 : 0) + (candidate.word.length === query.length ? 2 : 0) + (candidate.word[0]?.toLowerCase() === query[0] ? 1 : 0)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function isCapitalised(word: string): boolean {
  return caseShape(word) === 'capitalised'
}

/** A suggestion in the case the writer used: "Recieved" -> "Received". */
function matchCase(suggestion: string, written: string): string {
  if (isCapitalised(written) && suggestion === suggestion.toLowerCase()) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  return suggestion
}

/**
 * A word as it is looked up, and the possessive it was written with: curly apostrophes straight
 * (the dictionaries' ICONV), accents off ("résumé" is "resume" to the dictionaries, which hold no
 * accents), and without a possessive ("Monzo's", "engineers'"), which suggestions get back.
 */
export function lookupForm(word: string): {form: string; possessive: string} {
  let form = word
  if (/\P{ASCII}/u.test(form)) form = form.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘ʼ]/g, "'")
  const possessive = /'[sS]$/.test(form) ? 2 : form.endsWith("'") ? 1 : 0
  return {form: form.slice(0, form.length - possessive), possessive: possessive > 0 ? word.slice(word.length - possessive) : ''}
}
