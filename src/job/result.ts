import type {Letter} from '../letter/types.js'
import type {Evidence, JobConnection, JobItem, JobResult} from '../types.js'
import type {JobMatch, PostingItem, PostingPlace} from './types.js'

/** The JSON contract's `job` object (README, "JSON output") for one letter matched against a posting. */
export function jobResult(match: JobMatch, letter: Letter): JobResult {
  const {posting} = match
  const inLetter = (start: number, end: number): Evidence => ({text: letter.source.slice(start, end).replace(/\s+/g, ' ').trim(), ...letter.locate(start)})
  const result: Pick<JobResult, 'path' | 'via' | 'seniority' | 'salary'> = {path: posting.path}
  if (posting.via) result.via = posting.via
  if (posting.seniority) result.seniority = {level: posting.seniority.level, ...evidence(posting.seniority.place)}
  if (posting.salary) {
    const {text, currency, min, max, period, place} = posting.salary
    result.salary = {text, currency, min, max, ...(period ? {period} : {}), line: place.line, column: place.column}
  }
  return {
    ...result,
    signals: match.signals.map(({signal, letter: answer}) => ({
      id: signal.id,
      label: signal.label,
      mentions: signal.mentions.length,
      posting: evidence(signal.mentions[0]!),
      ...(answer ? {letter: inLetter(answer.start, answer.end)} : {})
    })),
    stack: posting.stack.map(item),
    phrases: posting.phrases.map(item),
    covered: match.covered.map((connection): JobConnection => ({...item(connection.item), letter: inLetter(connection.start, connection.end)})),
    missing: match.missing.map(item)
  }
}

function evidence(place: PostingPlace): Evidence {
  return {text: place.text, line: place.line, column: place.column}
}

function item(posting: PostingItem): JobItem {
  return {name: posting.name, type: posting.type, weight: posting.weight, mentions: posting.mentions.length, posting: evidence(posting.mentions[0]!)}
}
