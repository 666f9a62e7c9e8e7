import type {Lexicon, LexiconEntry, Match} from '../letter/lexicon.js'
import {sentenceQuantities} from '../letter/quantities.js'
import {textToOffset} from '../letter/tokens.js'
import seniorityData from './data/seniority.json' with {type: 'json'}
import signalData from './data/signals.json' with {type: 'json'}
import type {PostingDocument} from './document.js'
import type {PostingPlace, PostingSignal, PostingSignalId, Salary, Seniority, SeniorityLevel} from './types.js'

/** The level, the pay and the themes a posting states. */

export interface SeniorityEntry extends LexiconEntry {
  level: SeniorityLevel
}

export interface SignalEntry extends LexiconEntry {
  signal: PostingSignalId
}

export const seniorityLexicon: Lexicon<SeniorityEntry> = {
  id: 'job/seniority',
  entries: seniorityData.levels.map((level) => ({level: level.level as SeniorityLevel, phrases: level.phrases}))
}

export const signalLexicon: Lexicon<SignalEntry> = {
  id: 'job/signals',
  entries: signalData.signals.map((entry) => ({signal: entry.signal as PostingSignalId, phrases: entry.phrases}))
}

export const signalLabels = signalData.labels as Record<PostingSignalId, string>
const signalOrder = Object.keys(signalData.labels) as PostingSignalId[]

/** The level the title (or, failing that, the lines under it) states: "Senior", "Graduate", "Staff Engineer". */
export function extractSeniority(document: PostingDocument, matches: readonly Match[]): Seniority | undefined {
  const inTitle = matches.find((match) => document.sectionAt(match.start) === 'title')
  const match = inTitle ?? matches.find((match) => document.sectionAt(match.start) === 'intro')
  if (!match) return undefined
  return {level: (match.entry as SeniorityEntry).level, place: document.place(match.start, match.end)}
}

const amount = String.raw`[£$€]\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,]?\d)|[£$€]\s?\d+(?:\.\d+)?\s?[kK]?(?!\w|\.\d)`
const bare = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[kK]?`
const period = String.raw`\s*(?:(per annum|p\.?\s?a\.?|a year|per year|annually|\/\s?(?:year|yr|annum))|(per day|a day|\/\s?day|day rate)|(per hour|an hour|\/\s?(?:hour|hr)))`
const cue = 'up to|salary:?|paying|pays|base(?: salary)?(?: of)?|OTE|package(?: of)?|(?:day )?rate:?|compensation:?'
const salaryPattern = new RegExp(String.raw`(?:\b(${cue})\s*)?(?:(${amount})\s*(?:-|–|—|to)\s*(${amount}|${bare})|(${amount}))(?:${period})?`, 'gi')

const currencies = {'£': 'GBP', $: 'USD', '€': 'EUR'} as const

function value(text: string): number {
  const figure = Number.parseFloat(text.replace(/[£$€,\s]/g, ''))
  return /k$/i.test(text.trim()) ? figure * 1000 : figure
}

/**
 * The pay band when the posting states one: a range ("£95,000–£115,000", "£120k - £145k",
 * "£40-50k") or a labelled figure ("up to £120k", "Salary: £60,000"), per year unless it says
 * per day or per hour. Company figures ("£1.2bn a year", "a £1,000 learning budget") are not pay.
 */
export function extractSalary(document: PostingDocument): Salary | undefined {
  for (const sentence of document.sentences) {
    salaryPattern.lastIndex = 0
    for (const match of sentence.text.matchAll(salaryPattern)) {
      const [whole, labelled, low, high, single, year, day, hour] = match
      // A lone figure is pay only when labelled ("up to £120k"); "a £1,000 budget" is not.
      if (single && !labelled && !year && !day && !hour) continue
      const first = (low ?? single)!
      const second = high ?? single!
      let min = value(first)
      const max = value(second)
      // "£40-50k": the k of the second figure is the first's too.
      if (high && !/k/i.test(low!) && /k/i.test(high) && min < 1000) min *= 1000
      const periodName: Salary['period'] = year ? 'year' : day ? 'day' : hour ? 'hour' : undefined
      const plausible =
        periodName === 'day' ? min >= 50 && max <= 5000 : periodName === 'hour' ? min >= 5 && max <= 1000 : min >= 10_000 && max <= 2_000_000
      if (!plausible || min > max) continue
      const symbol = /[£$€]/.exec(first)![0] as keyof typeof currencies
      const from = match.index + whole.indexOf(first)
      const start = textToOffset(sentence, from)
      const end = textToOffset(sentence, match.index + whole.length, true)
      const place = document.place(start, end)
      const period = periodName ?? (min >= 10_000 ? 'year' : undefined)
      return {text: place.text, currency: currencies[symbol], min, max, ...(period ? {period} : {}), place}
    }
  }
  return undefined
}

/**
 * The themes the posting mentions, most mentioned first: its own words for on-call, scale, AI and
 * data, and for scale its numbers too (volumes, rates, latencies). What "about us" and the
 * metadata lines say (perks, the salary) is not the work and is left out.
 */
export function extractSignals(document: PostingDocument, matches: readonly Match[], salary: Salary | undefined): PostingSignal[] {
  const work = (start: number): boolean => !document.isMetadata(start) && !document.isSkipped(start) && document.sectionAt(start) !== 'company'
  const found = new Map<PostingSignalId, PostingPlace[]>(signalOrder.map((id) => [id, []]))
  for (const match of matches) if (work(match.start)) found.get((match.entry as SignalEntry).signal)!.push(document.place(match.start, match.end))
  document.sentences.forEach((sentence, index) => {
    for (const quantity of sentenceQuantities(sentence, index)) {
      // Office hours, tenure and grades in a posting are not the scale of its work.
      if (!quantity.production || !work(quantity.start)) continue
      if (salary && quantity.start < salary.place.end && salary.place.start < quantity.end) continue
      found.get('scale')!.push(document.place(quantity.start, quantity.end))
    }
  })
  return signalOrder
    .map((id) => ({id, label: signalLabels[id], mentions: found.get(id)!.sort((a, b) => a.start - b.start)}))
    .filter((signal) => signal.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length)
}
