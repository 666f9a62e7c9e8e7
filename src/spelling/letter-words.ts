import type {Letter, LetterSentence, Token} from '../letter/types.js'

/** A word of the letter to check: one part of a hyphenated or slashed word ("payments-reconciliation"). */
export interface LetterWord {
  /** As written. */
  text: string
  start: number
  end: number
  /** First in its sentence, or after a colon, an opening quote or bracket: a capital there says nothing of a name. */
  initial: boolean
  /** In the greeting or the sign-off ("Dear Grace Castillo", "Kind regards, Quinn Adeyemi"), where a capitalised word is a name. */
  greeting: boolean
  /** For a part of a hyphenated word, the whole word written solid ("re-architected": "rearchitected"), which may be the known form. */
  solid?: string
}

/**
 * The words of a letter a spelling check reads: those of the sentences a reader reads (greeting
 * to sign-off; the address block and the signature are names and places). Left out: web
 * addresses, e-mail addresses, file names and paths (anything with a dot, an @ or a slash inside
 * that is not a plain "and/or"), words with a digit ("p99", "Sev-1", "k8s") and single letters.
 * Code never reaches a sentence.
 *
 * This runs on every word of every letter, so a word is classified in one pass over its
 * characters, and only the few that need it (hyphens, apostrophes, a trailing dot) are cut up.
 * `select` sees each word's text first, and only the words it keeps are made into objects (a
 * spelling check keeps the few it does not know).
 */
export function letterWords(letter: Letter, select: (text: string) => boolean = () => true): LetterWord[] {
  const out: LetterWord[] = []
  for (const sentence of letter.sentences) {
    const role = letter.blocks[sentence.block]?.role
    sentenceWords(sentence, role === 'salutation' || role === 'closing', select, out)
  }
  return out
}

/** What, before a word, makes it the start of a sentence for its capital. */
const openers = new Set([':', '"', '“', '‘', "'", '(', '[', '—', '–', '-', '•'])

function sentenceWords(sentence: LetterSentence, greeting: boolean, select: (text: string) => boolean, out: LetterWord[]): void {
  const {tokens} = sentence
  let initial = true
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') {
      if (token.kind !== 'whitespace') initial = openers.has(token.value) || (initial && token.kind === 'punctuation' && /^[*_]+$/.test(token.value))
      continue
    }
    const wasInitial = initial
    initial = false
    // A handle or a tag ("@sokafor", "#oncall"): a name as written, never prose.
    if (index > 0 && tokens[index - 1]!.end === token.start && (tokens[index - 1]!.value === '@' || tokens[index - 1]!.value === '#')) continue
    const shape = shapeOf(token.value)
    if (shape === Shape.plain) {
      if (token.value.length > 1 && select(token.value)) out.push({text: token.value, start: token.start, end: token.end, initial: wasInitial, greeting})
      continue
    }
    if (shape === Shape.address || (tokens[index + 1]?.value === ':' && (tokens[index + 2]?.value.startsWith('//') ?? false))) {
      // The tokeniser cuts "https://github.com/me/my-repo" into words and signs: skip to the next space.
      while (index + 1 < tokens.length && tokens[index + 1]!.kind !== 'whitespace') index++
      continue
    }
    if (shape === Shape.skip) continue
    addParts(token, wasInitial, greeting, select, out)
  }
}

enum Shape {
  /** Letters and apostrophes only: checked as it is. */
  plain,
  /** With hyphens or slashes, or a trailing full stop: checked part by part. */
  parts,
  /** With a digit or a sign: never checked ("p99", "C++", "e.g."). */
  skip,
  /** A web or e-mail address, or a domain ("github.com", "me@x.io"): it and what follows it up to a space are skipped. */
  address
}

function shapeOf(value: string): Shape {
  let shape = Shape.plain
  const last = value.length - 1
  for (let index = 0; index <= last; index++) {
    const code = value.charCodeAt(index)
    // a-z, A-Z and the straight apostrophe: the common case, decided without a table.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39) continue
    if (code === 45 || code === 47 || code === 0x2010 || code === 0x2011) shape = Shape.parts
    else if (code === 46) {
      if (index === last) shape = Shape.parts
      // "github.com", "Node.js": a letter or digit, a dot, two letters.
      else if (index > 0 && isLetterOrDigit(value.charCodeAt(index - 1)) && isLetter(value.charCodeAt(index + 1)) && isLetter(value.charCodeAt(index + 2))) return Shape.address
      else return Shape.skip
    } else if (code === 64) return Shape.address
    else if (code < 128) return Shape.skip
    // Beyond ASCII: letters ("café"), curly apostrophes; anything else is a sign.
    else if (code !== 0x2019 && code !== 0x2018 && !isLetterBeyondAscii(value, index)) return Shape.skip
  }
  return shape
}

/**
 * A letter ("é", "ß") or a combining accent; by case rather than by `/\p{L}/u`, whose first use
 * costs milliseconds. Letters of scripts without case are left out, and their words unchecked.
 */
function isLetterBeyondAscii(value: string, index: number): boolean {
  const code = value.charCodeAt(index)
  if (code >= 0x300 && code <= 0x36f) return true
  const char = value[index]!
  return char.toLowerCase() !== char.toUpperCase()
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127
}

function isLetterOrDigit(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57)
}

/** Parts of a word: "payments-reconciliation", "read/write". */
const partSeparator = /[-‐‑/]+/g

function addParts(token: Token, initial: boolean, greeting: boolean, select: (text: string) => boolean, out: LetterWord[]): void {
  // A trailing full stop the tokeniser kept ("etc.", "in." before a missing space) is not the word.
  let value = token.value
  while (value.endsWith('.')) value = value.slice(0, -1)
  // Offsets inside the token hold only when the token is written as its value (no character
  // references or escapes in between).
  const exact = token.end - token.start === token.value.length
  // Only short compounds ("re-architected"): a word of many parts is no word written solid, and
  // looking its whole length up for each part would make it quadratic.
  const solid = value.length <= 30 && /[-‐‑]/.test(value) && !value.includes('/') ? value.replace(/[-‐‑]+/g, '') : undefined
  let first = true
  let from = 0
  const push = (part: string, at: number): void => {
    const text = part.replace(/^['’‘]+|['’‘]+$/g, '')
    if (text.length < 2 || !select(text)) return
    const lead = part.indexOf(text)
    const start = exact ? token.start + at + lead : token.start
    const word: LetterWord = {text, start, end: exact ? start + text.length : token.end, initial: initial && first, greeting}
    if (solid) word.solid = solid
    out.push(word)
  }
  for (const match of value.matchAll(partSeparator)) {
    push(value.slice(from, match.index), from)
    first = false
    from = match.index + match[0].length
  }
  push(value.slice(from), from)
}

/**
 * A run of text that is a web or e-mail address: a scheme, an @, or a domain ("sokafor.dev",
 * lower case after the dot, unlike two sentences run together). A slash alone is not one
 * ("read/write", "pure/independant" are prose).
 */
const addressLike = /:\/\/|@|[A-Za-z0-9]\.[a-z]{2}/

/**
 * The words inside a letter's web and e-mail addresses, lower-cased
 * ("github.com/sokafor/ledgerd": github, com, sokafor, ledgerd): the names of the writer's
 * projects, sites and handles, which the letter may also write in its prose ("the ledgerd
 * daemon"). One pass over the source.
 */
export function addressWords(source: string): Set<string> {
  const words = new Set<string>()
  // Cut at brackets and quotes too: "[ledgerd](https://x.dev)" is a link's text and its address.
  for (const run of source.split(/[\s()[\]<>"'`]+/)) {
    if (run.length < 4 || !addressLike.test(run)) continue
    for (const part of run.split(/[^A-Za-z]+/)) if (part.length > 1) words.add(part.toLowerCase())
  }
  return words
}
