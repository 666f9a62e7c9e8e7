import type {SignalId} from '../types.js'

export interface SignalDefinition {
  label: string
  /** Points out of 100 when every signal is assessed. */
  weight: number
  /** The rules whose passing proves the signal; the signal is proved when each of them that runs proves it. */
  rules: readonly string[]
  /** What the report says when the signal is missing. */
  advice: string
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
    advice: 'put numbers on what you ran: volume, rate, latency, money, uptime'
  },
  distributed: {
    label: 'Distributed systems',
    weight: 15,
    rules: ['no-unquantified-claims'],
    advice: 'show a distributed-systems decision together with the number it was judged by'
  },
  operations: {
    label: 'Operations',
    weight: 20,
    rules: ['operations-evidence'],
    advice: 'show on-call, incidents, SLOs or postmortems you owned'
  },
  database: {
    label: 'Database depth',
    weight: 15,
    rules: ['database-depth'],
    advice: 'show a query plan, index, partitioning or zero-downtime migration you did'
  },
  ai: {
    label: 'AI infrastructure',
    weight: 10,
    rules: ['ai-infrastructure'],
    advice: 'show RAG, vector search, semantic caching, evals or LLM serving work, if you have it'
  },
  concision: {
    label: 'Concision',
    weight: 10,
    rules: ['word-count', 'paragraph-count'],
    advice: 'between 100 and 350 words, in three paragraphs'
  },
  specificity: {
    label: 'Specific opening',
    weight: 10,
    rules: ['opening-hook'],
    advice: 'open with a number from a system you shipped'
  }
}

export const signalIds = Object.keys(signalDefinitions) as SignalId[]
