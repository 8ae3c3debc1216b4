import grammar from '../../../grammars/time/stages.json' with { type: 'json' }
import type { Stage } from '../../schema/time.js'
import { dayAfter, dayBefore, iso, toDate } from './calendar.js'
import { canonicalize, endOf, startOf, type Canon } from './canon.js'
import { isAsciiDigit, isCnNumeral, WordList } from './lexicon.js'
import { readCnPositional, readSmallNumber } from './numerals.js'
import { markerAt } from '../../text/markers.js'
import { scanTime, type TimeMatch } from './scan.js'

const sectionHeadings = WordList.fromWords(grammar.sectionHeadings)
const divide = WordList.fromWords(grammar.summary.divide)
const listIntro = WordList.fromWords(grammar.summary.listIntro)
const listTail = WordList.fromWords(grammar.summary.listTail)
const headingEnd = new Set([...grammar.headingEnd])
const SENTENCE = new Set(['。', '；', '\n'])
const MAX_GOAL_BLOCKS = 20

/** A paragraph or clause of the document, with its offset in the document. */
export interface StageBlock {
  text: string
  offset: number
  /** Outline level when known (smaller = higher); a stage section ends at a block of its level or above. */
  level?: number
  /** The heading of the section the block is in, when known (三、实施步骤). */
  heading?: string
}

/** A stage and the offsets (in the document, via the blocks' offsets) of its heading and goal. */
export interface StageMatch {
  stage: Omit<Stage, 'position'>
  index: number
  end: number
}

interface Head {
  block: number
  c: Canon
  /** canonical offsets */
  nameStart: number
  headEnd: number
  rawEnd: number
  name: string
  time: TimeMatch
  atBlockStart: boolean
  stageWord: boolean
  /** Marker style of the heading's block (（一）→ cn-paren, as in grammars/numbering.json), if any. */
  family?: string
}

/**
 * The stages of a plan from its paragraphs: headings like `（一）全面实施，初见成效（2013年）。…`,
 * `启动实施阶段（2006年）。…`, `第一阶段（2013年底前）：全面铺开。…`, or, when there are none, a
 * summary like `从2012年到2022年共分四个阶段，要求A、B、C、D的目标`.
 *
 * Names: the heading words before the bracket (`全面实施，初见成效`, `启动实施阶段`); for
 * `第一阶段（…）：全面铺开` the name is `第一阶段：全面铺开`. `goal` is the stage's text after
 * its heading. Names and goals come from the canonical copy (full-width punctuation), `raw` is
 * the heading as printed.
 *
 * Dates: a bare year or range in the bracket is the stage's span; a deadline (2013年底前) is its
 * end, and its start (not printed) is the day after the previous stage ends, or the document
 * date for the first (`inferred.start`). A summary gives only the span: the first stage
 * starts at its start, the last ends at its end, the rest are null (inferred flags set).
 *
 * @example
 * findStages([{ text: '（一）全面实施，初见成效（2013年）。创建工作全面启动。', offset: 0 },
 *             { text: '（二）重点推进，明显进步（2014-2015年）。…', offset: 30 }])
 * // → [{ name: '全面实施，初见成效', start: '2013-01-01', end: '2013-12-31', … }, …]
 */
const AFTER_STOP = '。' + grammar.ordinalPrefix

export function findStages(blocks: StageBlock[], options: { documentDate?: string } = {}): StageMatch[] {
  const heads: Head[] = []
  const inSection: boolean[] = []
  const families: Array<string | undefined> = []
  let section: { family?: string; level?: number } | null = null
  const canons: Canon[] = []
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]
    const c = canonicalize(block.text)
    canons[b] = c
    const s = c.text
    let j = 0
    while (j < s.length && (s[j] === ' ' || s[j] === '\n')) j++
    const marker = readMarker(s, j)
    const k = marker ? marker.end : j
    // a new heading of the section's family or level ends the stage section
    if (section && ((block.level !== undefined && section.level !== undefined && block.level <= section.level) || (marker && section.family && marker.family === section.family))) section = null
    if (sectionHeadings.len(s, k) && sectionHeadings.len(s, k) + k + 6 >= Math.min(s.length, firstOf(s, k, SENTENCE))) {
      section = { family: marker?.family, level: block.level }
    }
    families[b] = marker?.family
    inSection[b] = section !== null || (block.heading !== undefined && sectionHeadings.words.some((w) => block.heading!.includes(w)))
    // candidate heads: the block start, and 第…阶段 after any sentence end
    const starts = [k]
    if (grammar.ordinalPrefix.length === 1) {
      // 。第 found natively, not by a one-character string per position
      for (let t = s.indexOf(AFTER_STOP, k); t !== -1; t = s.indexOf(AFTER_STOP, t + 1)) starts.push(t + 1)
    } else for (let t = k + 1; t < s.length; t++) if (s[t - 1] === '。' && s[t] === grammar.ordinalPrefix) starts.push(t)
    for (const p of starts) {
      const h = readHead(c, p, b, p === k)
      if (h) heads.push({ ...h, family: marker?.family })
    }
  }
  // which heads are stages: 阶段 in the name, inside a stage section, or a run of two or more
  const accepted = heads.filter((h, n) => {
    if (h.stageWord) return true
    if (!h.atBlockStart) return false
    if (inSection[h.block]) return true
    const prev = heads[n - 1]
    const next = heads[n + 1]
    return (prev?.atBlockStart && prev.block === h.block - 1) || (next?.atBlockStart && next.block === h.block + 1)
  })
  if (accepted.length === 0) return summaryStages(blocks, canons)

  const out: StageMatch[] = []
  for (let n = 0; n < accepted.length; n++) {
    const h = accepted[n]
    const next = accepted[n + 1]
    const block = blocks[h.block]
    const goalEnd = next && next.block === h.block ? next.nameStart : h.c.text.length
    let goal = trimText(h.c.text.slice(h.headEnd, goalEnd))
    let endOffset = block.offset + endOf(h.c, h.nameStart, trimEnd(h.c.text, goalEnd))
    if (!goal && h.atBlockStart) {
      // a heading alone in its block: the goal is the text of the blocks under it, up to the
      // next stage or the next heading of the same rank
      const parts: string[] = []
      const stop = next ? next.block : blocks.length
      for (let b = h.block + 1; b < stop && b <= h.block + MAX_GOAL_BLOCKS; b++) {
        if (families[b] !== undefined && (families[b] === h.family || !inSection[b])) break
        const t = trimText(canonicalize(blocks[b].text).text)
        if (!t) continue
        parts.push(t)
        endOffset = blocks[b].offset + trimEndRaw(blocks[b].text)
      }
      goal = parts.join('\n')
    }
    const d = h.time.deadline
    let start: string | null = null
    let end: string | null = null
    if (d.kind === 'range' || d.kind === 'ongoing') {
      start = d.start ?? null
      end = d.end ?? null
    } else if (d.kind === 'due' && h.time.bare && h.time.period) {
      start = h.time.period.start
      end = h.time.period.end
    } else if (d.kind === 'due') end = d.date ?? null
    else if (d.kind === 'start') start = d.start ?? d.date ?? null
    const stage: Omit<Stage, 'position'> = {
      name: h.name,
      raw: block.text.slice(startOf(h.c, h.nameStart), endOf(h.c, h.nameStart, h.rawEnd)),
      start,
      end,
    }
    if (goal) stage.goal = goal
    out.push({ stage, index: block.offset + startOf(h.c, h.nameStart), end: endOffset })
  }
  inferBounds(out, options.documentDate)
  return out
}

/** Fill unprinted starts (day after the previous end, or the document date) and ends. */
function inferBounds(matches: StageMatch[], documentDate?: string): void {
  const stages = matches.map((m) => m.stage)
  for (let n = 0; n < stages.length; n++) {
    const st = stages[n]
    if (st.start === null) {
      const prevEnd = n > 0 ? toDate(stages[n - 1].end) : null
      const doc = toDate(documentDate)
      st.start = prevEnd ? iso(dayAfter(prevEnd)) : n === 0 && doc ? iso(doc) : null
      st.inferred = { ...st.inferred, start: true }
    }
  }
  for (let n = 0; n < stages.length; n++) {
    const st = stages[n]
    if (st.end === null) {
      const nextStart = n + 1 < stages.length && !stages[n + 1].inferred?.start ? toDate(stages[n + 1].start) : null
      st.end = nextStart ? iso(dayBefore(nextStart)) : null
      st.inferred = { ...st.inferred, end: true }
    }
  }
}

/** `从2012年到2022年共分四个阶段，要求A、B、C、D的目标`: the span, and names when the list has N items. */
function summaryStages(blocks: StageBlock[], canons: Canon[]): StageMatch[] {
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]
    const c = canons[b]
    const s = c.text
    const at = s.indexOf(grammar.summary.count)
    if (at < 0) continue
    // the count: 四 / 4 right before 个阶段
    let q = at
    while (q > 0 && (isCnNumeral(s[q - 1]) || isAsciiDigit(s[q - 1]))) q--
    const num = readCnPositional(s, q) ?? readSmallNumber(s, q)
    if (!num || num.end !== at || num.value < 2 || num.value > 12) continue
    const div = divide.before(s, q)
    if (!div) continue
    // the span: a range in the same sentence before the count
    let sentStart = q
    while (sentStart > 0 && !SENTENCE.has(s[sentStart - 1])) sentStart--
    const { matches } = scanTime(s, { from: sentStart, to: q })
    const span = [...matches].reverse().find((m) => m.deadline.kind === 'range' && m.deadline.start && m.deadline.end)
    if (!span) continue
    const n = num.value
    // names: the 、 list after the count
    let l = at + grammar.summary.count.length
    while (l < s.length && (s[l] === '，' || s[l] === '：')) l++
    const intro = listIntro.longestAt(s, l)
    if (intro) l += intro[0].length
    const listEnd = firstOf(s, l, SENTENCE)
    const items = s.slice(l, listEnd).split(grammar.summary.separator)
    let names: string[]
    if (items.length === n) {
      const lastItem = items[n - 1]
      const tail = listTail.before(lastItem, lastItem.length)
      if (tail) items[n - 1] = lastItem.slice(0, lastItem.length - tail[0].length)
      names = items.map((x) => trimText(x))
    } else names = Array.from({ length: n }, (_, k) => `${grammar.ordinalPrefix}${k + 1}${grammar.stageWord}`)
    const spanStart = span.index // scanned on the canonical copy: canonical offsets
    const index = block.offset + startOf(c, spanStart)
    const endOff = block.offset + endOf(c, spanStart, listEnd)
    const raw = block.text.slice(startOf(c, spanStart), endOf(c, spanStart, listEnd))
    return names.map((name, k) => ({
      stage: {
        name,
        raw,
        start: k === 0 ? span.deadline.start! : null,
        end: k === n - 1 ? span.deadline.end! : null,
        inferred: { start: true, end: true },
      },
      index,
      end: endOff,
    }))
  }
  return []
}

/**
 * A stage heading at `p`: name（time）followed by 。/：. For `第一阶段（…）：全面铺开。` the short
 * name after the colon joins the name.
 */
function readHead(c: Canon, p: number, block: number, atBlockStart: boolean): Head | undefined {
  const s = c.text
  const open = findWithin(s, p, '（', grammar.maxNameLength)
  if (open <= p) return undefined
  const close = findWithin(s, open + 1, '）', 40)
  if (close < 0) return undefined
  let name = s.slice(p, open)
  if (/[。；]/.test(name)) return undefined
  const { matches } = scanTime(s, { from: open + 1, to: close })
  if (matches.length !== 1) return undefined
  const time = matches[0]
  if (time.index > open + 1 || time.end < close) return undefined
  const stageWord = name.endsWith(grammar.stageWord)
  let headEnd = close + 1
  let rawEnd = close + 1
  if (stageWord && name.startsWith(grammar.ordinalPrefix) && s[close + 1] === '：') {
    const stop = firstOf(s, close + 2, new Set(['。', '；', '\n']))
    if (stop - (close + 2) > 0 && stop - (close + 2) <= grammar.maxShortNameLength) {
      name = `${name}：${s.slice(close + 2, stop)}`
      rawEnd = stop
      headEnd = stop + 1
    }
  }
  if (headEnd === close + 1 && headingEnd.has(s[headEnd])) headEnd++
  name = trimText(name)
  if (!name) return undefined
  // 一阶段（…） is the tail of a broken line (…区分了第⏎一阶段), not a heading
  if (stageWord && !name.startsWith(grammar.ordinalPrefix) && isCnNumeral(name[0]) && name.length <= grammar.stageWord.length + 2) return undefined
  return { block, c, nameStart: p, headEnd, rawEnd, name, time, atBlockStart, stageWord }
}

/**
 * The clause marker a block starts with, read by the one marker grammar (grammars/numbering.json):
 * its end and its style (（一） → cn-paren), so a sibling heading ends a section. A marker that
 * names a stage itself (第一阶段) is part of the heading's name, not a marker before it.
 */
function readMarker(s: string, j: number): { end: number; family: string } | undefined {
  const m = markerAt(s, j)
  if (!m || m.weak || m.key.endsWith(grammar.stageWord)) return undefined
  return { end: m.end, family: m.style }
}

function findWithin(s: string, from: number, ch: string, max: number): number {
  const lim = Math.min(s.length, from + max + 1)
  for (let i = from; i < lim; i++) {
    if (s[i] === ch) return i
    if (s[i] === '\n') return -1
  }
  return -1
}

function firstOf(s: string, from: number, set: Set<string>): number {
  let i = from
  while (i < s.length && !set.has(s[i])) i++
  return i
}

const TRIM = new Set([' ', '，', '。', '：', '；', '\n', '、'])
function trimText(x: string): string {
  let a = 0
  let b = x.length
  while (a < b && TRIM.has(x[a])) a++
  while (b > a && TRIM.has(x[b - 1])) b--
  return x.slice(a, b)
}

/** Length of `raw` without trailing spaces / punctuation (the end offset of a goal block). */
function trimEndRaw(raw: string): number {
  let b = raw.length
  while (b > 0 && (TRIM.has(raw[b - 1]) || raw[b - 1] === '\u3000' || raw[b - 1] === '\r' || raw[b - 1] === '\t')) b--
  return b
}

function trimEnd(s: string, end: number): number {
  let b = end
  while (b > 0 && TRIM.has(s[b - 1])) b--
  return b
}
