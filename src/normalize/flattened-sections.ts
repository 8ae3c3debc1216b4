import { CONVENTIONAL_ORDER, RUN_IN_AFTER, markerAt, mayOpenStyle, outranks, styleBits } from '../text/markers.js'
import { isSpace } from './spaces.js'

/**
 * The longest heading a flattened page prints with its first sub-item glued after it (`一、总体目标(一)指导思想…`; a doc-share
 * page's `一、节能减排总体要求和主要目标(一)总体要求。…` has thirteen, outside119 08 — corpus identical at sixteen).
 */
const MAX_GLUED_HEADING = 16
/** The shortest such heading. */
const MIN_GLUED_HEADING = 2
/** Markers read in order before a line counts as a flattened page. */
const MIN_SECTION_MARKERS = 3
/** What a heading never holds: a sentence end, a colon or a comma (then it is a sentence, and the marker after it a reference). */
const NOT_HEADING = /[。；：！？，,;:!?]/
/**
 * The styles a break can be read at: not weak, no sequence, and in the conventional order (a dotted style's
 * markers carry its depth after the id, so it is kept whole). Where none of them can open, the loop below skips
 * the position without building a marker (one per code unit of a long line otherwise).
 */
const BREAK_STYLES = styleBits((s) => !s.weak && !s.sequence && !s.inlineOnly && CONVENTIONAL_ORDER.some((o) => o === s.id || o.startsWith(`${s.id}-`)))

interface Accepted {
  at: number
  style: string
  end: number
}

/**
 * A whole document flattened onto one line with nothing between its parts (an aggregator's page, outside41 05):
 * `…制定本方案。一、总体目标(一)指导思想以…。(二)工作目标到2020年…。二、主要任务(一)开展…建设1.分期分批…`. Where to
 * break line [from, e): before each marker of the conventional hierarchy (grammars/numbering.json conventionalOrder,
 * 一、 › （一） › 1. …) read in order — the next number of its list, or the first item of a style below the marker
 * before — that follows a sentence end (numbering.json runInAfter) or a short heading (2–16 characters with no
 * sentence end, colon or comma since the marker before: `一、总体目标` then `（一）`).
 *
 * Strict, because long paragraphs enumerate inside their sentences (`下列材料：（一）…；（二）…`, `民事判决：一、…；二、…`,
 * `第一百十七條之一、`; 21 lines of ≥ 150 characters in corpus/ + bulk, none of them a flattened page, flat31's
 * count): the line breaks only when at least one first sub-item is glued to its short heading and the highest style
 * read is numbered on (一、 then 二、). A marker after a space or 第, out of order, or inside a sentence
 * (`按照（一）项`, `附件1.`, `第二、三款`) is text. An arabic item counts with its mark only (`1.`, `1、`), not
 * before a digit (`1.2`).
 */
export function flattenedSectionBreaks(t: string, from: number, e: number): number[] {
  const last = new Map<string, number>()
  const accepted: Accepted[] = []
  let headed = 0
  const numberedOn = new Set<string>()
  for (let i = from + 1; i < e; i++) {
    if (!mayOpenStyle(t, i, BREAK_STYLES)) continue
    const marker = markerAt(t, i)
    if (!marker || marker.weak || marker.sequence || marker.number === null || !CONVENTIONAL_ORDER.includes(marker.style)) continue
    const before = t[i - 1]
    if (isSpace(before.charCodeAt(0)) || before === '第') continue
    if (/\d/.test(t[marker.end] ?? '') || /\d$/.test(t.slice(marker.start, marker.end))) continue
    const prev = accepted.at(-1)
    const next = last.has(marker.style) && marker.number === last.get(marker.style)! + 1
    const opens = marker.number === 1 && !last.has(marker.style) && (!prev || outranks(prev.style, marker.style))
    if (!next && !opens) continue
    // (the gap is measured before it is sliced: a line of 100k out-of-order markers stays linear)
    const gap = prev ? i - prev.end : 0
    const heading = prev !== undefined && gap >= MIN_GLUED_HEADING && gap <= MAX_GLUED_HEADING && !NOT_HEADING.test(t.slice(prev.end, i))
    if (!RUN_IN_AFTER.has(before) && !heading) continue
    if (opens && heading && prev && outranks(prev.style, marker.style)) headed++
    if (next) numberedOn.add(marker.style)
    accepted.push({ at: i, style: marker.style, end: marker.end })
    last.set(marker.style, marker.number)
    for (const style of CONVENTIONAL_ORDER) if (outranks(marker.style, style)) last.delete(style)
    i = marker.end - 1
  }
  if (accepted.length < MIN_SECTION_MARKERS || headed === 0) return []
  const top = CONVENTIONAL_ORDER.find((style) => accepted.some((a) => a.style === style))!
  if (!numberedOn.has(top)) return []
  return accepted.map((a) => a.at)
}
