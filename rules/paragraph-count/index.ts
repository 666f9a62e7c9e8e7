import {bodySpan, defineRule} from '../../src/rule.js'

export interface ParagraphCountOptions {
  min: number
  max: number
}

export default defineRule<ParagraphCountOptions>({
  meta: {
    id: 'paragraph-count',
    description: 'The body has between `min` (2) and `max` (4) paragraphs; three is the shape that works.',
    reason:
      'The letters that win have three paragraphs: a hook with a number, the evidence, the close. One block of text is not read; six paragraphs are a CV in prose.',
    severity: 'warning',
    options: {min: 2, max: 4},
    schema: {
      type: 'object',
      properties: {
        min: {type: 'integer', minimum: 1, description: 'Fewest body paragraphs.'},
        max: {type: 'integer', minimum: 1, description: 'Most body paragraphs.'}
      },
      additionalProperties: false
    },
    signal: 'concision',
    examples: {
      bad: 'One 300-word paragraph, or seven short ones, one per job.',
      good: 'Paragraph 1: the migration you led and its numbers. Paragraph 2: operations and database evidence. Paragraph 3: why this team, and the close.'
    }
  },
  check({letter, options, report, prove}) {
    // Each group's place among the paragraphs (a Map: a list lookup per block was quadratic in long documents).
    const groups = new Map<number, number>()
    for (const block of letter.body) if (!groups.has(block.group)) groups.set(block.group, groups.size)
    const count = groups.size
    if (count > options.max) {
      const extra = letter.body.filter((block) => groups.get(block.group)! >= options.max)
      report({
        start: extra[0]!.start,
        end: extra.at(-1)!.end,
        actual: null,
        message: `The body has ${count} paragraphs; keep it to ${options.max} at most (three reads best). Merge or cut from paragraph ${options.max + 1} on: one hook, one paragraph of evidence, one close.`
      })
    } else if (count < options.min) {
      report({
        ...bodySpan(letter),
        actual: null,
        message:
          count === 0
            ? `No body paragraphs found: write the letter as ${options.min}-${options.max} paragraphs of prose between the greeting and the sign-off.`
            : `The body is one paragraph; split it into three: the hook with your number, the evidence (operations, databases), and the close.`
      })
    } else {
      prove({text: `${count} paragraph${count === 1 ? '' : 's'}`, at: bodySpan(letter).start})
    }
  }
})
