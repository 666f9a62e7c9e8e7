// Deterministic letters for the benchmark: the same seed gives the same bytes on every machine,
// so runs compare like with like. The letters read like real drafts (a header, a greeting, three
// or four paragraphs mixing scale numbers, operations, databases, AI, the odd cliché and language
// list, a sign-off) so that every rule has work to do, not just the parser.

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const firstNames = ['Amara', 'Ben', 'Chloe', 'Dev', 'Elif', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonah', 'Keiko', 'Luca', 'Maya', 'Nikhil', 'Olu', 'Petra', 'Quinn', 'Rosa', 'Sami', 'Tomasz']
const lastNames = ['Adeyemi', 'Brennan', 'Castillo', 'Dimitrov', 'Evans', 'Fischer', 'Gupta', 'Hartley', 'Ito', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Osei', 'Patel']
const companies = ['Tidewater Payments', 'Brightlane', 'Quarry Logistics', 'Helix Health', 'Northgate Energy', 'Saltmarsh Bank', 'Orbital Freight', 'Kestrel Insurance', 'Larchfield Retail', 'Meridian Data']
const teams = ['Ledger', 'Platform', 'Checkout', 'Search', 'Payments Core', 'Identity', 'Fulfilment', 'Risk']
const languages = ['Go', 'Rust', 'Java', 'Kotlin', 'Python', 'TypeScript', 'Scala', 'C#', 'Ruby', 'Elixir']
const stores = ['Postgres', 'MySQL', 'DynamoDB', 'Cassandra', 'Redis', 'Kafka', 'ClickHouse']
const systems = ['settlement service', 'order pipeline', 'fraud scoring API', 'notification fan-out', 'billing engine', 'search indexer', 'inventory service', 'ledger']

const opening = [
  'Your posting for the {team} team describes rebuilding the {system} so it can fail in parts. I led that work at {company}, moving £{money}m a month onto a {lang} service and cutting p99 latency from {ms}ms to {ms2}ms.',
  'At {company} I own the {system} that handles {rate} requests a second at peak, and last year I took its error rate from {pct}% to {pct2}%.',
  'I am writing to apply for the senior backend role on your {team} team, where I believe my experience would be valuable.',
  'Over the last {years} years I have shipped the {system} at {company}, which now settles {rows}M transactions a month with {uptime}% availability.',
  'My name is {first} and I am a backend engineer with a strong interest in distributed systems and the {team} team.'
]

const middle = [
  'I designed the expand-and-contract migration that moved our {rows}M-row events table to a partitioned schema with zero downtime.',
  'EXPLAIN ANALYZE showed a sequential scan on every checkout, and a composite index took that query from {ms}ms to {ms2}ms.',
  'I have been on call for {years} years; after we introduced SLOs and error budgets our Sev-1 incidents fell from {small} a quarter to {small2}.',
  'Every incident I led ended in a blameless postmortem with owners and dates, and our MTTR dropped to {mins} minutes.',
  'We moved the {system} from {lang} to {lang2}, which cut memory per pod by {pct} percent and saved £{money}k a year.',
  'We migrated the {system} to Kubernetes and moved the team to {lang2}.',
  'I built a RAG service over {store} with pgvector embeddings and semantic caching, serving {rate} queries a minute at p95 {ms2}ms.',
  'Our evals caught a retrieval regression before release, and the caching layer cut LLM spend by {pct} percent.',
  'I replaced a nightly batch job with an event-driven pipeline on {store}, so {rate} writes a second land in under {secs} seconds.',
  'The system is highly scalable and built on microservices with an event-driven architecture.',
  'I am passionate about clean code and I am a team player who thrives in a fast-paced environment.',
  'I am proficient in {lang}, {lang2}, {lang3}, {lang4} and {lang5}, and I have experience with {store} and {store2}.',
  'Responsible for the design of internal APIs. Responsible for code reviews and mentoring two junior engineers.',
  'Replication lag on the {store} read replicas used to reach {secs} seconds; after I moved the hot reads to a cache it stays under {ms2}ms.',
  'I rewrote the retry logic with idempotency keys, which ended {small} years of duplicate payouts worth £{money}k.',
  'With the {team} team I split a {rows}M-row table by tenant, and the worst query went from {secs} seconds to {ms}ms.',
  'I mentor four engineers, and two of them now lead their own on-call rotations.',
  'Our deploys went from weekly to {deploys} a day once the pipeline ran the integration suite in {mins} minutes.',
  'We serve {users}k merchants across {regions} regions, and I wrote the runbooks the on-call engineer opens first.',
  'I care about the boring parts: backfills, timeouts, back-pressure and what happens when a queue is full at {hour}am.'
]

const closing = [
  'I would like to talk about how the same discipline could help {company} with the {team} rebuild.',
  'I would welcome the chance to walk you through the {system} migration in more detail.',
  'I believe I would be a great fit for this role and I look forward to hearing from you.',
  'Thank you for reading; I can share the postmortems and design documents behind these numbers.'
]

const greetings = ['Dear {hiring},', 'Dear Hiring Manager,', 'Hello {hiringFirst},', 'Dear {hiring},']
const signOffs = ['Yours sincerely,', 'Kind regards,', 'Best regards,', 'Yours sincerely,']

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)]
}

function shuffle(rng, list) {
  const out = [...list]
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(rng() * (index + 1))
    ;[out[index], out[other]] = [out[other], out[index]]
  }
  return out
}

function int(rng, low, high) {
  return low + Math.floor(rng() * (high - low + 1))
}

function fill(template, rng, people) {
  const langs = shuffle(rng, languages)
  const values = {
    team: () => pick(rng, teams),
    system: () => pick(rng, systems),
    company: () => people.company,
    first: () => people.first,
    hiring: () => people.hiring,
    hiringFirst: () => people.hiring.split(' ')[0],
    lang: () => langs[0],
    lang2: () => langs[1],
    lang3: () => langs[2],
    lang4: () => langs[3],
    lang5: () => langs[4],
    store: () => pick(rng, stores),
    store2: () => pick(rng, stores),
    money: () => int(rng, 2, 90),
    ms: () => int(rng, 300, 900),
    ms2: () => int(rng, 20, 180),
    rate: () => `${int(rng, 1, 40)},${String(int(rng, 0, 999)).padStart(3, '0')}`,
    pct: () => int(rng, 12, 70),
    pct2: () => (rng() * 2).toFixed(2),
    rows: () => int(rng, 20, 900),
    uptime: () => `99.${int(rng, 90, 99)}`,
    years: () => int(rng, 3, 12),
    small: () => int(rng, 6, 14),
    small2: () => int(rng, 1, 4),
    mins: () => int(rng, 8, 45),
    secs: () => int(rng, 2, 30),
    deploys: () => int(rng, 5, 40),
    users: () => int(rng, 10, 400),
    regions: () => int(rng, 2, 9),
    hour: () => int(rng, 1, 5)
  }
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]()))
}

function words(text) {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * One letter of `minWords`..`maxWords` words of prose (header and sign-off included), in
 * Markdown. `index` varies the people and the order, so letters of one batch are all distinct.
 */
export function letter(rng, {minWords = 250, maxWords = 450} = {}) {
  const people = {
    first: pick(rng, firstNames),
    last: pick(rng, lastNames),
    hiring: `${pick(rng, firstNames)} ${pick(rng, lastNames)}`,
    company: pick(rng, companies)
  }
  const target = int(rng, minWords, maxWords)
  const header = [people.hiring, `Head of ${pick(rng, teams)}`, people.company].join('\n')
  const greeting = fill(pick(rng, greetings), rng, people)
  const end = fill(pick(rng, closing), rng, people)
  const signOff = `${pick(rng, signOffs)}\n${people.first} ${people.last}`
  const paragraphs = [[fill(pick(rng, opening), rng, people)]]
  const paragraphCount = int(rng, 3, 4)
  const fixedWords = words(header) + words(greeting) + words(end) + words(signOff)
  let total = fixedWords + words(paragraphs[0][0])
  // Fill the body up to the target with sentences in a shuffled order, none twice, spread
  // over the paragraphs.
  const order = shuffle(rng, middle)
  for (let turn = 0; total < target && turn < order.length; turn++) {
    const sentence = fill(order[turn], rng, people)
    if (total + words(sentence) > maxWords) continue
    const slot = 1 + (turn % (paragraphCount - 1))
    paragraphs[slot] ??= []
    paragraphs[slot].push(sentence)
    total += words(sentence)
  }
  paragraphs.at(-1).push(end)
  if (rng() < 0.3) paragraphs[1][0] = `**${paragraphs[1][0]}**`
  const body = paragraphs.filter(Boolean).map((sentences) => sentences.join(' ')).join('\n\n')
  return `${header}\n\n${greeting}\n\n${body}\n\n${signOff}\n`
}

/** `count` distinct letters from one seed. */
export function letters(seed, count, options) {
  const rng = random(seed)
  const out = []
  const seen = new Set()
  while (out.length < count) {
    const text = letter(rng, options)
    if (seen.has(text)) continue
    seen.add(text)
    out.push(text)
  }
  return out
}

/**
 * A long Markdown document of about `bytes` bytes: letters one after another, each under a
 * heading, cut at a paragraph boundary. The shape of a runaway export or a pasted archive.
 */
export function longDocument(seed, bytes) {
  const rng = random(seed)
  const parts = []
  let size = 0
  for (let index = 1; size < bytes; index++) {
    const part = `## Draft ${index}\n\n${letter(rng)}\n`
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join('')
}

export {words as countWords}
