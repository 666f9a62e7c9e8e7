import {nameKey, nameTokens, sameName, withoutLegalSuffix, type NameKey} from '../letter/companies.js'
import {stripEnds} from '../util/strip-ends.js'
import {bareLine, headingSection, lines as nonBlankLines} from './sections.js'

/** Who is hiring and for what, as a posting says it in its first lines. Offsets are into its source. */
export interface Organisation {
  /** The organisation's name, as the posting writes it ("Northlight Health"). */
  company?: {name: string; start: number; end: number}
  /** The title line, less the company when the title names it ("Staff Engineer — AI Platform"). */
  title?: {text: string; start: number; end: number}
}

interface Candidate {
  name: string
  key: NameKey
  start: number
  end: number
  weight: number
}

/** A role's words: a title part holding one is the role, not the company. */
const roleWords =
  /\b(?:engineer|engineering manager|developer|programmer|architect|scientist|analyst|designer|manager|lead|head|director|principal|staff|intern|internship|graduate|apprentice|consultant|specialist|administrator|sre|devops|cto|vp|officer|researcher)s?\b/i
/** Words that end a team's name, not a company's: "Staff Engineer — AI Platform" names a team. */
const teamWords = /\b(?:platform|team|squad|tribe|engineering|infrastructure|data|services|product|growth|core|api|backend|frontend|ml|ai|security|reliability|operations)$/i
/** First words of a line under the title that are places, terms or pay, not a name. */
const notNames =
  /^(?:london|manchester|edinburgh|bristol|leeds|glasgow|cambridge|oxford|birmingham|belfast|cardiff|liverpool|newcastle|sheffield|nottingham|brighton|reading|remote|hybrid|uk|united kingdom|england|scotland|wales|ireland|europe|emea|anywhere|on-?site|office|full[- ]time|part[- ]time|permanent|contract|fixed[- ]term|salary|pay|equity|location|hours|we|our|us|you|your|the role|the team|this role|about|senior|junior|mid|staff|principal)\b/i
const labelled = /^(?:company|organi[sz]ation|employer|hiring company)\s*:\s*(.+)$/i
/** A name in prose: capitalised words, joined by "&", "and", "of" (Marks & Spencer, Bank of England). */
const capitalisedRun = /(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*)(?: (?:&|and|of|[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*))*/uy
/** Longer lines are prose, never a title or a line of facts. */
const maxLine = 200
/** How many "at X" and "X is a" mentions are read, and how many candidates are counted in the text. */
const maxMentions = 40
const maxCounted = 8

/**
 * Read the organisation's name from a posting's text, the way a reader finds it: a
 * `Company:` line; the title ("Backend Engineer at Acme Payments", "Acme Payments — Backend
 * Engineer"); the first fact on the lines under the title ("**Tallyhook** · London"); an "About
 * Acme Payments" heading; "at Acme Payments", "join Acme Payments" or "Acme Payments is" in the
 * prose. Each says so with a weight; a name the posting repeats gains; the heaviest wins when it
 * is more than a passing mention. Works on any format's text (Markdown decoration is ignored).
 */
export function readOrganisation(source: string): Organisation {
  const lines = nonBlankLines(source)
  const first = lines[0]
  if (!first) return {}
  const candidates: Candidate[] = []
  const add = (text: string, start: number, weight: number): void => {
    const name = cleanName(text)
    if (!name) return
    const at = start + text.indexOf(name)
    candidates.push({name, key: nameKey(name), start: at, end: at + name.length, weight})
  }

  // The title: "X at Company", or parts split by a dash, bar or middle dot. A first line longer
  // than a title can be is prose, not a title (and is never searched with these patterns).
  const titleText = source.slice(first.start, first.end)
  if (titleText.length > maxLine) return {}
  const title = bareLine(titleText)
  const titleStart = first.start + titleText.indexOf(title)
  const at = /\s(?:at|@)\s+(.+)$/i.exec(title)
  let role = title
  if (at && roleWords.test(title.slice(0, at.index))) {
    add(at[1]!, titleStart + at.index + at[0].indexOf(at[1]!), 4)
    role = title.slice(0, at.index).trim()
  } else {
    let offset = 0
    for (const part of title.split(/(\s+[—–|·•]\s+|\s+-\s+)/)) {
      if (!/^\s+[—–|·•-]\s+$/.test(part) && !roleWords.test(part) && !teamWords.test(part.trim())) add(part, titleStart + offset, 1.5)
      offset += part.length
    }
  }

  // Up to three short lines under the title, before a heading: company, place, pay.
  for (const line of lines.slice(1, 4)) {
    const text = source.slice(line.start, line.end)
    if (text.length > maxLine) break
    const bare = bareLine(text)
    if (headingSection(text, true) !== undefined || bare.split(/\s+/).length > 14 || /[.!?]$/.test(bare)) break
    const label = labelled.exec(bare)
    if (label) {
      add(label[1]!, line.start + text.indexOf(label[1]!), 5)
      continue
    }
    const segment = /^(?:\*\*|__)?([^·|•,(—–]+?)(?:\*\*|__)?\s*(?:[·|•,(—–]|\s-\s|$)/.exec(text.trim())
    if (segment && !/\d|£|\$|€/.test(segment[1]!)) add(segment[1]!, line.start + text.indexOf(segment[1]!), /^\s*(?:\*\*|__)/.test(text) ? 3 : 2)
  }

  // Anywhere: a labelled line, an "About X" heading, and X after "at" or "join" or before "is".
  for (const line of lines.slice(1)) {
    const text = source.slice(line.start, line.end)
    if (text.length > maxLine) continue
    const bare = bareLine(text)
    const label = labelled.exec(bare)
    if (label && lines.indexOf(line) > 3) add(label[1]!, line.start + text.indexOf(label[1]!), 5)
    const about = /^(?:about|life at|why join|working at)\s+(.+)$/i.exec(bare)
    if (about && bare.split(/\s+/).length <= 6) add(about[1]!, line.start + text.indexOf(about[1]!), 3)
  }
  // Names are short: the captures are bounded, so a long line costs linear time, and only the
  // first mentions count (a name is said early).
  let mentions = 0
  for (const match of source.matchAll(/\b(?:[Aa]t|[Jj]oin(?:ing)?) ([\p{Lu}\p{N}][^\n,.;:!?()]{0,60})|(?:^|[.!?] )([\p{Lu}\p{N}][^\n,.;:!?()]{0,60}?) (?:is|are) (?:a|an|the|building|hiring|growing|on a mission)\b/gmu)) {
    if (++mentions > maxMentions) break
    const text = match[1] ?? match[2]!
    capitalisedRun.lastIndex = 0
    const run = capitalisedRun.exec(text)
    if (run) add(run[0], match.index + match[0].indexOf(text), 1)
  }

  const best = choose(candidates, source)
  const organisation: Organisation = {}
  if (best) organisation.company = {name: best.name, start: best.start, end: best.end}
  // The role is the title less the company, when the company is in it.
  if (best && role === title) {
    const inTitle = title.indexOf(best.name)
    if (inTitle >= 0) role = title.slice(0, inTitle).replace(/\s*(?:[—–|·•,-]|\bat\b|@)\s*$/i, '') || title.slice(inTitle + best.name.length).replace(/^\s*(?:[—–|·•,-])\s*/, '')
  }
  if (role.trim()) {
    const start = titleStart + Math.max(0, title.indexOf(role.trim()))
    organisation.title = {text: role.trim(), start, end: start + role.trim().length}
  }
  return organisation
}

/** The heaviest name, with a point for each time the posting writes it elsewhere (up to three); none under 2. */
function choose(candidates: readonly Candidate[], source: string): Candidate | undefined {
  const groups: Array<{first: Candidate; weight: number}> = []
  for (const candidate of candidates) {
    const group = groups.find((item) => sameName(item.first.key, candidate.key))
    if (group) group.weight += candidate.weight
    else groups.push({first: candidate, weight: candidate.weight})
  }
  // The heaviest few are counted in the text, by the places their first word is written.
  groups.sort((a, b) => b.weight - a.weight)
  const tokens = nameTokens(source)
  const byWord = new Map<string, number[]>()
  tokens.forEach((token, index) => {
    const list = byWord.get(token.key)
    if (list) list.push(index)
    else byWord.set(token.key, [index])
  })
  let best: {first: Candidate; weight: number} | undefined
  for (const group of groups.slice(0, maxCounted)) {
    const {key} = group.first
    let mentions = 0
    for (const index of byWord.get(key[0] ?? '') ?? []) {
      if (key.every((word, offset) => tokens[index + offset]?.key === word)) mentions++
    }
    const weight = group.weight + Math.min(3, Math.max(0, mentions - 1))
    if (!best || weight > best.weight) best = {first: group.first, weight}
  }
  return best && best.weight >= 2 ? best.first : undefined
}

/** A candidate trimmed of decoration and trailing words that are not the name; undefined when it is not a name. */
function cleanName(text: string): string | undefined {
  const written = stripEnds(text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' '), /[\s,.:;!?'’-]/).replace(/['’]s$/i, '')
  if (written.length > 80) return undefined
  const name = withoutLegalSuffix(written)
  if (name.length < 2 || name.length > 60 || name.split(' ').length > 6) return undefined
  if (!/^[\p{Lu}\p{N}]/u.test(name) || notNames.test(name) || roleWords.test(name)) return undefined
  if (/^(?:us|you|our|the|this|a|an)$/i.test(name)) return undefined
  return name
}
