import type { Line } from '../tree/segment.js'

export type { Line }

/** Splits text into LF-terminated lines with their offsets. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = []
  // each break found by the native search, inside the range only (a slice is a view, not a copy)
  const range = from === 0 && to === text.length ? text : text.slice(from, to)
  for (let s = 0; ; ) {
    const lf = range.indexOf('\n', s)
    const e = lf < 0 ? range.length : lf
    lines.push({ start: from + s, end: from + e, text: range.slice(s, e) })
    if (lf < 0) break
    s = e + 1
  }
  return lines
}

/** The line's span without leading and trailing spaces. */
export function trimmed(line: Line): Line {
  let s = line.start
  let e = line.end
  const t = line.text
  let a = 0
  let b = t.length
  while (a < b && (t.charCodeAt(a) === 32 || t.charCodeAt(a) === 0x3000)) a++
  while (b > a && (t.charCodeAt(b - 1) === 32 || t.charCodeAt(b - 1) === 0x3000)) b--
  s += a
  e = s + (b - a)
  return { start: s, end: e, text: t.slice(a, b) }
}
