import {textToOffset, type Sentence} from './tokens.js'

/**
 * Quantified production-scale claims: the numbers a panel reads as proof of scale.
 *
 * Found with a small fixed set of patterns over each sentence's text (not one pattern per
 * phrase). What is deliberately NOT a scale number: years and dates, ranges of years, phone
 * numbers, reference codes, version numbers, and tenure ("six years", "12 months").
 */
export type QuantityKind =
  | 'money'
  | 'percent'
  | 'uptime'
  | 'latency'
  | 'rate'
  | 'volume'
  | 'multiplier'
  | 'change'

export interface Quantity {
  kind: QuantityKind
  /** The claim as written, e.g. "p99 latency from 480ms to 95ms". */
  text: string
  start: number
  end: number
  /** Index of the sentence in `Letter.sentences`. */
  sentence: number
}

const num = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`
const magnitude = String.raw`(?:k|K|m|M|mn|bn|b|B|tn|thousand|million|billion|trillion)`
const numberWord = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`
const productionNoun = String.raw`(?:rows?|records?|events?|requests?|messages?|transactions?|payments?|orders?|bookings?|shipments?|trades?|invoices?|signups?|users?|customers?|merchants?|accounts?|subscribers?|devices?|nodes?|servers?|hosts?|instances?|pods?|containers?|clusters?|services?|microservices?|endpoints?|queries|query|jobs?|tables?|shards?|partitions?|regions?|tenants?|documents?|files?|deploy(?:ment)?s?|releases?|incidents?|alerts?|pages?|tickets?|writes?|reads?|calls?|lookups?|searches?|sessions?|visits?|page ?views?|downloads?|API calls?|data ?points?|metrics?|logs?|log lines|spans?|vectors?|embeddings?|tokens?|models?|GPUs?|CPUs?|cores?|databases?|topics?|streams?|pipelines?|repos(?:itories)?|lines of code|LOC)`
const perTime = String.raw`(?:\/\s?(?:s|sec|second|min|minute|h|hr|hour|day|d|week|month|mo|year|yr)\b|per (?:second|sec|minute|hour|day|week|month|year)\b|an? (?:second|minute|hour|day|week|month|year)\b|(?:rps|qps|tps|rpm|ops)\b)`

/**
 * Atomic patterns; each match is one claim. A `weak` pattern (seconds, minutes, hours) only
 * counts inside a change ("MTTR from 4 hours to 20 minutes") or after a percentile ("p99 2s"):
 * on its own "6 hours a week" is a schedule, not a measurement.
 */
const timeUnit = String.raw`(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\b`

/**
 * Start-up cost, measured: V8 compiles a pattern on its first use, and `productionNoun`'s
 * seventy-odd alternatives straight after optional, repeated words took about 50 ms to compile in
 * the `volume` count pattern on Node 20 (10 ms for `perTime` in `rate`): the largest single cost
 * of linting one letter. A lookahead for the character every alternative starts with changes no
 * match (each noun starts with a letter; each `perTime` with a slash or a lower-case letter) but
 * stops the compiler analysing the whole alternation from the quantifiers before it: 2-3 ms.
 */
const letterAhead = '(?=[A-Za-z])'
const timeAhead = '(?=[/a-z])'

const patterns: Array<{kind: QuantityKind; pattern: RegExp; weak?: boolean; count?: boolean}> = [
  {kind: 'money', pattern: new RegExp(String.raw`[£$€]\s?${num}(?:\s?${magnitude})?(?![\w.])`, 'g')},
  {kind: 'money', pattern: new RegExp(String.raw`\b${num}\s?${magnitude}?\s?(?:pounds|dollars|euros|GBP|USD|EUR)\b`, 'g')},
  {kind: 'percent', pattern: new RegExp(String.raw`\b${num}\s?(?:%|percent\b|per cent\b)`, 'g')},
  {kind: 'percent', pattern: new RegExp(String.raw`\b${numberWord}\s(?:percent|per cent)\b`, 'gi')},
  {kind: 'latency', pattern: new RegExp(String.raw`\b${num}\s?(?:ns|µs|μs|us|ms|milliseconds?|microseconds?|nanoseconds?)\b`, 'g')},
  {kind: 'latency', pattern: new RegExp(String.raw`\b${num}\s?(?:secs?|seconds?|mins?|minutes?|hours?|hrs?)\b|\b\d+(?:\.\d+)?s\b`, 'g'), weak: true},
  // "9,000 writes/s", "20+ times a day"; not "6 hours a week", which is a schedule.
  {kind: 'rate', pattern: new RegExp(String.raw`\b${num}\s?${magnitude}?\+?\s?(?:(?!${timeUnit})[A-Za-z]+\s?){0,2}?${timeAhead}${perTime}`, 'g')},
  {kind: 'volume', pattern: new RegExp(String.raw`\b${num}\s?${magnitude}\+?(?![\w])`, 'g')},
  {kind: 'volume', pattern: new RegExp(String.raw`\b${num}\s?(?:[GTPE]i?B|gigabytes?|terabytes?|petabytes?)\b`, 'g')},
  {kind: 'volume', pattern: new RegExp(String.raw`\b${num}\+?[\s-]?(?:[A-Za-z]+[\s-]){0,2}${letterAhead}${productionNoun}\b`, 'g'), count: true},
  {kind: 'multiplier', pattern: new RegExp(String.raw`\b${num}\s?[x×](?![\w])|\b${num}-fold\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)fold\b`, 'gi')}
]

const year = /^(?:19|20)\d{2}$/
const withMagnitude = new RegExp(String.raw`^${num}\s?${magnitude}(?![a-z])`)

interface Hit {
  kind: QuantityKind
  from: number
  to: number
  weak?: boolean
}

/** Quantities in one sentence, in order, with overlapping finds merged into one claim. */
export function sentenceQuantities(sentence: Sentence, sentenceIndex: number): Quantity[] {
  const {text} = sentence
  if (!/\d|percent|per cent|fold/i.test(text)) return []
  const scanned = maskRunawayNumbers(text)
  const hits: Hit[] = []
  for (const {kind, pattern, weak, count} of patterns) {
    // exec() in a loop, not matchAll(): matchAll copies the pattern on every call, which
    // showed in the profile of a batch of letters (this loop took half the time it does now).
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(scanned)) !== null) {
      const value = match[0]
      if (value.length === 0) pattern.lastIndex++
      else if (!isNotScale(value, scanned, match.index, count === true)) hits.push({kind, from: match.index, to: match.index + value.length, weak})
    }
  }
  const claims = mergeChanges(text, mergeOverlaps(hits))
    .map((hit) => widenToPercentile(text, hit))
    .filter((hit) => !hit.weak)
  return claims.map((hit) => ({
    kind: hit.kind === 'percent' && isUptime(text.slice(hit.from, hit.to)) ? 'uptime' : hit.kind,
    text: text.slice(hit.from, hit.to),
    start: textToOffset(sentence, hit.from),
    end: textToOffset(sentence, hit.to, true),
    sentence: sentenceIndex
  }))
}

const runawayNumber = /\d{1,3}(?:,\d{3}){20,}/g

/**
 * A number of twenty or more thousands groups ("1,000,000,..." of 80+ characters) is no claim of
 * scale, and every pattern here would retry it from each group ("\b" holds after each comma),
 * scanning to its end each time: quadratic, so a hostile letter of one long number hung. Such
 * runs are hidden from the patterns behind underscores, which are word characters like digits
 * (the "\b" around them is unchanged) and which no pattern matches. Offsets are kept.
 */
function maskRunawayNumbers(text: string): string {
  runawayNumber.lastIndex = 0
  return runawayNumber.test(text) ? text.replace(runawayNumber, (run) => '_'.repeat(run.length)) : text
}

/** 99.9%, 99.95 percent: availability, the figure on-call engineers are measured by. */
function isUptime(value: string): boolean {
  const figure = Number.parseFloat(value)
  return figure >= 99 && figure < 100 && value.includes('.')
}

/** Numbers that match a pattern but are not claims of scale. */
function isNotScale(value: string, text: string, at: number, isCount: boolean): boolean {
  const digits = /\d[\d,.]*/.exec(value)?.[0]?.replace(/[,.]$/, '') ?? ''
  // A year ("in 2019 requests ...") is only scale with a unit glued to it.
  if (year.test(digits) && !/[£$€%x×]|ms|bn|[kKmMbB]\b/.test(value.replace(digits, ''))) return true
  const before = text.slice(Math.max(0, at - 12), at)
  // Reference codes and versions: "REF-1234", "v3.11", "Python 3.11" has no unit anyway.
  if (/[A-Za-z][-_#]?$/.test(before) && /^\d/.test(value)) return true
  // "100% sure" is emphasis, not a measurement.
  if (/^100\s?(?:%|percent)/.test(value) && /^\s*(?:sure|certain|confident|committed|dedicated|focused|behind|of my)/i.test(text.slice(at + value.length))) return true
  // A bare count of things is scale from ten up: "3 services" is not, "40 services" is.
  if (isCount && !withMagnitude.test(value) && Number.parseFloat(digits.replace(/,/g, '')) < 10) return true
  // "24/7" is availability of a person, not a rate.
  if (/^24\s?\/\s?7/.test(text.slice(at, at + 6))) return true
  return false
}

function mergeOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.from - b.from || b.to - a.to)
  const merged: Hit[] = []
  for (const hit of sorted) {
    const last = merged.at(-1)
    if (last && hit.from < last.to) {
      last.to = Math.max(last.to, hit.to)
      last.weak = last.weak && hit.weak
      continue
    }
    merged.push({...hit})
  }
  return merged
}

const changeBetween = /^\s*(?:to|down to|up to|→|->|-->|=>|–|—)\s*$/
const changeFrom = /\bfrom\s*$/i

/** "from 480ms to 95ms", "480ms -> 95ms", "from 11 in H1 2024 to 2": one claim of change. */
function mergeChanges(text: string, hits: Hit[]): Hit[] {
  const out: Hit[] = []
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    const next = hits[index + 1]
    if (next && changeBetween.test(text.slice(hit.to, next.from))) {
      const from = changeFrom.exec(text.slice(0, hit.from))?.index ?? hit.from
      out.push({kind: 'change', from, to: next.to})
      index++
      continue
    }
    out.push(hit)
  }
  // Bare counts in a change ("reduced Sev-1 incidents from 11 in H1 2024 to 2 in H1 2025").
  const bare = /\bfrom (\d+(?:\.\d+)?)\b[^.;:]{0,24}?\bto (\d+(?:\.\d+)?)\b/g
  // The pattern needs "from ": most sentences are ruled out without running it.
  for (const match of text.includes('from ') ? text.matchAll(bare) : []) {
    const [, a = '', b = ''] = match
    if (year.test(a) || year.test(b)) continue
    const from = match.index
    const to = from + match[0].length
    if (out.some((hit) => hit.from < to && from < hit.to)) continue
    out.push({kind: 'change', from, to})
  }
  return out.sort((a, b) => a.from - b.from)
}

/** "p99 480ms" and "p99 latency of 480ms": the percentile is part of the claim. */
function widenToPercentile(text: string, hit: Hit): Hit {
  const before = text.slice(Math.max(0, hit.from - 30), hit.from)
  const match = /\b[pP]\d{2}(?:\.\d+)?(?:\s+\w+){0,2}\s+$/.exec(before)
  if (!match) return hit
  return {kind: hit.kind, from: hit.from - (before.length - match.index), to: hit.to}
}
