/**
 * Capitals, without Unicode property patterns: `/\p{Lu}/u` costs milliseconds to compile on its
 * first use in a process, and a single-letter run cannot afford it. ASCII letters are decided by
 * their codes; any other character by whether lower-casing changes it.
 */

export function isUpper(word: string, index: number): boolean {
  const code = word.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  const char = word[index]!
  return char.toLowerCase() !== char
}

/** How a word is capitalised: "Ledger", "SLOs", "GitHub", "ledger". */
export type CaseShape = 'lower' | 'capitalised' | 'acronym' | 'mixed'

export function caseShape(word: string): CaseShape {
  const first = isUpper(word, 0)
  let upper = 0
  let lower = 0
  let innerUpper = false
  for (let index = 0; index < word.length; index++) {
    if (isUpper(word, index)) {
      upper++
      if (index > 0) innerUpper = true
    } else if (isLower(word, index)) lower++
  }
  // An acronym is capitals, with at most a plural or possessive s: "SLOs", "API's".
  if (first && upper > 1 && lower <= 1 && (lower === 0 || word.endsWith('s'))) return 'acronym'
  if (innerUpper) return 'mixed'
  return first ? 'capitalised' : 'lower'
}

function isLower(word: string, index: number): boolean {
  const code = word.charCodeAt(index)
  if (code < 128) return code >= 97 && code <= 122
  const char = word[index]!
  return char.toUpperCase() !== char
}
