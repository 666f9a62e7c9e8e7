import {defineRule, listing, listRuns, unique, type TechnologyMention} from '../../src/rule.js'

export interface NoLanguageListOptions {
  /** Most languages and frameworks one sentence may name. */
  max: number
  /** Most distinct programming languages the whole letter may name. */
  maxDistinct: number
}

/** What counts towards a list: languages, frameworks and markup, not databases or cloud. */
const listKinds = new Set<TechnologyMention['kind']>(['language', 'framework', 'markup'])

/** The items of a list as a reader counts them: "C/C++" and "HTML/CSS" are one item each. */
function listItems(run: readonly TechnologyMention[], source: string): string[] {
  const items: string[] = []
  run.forEach((mention, index) => {
    const previous = run[index - 1]
    if (previous && source.slice(previous.end, mention.start) === '/') items[items.length - 1] += `/${mention.name}`
    else items.push(mention.name)
  })
  return items
}

export default defineRule<NoLanguageListOptions>({
  meta: {
    id: 'no-language-list',
    description:
      'No sentence lists more than `max` (3) languages and frameworks, and the letter names at most `maxDistinct` (4) programming languages.',
    reason:
      'Listing every language ("Go, Rust, Java, Kotlin, Scala, Python...") reads as breadth without depth. UK senior panels want depth on two, tied to what you built with them.',
    severity: {list: 'error', letter: 'warning'},
    options: {max: 3, maxDistinct: 4},
    schema: {
      type: 'object',
      properties: {
        max: {type: 'integer', minimum: 1, description: 'Most languages and frameworks in one sentence.'},
        maxDistinct: {type: 'integer', minimum: 1, description: 'Most distinct programming languages in the letter.'}
      },
      additionalProperties: false
    },
    examples: {
      bad: 'I am fluent in Go, Rust, Java, Kotlin, Scala, Python and TypeScript.',
      good: 'I write Go day to day; the settlement engine I rewrote in it handles 9,000 writes/s.'
    }
  },
  check({letter, options, report}) {
    const mentions = letter.technologies.filter((mention) => listKinds.has(mention.kind))
    let listed = false
    for (const run of listRuns(mentions, letter.source)) {
      const names = unique(listItems(run, letter.source))
      if (names.length <= options.max) continue
      listed = true
      report({
        kind: 'list',
        start: run[0]!.start,
        end: run.at(-1)!.end,
        message: `This sentence lists ${names.length} languages and frameworks (${listing(names)}): a panel wants depth on two. Keep the ones this role uses and tie each to something you built with it.`,
        expected: names.slice(0, 2)
      })
    }
    if (listed) return
    const languages = letter.technologies.filter((mention) => mention.kind === 'language')
    const distinct = unique(languages.map((mention) => mention.name))
    if (distinct.length <= options.maxDistinct) return
    const overflow = languages.find((mention) => mention.name === distinct[options.maxDistinct])!
    report({
      kind: 'letter',
      start: overflow.start,
      end: overflow.end,
      message: `"${overflow.name}" is programming language number ${options.maxDistinct + 1} in this letter (${listing(distinct)}): name the two this role needs and show depth in them.`
    })
  }
})
