/** Sets of [start, end) offset spans, for asking many times whether an offset lies inside one. */

/** Sorted, merged spans with a binary-search membership test (linear in matches, not quadratic). */
export class SpanSet {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  constructor(spans: Array<[number, number]>) {
    spans.sort((a, b) => a[0] - b[0])
    for (const [start, end] of spans) {
      const last = this.ends.length - 1
      if (last >= 0 && start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], end)
      else {
        this.starts.push(start)
        this.ends.push(end)
      }
    }
  }
  has(offset: number): boolean {
    let low = 0
    let high = this.starts.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (this.starts[mid] > offset) high = mid - 1
      else if (this.ends[mid] <= offset) low = mid + 1
      else return true
    }
    return false
  }
}
