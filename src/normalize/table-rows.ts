import columns from '../../grammars/table-columns.json' with { type: 'json' }
import labels from '../../grammars/roles/labels.json' with { type: 'json' }
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { withSpaceUnits } from '../text/regex-ends.js'
import { codeSet } from '../text/brackets.js'
import { simplifiedFormOf } from './script.js'

/** Words a task table's header cells are made of: its column words and the role labels. */
const COLUMN_WORDS = new Set<string>([...columns.serial, ...columns.task, ...columns.deadline, ...columns.other, ...labels.labels.map((l) => l.label)])
const SERIAL = new Set(columns.serial)
const TASK = new Set(columns.task)
const ROLE = new Set(labels.labels.map((l) => l.label))
const DEADLINE = new Set(columns.deadline)
/**
 * The code units a header line can hold: those of its cells (every one a column word), its separators
 * (`|`, tab, spaces) and what trimming takes off a cell (\s). A line holding any other is no header, and
 * is passed over without cutting it into cells.
 */
const HEADER_UNITS = withSpaceUnits(codeSet([...COLUMN_WORDS, '|\t \u3000'].join('')))

/** Turns the header gate off, for the test that holds it to cutting every line. @internal */
export const headerGate = { enabled: true }

/**
 * The simplified form of a header cell: a traditional-script page prints its header so (`序號 重點工作任務 牽頭責任單位`),
 * and this pass runs before the script is converted (normalize/script.ts).
 */
const simplifiedCell = (text: string): string => Array.from(text, simplifiedFormOf).join('')
/** Is code unit c one a header may hold, in either script? */
const headerUnit = (c: string): boolean => HEADER_UNITS[c.charCodeAt(0)] === 1 || (c.charCodeAt(0) >= 0x3400 && HEADER_UNITS[simplifiedFormOf(c).charCodeAt(0)] === 1)
/** Longest header line that may hold a cell read by its ending: a longer line is a row or a sentence. */
const HEADER_MAX = 80
/** Longest last header cell read by its ending (`一季度完成情况`, `1-10月推进情况`): the bound cell-table.ts keeps. */
const OTHER_ENDING_MAX = 12
/** A last header cell of a column not read, known by its ending (grammars/table-columns.json `otherEndings`). */
const otherByEnding = (text: string): boolean => text.length <= OTHER_ENDING_MAX && columns.otherEndings.some((w) => text.length > w.length && text.endsWith(w))

/**
 * Can line [s, e) be a header: does it hold only code units HEADER_UNITS allows (in either script)? Its last cell may be
 * a progress column known by its ending (`一季度完成情况`), whose words are not column words.
 */
function mayBeHeader(t: string, s: number, e: number): boolean {
  if (!headerGate.enabled) return true
  let stop = e
  while (stop > s && /\s/.test(t[stop - 1])) stop--
  for (let i = s; i < stop; i++) {
    if (headerUnit(t[i])) continue
    // (another code unit: allowed only inside the last cell, when a known ending closes it; a header line is short)
    if (stop - s > HEADER_MAX) return false
    const line = t.slice(s, stop)
    const cut = s + Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'), line.lastIndexOf('|'), line.lastIndexOf('\u3000'))
    return cut >= s && i > cut && otherByEnding(simplifiedCell(t.slice(cut + 1, stop)))
  }
  return true
}

/** A markdown rule row under the header (`|---|:---|`). */
const RULE_ROW = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?$/

type Split = 'pipe' | 'tab' | 'space'
interface Cell {
  text: string
  start: number
  end: number
}

/** The cells of line [s, e) as its separators cut it, and how it is cut; null when it has none. */
function cellsOf(t: string, s: number, e: number): { cells: Cell[]; split: Split } | null {
  const line = t.slice(s, e)
  const split: Split = line.includes('|') ? 'pipe' : line.includes('\t') ? 'tab' : /[ \u3000]/.test(line.trim()) ? 'space' : 'pipe'
  const sep = split === 'pipe' ? /\|/g : split === 'tab' ? /\t/g : /[ \u3000]+/g
  if (split === 'pipe' && !line.includes('|')) return null
  const cells: Cell[] = []
  let from = 0
  const push = (a: number, b: number) => {
    const raw = line.slice(a, b)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text) cells.push({ text, start: s + a + lead, end: s + a + lead + text.length })
  }
  for (const m of line.matchAll(sep)) {
    push(from, m.index)
    from = m.index + m[0].length
  }
  push(from, line.length)
  return { cells, split }
}

/**
 * A header line's words (its cells in simplified script), when it is one: three cells or more, every one a column word, a
 * serial or task column and a role column among them. Null otherwise — most lines asked fail on their first cell, and
 * the cells after it are not converted.
 */
function headerWords(cells: Cell[]): string[] | null {
  if (cells.length < 3) return null
  const words: string[] = []
  for (let k = 0; k < cells.length; k++) {
    const word = simplifiedCell(cells[k].text)
    if (!COLUMN_WORDS.has(word) && !(k === cells.length - 1 && otherByEnding(word))) return null
    words.push(word)
  }
  return words.some((w) => SERIAL.has(w) || TASK.has(w)) && words.some((w) => ROLE.has(w)) ? words : null
}

/**
 * Does the header end in a column not read (a progress or remarks column: `完成情况`, `一季度完成情况`, `备注`)? A row of
 * its table whose last cell holds spaces of its own (`规模工业增加值增长 11.9%`) keeps its extra cells in that column.
 */
function endsUnread(words: readonly string[]): boolean {
  const last = words[words.length - 1]
  return columns.other.includes(last) || otherByEnding(last)
}

/**
 * A space-separated header whose rows may print their text cells with spaces inside (`加强水资源保 护`,
 * a 类别 cell merged away): its columns after the serial up to the trailing role and deadline columns
 * hold one task column and other text columns, which a row then gives as one task cell — its last
 * `trailing` cells are the role and deadline columns. `task` is the task column's place among those
 * columns. Null when the header has no such shape.
 */
function wrappedColumns(words: readonly string[]): { trailing: number; task: number } | null {
  let trailing = 0
  while (trailing < words.length && (ROLE.has(words[words.length - 1 - trailing]) || DEADLINE.has(words[words.length - 1 - trailing]))) trailing++
  const middle = words.slice(1, words.length - trailing)
  if (!SERIAL.has(words[0]) || trailing === 0 || middle.length < 2) return null
  const tasks = middle.flatMap((w, k) => (TASK.has(w) ? [k] : []))
  return tasks.length === 1 && middle.every((w) => !ROLE.has(w) && !DEADLINE.has(w)) ? { trailing, task: tasks[0] } : null
}

/**
 * Task tables printed one row per line, their cells kept apart by tabs, runs of spaces or `|`
 * (`序号	重点任务	牵头单位	配合单位	完成时限` / `1	建立…机制	省科技厅	省教育厅、省财政厅	2025年底前`), as
 * pages and PDF conversions print the 分工表 of an opinion. The space pass would glue the cells into
 * one string; the table reader (structure/cell-table.ts) reads a table one cell per line. Under a
 * header whose cells are all column words (grammars/table-columns.json, the role labels), each
 * separator of the header and of the rows under it becomes a line break. A row opens with its
 * serial number; a space-separated row must have as many cells as the header (a sentence has spaces
 * too). Each table split is an `info` diagnostic `table-rows-split`.
 *
 * @example
 * // '序号\t重点任务\t牵头单位\n1\t建设中试基地\t省科技厅' → '序号\n重点任务\n牵头单位\n1\n建设中试基地\n省科技厅'
 */
export function splitTableRows(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!/[\t|]|[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]/.test(t)) return view
  let ed: ReturnType<MappedText['edit']> | null = null
  const lineEnd = (s: number) => {
    const e = t.indexOf('\n', s)
    return e < 0 ? t.length : e
  }
  for (let s = 0; s < t.length; ) {
    const e = lineEnd(s)
    const head = mayBeHeader(t, s, e) ? cellsOf(t, s, e) : null
    const words = head ? headerWords(head.cells) : null
    if (!head || !words) {
      s = e + 1
      continue
    }
    const rows: Cell[][] = [head.cells]
    const wrapped = head.split === 'space' ? wrappedColumns(words) : null
    const unread = endsUnread(words)
    // markdown rule rows under the header go with the table's borders
    const rules: Array<[number, number]> = []
    let next = e + 1
    while (next < t.length) {
      const re = lineEnd(next)
      const line = t.slice(next, re).trim()
      if (line !== '' && RULE_ROW.test(line)) rules.push([next, Math.min(re + 1, t.length)])
      if (line === '' || RULE_ROW.test(line)) {
        next = re + 1
        continue
      }
      const row = cellsOf(t, next, re)
      const opens = row && row.split === head.split && /^\d{1,3}[.、．]?$/.test(row.cells[0]?.text ?? '') && row.cells.length >= 2
      const spilled = head.split === 'space' && unread && row !== null && row.cells.length > head.cells.length
      const fits = opens && (head.split !== 'space' || row.cells.length === head.cells.length || spilled || (wrapped !== null && row.cells.length >= wrapped.trailing + 2))
      if (!fits) break
      // (the extra cells of a row under a header ending in an unread column are that column's words: one cell)
      rows.push(spilled ? [...row.cells.slice(0, head.cells.length - 1), { text: '', start: row.cells[head.cells.length - 1].start, end: row.cells[row.cells.length - 1].end }] : row.cells)
      next = re + 1
    }
    if (rows.length < 2) {
      s = e + 1
      continue
    }
    // (a space-separated row whose text cells hold spaces of their own: the task columns become one cell)
    const merge = wrapped !== null && rows.slice(1).some((cells) => cells.length !== head.cells.length) ? wrapped : null
    ed ??= view.edit()
    for (const [r, cells] of rows.entries()) {
      const lineStart = t.lastIndexOf('\n', cells[0].start) + 1
      while (rules.length && rules[0][0] < lineStart) {
        const [a, b] = rules.shift()!
        ed.replace(a, b, '')
      }
      const lineStop = lineEnd(cells[0].start)
      // what stands before the first cell and after the last (borders, indentation) goes; each gap becomes a break
      ed.replace(lineStart, cells[0].start, '')
      const groups = merge ? [[cells[0]], cells.slice(1, cells.length - merge.trailing), ...cells.slice(cells.length - merge.trailing).map((c) => [c])] : cells.map((c) => [c])
      for (let k = 0; k < groups.length; k++) {
        const group = groups[k]
        // (the header keeps its task column's word only: the other words of the merged columns go)
        if (merge && r === 0 && k === 1) {
          const task = group[merge.task]
          ed.replace(group[0].start, task.start, '')
          ed.replace(task.end, group[group.length - 1].end, '')
        }
        if (k + 1 < groups.length) ed.replace(group[group.length - 1].end, groups[k + 1][0].start, '\n')
      }
      ed.replace(cells[cells.length - 1].end, lineStop, '')
    }
    diags.add(
      view,
      'info',
      'table-rows-split',
      `Split a ${head.split === 'pipe' ? '|' : head.split === 'tab' ? 'tab' : 'space'}-separated table of ${rows.length - 1} row${rows.length > 2 ? 's' : ''} into one cell per line`,
      s,
      next > s ? Math.min(next, t.length) - 1 : e,
    )
    s = next
  }
  return ed ? ed.done() : view
}
