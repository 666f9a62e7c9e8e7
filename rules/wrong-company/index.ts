import {bodySpan, defineRule, findNames, nameKey, nameTokens, quote, slugKey, type CompanyContext, type Letter, type LetterCompany, type NameToken, type SearchName} from '../../src/rule.js'
import {countWhile} from '../../src/util/bisect.js'
import {RangeSet} from '../../src/util/ranges.js'

/**
 * Words that make a company's name the name of a thing it sells, which a letter to anyone may
 * name: "the OpenAI APIs", "Google Cloud". A possessive ("Globex's APIs") is still the company.
 */
const productWords = new Set(['api', 'apis', 'sdk', 'sdks', 'cloud'])

export default defineRule({
  meta: {
    id: 'wrong-company',
    description:
      "A letter names the company it is for, and no other company the repository knows (another application's company, a posting's, your `companies` list).",
    reason:
      'A letter to one company that thanks another, copied from the last application, is read as fifty letters sent unread: the panel stops there. It is the one mistake no strength elsewhere in the letter makes up for.',
    severity: {wrong: 'error', missing: 'warning'},
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    examples: {
      bad: 'In the letter for Acme Payments: "I would be glad to bring that experience to Globex Logistics."',
      good: 'In the letter for Acme Payments: "I would be glad to bring that experience to the Acme Payments ledger team."'
    }
  },
  check({letter, company, report}) {
    if (!company) return
    const {others} = company
    const own = nameKey(company.company.name)
    // The letter's own company in any case; its first word alone as a name ("Northlight's
    // assistant" for Northlight Health). Other companies: a name of one word, or one known only
    // from a folder, where the letter writes it as a name ("Bolt", not "bolt on").
    const names: SearchName[] = [
      {key: own, capitalised: false},
      ...(own.length > 1 ? [{key: own.slice(0, 1), capitalised: true}] : []),
      ...others.map((other) => {
        const key = other.fromFolder ? slugKey(other.name) : nameKey(other.name)
        return {key, capitalised: other.fromFolder === true || key.length === 1}
      })
    ]
    const firstOther = own.length > 1 ? 2 : 1
    const tokens = proseTokens(letter)
    const matches = findNames(tokens, names)
    const ownMatch = matches.find((match) => match.name < firstOther)
    const named = ownMatch && quote(letter.source, ownMatch.start, ownMatch.end)
    for (const match of matches) {
      if (match.name < firstOther || namesProduct(letter.source, tokens, match.end)) continue
      const words = quote(letter.source, match.start, match.end)
      const other = others[match.name - firstOther]!
      report({
        kind: 'wrong',
        start: match.start,
        end: match.end,
        message: `This letter is for ${company.company.name}, but here it names ${words}, ${other.source}: a line copied from another letter? Write ${company.company.name} here, or cut it.`,
        expected: [displayName(company, named)]
      })
    }
    // The company named nowhere, when something other than a folder name says which it is.
    if (named === undefined && company.company.via !== 'folder') {
      report({
        kind: 'missing',
        ...bodySpan(letter),
        actual: null,
        message: `The letter never names ${company.company.name}, the company it is for (${knownFrom(company.company)}): say why ${company.company.name}, with something specific from its posting or product.`,
        expected: [company.company.name]
      })
    }
  }
})

/**
 * The words of every block of prose, address and signature included (a subject line or a
 * sign-off can carry the wrong name too), less inline code and comments, which are not prose.
 */
function proseTokens(letter: Letter): NameToken[] {
  const skip = new RangeSet([
    ...letter.blocks.flatMap((block) => block.sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'source'))),
    ...letter.comments
  ])
  return letter.sourceBlocks.flatMap((block) =>
    nameTokens(letter.source.slice(block.start, block.end), block.start).filter((token) => !skip.overlaps(token.start, token.end))
  )
}

/** Whether the name ending at `end` is followed, after a space or a line break, by a product word ("OpenAI APIs", "Google Cloud"). */
function namesProduct(source: string, tokens: readonly NameToken[], end: number): boolean {
  const next = tokens[countWhile(tokens.length, (index) => tokens[index]!.start < end)]
  if (!next || !/^(?:[ \t]+|[ \t]*\r?\n[ \t]*)$/.test(source.slice(end, next.start))) return false
  return productWords.has(next.key) && (next.capitalised || next.key !== 'cloud')
}

/** The name to write instead: as known, or, when only a folder name says it, as the letter itself spells it. */
function displayName(company: CompanyContext, named: string | undefined): string {
  return company.company.via === 'folder' && named !== undefined && nameKey(named).length >= nameKey(company.company.name).length ? named : company.company.name
}

/** Where the letter's company was read, for the "never names it" message (never a folder: see check). */
function knownFrom(company: LetterCompany): string {
  switch (company.via) {
    case 'front-matter':
      return "the letter's front matter says so"
    case 'config':
      return `"company" in ${company.source ?? 'the config'}`
    default:
      return company.source ? `the posting ${company.source} names it` : 'its posting names it'
  }
}
