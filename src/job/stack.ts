import {withoutAside} from '../letter/technologies.js'
import type {TechnologyMention} from '../letter/types.js'
import {stripEnds} from '../util/strip-ends.js'
import type {PostingDocument} from './document.js'
import type {PostingItem} from './types.js'
import {byStress, sectionWeights} from './weights.js'

/**
 * The posting's stack: every technology it names, from the same lexicon and the same matcher
 * the letter's rules use (so "Postgres" and "PostgreSQL", "k8s" and "Kubernetes", "Golang" and
 * "Go" are one item, and "Go" is never found inside "Google"), weighed by where it is named.
 */
export function extractStack(document: PostingDocument, mentions: readonly TechnologyMention[]): PostingItem[] {
  const items = new Map<string, PostingItem>()
  const either = alternatives(document, mentions)
  for (const mention of mentions) {
    const place = document.place(mention.start, mention.end)
    const weight = sectionWeights[document.sectionAt(mention.start)]
    const item = items.get(mention.name)
    if (item) {
      item.weight += weight
      item.mentions.push(place)
    } else {
      items.set(mention.name, {name: mention.name, type: 'technology', kind: mention.kind, weight, mentions: [place]})
    }
  }
  for (const item of items.values()) {
    const others = either.get(item.name)
    if (others) item.alternatives = [...others]
  }
  return [...items.values()].sort(byStress)
}

/**
 * Technologies the posting offers as a choice: two joined by "or", with any joined to the first
 * by commas alone ("Java or Kotlin and Spring Boot", "Python, Go or Rust"), in one sentence. By
 * name, the others each one stands for.
 */
function alternatives(document: PostingDocument, mentions: readonly TechnologyMention[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  const choose = (group: readonly TechnologyMention[]): void => {
    for (const mention of group) {
      const others = out.get(mention.name) ?? new Set<string>()
      for (const other of group) if (other.name !== mention.name) others.add(other.name)
      out.set(mention.name, others)
    }
  }
  for (let index = 1; index < mentions.length; index++) {
    const gap = (at: number): string => document.source.slice(mentions[at - 1]!.end, mentions[at]!.start)
    const together = (at: number): boolean => mentions[at - 1]!.sentence === mentions[at]!.sentence && isListGap(gap(at))
    if (!together(index) || !/\bor\b/i.test(gap(index))) continue
    let first = index - 1
    while (first > 0 && together(first) && /^\s*,\s*$/.test(gap(first))) first--
    choose(mentions.slice(first, index + 1))
  }
  return out
}

/**
 * Separators inside a posting's list of technologies: commas, slashes, "and", bullets across lines,
 * after an item's version or aside ("Go (3+ years), PostgreSQL").
 * The characters are stripped by loops, not matched by two `[...]*` runs around the word, which
 * backtrack quadratically on a long run of them (see src/util/strip-ends.ts).
 */
const separatorCharacter = /[\s,;/&+·|•*-]/
const joiningWord = /^(?:and|or|as well as|plus)?$/i
const isListGap = (gap: string): boolean => joiningWord.test(stripEnds(withoutAside(gap), separatorCharacter))

/**
 * Runs of technologies the posting lists one after another ("Go, PostgreSQL, Kafka, Kubernetes",
 * or one per bullet), as canonical names in order. Used to tell a letter that copies the list.
 */
export function technologyRuns(document: PostingDocument, mentions: readonly TechnologyMention[]): Array<{names: string[]; start: number; end: number}> {
  const runs: Array<{names: string[]; start: number; end: number}> = []
  let current: {names: string[]; start: number; end: number} | undefined
  for (const mention of mentions) {
    if (current && isListGap(document.source.slice(current.end, mention.start))) {
      current.names.push(mention.name)
      current.end = mention.end
      continue
    }
    current = {names: [mention.name], start: mention.start, end: mention.end}
    runs.push(current)
  }
  return runs.filter((run) => run.names.length > 1)
}
