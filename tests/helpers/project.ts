import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {temporaryFolder} from './temporary.js'

/**
 * A letter of our own for config tests: strong on scale and database depth, with one cliché
 * ("team player"), no operations evidence and no AI-infrastructure evidence. Under the
 * defaults that is one error (operations-evidence) and two warnings.
 */
export const letter = [
  'Dear Alex Morgan,',
  '',
  'Last year I rebuilt the order-routing service at Fenwick Freight as an event-driven pipeline that now handles 4,000 orders a minute, and cut p99 latency from 900ms to 140ms.',
  '',
  'I redesigned the indexes on our 80M-row shipments table after EXPLAIN ANALYZE showed sequential scans, and ran the schema migration with zero downtime. Moving the nightly reconciliation job onto read replicas took it from four hours to 25 minutes. I am a team player who enjoys pairing with analysts on query plans.',
  '',
  'I would like to bring the same care to the routing platform Harrow\'s posting describes, and would welcome a conversation about it.',
  '',
  'Yours sincerely,',
  'Casey Doyle',
  ''
].join('\n')

/**
 * A throwaway project: `files` maps paths to contents (objects are written as JSON). A
 * package.json at the top marks the project root, where the config search stops, unless
 * `files` says otherwise (`'package.json': null` leaves it out). Removed after the test file.
 */
export function project(files: Record<string, string | object | null>): string {
  const root = temporaryFolder('cover-lint-config-')
  const all: Record<string, string | object | null> = {'package.json': {name: 'letters', private: true}, ...files}
  for (const [path, content] of Object.entries(all)) {
    if (content === null) continue
    const target = join(root, path)
    mkdirSync(dirname(target), {recursive: true})
    writeFileSync(target, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`)
  }
  return root
}
