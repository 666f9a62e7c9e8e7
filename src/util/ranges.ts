import {countWhile} from './bisect.js'

/** A stretch of text by offsets into the file: `start` inclusive, `end` exclusive. */
export interface Range {
  start: number
  end: number
}

/**
 * A set of ranges, kept as disjoint runs in order, that answers "does this non-empty range
 * overlap any of them?" by bisection. For rules that check each match against everything found
 * or skipped so far, where a list and `some()` is quadratic on a long document.
 */
export class RangeSet {
  /** Disjoint, in order; touching ranges are joined (the same answers for non-empty queries). */
  private readonly runs: Range[] = []

  constructor(ranges: Iterable<Range> = []) {
    for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
      const last = this.runs.at(-1)
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
      else this.runs.push({start: range.start, end: range.end})
    }
  }

  /** Whether `start`..`end` (non-empty) overlaps a range of the set. */
  overlaps(start: number, end: number): boolean {
    const index = this.firstEndingAfter(start)
    const run = this.runs[index]
    return run !== undefined && run.start < end
  }

  add(start: number, end: number): void {
    const index = this.firstEndingAfter(start - 1)
    // Join every run this one touches or overlaps.
    let last = index
    let from = start
    let to = end
    while (last < this.runs.length && this.runs[last]!.start <= end) {
      from = Math.min(from, this.runs[last]!.start)
      to = Math.max(to, this.runs[last]!.end)
      last++
    }
    this.runs.splice(index, last - index, {start: from, end: to})
  }

  /** The index of the first run whose end is after `offset`. */
  private firstEndingAfter(offset: number): number {
    return countWhile(this.runs.length, (index) => this.runs[index]!.end <= offset)
  }
}
