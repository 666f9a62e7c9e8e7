import {isLeadingDot, type Sentence} from './tokens.js'

/**
 * Phrase matching over a letter's words: every lexicon of every enabled rule is compiled
 * into one index keyed by first word, and the letter is walked once.
 *
 * Why not nlcst-search: it compares whole nlcst words, so "Go-based" never matches `Go` nor
 * "Postgres-backed" `Postgres`; it is case-insensitive without exception ("Go" the language
 * and "go" the verb look the same to it); and it visits the tree once per call. Here a
 * hyphenated word is matched part by part ("on-call" and "on call" are the same phrase),
 * an entry may ask for its exact capitalisation, and one walk serves every lexicon.
 */

/** One entry of a lexicon: the phrases that mean it, plus whatever data its rule needs. */
export interface LexiconEntry {
  /**
   * Lower-case phrases, words separated by spaces. A hyphen in a phrase matches a hyphen or
   * a space ("on-call" finds "on-call" and "on call"; list "oncall" apart if you want it).
   */
  phrases: readonly string[]
  /** Match the phrase with exactly the capitalisation written (for "Go", "Rust", "EXPLAIN"). */
  caseSensitive?: boolean
}

export interface Lexicon<E extends LexiconEntry = LexiconEntry> {
  /** Unique across the run, e.g. `operations-evidence/terms`. */
  id: string
  entries: readonly E[]
  /**
   * Match whole words only: a phrase must start where a word starts and end where it ends, so
   * "rewriting" is not found in "asset-rewriting" (by default a part of a hyphenated word matches).
   */
  wholeWords?: boolean
}

/** Where an entry of a lexicon was found. Offsets are into the file. */
export interface Match<E extends LexiconEntry = LexiconEntry> {
  entry: E
  start: number
  end: number
  /** Index of the sentence in `Letter.sentences`. */
  sentence: number
}

/** A matching unit: a word, or one part of a hyphenated word ("on-call" is two units). */
export interface Unit {
  /** Lower-case text with typographic apostrophes straightened. */
  key: string
  /** The text as written. */
  text: string
  start: number
  end: number
  /** Whether only white space, a hyphen or a slash stands between this unit and the next. */
  joinsNext: boolean
  /** Whether the unit starts its word ("on" in "on-call"), and whether it ends it ("call"). */
  wordStart: boolean
  wordEnd: boolean
}

/** Inside a word, these join parts that are matched one by one: "on-call", "C/C++", "HTML/CSS". */
const joiner = /[-‐‑–/]/
const attachedSymbol = /^(?:#|\+{1,2})$/

/** Split a sentence's tokens into matching units. */
export function sentenceUnits(sentence: Sentence): Unit[] {
  const units: Unit[] = []
  const {tokens} = sentence
  let broken = false
  let prefix = ''
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const last = units.at(-1)
    if (token.kind === 'word') {
      if (last) last.joinsNext = !broken
      broken = false
      let partStart = token.start
      // A full stop glued to a word ("C." at the end of "Python and C.") is punctuation, not part of the name.
      // Most words end in no full stop and have no hyphen or slash: one unit, without a replace or split.
      const word = token.value.endsWith('.') ? token.value.replace(/(?<=[^.])\.$/, '') : token.value
      const parts = joiner.test(word) ? word.split(joiner) : [word]
      parts.forEach((part, partIndex) => {
        const text = (partIndex === 0 ? prefix : '') + part
        const start = partIndex === 0 ? partStart - prefix.length : partStart
        if (part.length > 0) {
          units.push({key: normalize(text), text, start, end: partStart + part.length, joinsNext: true, wordStart: partIndex === 0, wordEnd: partIndex === parts.length - 1})
        }
        partStart += part.length + 1
      })
      prefix = ''
    } else if (token.kind === 'symbol' && attachedSymbol.test(token.value) && last && last.end === token.start) {
      // C#, C++, F#: the symbol belongs to the name.
      last.key += token.value
      last.text += token.value
      last.end = token.end
    } else if (isLeadingDot(tokens[index - 1], token, tokens[index + 1])) {
      // ".NET", "C#/.NET": a leading dot belongs to the name that follows it.
      prefix = '.'
    } else if (token.kind === 'whitespace') {
      if (token.value.length > 1 && /\n[ \t]*\n/.test(token.value)) broken = true
    } else if (!(token.kind === 'punctuation' && /^[-/‐‑–]$/.test(token.value))) {
      broken = true
    }
  }
  const final = units.at(-1)
  if (final) final.joinsNext = false
  return units
}

export function normalize(word: string): string {
  const lower = word.toLowerCase()
  // Typographic apostrophes are rare: skip the replace (and its new string) without one.
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower
}

interface CompiledPhrase {
  lexicon: Lexicon
  entry: LexiconEntry
  keys: string[]
  /** For case-sensitive entries: the parts exactly as written. */
  exact: string[] | undefined
}

/** All phrases of a set of lexicons, indexed by their first unit. Compile once, match many letters. */
export interface CompiledLexicons {
  lexicons: readonly Lexicon[]
  byFirst: Map<string, CompiledPhrase[]>
}

const cache = new Map<string, CompiledLexicons>()

/** Compile lexicons into one index. Cached by the lexicon ids, so a batch run compiles once. */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const key = lexicons.map((lexicon) => lexicon.id).join('\n')
  const cached = cache.get(key)
  if (cached && cached.lexicons.every((lexicon, index) => lexicon === lexicons[index])) return cached
  const byFirst = new Map<string, CompiledPhrase[]>()
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      for (const phrase of entry.phrases) {
        const parts = phrase.split(/[\s‐‑–-]+/).filter(Boolean)
        if (parts.length === 0) continue
        const keys = parts.map(normalize)
        const compiled: CompiledPhrase = {lexicon, entry, keys, exact: entry.caseSensitive ? parts : undefined}
        const list = byFirst.get(keys[0]!)
        if (list) list.push(compiled)
        else byFirst.set(keys[0]!, [compiled])
      }
    }
  }
  const compiled = {lexicons, byFirst}
  cache.set(key, compiled)
  return compiled
}

/**
 * Find every phrase of every lexicon in one walk over the sentences' units. Within a lexicon,
 * overlapping matches resolve to the longest, then the earliest ("passionate about" wins
 * over "passionate").
 */
export function matchLexicons(unitsBySentence: readonly Unit[][], compiled: CompiledLexicons): Map<string, Match[]> {
  const found = new Map<string, Match[]>()
  for (const lexicon of compiled.lexicons) found.set(lexicon.id, [])
  unitsBySentence.forEach((units, sentence) => {
    for (let index = 0; index < units.length; index++) {
      const candidates = compiled.byFirst.get(units[index]!.key)
      if (!candidates) continue
      for (const phrase of candidates) {
        const end = matchAt(units, index, phrase)
        if (end !== undefined) {
          found.get(phrase.lexicon.id)!.push({entry: phrase.entry, start: units[index]!.start, end, sentence})
        }
      }
    }
  })
  for (const [id, matches] of found) found.set(id, longestFirst(matches))
  return found
}

function matchAt(units: readonly Unit[], index: number, phrase: CompiledPhrase): number | undefined {
  const {keys, exact} = phrase
  if (phrase.lexicon.wholeWords && (!units[index]!.wordStart || !units[index + keys.length - 1]?.wordEnd)) return undefined
  for (let offset = 0; offset < keys.length; offset++) {
    const unit = units[index + offset]
    if (!unit || unit.key !== keys[offset]) return undefined
    if (exact && unit.text !== exact[offset]) return undefined
    if (offset > 0 && !units[index + offset - 1]!.joinsNext) return undefined
  }
  return units[index + keys.length - 1]!.end
}

function longestFirst(matches: Match[]): Match[] {
  if (matches.length < 2) return matches
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Match[] = []
  for (const match of sorted) {
    const previous = kept.at(-1)
    if (previous && match.start < previous.end) continue
    kept.push(match)
  }
  return kept
}
