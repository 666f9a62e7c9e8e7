import type {SignalId} from '../types.js'

/** What a signal's advice is worded from: the rules behind it that did not fully prove it, and each rule's options as configured. */
export interface AdviceContext {
  /** Ids of the signal's running rules that did not fully prove it. */
  failing: ReadonlySet<string>
  /** A rule's options as it ran (defaults merged with config). */
  options(ruleId: string): Readonly<Record<string, unknown>>
}

export interface SignalDefinition {
  label: string
  /** Points out of 100 when every signal is assessed. */
  weight: number
  /** The rules whose passing proves the signal; the signal is proved when each of them that runs proves it. */
  rules: readonly string[]
  /** What the report says while the signal is not fully proved, worded from what is missing and the limits configured. */
  advice(context: AdviceContext): string
}

const number = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback)

/** "between 150 and 300 words", "in 3 paragraphs": concision in the limits configured, naming only what is off. */
function concisionAdvice({failing, options}: AdviceContext): string {
  const parts: string[] = []
  if (failing.has('word-count')) {
    const {min, max} = options('word-count')
    parts.push(`between ${number(min, 100)} and ${number(max, 350)} words`)
  }
  if (failing.has('paragraph-count')) {
    const {min, max} = options('paragraph-count')
    const low = number(min, 2)
    const high = number(max, 4)
    const count = low === high ? `${low} paragraphs` : low <= 3 && 3 <= high ? `${low} to ${high} paragraphs (three reads best)` : `${low} to ${high} paragraphs`
    parts.push(parts.length > 0 ? `in ${count}` : count)
  }
  return parts.join(', ')
}

/**
 * The signals a senior UK backend panel reads for, with the weight each carries in the score.
 * Scale and operations weigh most: the guide names them as the filters panels apply first.
 */
export const signalDefinitions: Readonly<Record<SignalId, SignalDefinition>> = {
  scale: {
    label: 'Scale numbers',
    weight: 20,
    rules: ['scale-numbers'],
    advice: ({options}) => {
      const min = number(options('scale-numbers').min, 2)
      return min === 1 ? 'put a number on one thing you ran: volume, rate, latency, money, uptime' : `put numbers on at least ${min} things you ran: volume, rate, latency, money, uptime`
    }
  },
  distributed: {
    label: 'Distributed systems',
    weight: 15,
    rules: ['no-unquantified-claims'],
    advice: () => 'show a distributed-systems decision you made (sharding, replication, idempotency, an outbox, failover...) with the number it was judged by'
  },
  operations: {
    label: 'Operations',
    weight: 20,
    rules: ['operations-evidence'],
    advice: () => 'show on-call, incidents, SLOs or postmortems you owned'
  },
  database: {
    label: 'Database depth',
    weight: 15,
    rules: ['database-depth'],
    advice: () => 'show a query plan, index, partitioning or zero-downtime migration you did'
  },
  ai: {
    label: 'AI infrastructure',
    weight: 10,
    rules: ['ai-infrastructure'],
    advice: () => 'show RAG, vector search, semantic caching, evals or LLM serving work, if you have it'
  },
  concision: {
    label: 'Concision',
    weight: 10,
    rules: ['word-count', 'paragraph-count'],
    advice: concisionAdvice
  },
  specificity: {
    label: 'Specific opening',
    weight: 10,
    rules: ['opening-hook'],
    advice: () => 'open with a number from a system you shipped'
  }
}

export const signalIds = Object.keys(signalDefinitions) as SignalId[]
