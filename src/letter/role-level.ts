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

const levelOf = new Map<string, JobSeniority>()
for (const {level, phrases} of [...data.levels, ...data.selfRoles]) for (const phrase of phrases) levelOf.set(phrase.replace(/-/g, ' '), level as JobSeniority)
const selfRoles = new Set(data.selfRoles.flatMap((entry) => entry.phrases))
const owners = new Set(['your', 'the', 'this'])
const longestLevel = Math.max(...[...levelOf.keys()].map((phrase) => phrase.split(' ').length))

/**
 * Start-up cost, measured: one pattern of the level phrases between an owner word and a role noun,
 * with optional words around them, took 8 ms to compile on its first use. Here a short pattern
 * finds the role nouns, and the few words before each are looked up in a map.
 */
const roleNoun = new RegExp(String.raw`\b(?:${data.roleNouns.join('|')})\b`, 'gi')
const applyCue = new RegExp(String.raw`\b(?:${data.applyCues.join('|')})\b`, 'i')
/** Where a sentence ends, for the applying cue: a full stop, a question or exclamation mark, or a blank line. */
const sentenceEnd = /[.!?]\s|\n\s*\n/g
/** A word of a role's name: letters, digits, and the marks names use ("C#", "Node.js", "Opportunities-Software"). */
const wordPattern = /[\w&'’+#./]+/g

interface Word {
  key: string
  start: number
  end: number
}

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
    roleNoun.lastIndex = 0
    for (let match = roleNoun.exec(text); match !== null; match = roleNoun.exec(text)) {
      const found = roleBefore(text, match.index, match.index + match[0].length)
      if (!found) continue
      if (found.owner !== 'your' && !applyCue.test(sentenceAround(text, found.start, found.end))) continue
      return {level: found.level, start: block.start + found.start, end: block.start + found.end}
    }
  }
  return undefined
}

/**
 * The role named by the words before a role noun at `from`..`to`: an owner word ("your", "the",
 * "this"), up to two words of a name or a year, a level phrase, up to four words of a title, the
 * noun ("your 2026 graduate intake", "the Junior Backend Developer position"); or the noun is a
 * level itself ("your summer internship").
 */
function roleBefore(text: string, from: number, to: number): {owner: string; level: JobSeniority; start: number; end: number} | undefined {
  // Nine words at most: an owner, two of a name, a level of up to two words, four of a title.
  const window = text.slice(Math.max(0, from - 120), from)
  const offset = from - window.length
  const words: Word[] = [...window.matchAll(wordPattern)].map((word) => ({key: word[0].toLowerCase().replace(/-/g, ' '), start: offset + word.index, end: offset + word.index + word[0].length}))
  // Nothing but spaces and hyphens between the words kept and the noun: a comma or a full stop ends the name.
  let first = words.length
  while (first > 0 && /^[\s-]*$/.test(text.slice(words[first - 1]!.end, first === words.length ? from : words[first]!.start)) && words.length - first < 9) first--
  const name = words.slice(first)
  const noun = text.slice(from, to).toLowerCase()
  for (let at = name.length - 1; at >= 0; at--) {
    if (!owners.has(name[at]!.key)) continue
    const owner = name[at]!.key
    const start = name[at]!.start
    if (selfRoles.has(noun) && name.length - at <= 3) return {owner, level: 'junior', start, end: to}
    // The level within two words after the owner, the noun within four words after the level.
    for (let begin = at + 1; begin <= at + 3 && begin < name.length; begin++) {
      for (let size = Math.min(longestLevel, name.length - begin); size >= 1; size--) {
        const phrase = name.slice(begin, begin + size).map((word) => word.key).join(' ')
        const level = levelOf.get(phrase) ?? (selfRoles.has(`${phrase} ${noun}`) ? 'junior' : undefined)
        if (level && name.length - (begin + size) <= 4) return {owner, level, start, end: to}
      }
    }
    return undefined
  }
  return undefined
}

/** The sentence of `text` that holds `from`..`to`. */
function sentenceAround(text: string, from: number, to: number): string {
  let start = 0
  let end = text.length
  sentenceEnd.lastIndex = 0
  for (let match = sentenceEnd.exec(text); match !== null; match = sentenceEnd.exec(text)) {
    if (match.index < from) start = match.index + match[0].length
    else if (match.index >= to) {
      end = match.index
      break
    }
  }
  return text.slice(start, end)
}
