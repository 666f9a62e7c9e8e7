/**
 * The closest of `candidates` to `input`, for "did you mean" hints; undefined when nothing is
 * close. Ties go to the candidate that shares the longest start with the input ("rule" -> "rules",
 * not "role"): people mistype endings more than beginnings.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const typed = input.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  let bestPrefix = -1
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase()
    const distance = editDistance(typed, lower)
    const prefix = commonPrefix(typed, lower)
    if (distance < bestDistance || (distance === bestDistance && prefix > bestPrefix)) {
      best = candidate
      bestDistance = distance
      bestPrefix = prefix
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined
}

/** " (did you mean \"x\"?)" or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates)
  return match ? ` (did you mean "${match}"?)` : ''
}

function commonPrefix(a: string, b: string): number {
  let length = 0
  while (length < a.length && a[length] === b[length]) length++
  return length
}

/** Levenshtein distance with one row of memory. */
function editDistance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}
