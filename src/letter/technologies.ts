import {stripEnds} from '../util/strip-ends.js'
import data from './data/technologies.json' with {type: 'json'}
import type {Lexicon, LexiconEntry, Match} from './lexicon.js'
import type {LetterSentence, TechnologyKind, TechnologyMention} from './types.js'

export interface TechnologyEntry extends LexiconEntry {
  name: string
  kind: TechnologyKind
  /** Only a technology beside another one: "C" in "Java, C and Go", not in "a C grade". */
  listOnly?: boolean
}

export const technologies: Lexicon<TechnologyEntry> = {
  id: 'technologies',
  entries: data.technologies as TechnologyEntry[]
}

/**
 * Separators inside a list of technologies: "Go, Rust and C", "C/C++", "Java & Kotlin", after
 * an item's version or aside in brackets ("Java (2019), Go"; see `withoutAside`). Tested on
 * the gap with its white space trimmed: with `\s*` at both ends as well, the three optional runs
 * of white space backtrack polynomially on a long gap of spaces (a hostile letter hung).
 */
const listGap = /^[,/&+;]?\s*(?:and|or|as well as)?$/i
export const isListGap = (gap: string): boolean => listGap.test(withoutAside(gap).trim())

/** Longest aside in brackets an item of a list may carry: "(five years)", "(2019-2022, at Acme)". */
const maxAside = 40
const version = /^v?\d+(?:\.\d+)*\+?(?![\w.])/

/**
 * The gap after an item without what belongs to the item: its version ("Java 17, Go 1.22 and
 * Rust") and a short aside in brackets ("Java (2019), Go (five years), Python (three)"), so
 * neither ends a list. Only at the start of the gap, which is where they follow the item.
 */
export function withoutAside(gap: string): string {
  let text = gap.trimStart()
  const number = version.exec(text)
  if (number) text = text.slice(number[0].length).trimStart()
  if (text.startsWith('(')) {
    const close = text.indexOf(')', 1)
    if (close > 0 && close <= maxAside && !text.slice(1, close).includes('(')) text = text.slice(close + 1)
  }
  return text
}

/**
 * What may stand between two items of a list: "Go, Rust and C", "C/C++", "Python (Django), Java",
 * "**Go**, **Rust**": separator characters around at most one joining word. The characters are
 * stripped by loops (see stripEnds) rather than matched by two `[...]*` runs, which backtrack
 * quadratically on a long gap.
 */
const separatorCharacter = /[\s,/&+;()*_`]/
const joiningWord = /^(?:and|or|as well as|plus)?$/i
const isListSeparator = (gap: string): boolean => joiningWord.test(stripEnds(withoutAside(gap), separatorCharacter))

/**
 * Mentions that follow one another as a list ("Go, Rust and Java"), within a sentence, in order.
 * `isGap` decides what may stand between two items: by default separators and markup around one
 * joining word; `isListGap` is the strict form (one separator, an optional "and").
 */
export function listRuns(mentions: readonly TechnologyMention[], source: string, isGap: (gap: string) => boolean = isListSeparator): TechnologyMention[][] {
  const runs: TechnologyMention[][] = []
  for (const mention of mentions) {
    const run = runs.at(-1)
    const previous = run?.at(-1)
    if (run && previous && previous.sentence === mention.sentence && isGap(source.slice(previous.end, mention.start))) run.push(mention)
    else runs.push([mention])
  }
  return runs
}

/** Turn lexicon matches into mentions, dropping list-only names that stand alone. */
export function technologyMentions(matches: readonly Match[], sentences: readonly LetterSentence[], source: string): TechnologyMention[] {
  const mentions: TechnologyMention[] = []
  matches.forEach((match, index) => {
    const entry = match.entry as TechnologyEntry
    if (entry.listOnly) {
      const previous = matches[index - 1]
      const next = matches[index + 1]
      const besidePrevious = previous?.sentence === match.sentence && isListGap(source.slice(previous.end, match.start))
      const besideNext = next?.sentence === match.sentence && isListGap(source.slice(match.end, next.start))
      if (!besidePrevious && !besideNext) return
    }
    if (!sentences[match.sentence]) return
    mentions.push({name: entry.name, kind: entry.kind, start: match.start, end: match.end, sentence: match.sentence})
  })
  return mentions
}
