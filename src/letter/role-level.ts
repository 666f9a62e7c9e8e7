import type {ParsedDocument} from '../parse/document.js'
import type {JobSeniority} from '../types.js'
import data from './data/role-levels.json' with {type: 'json'}

/** The level of the role a letter names as the one it applies for, and where it says so. */
export interface NamedRoleLevel {
  level: JobSeniority
  /** Offsets into the document's source of the words that name the role ("your graduate software engineer role"). */
  start: number
  end: number
}

const escape = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[- ]')
const alternation = (phrases: readonly string[]): string => [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|')

const levelOf = new Map<string, JobSeniority>()
for (const {level, phrases} of [...data.levels, ...data.selfRoles]) for (const phrase of phrases) levelOf.set(phrase, level as JobSeniority)

/** Up to two words of a name or a year before the level ("the Northgate Labs graduate role", "your 2026 graduate intake"), up to four after it ("graduate software engineer role"). */
const named = new RegExp(
  String.raw`\b(your|the|this)\s+(?:[\w&'’-]+\s+){0,2}?(?:(${alternation(data.selfRoles.flatMap((entry) => entry.phrases))})|(${alternation(data.levels.flatMap((entry) => entry.phrases))})(?:[\s-]+[A-Za-z+#./&-]+){0,4}?[\s-]+(?:${alternation(data.roleNouns)}))\b`,
  'gi'
)
const applyCue = new RegExp(String.raw`\b(?:${alternation(data.applyCues)})\b`, 'i')
/** Where a sentence ends, for the applying cue: a full stop, a question or exclamation mark, or a blank line. */
const sentenceEnd = /[.!?]\s|\n\s*\n/g

/**
 * The level of the role the letter itself names as the one it applies for, read where neither the
 * config nor a posting states a level: "I am applying for your graduate software engineer role" is
 * judged as a junior letter. The first role named wins (the opening names it). "your ... role" is
 * always the role applied for; "the ... role" only in a sentence that says it applies, so a role
 * held before ("I joined the graduate scheme at Acme") is not read as the one sought.
 */
export function namedRoleLevel(document: ParsedDocument): NamedRoleLevel | undefined {
  const {source} = document
  for (const block of document.blocks) {
    const text = source.slice(block.start, block.end)
    named.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = named.exec(text)) !== null) {
      const [whole, owner = '', selfRole, level] = match
      const phrase = (selfRole ?? level ?? '').toLowerCase().replace(/\s+/g, ' ')
      const found = levelOf.get(phrase) ?? levelOf.get(phrase.replace(/ /g, '-'))
      if (!found) continue
      if (owner.toLowerCase() !== 'your' && !applyCue.test(sentenceAround(text, match.index, match.index + whole.length))) continue
      return {level: found, start: block.start + match.index, end: block.start + match.index + whole.length}
    }
  }
  return undefined
}

/** The sentence of `text` that holds `from`..`to`. */
function sentenceAround(text: string, from: number, to: number): string {
  let start = 0
  let end = text.length
  sentenceEnd.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = sentenceEnd.exec(text)) !== null) {
    if (match.index < from) start = match.index + match[0].length
    else if (match.index >= to) {
      end = match.index
      break
    }
  }
  return text.slice(start, end)
}
