import {stemmer} from 'stemmer'

/**
 * Words compared by their stems, so a letter connects to a posting in its own inflection:
 * "reconciling payments" answers "payments reconciliation", "evals" answers "evaluation".
 * Porter's stemmer (the one retext-keywords uses) gives `reconcil` for "reconciling" but
 * `reconcili` for "reconciliation"; `sameStem` accepts such near misses.
 */

/** The stem of one word: lower case, typographic apostrophes straightened, possessive dropped. */
export function stem(word: string): string {
  const plain = word.toLowerCase().replace(/[’‘]/g, "'").replace(/'s?$/, '')
  return stemmer(plain)
}

/** Whether two stems are one word: equal, or one extends the other (of four or more letters) by at most two. */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short)
}
