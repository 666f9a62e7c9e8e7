import type {Range} from '../parse/document.js'
import type {JobMatch} from './types.js'

/**
 * The letter's words, within the given sentences, that answer a concrete item of the posting
 * (one of its key phrases: "the spec mentions rebuilding the payments-reconciliation service").
 * `opening-hook` counts such a reference in the first paragraph as a hook.
 */
export function postingReference(job: JobMatch | undefined, sentences: ReadonlyArray<{index: number}>): Range | undefined {
  if (!job) return undefined
  const indexes = new Set(sentences.map((sentence) => sentence.index))
  const connection = job.covered.find((candidate) => candidate.item.type === 'phrase' && indexes.has(candidate.sentence))
  return connection ? {start: connection.start, end: connection.end} : undefined
}
