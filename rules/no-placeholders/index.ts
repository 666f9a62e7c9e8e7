import {defineRule} from '../../src/rule.js'
import {RangeSet} from '../../src/util/ranges.js'
import data from './patterns.json' with {type: 'json'}

const htmlTags = new Set(data.htmlTags)
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The shapes of an unfilled field. Each is one fixed pattern; nothing here comes from config. */
const patterns: Array<{pattern: RegExp; keep?: (match: RegExpMatchArray, source: string, end: number) => boolean}> = [
  // [Company], [Hiring Manager / Hiring Partner]; not [text](url), [text][ref], [^1], [1], [x].
  {
    pattern: /\[(?!\^)([^[\]\n]{1,80})\]/g,
    keep: (match, source, end) => /\p{L}{2}/u.test(match[1]!) && !/^(?:sic|x|citation needed)$/i.test(match[1]!.trim()) && !/^[([:]/.test(source.charAt(end))
  },
  // <Company>, <Hiring Manager>, <..>; not <br>, <https://...>, <me@example.com>.
  {
    pattern: /<([^<>\n]{1,60})>/g,
    keep: (match) => {
      const inner = match[1]!.trim()
      if (/[:@/="]/.test(inner) || inner.startsWith('!')) return false
      return !htmlTags.has(inner.split(/\s+/)[0]!.toLowerCase())
    }
  },
  {pattern: /\{\{[^{}\n]{1,40}\}\}|\$\{[^{}\n]{1,40}\}|%[A-Z][A-Z_]{2,30}%/g},
  {pattern: /\bX{3,}\b|\bTODO\b|\bTBD\b|\bFIXME\b|\b[Ll]orem ipsum\b|\(?#{3}\)?[\s-]*#{3}[\s-]*#{4}/g},
  {pattern: new RegExp(String.raw`\b(?:${data.fields.map(escapeRegExp).join('|')})\b`, 'g')}
]

function advice(field: string): string {
  if (/compan|organi[sz]ation|employer|firm|business/i.test(field)) return "put the company's name here"
  if (/hiring|manager|recipient|contact|partner/i.test(field)) return "put the hiring manager's name here"
  if (/your name/i.test(field)) return 'sign with your own name'
  if (/name/i.test(field)) return 'put the name in'
  if (/position|role|title|job/i.test(field)) return 'put the exact job title from the posting here'
  if (/address|phone|e-?mail|date/i.test(field)) return 'fill in the real details'
  return 'fill it in or delete it'
}

export default defineRule({
  meta: {
    id: 'no-placeholders',
    description: 'No unfilled template fields: [Company], [Your Name], <Company>, {{company}}, XXX, TODO, lorem ipsum.',
    reason:
      'A letter that still says [Company] tells the panel it was sent to fifty companies unread. It is the one mistake that ends a read on the first line.',
    severity: 'error',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    examples: {
      bad: 'Dear [Hiring Manager], I am excited to apply to [Company].',
      good: 'Dear Priya Shah, the spec for the Ledger team mentions rebuilding reconciliation...'
    }
  },
  check({letter, report}) {
    const {source} = letter
    // Inline code and comments are not prose: a `{{company}}` in backticks is an example, not a gap.
    const skip = new RangeSet([
      ...letter.blocks.flatMap((block) => block.sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'source'))),
      ...letter.comments
    ])
    // Sets that answer overlap by bisection: lists checked with some() were quadratic.
    const reported = new RangeSet()
    const scan = (start: number, end: number): void => {
      const text = source.slice(start, end)
      for (const {pattern, keep} of patterns) {
        for (const match of text.matchAll(pattern)) {
          const from = start + match.index
          const to = from + match[0].length
          if (reported.overlaps(from, to) || skip.overlaps(from, to)) continue
          if (keep && !keep(match, source, to)) continue
          reported.add(from, to)
          report({
            start: from,
            end: to,
            message: `"${match[0]}" is an unfilled template field: ${advice(match[0])} before sending.`
          })
        }
      }
    }
    for (const block of letter.sourceBlocks) scan(block.start, block.end)
    for (const range of letter.html) scan(range.start, range.end)
  }
})
