import {textToOffset, type Sentence} from './tokens.js'

/**
 * The numbers of a sentence, each with its kind and whether it is production scale.
 *
 * Found with a small fixed set of patterns over each sentence's text (not one pattern per
 * phrase). Production scale is what a panel reads as proof of the systems a writer ran: money,
 * percentages, uptime, latencies, rates, volumes, multipliers and changes. Numbers that are not
 * scale are kept with their own kind when they look like scale (a grade "82%", "30 repositories",
 * "10 am to 6 pm", "one month's notice", "six years"), so a rule can say why they do not count;
 * years and dates, phone numbers, reference codes and versions are not quantities at all.
 * Whose number it is (the writer's, or the employer's) is the claim model's question
 * (src/letter/claims/), not this one's.
 */
export type ScaleKind = 'money' | 'percentage' | 'uptime' | 'latency' | 'rate' | 'volume' | 'multiplier' | 'change'
/** Numbers that are not production scale: a grade, a count of repositories or projects, a time of day, a notice period, tenure. */
export type NonScaleKind = 'grade' | 'count' | 'time-of-day' | 'notice' | 'tenure'
export type QuantityKind = ScaleKind | NonScaleKind

export interface Quantity {
  kind: QuantityKind
  /** Whether it measures a production system (its kind is a `ScaleKind`). */
  production: boolean
  /** The number as written, e.g. "p99 latency from 480ms to 95ms". */
  text: string
  start: number
  end: number
  /** Index of the sentence in `Letter.sentences`. */
  sentence: number
}

const scaleKinds: ReadonlySet<QuantityKind> = new Set<ScaleKind>(['money', 'percentage', 'uptime', 'latency', 'rate', 'volume', 'multiplier', 'change'])

const num = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`
const magnitude = '(?:k|K|m|M|mn|bn|b|B|tn|thousand|million|billion|trillion)'
const numberWord = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?'
/** "millions", "tens of thousands", "hundreds of millions": a magnitude written in words. */
const wordMagnitude = String.raw`(?:(?:tens|hundreds) of\s)?(?:thousands|millions|billions|trillions)`
/** "a million", "two billion", "half a million". */
const wordNumber = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|several|half a|a few|a hundred|hundreds of)\s(?:thousand|million|billion|trillion)`
/**
 * What a bare count counts: production things ("40 services", "2,300 bookings") are scale; things
 * made ("30 repositories", "25 side projects") are not. Looked up in sets, not written into a
 * pattern: a pattern with a hundred nouns after optional words took 15 ms to compile at start-up.
 */
const productionNouns: ReadonlySet<string> = new Set(
  ('row record event request message transaction payment order booking shipment trade invoice signup user customer merchant account ' +
    'subscriber device node server host instance pod container cluster service microservice endpoint query job table shard partition ' +
    'region tenant document file deploy deployment release incident alert page ticket write read call lookup search session visit ' +
    'pageview download metric log span vector embedding token model gpu cpu core database topic stream pipeline prediction inference ' +
    'package site store vehicle patient player listing product item quote bill policy claim loan parcel delivery notification email ' +
    'image video webhook update build reading meter card conversation chat application payout refund settlement batch')
    .split(' ')
    .flatMap((noun) => [noun, plural(noun)])
)
const productionPhrases: ReadonlySet<string> = new Set(['page view', 'page views', 'api call', 'api calls', 'data point', 'data points', 'log line', 'log lines'])
const countNouns: ReadonlySet<string> = new Set(
  ('repo repository project commit pr star certification certificate course module language student hackathon article talk contribution ' +
    'loc app website tutorial book paper')
    .split(' ')
    .flatMap((noun) => [noun, plural(noun)])
)
const countPhrases: ReadonlySet<string> = new Set(['side project', 'side projects', 'pull request', 'pull requests', 'blog post', 'blog posts', 'lines of code'])

function plural(noun: string): string {
  if (/(?:s|x|ch|sh)$/.test(noun)) return `${noun}es`
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  return `${noun}s`
}

/** A number and the words after it, for `countedThing` to read: "40 services", "2,300 bookings", "100M-row table". */
const countedWords = new RegExp(String.raw`\b${num}\+?[\s-]?[A-Za-z]+(?:[\s-][A-Za-z]+){0,4}`, 'g')

/**
 * The thing a number counts, after up to two other words ("40 production services"), the furthest
 * first as a pattern's backtracking would: its kind and where it ends, or undefined.
 */
function countedThing(match: string): {kind: 'volume' | 'count'; length: number} | undefined {
  const words = [...match.matchAll(/[A-Za-z]+/g)].filter((word) => word.index >= (/^[\d,.]+\+?[\s-]?/.exec(match)?.[0].length ?? 0))
  for (let at = Math.min(2, words.length - 1); at >= 0; at--) {
    for (const size of [3, 2, 1]) {
      const phrase = words.slice(at, at + size)
      if (phrase.length < size) continue
      const text = phrase.map((word) => word[0].toLowerCase()).join(' ')
      const end = phrase.at(-1)!.index + phrase.at(-1)![0].length
      if (size === 1 ? productionNouns.has(text) : productionPhrases.has(text)) return {kind: 'volume', length: end}
      if (size === 1 ? countNouns.has(text) : countPhrases.has(text)) return {kind: 'count', length: end}
    }
  }
  return undefined
}
const perTime = String.raw`(?:\/\s?(?:s|sec|second|min|minute|h|hr|hour|day|d|week|month|mo|year|yr)\b|per (?:second|sec|minute|hour|day|week|month|year)\b|an? (?:second|minute|hour|day|week|month|year)\b|(?:rps|qps|tps|rpm|ops)\b)`
const durationUnit = '(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?)'
/** Durations in a change in words: "hours", "a few minutes", "under a second", "50 ms". */
const pluralDuration = '(?:seconds|minutes|hours|days|weeks)'
const durationWord = '(?:second|minute|hour|day|week)'
const durationUnitOrMs = '(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|ms|milliseconds?)'
const approximately = '(?:about|around|roughly|under|just under|less than|below|within|a little over|just over) '

/**
 * Durations (seconds to weeks) are `weak`: they count only inside a change ("MTTR from 4 hours
 * to 20 minutes"), after a percentile ("p99 2s") or beside what they measure ("replica lag under
 * two seconds"). On their own, "6 hours a week" is a schedule and "3 days" a wait.
 */
const timeUnit = String.raw`(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\b`

/**
 * Start-up cost, measured: V8 compiles a pattern on its first use, and a long alternation of nouns
 * straight after optional, repeated words took about 50 ms to compile in the `volume` count pattern
 * on Node 20 (10 ms for `perTime` in `rate`; 26 ms for the durations and number words after
 * optional words in a `change` in words): the largest single costs of linting one letter. The
 * counted nouns are now looked up in sets (`countedThing`); for the patterns that keep an
 * alternation, a lookahead for the character every alternative starts with changes no match (each
 * noun starts with a letter; each `perTime` with a slash or a lower-case letter) but stops the
 * compiler analysing the whole alternation from the quantifiers before it (the `change` pattern:
 * 26 ms down to 9).
 */
const letterAhead = '(?=[A-Za-z])'
const wordAhead = String.raw`(?=[A-Za-z\d])`
const timeAhead = '(?=[/a-z])'

interface Pattern {
  kind: QuantityKind
  pattern: RegExp
  weak?: boolean
  /** A bare count of things: scale from ten up ("3 services" is not, "40 services" is). */
  count?: boolean
  /** The match is a number and the words after it; `countedThing` decides what it counts, and its kind. */
  counted?: boolean
  /**
   * A cheap test the sentence must pass before the pattern runs. V8 compiles a pattern on its first
   * use, and the patterns of numbers in words cost 5-30 ms each to compile (their nouns and time
   * units); most letters never write "millions of" or "one in", so they are never compiled. A gate
   * is only ever what the pattern needs to match (its unit words), so it changes no match.
   */
  when?: RegExp
}

const magnitudeWords = /illion|housand/i
const durationWords = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|few|couple)\s(?:sec|min|hour|day|week)/

const patterns: Pattern[] = [
  {kind: 'money', pattern: new RegExp(String.raw`[£$€]\s?${num}(?:\s?${magnitude})?(?![\w.])`, 'g')},
  {kind: 'money', pattern: new RegExp(String.raw`\b${num}\s?${magnitude}?\s?(?:pounds|dollars|euros|GBP|USD|EUR)\b`, 'g'), when: /pounds|dollars|euros|GBP|USD|EUR/},
  {kind: 'money', pattern: new RegExp(String.raw`\b(?:${wordMagnitude}|${wordNumber}) (?:of )?(?:pounds|dollars|euros)\b`, 'gi'), when: magnitudeWords},
  {kind: 'percentage', pattern: new RegExp(String.raw`\b${num}\s?(?:%|percent\b|per cent\b)`, 'g')},
  {kind: 'percentage', pattern: new RegExp(String.raw`\b${numberWord}\s(?:percent|per cent)\b`, 'gi'), when: /percent|per cent/i},
  {kind: 'latency', pattern: new RegExp(String.raw`\b${num}\s?(?:ns|µs|μs|us|ms|milliseconds?|microseconds?|nanoseconds?)\b`, 'g')},
  {kind: 'latency', pattern: new RegExp(String.raw`\b${num}[\s-]?${durationUnit}\b|\b\d+(?:\.\d+)?s\b`, 'g'), weak: true},
  // "1 in 2,000 trips", "one in a million": a proportion.
  {kind: 'percentage', pattern: new RegExp(String.raw`\b(?:1|one) in (?:every )?(?:${num}(?:\s?${magnitude})?|a (?:hundred|thousand|million|billion)|ten thousand)\b`, 'gi'), when: /\b(?:1|one) in\b/i},
  {kind: 'latency', pattern: new RegExp(String.raw`\b(?:${numberWord}|a few|a couple of)\s${durationUnit}\b`, 'g'), weak: true, when: durationWords},
  // "fails over in under a minute": a pattern of its own, so "a second" in a rate does not compile the one above.
  {kind: 'latency', pattern: /\b(?:half )?an? (?:second|minute|hour)\b/g, weak: true},
  // "9,000 writes/s", "20+ times a day"; not "6 hours a week", which is a schedule.
  {kind: 'rate', pattern: new RegExp(String.raw`\b${num}\s?${magnitude}?\+?\s?(?:(?!${timeUnit})[A-Za-z]+\s?){0,3}?${timeAhead}${perTime}`, 'g')},
  // "billions a day", "millions of events a day", "a million requests an hour".
  {kind: 'rate', pattern: new RegExp(String.raw`\b(?:${wordMagnitude}|${wordNumber})(?:\sof)?\s(?:(?!${timeUnit})[A-Za-z]+\s){0,2}?${timeAhead}${perTime}`, 'gi'), when: magnitudeWords},
  {kind: 'volume', pattern: new RegExp(String.raw`\b${num}\s?${magnitude}\+?(?![\w])`, 'g')},
  {kind: 'volume', pattern: new RegExp(String.raw`\b${num}\s?(?:[GTPE]i?B|gigabytes?|terabytes?|petabytes?)\b`, 'g')},
  {kind: 'volume', pattern: countedWords, count: true, counted: true},
  // A queue's depth: "once its queue passes 5,000 deep".
  {kind: 'volume', pattern: new RegExp(String.raw`\b${num}(?:\s[a-z]+)?\sdeep\b`, 'g'), count: true, when: /\bdeep\b/},
  // "millions of requests", "tens of thousands of users", "two million rows".
  {kind: 'volume', pattern: new RegExp(String.raw`\b(?:${wordMagnitude} of|${wordNumber})\s(?:[A-Za-z]+[\s-]){0,2}${letterAhead}(?:${[...productionNouns, ...productionPhrases].join('|')})\b`, 'gi'), when: magnitudeWords},
  {kind: 'multiplier', pattern: new RegExp(String.raw`\b${num}\s?[x×](?![\w])|\b${num}-fold\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)fold\b`, 'gi')},
  // "doubled throughput", "halved p99", "cut it in half", "down to zero".
  {kind: 'multiplier', pattern: /\b(?:doubled|doubling|tripled|tripling|quadrupled|quadrupling)\b/gi},
  // "ten times the usual rate", "five times faster".
  {kind: 'multiplier', pattern: /\b(?:three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|\d+) times (?:the (?:usual|normal|old|previous|daily|peak)(?: (?:rate|load|traffic|volume|level))?|faster|more|as (?:many|much|fast)|higher|lower|fewer|less|smaller|larger|bigger)\b/gi, when: /\btimes\b/},
  {kind: 'change', pattern: /\b(?:halved|halving|(?:cut|reduced|dropped|fell|down) (?:it |them |that )?(?:in|by) half)\b|\b(?:down )?to zero\b|\bby (?:a|one|two) (?:third|quarter|fifth)s?\b/gi},
  // Results in words: "from hours to a few minutes", "minutes to under a second", "from days to hours".
  {kind: 'change', pattern: new RegExp(String.raw`\b(?:from (?:${pluralDuration}|a few ${pluralDuration}|an? ${durationWord}) (?:down )?to ${wordAhead}(?:${approximately})?${wordAhead}(?:${pluralDuration}|(?:an?|${numberWord}|a few|a couple of|\d+(?:\.\d+)?) ?${letterAhead}${durationUnitOrMs})|(?<!(?:\d|\b(?:${numberWord}|a few|few|several|of|couple of))\s?)\b${pluralDuration} (?:down )?to ${wordAhead}(?:${approximately})?${wordAhead}(?:an?|${numberWord}|a few|a couple of|\d+(?:\.\d+)?) ?${letterAhead}${durationUnitOrMs})\b`, 'gi'), when: /\b(?:seconds|minutes|hours|days|weeks) (?:down )?to\b/i},
  // "from forty minutes to under one", "from six hours to twenty minutes": durations in words, the unit said once or twice.
  {kind: 'change', pattern: new RegExp(String.raw`\bfrom (?:${approximately})?(?:${numberWord}|a few|a couple of) ${durationUnitOrMs} (?:down )?to (?:${approximately})?(?:an?|${numberWord}|a few|\d+(?:\.\d+)?)(?: ?${durationUnitOrMs})?\b`, 'gi'), when: durationWords},
  // "dropped to a tenth of what it was", "at a third of the cost", "a fraction of the time".
  {kind: 'change', pattern: /\b(?:to|at|in|for|by|is|are|was|were|now|only|just) (?:(?:about|around|roughly|under|less than|just under|nearly|almost) )?(?:a|one|two|three) (?:half|third|quarter|fifth|tenth|twentieth|hundredth|fraction)s? of (?:what (?:it|they|that) (?:was|were|used to (?:be|cost|take))|the (?:old |previous |former |original )?(?:cost|costs|price|time|bill|spend|size|load|latency|memory|storage)|its (?:old |previous |former )?(?:cost|size|time|bill|latency))\b/gi, when: /\b(?:half|third|quarter|fifth|tenth|twentieth|hundredth|fraction)s? of\b/i},
  // "and none since", "not one since", "we lost none", "we have not lost a scan since": a count brought to zero.
  {kind: 'change', pattern: /\b(?:(?:none|zero|not one|not a single one|nothing) since|lost (?:none|nothing|not one|not a single (?:one|message|event|order|payment|record))|(?:not|never) (?:lost|dropped|duplicated|double-charged) (?:a|one|a single) [a-z]+)\b/gi, when: /\bsince\b|\blost\b|\bdropped\b|\bduplicated\b|\bdouble-charged\b/i},
  // "it now takes twenty minutes instead of six hours": a change written the other way round.
  {kind: 'change', pattern: new RegExp(String.raw`\b(?:${num}|${numberWord}|a few|an?)\s?${durationUnitOrMs} instead of (?:${approximately})?(?:${num}|${numberWord}|a few|an?)\s?${durationUnitOrMs}\b`, 'gi'), when: /\binstead of\b/i},
  {kind: 'time-of-day', pattern: /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\b\d{1,2}:\d{2}\b/gi}
]

/** Tenure and notice: durations of years, months or weeks that no production pattern took. */
const duration = new RegExp(String.raw`\b(?:${num}|${numberWord})\+?[\s-]?(?:years?|months?|weeks?)(?:['’]s?)?(?![\w-])`, 'gi')

/** Words that make a percentage or a number in the same sentence a grade, not a measurement. */
const gradeContext = /\b(?:degree|graduat(?:ed|ing|e)|grades?|graded|c?gpa|marks?|exams?|examinations?|dissertation|thesis|coursework|honours|honors|first[- ]class|classification|a[- ]levels?|gcses?|scored|distinction)\b/i
const notice = /\bnotice\b/i

const year = /^(?:19|20)\d{2}$/
const withMagnitude = new RegExp(String.raw`^${num}\s?${magnitude}(?![a-z])`)
/** Percentiles and the things a duration can measure: "p99 2s", "replica lag under two seconds", "MTTR of 20 minutes", "fails over between two regions in under a minute", "another node takes over in under two seconds" (a failover, not "took over the team"). */
const measured = /(?:\b[pP]\d{2}(?:\.\d+)?|\blag|\blatency|\bmttr|\bmttd|\brecovery|\bfailover|\brto|\brpo|\bp(?:ost)?-?mortem)\b[^.;:]{0,24}$|\bfail(?:s|ed|ing)? over\b[^.;:]{0,32}$|\b(?:another|standby|replica|follower|secondary|node)\s(?:\w+\s)?(?:takes|took) over (?:in|within)\b[^.;:]{0,12}$|\b(?:is|was|gets|got) promoted (?:in|within)\b[^.;:]{0,12}$/i
/** What a duration just before measures: "a 90-second blip in p99", "4 minutes of downtime". */
const measuredAfter = /^\s?(?:of\s)?(?:blip|outage|downtime|lag|latency|p\d\d|failover|recovery|mttr|pause|stall|freeze|interruption)\b/i
/** "20–30%", "2–3 days": the first number of a range belongs to the quantity. */
const rangeStart = new RegExp(String.raw`(?:${num}|${numberWord})\s?[–—-]\s?$`, 'i')

interface Hit {
  kind: QuantityKind
  from: number
  to: number
  weak?: boolean | undefined
}

/** Quantities in one sentence, in order, with overlapping finds merged into one. */
export function sentenceQuantities(sentence: Sentence, sentenceIndex: number): Quantity[] {
  const {text} = sentence
  if (!/\d|percent|per cent|fold|illion|thousand|doubl|tripl|quadrupl|halv|half|third|quarter|tenth|fifth|hundredth|fraction|zero|none|nothing|not one|lost|since|times|year|month|week|day|second|minute|hour|one in/i.test(text)) return []
  const scanned = maskRunawayNumbers(text)
  const hits: Hit[] = []
  for (const {kind, pattern, weak, count, when, counted} of patterns) {
    if (when && !when.test(text)) continue
    // exec() in a loop, not matchAll(): matchAll copies the pattern on every call, which
    // showed in the profile of a batch of letters (this loop took half the time it does now).
    pattern.lastIndex = 0
    for (let match = pattern.exec(scanned); match !== null; match = pattern.exec(scanned)) {
      let value = match[0]
      let found = kind
      if (counted) {
        // As a pattern would: no noun, try from the next character; a noun, go on after it.
        const thing = countedThing(value)
        pattern.lastIndex = match.index + (thing ? thing.length : 1)
        if (!thing) continue
        value = value.slice(0, thing.length)
        found = thing.kind
      }
      if (value.length === 0) pattern.lastIndex++
      else if (!isNotScale(value, scanned, match.index, count === true && found === 'volume')) hits.push(widenToRange(scanned, {kind: found, from: match.index, to: match.index + value.length, weak}))
    }
  }
  const merged = mergeChanges(text, mergeOverlaps(hits))
    .map((hit) => widenToPercentile(text, hit))
    .filter((hit) => !hit.weak || measured.test(text.slice(Math.max(0, hit.from - 40), hit.from)) || measuredAfter.test(text.slice(hit.to, hit.to + 30)))
  // Whether the sentence speaks of grades or notice: asked once per sentence, not once per number
  // (a hostile sentence of thousands of percentages made it quadratic).
  const grades = gradeContext.test(text)
  const found = [...merged.map((hit) => classify(text, hit, grades)), ...durations(scanned, merged)].sort((a, b) => a.from - b.from)
  return found.map((hit) => ({
    kind: hit.kind,
    production: scaleKinds.has(hit.kind),
    text: text.slice(hit.from, hit.to),
    start: textToOffset(sentence, hit.from),
    end: textToOffset(sentence, hit.to, true),
    sentence: sentenceIndex
  }))
}

/** The kind a merged hit ends up with: uptime for 99.9%, a grade beside "degree" or "scored". */
function classify(text: string, hit: Hit, grades: boolean): Hit {
  const value = text.slice(hit.from, hit.to)
  if (hit.kind === 'percentage' && isUptime(value)) return {...hit, kind: 'uptime'}
  if ((hit.kind === 'percentage' || hit.kind === 'change') && grades) return {...hit, kind: 'grade'}
  return hit
}

/** Tenure ("six years", "12 months") and notice ("one month's notice"), where no other quantity stands. */
function durations(text: string, taken: readonly Hit[]): Hit[] {
  if (!/year|month|week/i.test(text)) return []
  const out: Hit[] = []
  const isNotice = notice.test(text)
  duration.lastIndex = 0
  // `taken` is in order, and so are the matches: one walk over both.
  let next = 0
  for (let match = duration.exec(text); match !== null; match = duration.exec(text)) {
    const from = match.index
    const to = from + match[0].length
    while (next < taken.length && taken[next]!.to <= from) next++
    if (next < taken.length && taken[next]!.from < to) continue
    if (!isNotice && /week/i.test(match[0])) continue
    out.push({kind: isNotice ? 'notice' : 'tenure', from, to: match[0].endsWith("'") || match[0].endsWith('’') ? to - 1 : to})
  }
  return out
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

/** Numbers that match a pattern but are not quantities at all. */
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
  // "one in 2019" is a date, not a proportion.
  if (/^(?:1|one) in (?:19|20)\d{2}$/i.test(value)) return true
  // "24/7" is availability of a person, not a rate.
  if (/^24\s?\/\s?7/.test(text.slice(at, at + 6))) return true
  return false
}

/** "20–30%": a hit preceded by the first number of a range takes it in ("30%" alone misquotes it). */
function widenToRange(text: string, hit: Hit): Hit {
  if (!/^\d|^[a-z]/i.test(text.charAt(hit.from))) return hit
  const before = text.slice(Math.max(0, hit.from - 24), hit.from)
  const match = rangeStart.exec(before)
  if (!match || year.test(match[0].replace(/[^\d]/g, ''))) return hit
  // A range is written number, dash, number; "p99-95ms" or "Sev-1" is not one.
  const start = hit.from - (before.length - match.index)
  if (start > 0 && /[\w.]/.test(text.charAt(start - 1))) return hit
  return {...hit, from: start}
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

/** What stands between the two numbers of a change: "to", "down to under", "->". */
const changeBetween = /^\s*(?:(?:to|down to|up to)(?:\s(?:under|about|around|roughly|below|less than|just under|just over|over))?|→|->|-->|=>|–|—)\s*$/
const changeFrom = /\bfrom\s+(?:(?:about|around|roughly|nearly|almost|over|some)\s+)?$/i
/** What follows a number that is a time of day: "from 9 to 5 pm", "from 10 to 6 o'clock". */
const clockAfter = /^\s?(?:am|pm|a\.m|p\.m|o['’]clock|:\d\d)/i

/**
 * A change from a bare number: "from 11 in H1 2024 to 2", "from 14 seconds to under one" (the
 * unit said once, the second number in words up to ten: a short alternation keeps its first-use
 * compile cheap), "from 300 a week to none".
 */
const changeInWords = /\bfrom (?:(?:about|around|roughly|nearly|almost|over|some|just over|just under) )?(\d+(?:\.\d+)?)\b[^.;:]{0,24}?\bto (?:(?:about|around|roughly|under|just under|less than|below|just) )?(\d+(?:\.\d+)?|zero|none|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi

/** "from 480ms to 95ms", "480ms -> 95ms", "from 11 in H1 2024 to 2": one claim of change. */
function mergeChanges(text: string, hits: Hit[]): Hit[] {
  const out: Hit[] = []
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    const next = hits[index + 1]
    // "from 40 a week to zero": a number, then "to zero" found on its own.
    const toZero = next !== undefined && next.kind === 'change' && /^(?:down )?to zero$/i.test(text.slice(next.from, next.to)) && /^\s*$/.test(text.slice(hit.to, next.from))
    if (next && (toZero || changeBetween.test(text.slice(hit.to, next.from)))) {
      const from = changeFrom.exec(text.slice(0, hit.from))?.index ?? hit.from
      // Two times of day are office hours ("10 am to 6 pm"), and two grades a grade.
      const kind = !scaleKinds.has(hit.kind) && hit.kind === next.kind ? hit.kind : 'change'
      out.push({kind, from, to: next.to})
      index++
      continue
    }
    out.push(hit)
  }
  // Bare counts in a change ("reduced Sev-1 incidents from 11 in H1 2024 to 2 in H1 2025", "to zero").
  const bare = changeInWords
  // The pattern needs "from ": most sentences are ruled out without running it.
  for (const match of text.includes('from ') ? text.matchAll(bare) : []) {
    const [, a = '', b = ''] = match
    if (year.test(a) || year.test(b)) continue
    const from = match.index
    const to = from + match[0].length
    if (clockAfter.test(text.slice(to)) || clockAfter.test(text.slice(text.indexOf(a, from + 5) + a.length))) continue
    const overlapping = out.filter((hit) => hit.from < to && from < hit.to)
    // "from about 300 a week to none" takes in the "300 a week" and "to zero" found on their own; a
    // number that runs past it ("from 2 to 5 services" has "5 services") keeps the change out.
    if (overlapping.some((hit) => hit.from < from || hit.to > to)) continue
    for (const hit of overlapping) out.splice(out.indexOf(hit), 1)
    out.push({kind: 'change', from, to})
  }
  return out.sort((a, b) => a.from - b.from)
}

/** "p99 480ms" and "p99 latency of 480ms": the percentile is part of the claim. */
function widenToPercentile(text: string, hit: Hit): Hit {
  const before = text.slice(Math.max(0, hit.from - 30), hit.from)
  const match = /\b[pP]\d{2}(?:\.\d+)?(?:\s+\w+){0,2}\s+$/.exec(before)
  if (!match) return hit
  return {kind: hit.kind, from: hit.from - (before.length - match.index), to: hit.to, weak: false}
}
