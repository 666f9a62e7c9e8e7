import type {CompanySource} from '../types.js'

export type {CompanySource} from '../types.js'

/**
 * Company names as a reader recognises them: "Globex Logistics Ltd", "GLOBEX LOGISTICS" and
 * "Globex Logistics's" are one company; "Acme" is not "Acme Payments"; a folder called
 * `acme-payments` names Acme Payments. Shared by the `wrong-company` rule, the posting reader
 * (src/job/organisation.ts) and the CLI's look over an applications repository.
 */


/** The company a letter is for. */
export interface LetterCompany {
  /** As it should be written: the config's, front matter's or posting's spelling. */
  name: string
  via: CompanySource
  /** Where that was read, for messages: `applications/acme/job.md`, `.coverlintrc.json`. */
  source?: string
}

/** Another company the repository knows, which a letter for this company should not name. */
export interface OtherCompany {
  name: string
  /** Where it is known from, as messages say it: `another application (applications/globex/job.md)`. */
  source: string
  /**
   * Known only from a folder name (a slug, which has no capitals): matched only where the letter
   * writes it as a name, so a folder `bolt/` never flags "bolt on a cache".
   */
  fromFolder?: boolean
}

/** A company name as the words it is compared by (lower case, legal suffix and "The" dropped). */
export type NameKey = readonly string[]

/** Legal forms that follow a name and never tell two companies apart. */
const legalSuffixes = new Set([
  'ltd',
  'limited',
  'plc',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'gmbh',
  'ag',
  'sa',
  'sarl',
  'bv',
  'nv',
  'pty',
  'pte',
  'corp',
  'corporation',
  'co'
])

/** Suffixes written in lower case too ("Tesco plc"); the rest only count capitalised ("Co", not "co-founded"). */
const lowerCaseSuffixes = new Set(['ltd', 'limited', 'plc', 'inc', 'llc', 'llp', 'gmbh'])

function isSuffix(token: NameToken): boolean {
  return legalSuffixes.has(token.key) && (token.capitalised || lowerCaseSuffixes.has(token.key))
}

/** A word of a name: letters and digits, joined inside by `.`, `&`, `'` (Booking.com, AT&T, O'Reilly); or `&` alone. */
const wordPattern = /[\p{L}\p{N}]+(?:[.&'’][\p{L}\p{N}]+)*|&/gu

export interface NameToken {
  /** Compared form: lower case, no accents, no possessive 's, "and" as "&". */
  key: string
  start: number
  /** The end of the name's part of the word ("Globex's" ends before the 's). */
  end: number
  /** Whether the word starts with a capital letter or a digit (a name, not an ordinary word). */
  capitalised: boolean
}

/** The words of `text` (from `offset` in a larger source), as names are compared. */
export function nameTokens(text: string, offset = 0): NameToken[] {
  const tokens: NameToken[] = []
  for (const match of text.matchAll(wordPattern)) {
    let word = match[0]
    const possessive = /['’]s$/i.exec(word)
    if (possessive) word = word.slice(0, -2)
    const start = offset + match.index
    tokens.push({key: keyOf(word), start, end: start + word.length, capitalised: /^[\p{Lu}\p{N}&]/u.test(word)})
  }
  return tokens
}

function keyOf(word: string): string {
  const lower = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'")
  return lower === 'and' ? '&' : lower
}

/** The words a name is compared by: "The Globex Logistics Ltd." is `globex logistics`. */
export function nameKey(name: string): NameKey {
  const keys = nameTokens(name).map((token) => token.key)
  while (keys.length > 1 && keys[0] === 'the') keys.shift()
  while (keys.length > 1 && (legalSuffixes.has(keys.at(-1)!) || keys.at(-1) === '&')) keys.pop()
  return keys
}

/** A name as a letter writes it in prose: "Acme Payments Ltd." is "Acme Payments". */
export function withoutLegalSuffix(name: string): string {
  let trimmed = name.trim()
  for (;;) {
    const suffix = /[\s,]+([\p{L}]+)\.?$/u.exec(trimmed)
    if (!suffix || !legalSuffixes.has(suffix[1]!.toLowerCase()) || nameKey(trimmed.slice(0, suffix.index)).length === 0) return trimmed
    trimmed = trimmed.slice(0, suffix.index).replace(/[\s,&]+$/, '')
  }
}

/** A folder name (`acme-payments`, `globex_logistics_ltd`) as a name's words. */
export function slugKey(slug: string): NameKey {
  return nameKey(slug.replace(/[-_]+/g, ' '))
}

/** A folder name as a name to show, when nothing better is known: `acme-payments` is "Acme Payments". */
export function nameFromSlug(slug: string): string {
  return slug
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

export function sameName(a: NameKey, b: NameKey): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index])
}

/** Whether every word of `part` appears, in order and together, in `whole` ("Acme" in "Acme Payments"). */
export function containsName(whole: NameKey, part: NameKey): boolean {
  if (part.length === 0 || part.length > whole.length) return false
  for (let from = 0; from + part.length <= whole.length; from++) {
    if (part.every((word, index) => whole[from + index] === word)) return true
  }
  return false
}

/** One place a name is written. */
export interface NameMatch {
  start: number
  /** After the name, and after a legal suffix that follows it ("Globex Logistics Ltd"). */
  end: number
  /** Index into the names searched for. */
  name: number
}

export interface SearchName {
  key: NameKey
  /**
   * Match only where the first word is written as a name (a capital letter or a digit). Names of
   * one word need it ("Bolt", not "bolt on"); so do names known only from a folder.
   */
  capitalised: boolean
}

/**
 * Where `names` are written in the tokens of one stretch of text: at each word the longest name
 * that starts there, left to right, never overlapping. Case does not matter (beyond
 * `capitalised`), a legal suffix after the name is taken into the match, and a line break inside
 * a name is still the name.
 */
export function findNames(tokens: readonly NameToken[], names: readonly SearchName[]): NameMatch[] {
  const byFirst = new Map<string, number[]>()
  names.forEach((name, index) => {
    const first = name.key[0]
    if (first === undefined) return
    const list = byFirst.get(first)
    if (list) list.push(index)
    else byFirst.set(first, [index])
  })
  const matches: NameMatch[] = []
  for (let at = 0; at < tokens.length; at++) {
    let best: {name: number; length: number} | undefined
    for (const index of byFirst.get(tokens[at]!.key) ?? []) {
      const {key, capitalised} = names[index]!
      if (capitalised && !tokens[at]!.capitalised) continue
      if (at + key.length > tokens.length) continue
      if (!key.every((word, offset) => tokens[at + offset]!.key === word)) continue
      if (!best || key.length > best.length) best = {name: index, length: key.length}
    }
    if (!best) continue
    let last = at + best.length - 1
    while (last + 1 < tokens.length && isSuffix(tokens[last + 1]!)) last++
    matches.push({start: tokens[at]!.start, end: tokens[last]!.end, name: best.name})
    at = last
  }
  return matches
}

/** What `lint()` is told about the companies, besides what the letter and its posting say. */
export interface CompanyOptions {
  /** The company from config (`company`). The letter's own front matter wins over it. */
  company?: string | {name: string; source: string}
  /** The application folder's name (`acme-payments`): the company when nothing else says. */
  folder?: string | {slug: string; source: string}
  /** Every other company the repository knows: a letter for this company should name none of them. */
  others?: ReadonlyArray<string | OtherCompany>
}

/** What the `wrong-company` rule reads: the letter's company, and the others it must not name. */
export interface CompanyContext {
  company: LetterCompany
  others: OtherCompany[]
}

/**
 * Which company a letter is for, most specific first: the letter's front matter (`company:`),
 * the config's `company`, the name its posting gives, its application folder's name. Other
 * companies that are the same company, or part of its name ("Acme" for Acme Payments: a letter
 * may shorten its addressee's name), are dropped from `others`; so are repeats.
 */
export function companyContext(
  options: CompanyOptions,
  known: {frontMatter?: string | undefined; posting?: {name: string; source: string} | undefined}
): CompanyContext | undefined {
  const company = letterCompany(options, known)
  if (!company || nameKey(company.name).length === 0) return undefined
  const own = nameKey(company.name)
  const seen: NameKey[] = []
  const others: OtherCompany[] = []
  for (const item of options.others ?? []) {
    const other = typeof item === 'string' ? {name: item, source: 'a company you listed'} : item
    const key = other.fromFolder ? slugKey(other.name) : nameKey(other.name)
    if (key.length === 0 || containsName(own, key) || seen.some((known) => sameName(known, key))) continue
    seen.push(key)
    others.push(other)
  }
  return {company, others}
}

function letterCompany(options: CompanyOptions, known: {frontMatter?: string | undefined; posting?: {name: string; source: string} | undefined}): LetterCompany | undefined {
  const {company: config, folder} = options
  if (known.frontMatter) return {name: known.frontMatter, via: 'front-matter'}
  if (typeof config === 'string') return {name: config, via: 'config'}
  if (config) return {name: config.name, via: 'config', source: config.source}
  if (known.posting) return {name: known.posting.name, via: 'posting', source: known.posting.source}
  if (typeof folder === 'string') return {name: nameFromSlug(folder), via: 'folder'}
  if (folder) return {name: nameFromSlug(folder.slug), via: 'folder', source: folder.source}
  return undefined
}
