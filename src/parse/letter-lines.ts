/**
 * The lines that frame a letter: a greeting ("Dear Jane,", "Hiring team,") and a sign-off ("Best
 * regards, Sam Okafor"), recognised in a line's text. The letter's structure reads them, and so
 * do the LaTeX letter classes, which must not end a block at a sign-off while they render; so
 * they live here, below both.
 */

const salutationLine =
  /^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|to the (?:hiring|recruiting|recruitment)|attn|attention)\b/i
const addresseeLine = /^[\p{L} .'&-]{2,60}\b(?:team|manager|managers|recruiters?|recruitment|committee|panel|sirs?|madam)\s*[,:]$/iu
/** The end every addressee line has (same flags, so the same case folding: "ſ" reads "s"). */
const addresseeEnd = /(?:team|managers?|recruiters?|recruitment|committee|panel|sirs?|madam)\s*[,:]$/iu
/**
 * A template field standing where the greeting goes: "[HIRING MANAGER],", "{{manager}}:",
 * "[Company] Hiring Team,". It is a greeting (no-placeholders reports the field), so what stands
 * above it is not the opening.
 */
const placeholderGreeting = /^(?:\[[^\]\n]{1,40}\]|\{\{[^}\n]{1,40}\}\}|\$\{[^}\n]{1,40}\}|<[^>\n]{1,40}>)(?:\s+[\p{L}'&-]+){0,3}\s*[,:]$/u
const placeholderStart = /^(?:\[|\{\{|\$\{|<)/
/** A sign-off phrase in any case ("Best regards,", "yours sincerely", "With kind regards"). */
const closingPhrase =
  /^(?:yours (?:sincerely|faithfully|truly|respectfully)|sincerely(?: yours)?|(?:with )?(?:best|kind|kindest|warm|warmest|many) (?:regards|wishes|thanks)|regards|best|cheers|thanks(?: again| (?:and|&) (?:best |kind )?regards)?|thank you|with (?:thanks|gratitude|appreciation|best wishes)|respectfully(?: yours| submitted)?|gratefully|cordially|warmly|all (?:the|my) best|yours|(?:talk|speak) soon)\s*[,.!:]?/i
/**
 * What may follow it on the same line: a name, capitalised ("Best regards, Sam Okafor"), with a
 * title or letters ("Dr. Sam Okafor, MSc", "Sam Okafor (she/her)"), not more prose.
 */
const signatureName = /^(?:[\p{Lu}][\p{L}.'’-]*|\([^()]{1,20}\))(?:,?\s+(?:[\p{Lu}][\p{L}.'’-]*|\([^()]{1,20}\))){0,4}$/u

const decorationAtEnd = /[\s*_]/

/** Markup and decoration around a line: `**Dear Jane,**`, `> Dear Jane,`. */
function bare(line: string): string {
  const start = /^[\s>*_#-]*/.exec(line)![0].length
  // The end is trimmed by a loop: `/[\s*_]+$/` retries from every character of a long run of
  // spaces inside a line, which is quadratic (a hostile line of spaces took seconds).
  let end = line.length
  while (end > start && decorationAtEnd.test(line.charAt(end - 1))) end--
  return line.slice(start, end)
}

/**
 * How surely a line is a greeting: 2 for "Dear ...", "Hi ...", "To whom it may concern"; 1 for an
 * addressee line such as "Hiring team," (a greeting only when no surer one follows); 0 otherwise.
 */
export function salutationStrength(line: string): 0 | 1 | 2 {
  const text = bare(line)
  if (countWords(text) > 12) return 0
  if (salutationLine.test(text)) return 2
  // The two patterns of letters (\p{L}) cost milliseconds to compile on first use, and most lines
  // are neither: the cheap tests below are what each needs to match (its last words, its opening
  // bracket), so a letter whose lines never come close never compiles them.
  if (addresseeEnd.test(text) && addresseeLine.test(text)) return 1
  return placeholderStart.test(text) && placeholderGreeting.test(text) ? 1 : 0
}

export function isSalutationLine(line: string): boolean {
  return salutationStrength(line) > 0
}

/**
 * A sign-off line's words without Markdown around or inside them: `#### *Sincerely*,\` and
 * `**Best regards**,<br>` read "Sincerely," and "Best regards,".
 */
function bareSignOff(line: string): string {
  let text = bare(line)
  if (text.endsWith('\\')) text = text.slice(0, -1)
  else if (/<br\s*\/?>$/i.test(text)) text = text.slice(0, text.lastIndexOf('<'))
  return text.replace(/[*_`]+/g, '').trim()
}

export function isClosingLine(line: string): boolean {
  const text = bareSignOff(line)
  if (countWords(text) > 8) return false
  const phrase = closingPhrase.exec(text)
  if (!phrase) return false
  const rest = text.slice(phrase[0].length).trim()
  // The phrase must end where a word ends: "Bestow" is not "Best".
  return (rest === '' && phrase[0].length === text.length) || (/^[\s,.!]/.test(text.slice(phrase[0].length - 1)) && signatureName.test(rest))
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}
