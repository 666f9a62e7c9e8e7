import {defineRule, type Finding, type Letter, type Posting} from '../../src/rule.js'
import {caseShape, isUpper} from '../../src/spelling/letter-case.js'
import {addressWords, letterWords, type LetterWord} from '../../src/spelling/letter-words.js'
import {lookupForm, Speller, type SpellingLocale} from '../../src/spelling/speller.js'
import type {VariantPairs} from '../../src/spelling/variants.js'
import confusableData from './confusables.json' with {type: 'json'}
import variantData from './variants.json' with {type: 'json'}

export interface SpellingOptions {
  /** Misspelt words a letter may have (each a warning); past this, each is an error. */
  max: number
  /** Config's `locale` key, handed in by the config (see `configKeys`). */
  locale?: SpellingLocale
  /** Config's `dictionary` key: the user's own words. */
  dictionary?: readonly string[]
}

interface Confusable {
  word: string
  meant: string
  means: string
}

const confusables = new Map((confusableData.words as Confusable[]).map((entry) => [entry.word, entry]))
const variantPairs: VariantPairs = variantData.pairs.map((pair) => pair.split(' ') as [string, string])

/** A posting's words as a set, made once per posting (a batch lints many letters against one). */
const postingSets = new WeakMap<Posting, Set<string>>()

function postingWords(posting: Posting): Set<string> {
  let words = postingSets.get(posting)
  if (!words) {
    words = new Set(posting.words)
    postingSets.set(posting, words)
  }
  return words
}

/**
 * A speller for a locale and a personal dictionary, with what it has decided about each word
 * text it has seen: whether the rule must look closer (an unknown word, or a real word that is
 * nearly always a typo). Kept for the run, so a batch of letters, which share most of their
 * words, looks each word up once.
 */
interface Checker {
  speller: Speller
  /** Whether a word is worth a closer look; remembered by its text. */
  select(text: string): boolean
}

const checkers = new Map<string, Checker>()

function checkerFor(locale: SpellingLocale, dictionary: readonly string[]): Checker {
  const key = `${locale}\n${dictionary.join('\n')}`
  let checker = checkers.get(key)
  if (!checker) {
    if (checkers.size >= 16) checkers.clear()
    const personal = dictionary.flatMap((entry) => entry.split(/[-‐‑/]+/))
    const speller = new Speller(locale, {personal, variants: variantPairs})
    const seen = new Map<string, boolean>()
    checker = {
      speller,
      select(text) {
        let closer = seen.get(text)
        if (closer === undefined) {
          // Bounded: a hostile document of endless distinct words must not grow it for ever.
          if (seen.size >= 100_000) seen.clear()
          closer = confusables.has(text) || !speller.isKnown(text)
          seen.set(text, closer)
        }
        return closer
      }
    }
    checkers.set(key, checker)
  }
  return checker
}

/**
 * Distinct unknown words a letter gets searched for (suggestions, or whether a capitalised word
 * is a typo): a letter has a handful; a search costs up to a millisecond.
 */
const maxSearches = 40

interface Misspelling {
  word: LetterWord
  message: string
  expected: string[]
}

export default defineRule<SpellingOptions>({
  meta: {
    id: 'spelling',
    description: 'Words misspelt (each with the words likely meant), and words spelt the other locale\'s way ("optimize" in a British letter).',
    reason:
      'A panel reads a typo as care not taken, and stops trusting the rest: several misspellings bin a letter before its numbers are read. A UK panel also notices American spelling.',
    severity: {misspelt: 'warning', 'over-max': 'error', variant: 'warning'},
    options: {max: 2},
    schema: {
      type: 'object',
      properties: {
        max: {
          type: 'integer',
          minimum: 0,
          description: 'Misspelt words a letter may have, each a warning; with more, each is an error (so the letter is kept off the shortlist).'
        }
      },
      additionalProperties: false
    },
    configKeys: ['locale', 'dictionary'],
    // Each suggestion replaces the word: an editor offers them as quick fixes.
    fixable: true,
    examples: {
      bad: 'I have recieved three promotions for werk on the Postgress ledger.',
      good: 'I have received three promotions for work on the Postgres ledger.'
    }
  },
  check({letter, options, report, job}) {
    const locale = options.locale ?? 'en-GB'
    const {speller, select} = checkerFor(locale, options.dictionary ?? [])
    const posting = job ? postingWords(job.posting) : undefined
    // Nearly every word is known, and never leaves letterWords.
    const words = letterWords(letter, select)
    let names: Set<string> | undefined
    let addresses: Set<string> | undefined
    const misspellings: Misspelling[] = []
    const distinct = new Set<string>()
    const searched = new Set<string>()

    for (const word of words) {
      const {text} = word
      const confusable = confusables.get(text)
      if (confusable) {
        distinct.add(text)
        misspellings.push({word, message: `"${text}" means ${confusable.means}; you probably meant "${confusable.meant}"`, expected: [confusable.meant]})
        continue
      }
      // Acronyms ("SLOs") and names written with a capital inside ("GitHub", "iOS", "PgBouncer").
      const shape = caseShape(text)
      if (shape === 'acronym' || shape === 'mixed') continue
      const {form, possessive} = lookupForm(text)
      if (form.length < 2) continue
      const lower = form.toLowerCase()
      if (posting?.has(lower)) continue
      if (form !== text && speller.isKnown(form)) continue
      // "re-architected", "co-located": the parts of a compound whose solid form is a word.
      if (word.solid && speller.isKnown(word.solid)) continue
      const capital = shape === 'capitalised'
      const verdict = speller.check(form)
      if (verdict.kind === 'known') continue
      if (verdict.kind === 'variant') {
        // A capitalised word mid-sentence is a name ("Lincoln Center"), whatever its spelling.
        if (capital && !word.initial) continue
        report(variantFinding(word, verdict.forms.map((item) => item + possessive), locale))
        continue
      }
      if (isWholeLinkText(letter, word)) continue
      // A word the letter's own addresses hold is the name of a project, a site or a handle.
      addresses ??= addressWords(letter.source)
      if (addresses.has(lower)) continue
      // Past the search budget (a document of gibberish, not a letter), capitalised words are
      // taken for names and misspellings go without suggestions: the run stays linear.
      const searches = searched.size < maxSearches || searched.has(lower)
      if (searches) searched.add(lower)
      if (capital) {
        if (word.greeting || !searches) continue
        names ??= capitalisedMidSentence(letter)
        if (!isTypoNotName(form, word, names, speller)) continue
      }
      distinct.add(lower)
      const suggestions = searches ? speller.suggest(form).map((suggestion) => suggestion.text + possessive) : []
      misspellings.push({word, ...misspeltMessage(text, suggestions)})
    }

    const tooMany = distinct.size > options.max
    for (const {word, message, expected} of misspellings) {
      const finding: Finding = {
        kind: tooMany ? 'over-max' : 'misspelt',
        start: word.start,
        end: word.end,
        message: tooMany ? `${message}. With ${distinct.size} misspelt words (more than ${options.max}) the letter is kept off the shortlist: a panel stops reading at typos` : message
      }
      if (expected.length > 0) finding.expected = expected
      report(finding)
    }
  }
})

/**
 * A capitalised word the dictionaries do not hold is a name (a person, a company, a product)
 * unless it is plainly a typo: a field name misspelt ("Postgress", "Kubernets"), two letters
 * swapped in a known word ("Bnak"), or, first in its sentence and never written as a name
 * elsewhere in the letter, one slip from a known word ("Recieved", "Sucessful"). Each check is a
 * short search: names are common, and most letters have a few.
 */
function isTypoNotName(form: string, word: LetterWord, names: ReadonlySet<string>, speller: Speller): boolean {
  if (speller.isSwapTypo(form)) return true
  if (form.length >= 5 && speller.isNearFieldTerm(form)) return true
  return word.initial && !names.has(form.toLowerCase()) && speller.isSlip(form)
}

/**
 * A Markdown link whose whole text is this one word (`[pgvectorscale](https://...)`, in emphasis
 * or not) names what it links to, a site, a repository or a product, often written run together
 * as its address is: a name, not a misspelling. A link of several words is prose and is read.
 */
function isWholeLinkText(letter: Letter, word: LetterWord): boolean {
  if (letter.format !== 'markdown') return false
  const before = letter.source.slice(Math.max(0, word.start - 4), word.start)
  const after = letter.source.slice(word.end, word.end + 6)
  return /\[[*_]{0,3}$/.test(before) && /^[*_]{0,3}\][([]/.test(after)
}

/** Words the letter capitalises inside a sentence: its names, which it may also start a sentence with. */
function capitalisedMidSentence(letter: Letter): Set<string> {
  const names = new Set<string>()
  for (const word of letterWords(letter)) if (!word.initial && isUpper(word.text, 0)) names.add(lookupForm(word.text).form.toLowerCase())
  return names
}

function misspeltMessage(text: string, expected: string[]): {message: string; expected: string[]} {
  const [first, ...rest] = expected
  if (first === undefined) {
    return {message: `"${text}" is not in the dictionary: check its spelling, or add it to "dictionary" in your config if it is right`, expected}
  }
  // Two alternatives at most in the message; `expected` has them all.
  const others = rest.length > 0 ? ` (or ${rest.slice(0, 2).map((item) => `"${item}"`).join(', ')})` : ''
  return {message: `"${text}" is misspelt: "${first}"${others}`, expected}
}

function variantFinding(word: LetterWord, forms: readonly string[], locale: SpellingLocale): Finding {
  const [own, other] = locale === 'en-GB' ? ['a British', 'American'] : ['an American', 'British']
  const switchTo = locale === 'en-GB' ? 'en-US' : 'en-GB'
  const form = forms[0]
  const message =
    form === undefined
      ? `"${word.text}" is the ${other} spelling, and this is checked as ${own} letter (set "locale": "${switchTo}" in your config to write ${other})`
      : `"${word.text}" is the ${other} spelling: "${form}" in ${own} letter (or set "locale": "${switchTo}" in your config)`
  const finding: Finding = {kind: 'variant', start: word.start, end: word.end, message}
  if (forms.length > 0) finding.expected = [...forms]
  return finding
}
