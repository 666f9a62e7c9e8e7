import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {corpusDir} from './corpus.js'

/**
 * The recruiting guide the rules come from lives beside the repository, with the corpus
 * (`../shared/guide`): it is read at test time, never copied in. Suites that need it skip when it
 * is absent.
 */
const guidePath = join(dirname(corpusDir), 'guide', 'backend-engineer-cover-letter-guide.txt')
export const hasGuide = existsSync(guidePath)

/** The guide's example letter, as the guide prints it (with its template fields, "[Company]"). */
export function guideExample(): string {
  const text = readFileSync(guidePath, 'utf8')
  const start = text.indexOf('Example backend engineer cover letter')
  const end = text.indexOf('Why this works', start)
  if (start < 0 || end < 0) throw new Error(`${guidePath}: no example letter found`)
  return `${text.slice(text.indexOf('\n', start) + 1, end).trim()}\n`
}

/** The example with its template fields filled in, as a candidate would send it. */
export function filledGuideExample(): string {
  return guideExample()
    .replace('[Hiring Manager / Hiring Partner]', 'Priya Shah')
    .replace('[Company]', 'Ledgerline')
    .replace('[Your Name]', 'Sam Okafor')
}
