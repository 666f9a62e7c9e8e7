/**
 * How many of the first indexes `0..count-1` pass `holds`, for a test that passes and then
 * fails along them (items sorted by what it tests). By bisection: the one search every "which
 * token, piece, line or section holds this offset" lookup uses.
 */
export function countWhile(count: number, holds: (index: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (holds(middle)) low = middle + 1
    else high = middle
  }
  return low
}
