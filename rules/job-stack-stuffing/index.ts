import {defineRule, isListGap, listing, listRuns, type TechnologyList, type TechnologyMention} from '../../src/rule.js'
import {fileName} from '../job-coverage/index.js'

export interface JobStackStuffingOptions {
  /** The longest run of the posting's technologies a letter may list back in the posting's order. */
  max: number
}

export default defineRule<JobStackStuffingOptions>({
  meta: {
    id: 'job-stack-stuffing',
    description:
      "With a job posting: the letter does not copy back a run of more than `max` (3) technologies from the posting's list, in the posting's order.",
    reason:
      "Reciting the spec's stack (\"Go, PostgreSQL, Kafka, Kubernetes, AWS and Terraform\") is keyword stuffing: an ATS may count it, a panel reads it as no depth. One technology tied to what you built with it says more than the whole list.",
    severity: 'warning',
    options: {max: 3},
    schema: {
      type: 'object',
      properties: {
        max: {type: 'integer', minimum: 1, description: "Most of the posting's technologies one list in the letter may repeat in order."}
      },
      additionalProperties: false
    },
    examples: {
      bad: 'Posting: "Our stack: Go, PostgreSQL, Kafka, Kubernetes, AWS." Letter: "I am experienced in Go, PostgreSQL, Kafka, Kubernetes and AWS."',
      good: 'Letter: "I moved our ledger writes onto Kafka, which took p99 from 480ms to 95ms."'
    }
  },
  check({letter, job, options, report}) {
    if (!job) return
    // Runs the letter lists one after another within a sentence, joined the strict way (", ", " and ").
    for (const run of listRuns(letter.technologies, letter.source, isListGap)) {
      const copy = longestCopy(run, job.posting.lists)
      if (!copy || copy.length <= options.max) continue
      const names = copy.mentions.map((mention) => mention.name)
      const place = copy.list.place
      report({
        start: copy.mentions[0]!.start,
        end: copy.mentions.at(-1)!.end,
        message: `This lists ${names.length} technologies of the posting's stack back in its order (${listing(names)}; ${fileName(job.posting.path)} ${place.line}:${place.column}): it reads as keyword stuffing, not depth. Keep the one or two you know best and tie each to something you built with it.`,
        expected: names.slice(0, 2)
      })
    }
  }
})

/**
 * The longest stretch of a letter's run whose technologies all appear in one posting list in
 * the same order (the posting may have more between them: skipping one item is still copying).
 */
function longestCopy(run: readonly TechnologyMention[], lists: readonly TechnologyList[]): {mentions: TechnologyMention[]; list: TechnologyList; length: number} | undefined {
  let best: {mentions: TechnologyMention[]; list: TechnologyList; length: number} | undefined
  for (const list of lists) {
    for (let from = 0; from < run.length; from++) {
      let at = -1
      let to = from
      while (to < run.length) {
        const next = list.names.indexOf(run[to]!.name, at + 1)
        if (next < 0) break
        at = next
        to++
      }
      if (!best || to - from > best.length) best = {mentions: run.slice(from, to), list, length: to - from}
    }
  }
  return best && best.length > 0 ? best : undefined
}
