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
  /** Its place in compile order: which of two phrases found on the same words comes first. */
  order: number
}

/** A state of the matcher: the phrases' words read so far (a node of their trie). */
interface State {
  next: Map<string, number>
  /** The state of the longest proper suffix of these words that is also a phrase's start. */
  fail: number
  /** Phrases that end here. */
  ends: CompiledPhrase[]
  /** The nearest state down the fail links where phrases end (-1: none). */
  output: number
}

/** All phrases of a set of lexicons, as one matcher. Compile once, match many letters. */
export interface CompiledLexicons {
  lexicons: readonly Lexicon[]
  states: readonly State[]
}

const cache = new Map<string, CompiledLexicons>()

/**
 * Compile lexicons into one Aho–Corasick automaton over words. Cached by the lexicon ids, so
 * a batch run compiles once.
 *
 * Why an automaton: matching each phrase from each word compared up to a phrase's length at
 * every word, so one phrase rule of 5,001 words made a long letter take many times longer; the
 * automaton reads each word once, whatever the phrases' lengths and number.
 */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const key = lexicons.map((lexicon) => lexicon.id).join('\n')
  const cached = cache.get(key)
  if (cached?.lexicons.every((lexicon, index) => lexicon === lexicons[index])) return cached
  const states: State[] = [newState()]
  let order = 0
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      for (const phrase of entry.phrases) {
        const parts = phrase.split(/[\s‐‑–-]+/).filter(Boolean)
        if (parts.length === 0) continue
        const keys = parts.map(normalize)
        let state = 0
        for (const word of keys) {
          let next = states[state]!.next.get(word)
          if (next === undefined) {
            next = states.push(newState()) - 1
            states[state]!.next.set(word, next)
          }
          state = next
        }
        states[state]!.ends.push({lexicon, entry, keys, exact: entry.caseSensitive ? parts : undefined, order: order++})
      }
    }
  }
  // Fail and output links, breadth first: a state's links come from its parent's.
  const queue: number[] = [...states[0]!.next.values()]
  for (let head = 0; head < queue.length; head++) {
    const state = states[queue[head]!]!
    for (const [word, child] of state.next) {
      let fail = state.fail
      while (fail > 0 && !states[fail]!.next.has(word)) fail = states[fail]!.fail
      const target = states[fail]!.next.get(word)
      const childState = states[child]!
      childState.fail = target !== undefined && target !== child ? target : 0
      const failState = states[childState.fail]!
      childState.output = failState.ends.length > 0 ? childState.fail : failState.output
      queue.push(child)
    }
  }
  const compiled = {lexicons, states}
  cache.set(key, compiled)
  return compiled
}

function newState(): State {
  return {next: new Map(), fail: 0, ends: [], output: -1}
}

/**
 * Find every phrase of every lexicon in one walk over the sentences' units. Within a lexicon,
 * overlapping matches resolve to the longest, then the earliest ("passionate about" wins
 * over "passionate"). A phrase never spans a break between units (see `Unit.joinsNext`).
 */
export function matchLexicons(unitsBySentence: readonly Unit[][], compiled: CompiledLexicons): Map<string, Match[]> {
  const found = new Map<string, Array<Match & {first: number; order: number}>>()
  for (const lexicon of compiled.lexicons) found.set(lexicon.id, [])
  const {states} = compiled
  unitsBySentence.forEach((units, sentence) => {
    let state = 0
    for (let index = 0; index < units.length; index++) {
      if (index > 0 && !units[index - 1]!.joinsNext) state = 0
      const word = units[index]!.key
      while (state > 0 && !states[state]!.next.has(word)) state = states[state]!.fail
      state = states[state]!.next.get(word) ?? 0
      for (let at = states[state]!.ends.length > 0 ? state : states[state]!.output; at >= 0; at = states[at]!.output) {
        for (const phrase of states[at]!.ends) {
          const first = index - phrase.keys.length + 1
          if (phrase.exact && !phrase.exact.every((part, offset) => units[first + offset]!.text === part)) continue
          if (phrase.lexicon.wholeWords && (!units[first]!.wordStart || !units[index]!.wordEnd)) continue
          found.get(phrase.lexicon.id)!.push({entry: phrase.entry, start: units[first]!.start, end: units[index]!.end, sentence, first, order: phrase.order})
        }
      }
    }
  })
  const result = new Map<string, Match[]>()
  for (const [id, matches] of found) {
    // In the order a walk from each word would find them: by sentence and first word, then by the phrases' order.
    matches.sort((a, b) => a.sentence - b.sentence || a.first - b.first || a.order - b.order)
    result.set(id, longestFirst(matches.map(({first, order, ...match}) => match)))
  }
  return result
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
