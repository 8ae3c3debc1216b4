import type { Point, Position } from '../schema/position.js'

/**
 * The original input string and its line index: turns offsets into unist points.
 * Lines are split on LF, CRLF and CR (a CRLF is one break).
 */
export class SourceText {
  readonly lineStarts: number[]

  constructor(readonly text: string) {
    const starts = [0]
    // (no CR, as in most inputs: every break is an LF, found by the native search)
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c === 10) starts.push(i + 1)
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++
          starts.push(i + 1)
        }
      }
    }
    this.lineStarts = starts
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (this.lineStarts[mid] <= o) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1, offset: o }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) }
  }
}
