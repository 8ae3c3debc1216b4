import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { markerAt, type Marker } from '../text/markers.js'
import { isSpace } from './spaces.js'

/** A line shorter than this is never read as a flattened page. */
const MIN_FLAT_LINE = 150
/** Styles that break a flattened line without a pair of their own: the section and sub-section headings. */
const HEADING_STYLES = new Set(['cn-dun', 'cn-paren'])

interface Candidate {
  /** The space run before the marker: [from, to). */
  from: number
  to: number
  marker: Marker
}

/**
 * Flattened pages: a page whose list was glued into one line, its items kept apart by spaces only
 * (`…圆满完成。 一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复… 2.落实…`). The space pass would
 * delete those spaces, the only separators left. A line is flattened when two items of one style
 * follow each other after spaces (` 1.…` then ` 2.…`); in such a line each space run before an item
 * of a style with such a pair, or before a section heading (` 一、`, ` （一）`), becomes a line break.
 * A run-in sentence (`分别是：1.…。2.…`) has no spaces and stays as it is; a single spaced marker
 * (`依照 （一）项`) does not make a line flattened. Each line split is an `info` diagnostic.
 *
 * @example
 * // '…完成。 一、加快提振 （一）全面促进。 1.把恢复… 2.落实…'
 * // → '…完成。\n一、加快提振\n（一）全面促进。\n1.把恢复…\n2.落实…'
 */
export function splitFlattenedLines(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  let ed: ReturnType<MappedText['edit']> | null = null
  for (let s = 0; s < t.length; ) {
    let e = t.indexOf('\n', s)
    if (e < 0) e = t.length
    if (e - s >= MIN_FLAT_LINE) {
      const breaks = flattenedBreaks(t, s, e)
      if (breaks.length) {
        ed ??= view.edit()
        for (const b of breaks) ed.replace(b.from, b.to, '\n')
        diags.add(view, 'info', 'line-split', `Split a flattened line at ${breaks.length} item marker${breaks.length > 1 ? 's' : ''} kept apart by spaces only`, breaks[0].to, e)
      }
    }
    s = e + 1
  }
  return ed ? ed.done() : view
}

/** The space runs of line [s, e) to turn into line breaks, in order; none when the line is not flattened. */
function flattenedBreaks(t: string, s: number, e: number): Candidate[] {
  const found: Candidate[] = []
  // indentation is not a separator
  while (s < e && isSpace(t.charCodeAt(s))) s++
  for (let i = s + 1; i < e; i++) {
    if (!isSpace(t.charCodeAt(i))) continue
    let j = i
    while (j < e && isSpace(t.charCodeAt(j))) j++
    const marker = j < e ? markerAt(t, j) : null
    if (marker && !marker.weak && !marker.sequence && marker.number !== null) found.push({ from: i, to: j, marker })
    i = j
  }
  if (found.length < 2) return []
  const paired = new Set<string>()
  const last = new Map<string, number>()
  for (const c of found) {
    const prev = last.get(c.marker.style)
    if (prev !== undefined && c.marker.number === prev + 1) paired.add(c.marker.style)
    last.set(c.marker.style, c.marker.number!)
  }
  if (paired.size === 0) return []
  return found.filter((c) => paired.has(c.marker.style) || HEADING_STYLES.has(c.marker.style))
}
