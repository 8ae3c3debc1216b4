import grammar from '../../../grammars/time/milestones.json' with { type: 'json' }
import { canonicalize, endOf, startOf, toCanon, type Canon } from './canon.js'
import { lexicon, WordList } from './lexicon.js'
import { scanTime, type ScanOptions, type TimeMatch } from './scan.js'

const labels = WordList.of(grammar.labels)
// The label end and every character the canonical copy maps to it (： and :).
const labelEnds = [grammar.labelEnd, ...[...lexicon.canonChars].filter(([, to]) => to === grammar.labelEnd).map(([from]) => from)]
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A schedule label with its colon (进度安排：, 时间节点:), longest label first. */
const LABEL = new RegExp(
  `(?:${[...grammar.labels].sort((x, y) => y.length - x.length).map(escape).join('|')})[${labelEnds.map(escape).join('')}]`,
  'g',
)
const targets = WordList.of(grammar.targets)
const sentenceEnd = new Set([...grammar.sentenceEnd])
const clauseEnd = new Set([...grammar.clauseEnd])
const trimChars = new Set([...grammar.trim])

/**
 * Where the schedule blocks of `text[from, to)` start: each label of grammars/time/milestones.json
 * followed by its colon (进度安排：, 时间节点：, 推进计划：).
 *
 * @example
 * scheduleLabels('一、时间节点：2024年6月底前完成梳理。', 0, 20) // → [2]
 */
export function scheduleLabels(text: string, from: number, to: number): number[] {
  const starts: number[] = []
  // exec on the range's slice, not matchAll: matchAll clones the regex for every clause
  const range = text.slice(from, to)
  LABEL.lastIndex = 0
  for (let found = LABEL.exec(range); found !== null; found = LABEL.exec(range)) starts.push(from + found.index)
  return starts
}

/** One step of a 进度安排 block: what is to be done and by when (null when no time is printed). */
export interface MilestoneMatch {
  deadline: TimeMatch | null
  action: string
  /** Offsets in `text` of the milestone's words (end exclusive). */
  index: number
  end: number
}

/** Expressions that carry no date: kept inside the action text (立即启动有关工作). */
const UNDATED = new Set(['ongoing', 'immediate', 'near-term'])

interface Clause {
  start: number // canonical
  end: number // canonical, before the separator
  sep: string
  time?: TimeMatch
  /** Canonical range of the time inside the clause (plus a target word before it). */
  cut?: [number, number]
}

interface Group {
  time?: TimeMatch
  clauses: Clause[]
}

/**
 * Split a schedule block (进度安排：2015年6月底前，完善…；2015年底前，探索…。) into milestones,
 * each a deadline and its action. A clause that starts with a date opens a milestone; clauses
 * without a date join the milestone before them, or the next one when the sentence opens with
 * the action (加强媒体典型案例宣传工作，2015年全年持续推进). The dated words are cut from the
 * action (争取在2015年年底完成 → 争取完成); undated ones (立即, 长期坚持) stay in it.
 *
 * @example
 * splitMilestones('进度安排：2015年6月底前完成准备工作，12月底前启动运行。')
 * // → [{ deadline: {…date: '2015-06-30'}, action: '完成准备工作' },
 * //    { deadline: {…date: '2015-12-31', inferred: { year: 'item' }}, action: '启动运行' }]
 */
export function splitMilestones(text: string, options: ScanOptions = {}): MilestoneMatch[] {
  const from = Math.max(0, options.from ?? 0)
  const to = Math.min(text.length, options.to ?? text.length)
  const c = canonicalize(text, from, to)
  const s = c.s
  // skip a leading label (进度安排：)
  let body = 0
  while (body < s.length && trimChars.has(s[body])) body++
  const label = labels.at(s, body)
  if (label && s[body + label[0].length] === grammar.labelEnd) body += label[0].length + 1
  const { matches } = scanTime(text, { ...options, from: startOf(c, body), to })
  const times = matches.map((m) => ({ m, start: toCanon(c, m.index), end: toCanon(c, m.end) }))

  const out: MilestoneMatch[] = []
  let t = 0 // next time match
  let i = body
  while (i < s.length) {
    // one sentence
    let j = i
    while (j < s.length && !sentenceEnd.has(s[j])) j++
    const clauses: Clause[] = []
    let k = i
    while (k < j) {
      let e = k
      while (e < j && !clauseEnd.has(s[e])) e++
      const cl: Clause = { start: k, end: e, sep: e < j ? s[e] : s[j] ?? '' }
      while (t < times.length && times[t].start < e) {
        if (times[t].start >= k && !cl.time) {
          cl.time = times[t].m
          let cs = times[t].start
          const tw = UNDATED.has(times[t].m.rule) ? undefined : targets.before(s, cs)
          if (tw && cs - tw[0].length >= k) cs -= tw[0].length
          cl.cut = UNDATED.has(times[t].m.rule) ? undefined : [cs, Math.min(times[t].end, e)]
        }
        t++
      }
      clauses.push(cl)
      k = e + 1
    }
    out.push(...groupSentence(text, c, clauses))
    i = j + 1
  }
  return out
}

/** Group the clauses of one sentence into milestones. */
function groupSentence(text: string, c: Canon, clauses: Clause[]): MilestoneMatch[] {
  const groups: Group[] = []
  let cur: Group | undefined
  for (const cl of clauses) {
    if (isBlank(c.s, cl.start, cl.end)) continue
    if (cl.time) {
      if (cur && !cur.time) {
        cur.time = cl.time
        cur.clauses.push(cl)
      } else {
        cur = { time: cl.time, clauses: [cl] }
        groups.push(cur)
      }
    } else if (cur) cur.clauses.push(cl)
    else {
      cur = { clauses: [cl] }
      groups.push(cur)
    }
  }
  const out: MilestoneMatch[] = []
  let previousAction = ''
  for (const g of groups) {
    const parts: string[] = []
    for (const cl of g.clauses) {
      // a dated clause ending in ： is a label (近期重点突破的工作：修订…)
      if (cl.time && cl.sep === '：' && g.clauses.length > 1) continue
      const piece = cl.cut ? c.s.slice(cl.start, cl.cut[0]) + c.s.slice(cl.cut[1], cl.end) : c.s.slice(cl.start, cl.end)
      const trimmed = trim(piece)
      if (trimmed) parts.push(trimmed)
    }
    let action = parts.join('，')
    // 2015年6月前，升级改版…平台，持续推进: the same work goes on
    if (!action && g.time && previousAction) action = previousAction
    previousAction = action || previousAction
    const first = g.clauses[0]
    const last = g.clauses[g.clauses.length - 1]
    const index = startOf(c, first.start)
    const end = endOf(c, first.start, last.end)
    out.push({ deadline: g.time ?? null, action, index, end: Math.max(index, end) })
  }
  return out
}

function trim(x: string): string {
  let a = 0
  let b = x.length
  while (a < b && trimChars.has(x[a])) a++
  while (b > a && trimChars.has(x[b - 1])) b--
  return x.slice(a, b)
}

function isBlank(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!trimChars.has(s[i])) return false
  return true
}
