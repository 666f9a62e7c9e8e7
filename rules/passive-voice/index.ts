import retextPassive from 'retext-passive'
import {defineRule, quote, sentenceAt, type LetterSentence, type Token} from '../../src/rule.js'
import {onSentencesWithBe} from './be-sentences.js'
import retextRegularPassive from './regular.js'
import data from './verbs.json' with {type: 'json'}

export interface PassiveVoiceOptions {
  /** Participles never to report ("deployed", "built"). */
  ignore: string[]
}

/**
 * Forms of "be" that make a finished event passive. "is", "are" and "be" mostly describe a
 * state or a plan ("is written in Go", "to be considered"); "being" mostly starts a phrase
 * ("being challenged", "Being closely linked to...").
 */
const eventBe = new Set(['was', 'were', 'been'])
/** Words between the subject and "been": "I have also been asked". */
const auxiliaries = new Set([
  'have', 'has', 'had', "'ve", '’ve', "'d", '’d', 'will', 'would', 'also', 'just', 'recently', 'since', 'then', 'not', 'never', 'already',
  'often', 'always', 'once', 'twice', 'sometimes', 'since'
])
const firstPerson = new Set(['i', 'we', "i've", 'i’ve', "we've", 'we’ve', "i'd", 'i’d', "we'd", 'we’d'])
/** After "by", words that start a measure rather than name who did it ("by half", "by a factor of 3", "by about 40%"). */
const measureWords = new Set(['half', 'a', 'an', 'orders', 'around', 'about', 'over', 'up', 'roughly', 'nearly', 'almost', 'more', 'less', 'another'])
const numberWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'fifty', 'hundred', 'several'])
/** What follows a number in a measure ("by 40 ms", "by three times"), as against a doer ("by three teams"). */
const units = new Set([
  'ms', 's', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'percent', 'per', 'cent', 'x', 'times', 'fold', 'points',
  'pp', 'k', 'm', 'bn', 'million', 'billion', 'thousand', 'hundred', 'gb', 'mb', 'tb', 'orders', 'and', 'or', 'to', 'from', 'in', 'on', 'at', 'with', 'while', 'after', 'over', 'across', 'since'
])
/** States, and what others do to the writer or their work ("were commended", "has been published"). */
const states = new Set([...data.states, ...data.received])
/**
 * Words that open the clause of a passive that reports no work: a question being measured or
 * described ("measuring how many particles were deflected", "whether the SLOs were met") and a
 * free relative about someone else's work ("awestruck by what has been achieved").
 */
const noClaim = new Set(['how', 'whether', 'what'])
const pastTense: Readonly<Record<string, string>> = data.pastTense

/**
 * Passive voice where it hides who did the work: "latency was reduced", "the pipeline was built".
 * retext-passive finds "be" with an irregular participle and our own plugin the regular ones.
 * Left alone: the writer as subject ("I was promoted", "which I have often been asked"), a named
 * doer ("was adopted by three teams"), states ("was based in", "is written in Go", "was
 * excited", "was needed"), recognition ("were commended", "has been published"), measured or
 * described outcomes ("how many requests were dropped") and plans ("will be").
 */
export default defineRule<PassiveVoiceOptions>({
  meta: {
    id: 'passive-voice',
    description: 'Passive voice that hides who did the work ("latency was reduced", "the service was rebuilt").',
    reason:
      'A panel credits work to whoever the sentence says did it. "Latency was reduced by 60%" leaves them guessing whether it was you, your team or a vendor; "I reduced latency by 60%" does not.',
    severity: 'info',
    options: {ignore: []},
    schema: {
      type: 'object',
      properties: {
        ignore: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true, description: 'Participles never to report, e.g. ["deployed"].'}
      },
      additionalProperties: false
    },
    examples: {
      bad: 'The checkout service was rebuilt and p99 latency was reduced from 900ms to 140ms.',
      good: 'I rebuilt the checkout service and cut p99 latency from 900ms to 140ms.'
    }
  },
  retext: ({ignore}) => [[onSentencesWithBe(retextPassive), {ignore}], onSentencesWithBe(retextRegularPassive)],
  check({letter, options, retextMessages, report}) {
    const ignored = new Set(options.ignore.map((word) => word.toLowerCase()))
    const seen = new Set<number>()
    for (const {start, end} of retextMessages) {
      const sentence = start === undefined ? undefined : sentenceAt(letter, start)
      if (start === undefined || end === undefined || !sentence || seen.has(start)) continue
      seen.add(start)
      const passive = hiddenDoer(sentence, start, ignored)
      if (!passive) continue
      const words = quote(letter.source, passive.be.start, passive.participle.end)
      const participle = passive.participle.value.toLowerCase()
      const past = pastTense[participle] ?? participle
      report({
        start: passive.be.start,
        end: passive.participle.end,
        actual: words,
        message: `"${words}" does not say who did it: if it was you, say so ("I ${past} ..."); a panel credits the work to whoever the sentence names.`
      })
    }
  }
})

/** The "be" and the participle at `start`, when together they hide who acted. */
function hiddenDoer(sentence: LetterSentence, start: number, ignored: ReadonlySet<string>): {be: Token; participle: Token} | undefined {
  const {words} = sentence
  const at = words.findIndex((word) => word.start === start)
  const participle = words[at]
  if (!participle) return undefined
  const value = participle.value.toLowerCase()
  if (states.has(value) || ignored.has(value)) return undefined
  const beIndex = /ly$/i.test(words[at - 1]?.value ?? '') ? at - 2 : at - 1
  const be = words[beIndex]
  if (!be || !eventBe.has(be.value.toLowerCase())) return undefined
  // The writer as subject: "I was promoted", "we were acquired", "I have also been asked".
  let subject = beIndex - 1
  while (subject >= 0 && (auxiliaries.has(words[subject]!.value.toLowerCase()) || /ly$/i.test(words[subject]!.value))) subject--
  if (subject >= 0 && firstPerson.has(words[subject]!.value.toLowerCase())) return undefined
  if (words.slice(Math.max(0, subject - 2), subject + 1).some((word) => noClaim.has(word.value.toLowerCase()))) return undefined
  // A doer named after "by" ("adopted by three teams"), not a measure ("reduced by 40%").
  if (words[at + 1]?.value.toLowerCase() === 'by' && namesDoer(sentence, words[at + 1]!)) return undefined
  return {be, participle}
}

/** Whether the words after `by` name who did it rather than measure how much. */
function namesDoer(sentence: LetterSentence, by: Token): boolean {
  const {tokens} = sentence
  const after = tokens.filter((token) => token.start > by.start && token.kind !== 'whitespace')
  const first = after[0]
  if (first?.kind !== 'word') return false
  const value = first.value.toLowerCase()
  if (measureWords.has(value)) return false
  if (!/^[\d£$€]/.test(value) && !numberWords.has(value)) return true
  // A number: a doer when a noun follows it ("by 3 teams"), a measure otherwise ("by 40%", "by 40 ms", "by 2x").
  const next = after[1]
  return /^\d+$|^[a-z]+$/.test(value) && next?.kind === 'word' && next.start - first.end <= 1 && !units.has(next.value.toLowerCase())
}
