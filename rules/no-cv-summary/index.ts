import {defineRule, distance, listRuns, offsetToText, quote, shortQuote, technologiesIn, textToOffset, type Block, type Lexicon, type LexiconEntry, type Match} from '../../src/rule.js'
import data from './phrases.json' with {type: 'json'}

const duties: Lexicon<LexiconEntry> = {id: 'no-cv-summary/duties', entries: data.duties.map((phrase) => ({phrases: [phrase]}))}
const inventories: Lexicon<LexiconEntry> = {
  id: 'no-cv-summary/inventories',
  entries: data.inventories.map((phrase) => ({phrases: [phrase]}))
}

const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
/** "2019-2022", "2019 – present", "Jan 2020 to Mar 2022", "03/2019 - 06/2021": CV chronology. */
const dateRange = new RegExp(
  String.raw`\b(?:${month}\s+)?(?:\d{1,2}/)?(?:19|20)\d{2}\s*(?:-|–|—|to|until)\s*(?:(?:${month}\s+)?(?:\d{1,2}/)?(?:19|20)\d{2}|present|now|current|today|date)\b`,
  'gi'
)

/** "Java, Python, SQL and AWS": a comma-separated list of three or more items of a few words each. */
function isShortList(text: string): boolean {
  if (!text.includes(',')) return false
  const items = text.split(/,|;|\band\b|\bor\b|&/).map((item) => item.trim()).filter(Boolean)
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 4)
}

/** How far after "proficient in" a list may start and still be the thing it introduces. */
const listReach = 90

export default defineRule({
  meta: {
    id: 'no-cv-summary',
    description: 'The letter does not read like a CV in paragraph form: no "Responsible for..." duties, skills inventories, bullet lists or date ranges.',
    reason:
      'The letters that get binned read like a CV summary in paragraph form. The CV already has the chronology and the skills list; the letter is for the one or two stories that prove depth.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    lexicons: [duties, inventories],
    examples: {
      bad: 'Senior Engineer, Acme (2019-2023). Responsible for backend services. Proficient in Java, Python, SQL and AWS.',
      good: 'At Acme I rebuilt the settlement service that now clears £40m a month, and ran its on-call rota for three years.'
    }
  },
  check({letter, report}) {
    for (const match of letter.matches(duties)) {
      const phrase = quote(letter.source, match.start, match.end)
      report({
        start: match.start,
        end: match.end,
        message: `"${phrase}" is how a CV describes a job: say what you did and what changed because of it, with a number.`
      })
    }

    // One inventory per sentence: the phrase nearest to the list it introduces.
    // By sentence (a Map, not a list searched per match: long documents made that quadratic).
    const inventoryFindings = new Map<number, {match: Match; gap: number; end: number}>()
    for (const match of letter.matches(inventories)) {
      const sentence = letter.sentences[match.sentence]!
      const after = sentence.text.slice(offsetToText(sentence, match.end)).replace(/[.!?]+\s*$/, '')
      const following = technologiesIn(letter, match.sentence).filter((mention) => mention.start >= match.end)
      // The list the phrase introduces: the run of technologies that starts after it.
      const items = listRuns(following, letter.source)[0] ?? []
      const listed = items.length >= 3 && distance(letter.source, match.end, items[0]!.start) <= listReach
      if (!listed && !isShortList(after)) continue
      const gap = listed ? distance(letter.source, match.end, items[0]!.start) : 0
      const previous = inventoryFindings.get(match.sentence)
      if (previous && previous.gap <= gap) continue
      // Deleted first, so that a replacement is reported in the order it was found.
      inventoryFindings.delete(match.sentence)
      const lastWord = sentence.words.at(-1)?.end ?? sentence.end
      inventoryFindings.set(match.sentence, {match, gap, end: Math.max(listed ? items.at(-1)!.end : lastWord, match.end)})
    }
    for (const {match, end} of inventoryFindings.values()) {
      const phrase = quote(letter.source, match.start, match.end)
      report({
        start: match.start,
        end,
        message: `"${phrase}" followed by a list is a skills inventory, which the CV already has: pick the one skill this role needs most and show it in use.`
      })
    }

    // Body blocks by group, in one pass (a filter per list was quadratic in long documents).
    const groups = new Map<number, Block[]>()
    for (const block of letter.body) {
      const members = groups.get(block.group)
      if (members) members.push(block)
      else groups.set(block.group, [block])
    }
    const lists = new Set<number>()
    for (const block of letter.body) {
      if (block.kind !== 'list-item' || lists.has(block.group)) continue
      lists.add(block.group)
      const items = groups.get(block.group)!
      report({
        start: block.start,
        end: items.at(-1)!.end,
        actual: null,
        message: `A bulleted list of ${items.length} item${items.length === 1 ? '' : 's'} (from "${shortQuote(block.sentences[0]?.text ?? '', 30)}") reads as the CV again: turn the strongest item into a sentence with its number and drop the rest.`
      })
    }

    for (const sentence of letter.sentences) {
      for (const match of sentence.text.matchAll(dateRange)) {
        report({
          start: textToOffset(sentence, match.index),
          end: textToOffset(sentence, match.index + match[0].length, true),
          message: `"${match[0]}" is CV chronology: the CV carries the dates; use the letter for what you built and what it changed.`
        })
      }
    }
  }
})
