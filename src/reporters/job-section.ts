import type {ChalkInstance} from 'chalk'
import type {JobItem, JobResult} from '../types.js'
import {clip, hang} from './layout.js'

const foundBy: Record<NonNullable<JobResult['via']>, string> = {
  flag: 'given with --job',
  config: 'named by the config',
  beside: 'found beside the letter'
}

/**
 * The stylish report's "Against the job spec" section: which posting, what it states (level,
 * pay, the themes it stresses), coverage as `n of m`, each item the letter connects to with
 * both sides' words and places, then what it leaves out, most stressed first. Lines wrap to
 * `columns`.
 */
export function jobSection(job: JobResult, paint: ChalkInstance, columns: number): string[] {
  const lines = hang(`  ${paint.bold('Against the job spec')}  `, [job.path, ...(job.via ? [paint.dim(`(${foundBy[job.via]})`)] : [])], columns, 4)
  const facts: string[] = []
  if (job.seniority) facts.push(`${job.seniority.level.charAt(0).toUpperCase()}${job.seniority.level.slice(1)} role`)
  if (job.salary) facts.push(job.salary.text)
  if (job.signals.length > 0) {
    facts.push(`stresses ${job.signals.map((signal) => `${signal.label} ×${signal.mentions} ${signal.letter ? paint.green('✔') : paint.red('✘')}`).join(', ')}`)
  }
  if (facts.length > 0) lines.push(...hang('    ', facts, columns, 4, {separator: ' · '}))
  const total = job.stack.length + job.phrases.length
  if (total === 0) {
    lines.push(...hang(`    ${paint.yellow('Nothing could be extracted:')} `, 'no technology or key phrase recognised, so coverage is not assessed.', columns, 4))
    return lines
  }
  const count = (type: JobItem['type']): string => {
    const all = type === 'technology' ? job.stack.length : job.phrases.length
    return `${job.covered.filter((item) => item.type === type).length} of ${all}`
  }
  lines.push(`    Coverage ${paint.bold(`${job.covered.length} of ${total}`)} (stack ${count('technology')}, key phrases ${count('phrase')})`)
  const width = Math.min(32, Math.max(...[...job.covered, ...job.missing].map((item) => item.name.length)))
  const name = (item: JobItem): string => clip(item.name, 32).padEnd(width)
  const inPosting = (item: JobItem): string => paint.dim(`posting ${item.posting.line}:${item.posting.column}${item.mentions > 1 ? `, ${item.mentions} mentions` : ''}`)
  // Long lines break between the letter's side and the posting's, under the item's name.
  const indent = 4 + 2 + width + 2
  for (const item of job.covered) {
    const letter = `letter ${item.letter.line}:${item.letter.column} "${clip(item.letter.text, 44)}"`
    lines.push(...hang(`    ${paint.green('✔')} ${name(item)}  `, [letter, inPosting(item)], columns, indent, {separator: '  '}))
  }
  for (const item of job.missing) lines.push(`    ${paint.red('✘')} ${name(item)}  ${inPosting(item)}`)
  return lines
}

