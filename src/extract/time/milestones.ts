import grammar from '../../../grammars/time/milestones.json' with { type: 'json' }
import { canonicalize, endOf, startOf, toCanon, type Canon } from './canon.js'
import { lexicon, WordList } from './lexicon.js'
import { scanTime, type ScanOptions, type TimeMatch } from './scan.js'
import { escapeRegExp } from '../../text/regexp.js'

const labels = WordList.fromWords(grammar.labels)
// The label end and every character the canonical copy maps to it (： and :).
const labelEnds = [grammar.labelEnd, ...[...lexicon.canonChars].filter(([, to]) => to === grammar.labelEnd).map(([from]) => from)]
/** A schedule label with its colon (进度安排：, 时间节点:), longest label first. */
const LABEL = new RegExp(
  `(?:${[...grammar.labels]
    .sort((x, y) => y.length - x.length)
    .map(escapeRegExp)
    .join('|')})[${labelEnds.map(escapeRegExp).join('')}]`,
  'g',
)
const targets = WordList.fromWords(grammar.targets)
const sentenceEnd = new Set([...grammar.sentenceEnd])
const clauseEnd = new Set([...grammar.clauseEnd])
const trimChars = new Set([...grammar.trim])

/** Turns the label-end pre-test of `scheduleLabels` off, for the test that holds it to the unguarded search. @internal */
export const colonGate = { enabled: true }

/**
 * Where the schedule blocks of `text[from, to)` start: each label of grammars/time/milestones.json
 * followed by its colon (进度安排：, 时间节点：, 推进计划：).
 *
 * @example
 * scheduleLabels('一、时间节点：2024年6月底前完成梳理。', 0, 20) // → [2]
 */
export function scheduleLabels(text: string, from: number, until: number): number[] {
  const starts: number[] = []
  // exec on the range's slice, not matchAll: matchAll clones the regex for every clause
  const range = text.slice(from, until)
  // (no label end, no label: most clauses hold no colon, and the labels' alternation is tried at every position)
  if (colonGate.enabled && !labelEnds.some((end) => range.includes(end))) return starts
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
  const until = Math.min(text.length, options.to ?? text.length)
  const canon = canonicalize(text, from, until)
  const canonical = canon.text
  // skip a leading label (进度安排：)
  let body = 0
  while (body < canonical.length && trimChars.has(canonical[body])) body++
  const label = labels.longestAt(canonical, body)
  if (label && canonical[body + label[0].length] === grammar.labelEnd) body += label[0].length + 1
  const { matches } = scanTime(text, { ...options, from: startOf(canon, body), to: until })
  const times = matches.map((m) => ({ m, start: toCanon(canon, m.index), end: toCanon(canon, m.end) }))

  const out: MilestoneMatch[] = []
  let nextTime = 0 // next time match
  let sentenceStart = body
  while (sentenceStart < canonical.length) {
    // one sentence
    let sentenceStop = sentenceStart
    while (sentenceStop < canonical.length && !sentenceEnd.has(canonical[sentenceStop])) sentenceStop++
    const clauses: Clause[] = []
    let clauseStart = sentenceStart
    while (clauseStart < sentenceStop) {
      let clauseStop = clauseStart
      while (clauseStop < sentenceStop && !clauseEnd.has(canonical[clauseStop])) clauseStop++
      const clause: Clause = { start: clauseStart, end: clauseStop, sep: clauseStop < sentenceStop ? canonical[clauseStop] : (canonical[sentenceStop] ?? '') }
      while (nextTime < times.length && times[nextTime].start < clauseStop) {
        if (times[nextTime].start >= clauseStart && !clause.time) {
          clause.time = times[nextTime].m
          let cutStart = times[nextTime].start
          const targetWord = UNDATED.has(times[nextTime].m.rule) ? undefined : targets.before(canonical, cutStart)
          if (targetWord && cutStart - targetWord[0].length >= clauseStart) cutStart -= targetWord[0].length
          clause.cut = UNDATED.has(times[nextTime].m.rule) ? undefined : [cutStart, Math.min(times[nextTime].end, clauseStop)]
        }
        nextTime++
      }
      clauses.push(clause)
      clauseStart = clauseStop + 1
    }
    out.push(...groupSentence(canon, clauses))
    sentenceStart = sentenceStop + 1
  }
  return out
}

/** Group the clauses of one sentence into milestones. */
function groupSentence(canon: Canon, clauses: Clause[]): MilestoneMatch[] {
  const groups: Group[] = []
  let cur: Group | undefined
  for (const clause of clauses) {
    if (isBlank(canon.text, clause.start, clause.end)) continue
    if (clause.time) {
      if (cur && !cur.time) {
        cur.time = clause.time
        cur.clauses.push(clause)
      } else {
        cur = { time: clause.time, clauses: [clause] }
        groups.push(cur)
      }
    } else if (cur) cur.clauses.push(clause)
    else {
      cur = { clauses: [clause] }
      groups.push(cur)
    }
  }
  const out: MilestoneMatch[] = []
  let previousAction = ''
  for (const group of groups) {
    const parts: string[] = []
    for (const clause of group.clauses) {
      // a dated clause ending in ： is a label (近期重点突破的工作：修订…)
      if (clause.time && clause.sep === '：' && group.clauses.length > 1) continue
      const piece = clause.cut ? canon.text.slice(clause.start, clause.cut[0]) + canon.text.slice(clause.cut[1], clause.end) : canon.text.slice(clause.start, clause.end)
      const trimmed = trim(piece)
      if (trimmed) parts.push(trimmed)
    }
    let action = parts.join('，')
    // 2015年6月前，升级改版…平台，持续推进: the same work goes on
    if (!action && group.time && previousAction) action = previousAction
    previousAction = action || previousAction
    const first = group.clauses[0]
    const last = group.clauses[group.clauses.length - 1]
    const index = startOf(canon, first.start)
    const end = endOf(canon, first.start, last.end)
    out.push({ deadline: group.time ?? null, action, index, end: Math.max(index, end) })
  }
  return out
}

function trim(piece: string): string {
  let start = 0
  let end = piece.length
  while (start < end && trimChars.has(piece[start])) start++
  while (end > start && trimChars.has(piece[end - 1])) end--
  return piece.slice(start, end)
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!trimChars.has(text[i])) return false
  return true
}
