import {defineRule, type Letter, type LetterSentence, type Token} from '../../src/rule.js'

export interface SentenceLengthOptions {
  /** Words a sentence may have before a panel must read it twice. */
  max: number
}

/**
 * Words after a comma that start a clause of their own, where a long sentence splits into two:
 * "..., which is the same migration", "..., and reduced Sev-1s".
 */
const clauseWords = new Set(['and', 'but', 'so', 'yet', 'which', 'while', 'whereas', 'although', 'though', 'because', 'where', 'when', 'since'])
/** Joining words that start a new clause when a subject follows: "... six years and I have written ...". */
const joiningWords = new Set(['and', 'but', 'so'])
const subjects = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'my', 'our'])
/** Punctuation that already ends a clause: a split there costs only a full stop. */
const clauseMarks = new Set([';', ':', '—', '–'])

/** A place a sentence can be split: after token `after`, with `words` words before it. */
interface SplitPoint {
  after: number
  words: number
}

export default defineRule<SentenceLengthOptions>({
  meta: {
    id: 'sentence-length',
    description: 'A sentence of the body longer than `max` (60) words.',
    reason:
      'A panel gives the letter about 60 seconds, some 240 words at a skim. A sentence of more than 60 words takes a quarter of that minute for one point, and is read twice or skipped; the letters that win carry one claim and its number per sentence.',
    severity: 'warning',
    options: {max: 60},
    schema: {
      type: 'object',
      properties: {
        max: {type: 'integer', minimum: 5, description: 'Most words in one sentence of the body (default 60: a quarter of the 60-second read).'}
      },
      additionalProperties: false
    },
    examples: {
      bad: 'One 75-word sentence that runs the migration, the incident work and the on-call years together with commas and "and".',
      good: 'Three sentences: the migration and its number; the incident work and its number; the on-call years and the uptime.'
    }
  },
  check({letter, options, report}) {
    for (const sentence of letter.sentences) {
      const count = sentence.words.length
      if (count <= options.max || !isProse(letter, sentence)) continue
      const split = splitPoint(sentence)
      const where = split ? `split it after "${lead(letter, sentence, split)}"` : 'split it into two, one claim and its number each'
      report({
        start: sentence.start,
        end: sentence.end,
        message: `This sentence is ${count} words, more than ${options.max}: a panel reads it twice. ${capitalise(where)}.`
      })
    }
  }
})

/**
 * Body prose, as opposed to a list item, a heading, the greeting or the sign-off, or lines
 * without full stops that the parser read as one sentence (a skills list typed line by line).
 */
function isProse(letter: Letter, sentence: LetterSentence): boolean {
  const block = letter.blocks[sentence.block]
  if (!block || (block.role !== 'body' && block.role !== 'postscript') || block.kind !== 'paragraph') return false
  const lines = sentence.tokens.filter((token) => token.kind === 'whitespace' && token.value.includes('\n')).length
  return lines < 3 || sentence.words.length / (lines + 1) >= 8
}

/** The split nearest the middle that leaves a clause of at least eight words on each side. */
function splitPoint(sentence: LetterSentence): SplitPoint | undefined {
  const {tokens} = sentence
  const total = sentence.words.length
  let words = 0
  let best: SplitPoint | undefined
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'word') {
      words++
      continue
    }
    if (!isClauseBreak(tokens, index)) continue
    if (words < 8 || total - words < 8) continue
    if (!best || Math.abs(words - total / 2) < Math.abs(best.words - total / 2)) best = {after: index, words}
  }
  return best
}

function isClauseBreak(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  // The space before "and I ...", "but we ...": the clause before it ends there.
  if (token.kind === 'whitespace') {
    const joining = tokens[index + 1]
    const subject = tokens[index + 3]
    return (
      tokens[index - 1]?.kind === 'word' &&
      joining?.kind === 'word' &&
      joiningWords.has(joining.value.toLowerCase()) &&
      subject?.kind === 'word' &&
      subjects.has(subject.value.toLowerCase())
    )
  }
  if (token.kind === 'punctuation' || token.kind === 'symbol') {
    if (clauseMarks.has(token.value)) return true
    // A hyphen standing alone between spaces is a dash: "... 12 months - moving £40m ...".
    if (token.value === '-' && tokens[index - 1]?.kind === 'whitespace' && tokens[index + 1]?.kind === 'whitespace') return true
    if (token.value === ',') {
      const next = tokens[index + 1]?.kind === 'whitespace' ? tokens[index + 2] : tokens[index + 1]
      if (next?.kind !== 'word' || !clauseWords.has(next.value.toLowerCase())) return false
      // ", and" that closes a list ("funding, resources, and career opportunities") joins items, not clauses.
      return !((next.value.toLowerCase() === 'and' || next.value.toLowerCase() === 'or') && closesList(tokens, index))
    }
  }
  return false
}

/** Whether the comma at `index` has another comma at most three words before it: the end of a list. */
function closesList(tokens: readonly Token[], index: number): boolean {
  let words = 0
  for (let at = index - 1; at >= 0 && words <= 3; at--) {
    const token = tokens[at]!
    if (token.kind === 'word') words++
    else if (token.value === ',') return words > 0
    else if (token.kind !== 'whitespace' && token.value !== '-' && token.value !== "'") return false
  }
  return false
}

/** The last few words before the split, with its mark: "the Python monolith,". */
function lead(letter: Letter, sentence: LetterSentence, split: SplitPoint): string {
  const {tokens} = sentence
  const mark = tokens[split.after]!
  let from = split.after
  let words = 0
  while (from > 0 && words < 4) {
    from--
    if (tokens[from]!.kind === 'word') words++
  }
  // A split at a space ("... six years and I ...") quotes up to the word before it.
  const end = mark.kind === 'whitespace' ? tokens[split.after - 1]!.end : mark.end
  return letter.source.slice(tokens[from]!.start, end).replace(/\s+/g, ' ')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
