import {bodySpan, defineRule, type Posting, type PostingItem} from '../../src/rule.js'

export interface JobCoverageOptions {
  /** How many of the most stressed items the letter leaves out are reported. */
  maxMissing: number
}

export default defineRule<JobCoverageOptions>({
  meta: {
    id: 'job-coverage',
    description:
      'With a job posting: the letter connects to the technologies and key phrases the posting stresses; the `maxMissing` (3) most stressed ones it leaves out are reported.',
    reason:
      'The panel reads the letter beside the spec it wrote. The letters that win name something specific from it ("the spec mentions rebuilding the payments-reconciliation service") and mention technologies where they connect to the stack; a letter that could have been sent to any company answers none of it.',
    severity: 'warning',
    options: {maxMissing: 3},
    schema: {
      type: 'object',
      properties: {
        maxMissing: {type: 'integer', minimum: 0, description: 'Most missing items reported, the most stressed first.'}
      },
      additionalProperties: false
    },
    examples: {
      bad: 'Posting: "Rebuild the payments-reconciliation service on PostgreSQL." Letter: "I have built many web applications with React."',
      good: 'Letter: "Your spec mentions rebuilding payments reconciliation: I moved ours off a Python monolith onto PostgreSQL and Go, cutting matching from 40 minutes to 90 seconds."'
    }
  },
  check({letter, job, options, report}) {
    if (!job) return
    const {posting} = job
    const span = bodySpan(letter)
    if (posting.stack.length === 0 && posting.phrases.length === 0) {
      report({
        ...span,
        actual: null,
        message: `Nothing could be extracted from the posting ${fileName(posting.path)}: it names no technology and no responsibility cover-lint recognises, so the letter cannot be checked against it. Is it the job description itself?`
      })
      return
    }
    for (const item of job.missing.slice(0, options.maxMissing)) {
      report({...span, actual: null, message: missingMessage(item, posting), expected: [item.name]})
    }
  }
})

/** The posting's file name: messages stand alone (SARIF, annotations), the report header has the path. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function missingMessage(item: PostingItem, posting: Posting): string {
  const first = item.mentions[0]!
  const where = `${fileName(posting.path)} ${first.line}:${first.column}${item.mentions.length > 1 ? `, ${item.mentions.length} mentions` : ''}`
  return item.type === 'technology'
    ? `The posting asks for ${item.name} (${where}) and the letter never names it: if you have used it, say what you built or ran with it and a number; if not, connect the closest thing you have done.`
    : `The posting stresses "${item.name}" (${where}) and the letter never connects to it: if you have done that work, name it and its number, in the posting's words.`
}
