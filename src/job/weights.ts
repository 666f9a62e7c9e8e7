import type {PostingSection} from './types.js'

/**
 * How much a mention weighs by where the posting puts it. What the role does and the title
 * weigh most; requirements next; "nice to have" and "about us" least. The weights order the
 * missing items a report lists and decide which key phrases are kept.
 */
export const sectionWeights: Readonly<Record<PostingSection, number>> = {
  title: 3,
  role: 3,
  requirements: 2,
  intro: 1.5,
  stack: 1.5,
  other: 1,
  bonus: 0.5,
  company: 0.5
}

/** Sort items most stressed first; ties keep the posting's order. */
export function byStress<T extends {weight: number; mentions: ReadonlyArray<{start: number}>}>(a: T, b: T): number {
  return b.weight - a.weight || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)
}
