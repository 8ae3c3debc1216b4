import type { Line } from '../normalize/lines.js'
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import type { ClauseNode, ParagraphNode } from '../tree/types.js'
import { cnNumber } from '../text/numerals.js'
import { codeSet } from '../text/brackets.js'
import {
  ARTICLE_KEY,
  comesNext,
  DAMAGED_ONE,
  fixedRank,
  isBoxHeader,
  keyOf,
  markerAt,
  nextKey,
  outranks,
  outranksAtStart,
  RUN_IN_AFTER,
  RUN_IN_ENUMERATIONS,
  RUN_IN_OPENERS,
  RUN_IN_STYLES,
  SEQUENCE_LOOKAHEAD,
  SPACED_ARTICLE,
  type Marker,
} from '../text/markers.js'
import { headingOf } from './heading.js'
import { detachClosing } from './closing.js'
import { liftListRoleLines } from './list-role-lines.js'
import { endsList, headingShaped, isListStyle } from './list-close.js'
import { liftSectionLabels } from './section-labels.js'
import { findCellTables, findColumnHeader, findSpanTables, type CellRow } from './cell-table.js'
import { ViewParagraph } from '../tree/paragraph.js'

interface Frame {
  style: string
  number: number | null
  node: ClauseNode
}

/** A clause's position until `finish` computes it from the clause's final span. */
const PENDING: ClauseNode['position'] = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

/** Styles whose first item may appear run-in (`…活动。一、明确…`). */
const RUN_IN_AFTER_CODES = codeSet(RUN_IN_AFTER)
/** How far back (code units) a `sequence` marker looks for its predecessor printed run-in. */
const SEQUENCE_LOOKBEHIND = 400
/**
 * What a line ends with when its sentence ends there (else a hard wrap cut it). A bracket, a quote
 * or a colon may close a line inside a sentence (`…国际海事组织 ⏎ （IMO）、… ⏎ 等相关事务`).
 */
const SENTENCE_END = new Set([...'。！？；!?;…'])
/** Longest heading read from the end of a line. */
const TAIL_HEADING = 30

/** Punctuation the text after a glued heading's marker never holds. */
const TAIL_STOPS = '。；，：、'
const TAIL_STOP_RE = new RegExp(`[${TAIL_STOPS}]`)
const TAIL_STOP = codeSet(TAIL_STOPS)

/** Is `rest` (a line's end after a marker) short and unpunctuated, as a heading glued there is? */
function isTailHeading(rest: string): boolean {
  return rest.length >= 2 && rest.length <= TAIL_HEADING && !TAIL_STOP_RE.test(rest)
}

/**
 * Can the line ending at `end` end in a glued heading? Its rest after the marker is two characters
 * or more and holds no TAIL_STOPS, so not when one of the line's last two is one: most body lines,
 * which end a sentence (451k marker tries per corpus pass before, at each of a line's last 34 places).
 */
function mayEndInHeading(text: string, end: number): boolean {
  return !tailGate.enabled || (TAIL_STOP[text.charCodeAt(end - 1)] !== 1 && TAIL_STOP[text.charCodeAt(end - 2)] !== 1)
}

/** Turns mayEndInHeading off, for the test that holds it to trying every line. @internal */
export const tailGate = { enabled: true }

/** Is the colon at `at` the middle of a ratio (按照1：1比例), not punctuation a marker may follow? */
function isRatio(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  const before = text.charCodeAt(at - 1)
  return (c === 0xff1a || c === 0x3a) && before >= 0x30 && before <= 0x39
}

/**
 * Builds the clause tree of one document body. Depth follows the order in which numbering styles
 * first appear (a style already open is a sibling; a new one nests), except the fixed law ranks
 * 编 › 章 › 节 › 条. Markers are found at line starts, right after another marker (`（一）1.`), and
 * run-in after sentence punctuation when they continue an open list (`…配合。 18、…`).
 */
export function buildClauses(body: Line[], view: MappedText, diags: Diagnostics): { preamble: ParagraphNode[]; clauses: ClauseNode[]; closing: ParagraphNode[] } {
  const text = view.text
  const preamble: ParagraphNode[] = []
  const roots: ClauseNode[] = []
  const stack: Frame[] = []
  let bulletCount = 0
  const lastSeen = new Map<string, number>()
  const lastLevel = new Map<string, number>()

  const top = () => stack[stack.length - 1]

  /** Can marker `m` open a clause here? `runIn`: found inside a line after punctuation. */
  const accepts = (m: Marker, runIn: boolean): boolean => {
    const at = stack.findIndex((f) => f.style === m.style)
    const expected = at >= 0 && stack[at].number !== null ? stack[at].number! + 1 : 1
    // An ambiguous form (4.2021年…, 1）…) counts only as the next number of its list, or as a 1
    // whose 2 opens a later line.
    if (m.sequence && !(at >= 0 ? m.number === expected : m.number === (lastSeen.get(m.style) ?? -9) + 1) && !(m.number === 1 ? nextFollows(m) : prevRunIn(m))) return false
    if (m.weak) {
      if (at >= 0) return m.number === expected
      // A bare digit (2三道防线…) opens or resumes a list only with sequence evidence: it continues
      // the last list of its style, or it is a 1 at a line start whose 2 opens a later line.
      return m.number === (lastSeen.get(m.style) ?? -9) + 1 || (m.number === 1 && ((!runIn && nextFollows(m)) || nextGoesOn(m)))
    }
    // 一是/二是 structure the text of a clause; outside any clause they stay prose. An item holds
    // its own paragraph only, inline (一是…；二是… in one paragraph) or opening a line (一是… ⏎ 二是…,
    // a list of paragraphs): the paragraphs after it go back to the enclosing clause.
    if (m.style === 'cn-shi') {
      if (stack.length === 0) return false
      if (m.number === expected && (at >= 0 || hasFollower(m))) return true
      // 一是 run-in or opening a line, with 二是 opening a later line (…主要抓好三个方面；一是… ⏎ 二是…)
      if (m.number === 1) return shiFollows(m)
      return m.start === lineMarkerAt && lastShi !== null && lastShi.parent === top()!.node && m.number === lastShi.number + 1
    }
    if (!runIn) return true
    if (!RUN_IN_STYLES.has(m.style)) return false
    if (at >= 0) return m.number === expected
    // Articles run together on one line by a scraper (…适用本条例。第三条本条例所称…): the next
    // article after sentence punctuation, when the one before it was seen, open or printed earlier
    // in the line (the first one glued to its chapter heading: 第一章总 则第一条…).
    // (or the first of the page, a law excerpt opening mid-text, when the next article follows run-in after a sentence
    // end or opening a line: `…发展。第五条市、区人民政府…` ⏎ `…重大问题。第六条…`, outside174 02)
    if (m.style === 'article') return m.number === (lastSeen.get('article') ?? -9) + 1 || priorInLine(m) || (!lastSeen.has('article') && articleGoesOn(m))
    // 共分两个阶段完成：第一阶段（…）…，第二阶段（…）…: stages enumerated inside one sentence.
    if (RUN_IN_ENUMERATIONS.has(m.style) && sameLineNext(m)) return false
    return m.number === 1 && RUN_IN_OPENERS.has(m.style)
  }

  /** Is the marker numbered one less than `m`, of its style, printed earlier in the same line? */
  const priorInLine = (m: Marker): boolean => {
    const first = lineMarkers(m.start)
    return (first.get(`${m.style} ${m.number! - 1}`) ?? Infinity) < m.start
  }
  /**
   * Where each marker (style and number) first starts in the current line, for priorInLine: read
   * once per line, not once per run-in article (a law printed as one line would cost n²).
   */
  let markersOfLine: { end: number; first: Map<string, number> } | null = null
  const lineMarkers = (inside: number): Map<string, number> => {
    if (markersOfLine?.end === lineEnd) return markersOfLine.first
    const first = new Map<string, number>()
    for (let p = text.lastIndexOf('\n', inside - 1) + 1; p < lineEnd; p++) {
      const n = markerAt(text, p, true)
      const key = n && `${n.style} ${n.number}`
      if (key && !first.has(key)) first.set(key, p)
    }
    markersOfLine = { end: lineEnd, first }
    return first
  }

  /** Is `m`'s next key printed later in the same line? */
  const sameLineNext = (m: Marker): boolean => {
    const next = nextKey(m)
    return next !== null && text.slice(m.end, lineEnd).includes(next)
  }

  /**
   * A 一、 damaged into a dash at the very end of a line (`…通知如下明确目标任务-、`): the first
   * section, when no 一、 list is open or was seen and its 二、 goes on.
   */
  const damagedOne = (lineStart: number, end: number): Marker | null => {
    if (end - lineStart < 3 || text.charCodeAt(end - 1) !== 0x3001 || !DAMAGED_ONE.has(text[end - 2])) return null
    const m: Marker = { style: 'cn-dun', start: end - 2, end, numeral: '一', number: 1, key: '一', weak: false, sequence: false }
    return sequenceGoesOn(m) ? m : null
  }

  // 一是 counts as a list only when its next key (二是) follows in the same paragraph, or when it
  // opens a line and 二是 opens a later one.
  let lineEnd = 0
  /** Where the current line's first marker may start (after its indent). */
  let lineMarkerAt = -1
  /** The last 一是-style item opened and the clause that holds it: a paragraph list goes on under it. */
  let lastShi: { parent: ClauseNode | undefined; number: number } | null = null
  /** A 一是 printed alone on its line (a wiki export): its item is the paragraph under it. */
  let shiBare = false
  /** Did the last filled line stop inside a sentence (no closing punctuation at its end)? */
  let sentenceCut = false
  /** The last character of the last filled line. */
  let lastChar = ''
  /** Items that hold a paragraph of their own after their first (list-close.ts): their list is no enumeration. */
  const bodied = new Set<ClauseNode>()
  /** Items whose list a paragraph after them closed. */
  const closed = new Set<ClauseNode>()
  /** Does the next key of a line-opening 一是 (二是) open a later line within the lookahead? */
  const shiFollows = (m: Marker): boolean => {
    const limit = Math.min(text.length, m.end + SEQUENCE_LOOKAHEAD)
    for (let p = text.indexOf('\n', m.end); p !== -1 && p < limit; p = text.indexOf('\n', p + 1)) {
      let q = p + 1
      while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0x3000) q++
      const n = markerAt(text, q, true)
      if (n && n.style === m.style && n.number === m.number! + 1) return true
    }
    return false
  }
  const hasFollower = (m: Marker) => {
    const next = m.number === 1 ? nextKey(m) : null
    return next !== null && text.slice(m.end, lineEnd).includes(next)
  }

  /**
   * Does the list of the open item `item` go on after the current line: its next number opens a
   * later line before a marker of an enclosing list (or a law rank) does? Then a paragraph between
   * is the item's, not text after the list (…（3）…。 ⏎ 培育项目…不得超过2个。 ⏎ （4）…).
   */
  const listGoesOn = (item: ClauseNode): boolean => {
    if (item.number === null) return false
    const outer = new Set(stack.slice(0, -1).map((f) => f.style))
    const limit = Math.min(text.length, lineEnd + SEQUENCE_LOOKAHEAD)
    for (let p = text.indexOf('\n', lineEnd); p !== -1 && p < limit; p = text.indexOf('\n', p + 1)) {
      let q = p + 1
      while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0x3000) q++
      const n = markerAt(text, q, true)
      if (!n) continue
      if (n.style === item.style) return n.number === item.number + 1
      if (outer.has(n.style) || fixedRank(n.style) !== undefined) return false
    }
    return false
  }

  /** Does a marker of the same style numbered `m.number + 1` start a later line (within the lookahead)? */
  const nextFollows = (m: Marker): boolean => {
    const limit = Math.min(text.length, m.end + SEQUENCE_LOOKAHEAD)
    for (let p = text.indexOf('\n', m.end); p !== -1 && p < limit; p = text.indexOf('\n', p + 1)) {
      let q = p + 1
      while (text.charCodeAt(q) === 32) q++
      const n = markerAt(text, q)
      if (n && n.style === m.style && n.number === m.number! + 1) return true
    }
    return false
  }

  /**
   * Is the number before `m` printed run-in shortly before it (具体包括：1）党员… ⏎ 2）党员认岗…)? The
   * run-in 1 stays text (arabic lists do not open run-in), but the list it starts is real.
   */
  const prevRunIn = (m: Marker): boolean => {
    for (let p = m.start - 1; p > 0 && m.start - p < SEQUENCE_LOOKBEHIND; p--) {
      if (!RUN_IN_AFTER_CODES[text.charCodeAt(p - 1)]) continue
      const n = markerAt(text, p, true)
      if (n && n.style === m.style && n.number === m.number! - 1) return true
    }
    return false
  }

  /**
   * A glued heading whose list is not open yet (its 一 damaged: `明确目标任务-、`): taken when the
   * list goes on after it, its next number opening a later line or glued to one in turn
   * (`…智能化水平，三、优化智能审核和监控流程` ⏎ `四、推动…`).
   */
  const sequenceGoesOn = (m: Marker): boolean => RUN_IN_OPENERS.has(m.style) && !stack.some((f) => f.style === m.style) && !lastSeen.has(m.style) && nextGoesOn(m)

  /**
   * Does `m`'s next number stand within reach as a marker of its style where `where` holds (`p` its start, `n` it)?
   */
  const nextFollowsWhere = (m: Marker, where: (p: number, n: Marker) => boolean): boolean => {
    const key = nextKey(m)
    if (key === null) return false
    const limit = Math.min(text.length, m.end + SEQUENCE_LOOKAHEAD)
    for (let p = text.indexOf(key, m.end); p !== -1 && p < limit; p = text.indexOf(key, p + 1)) {
      const n = markerAt(text, p)
      if (n && n.style === m.style && n.number === m.number! + 1 && where(p, n)) return true
    }
    return false
  }
  /** The text of `p`'s line before it. */
  const lineBefore = (p: number) => text.slice(text.lastIndexOf('\n', p - 1) + 1, p)

  /** Does the article after `m` follow within reach, opening a line or run in after a sentence end? */
  const articleGoesOn = (m: Marker): boolean =>
    nextFollowsWhere(m, (p) => {
      const before = lineBefore(p).trimEnd()
      return before === '' || SENTENCE_END.has(before[before.length - 1])
    })

  /**
   * Does `m`'s next number follow, opening a later line or glued to a line's end as a heading
   * (a standard's `…管理水平。1 范围` ⏎ `…进行标识。2 术语和定义`)?
   */
  const nextGoesOn = (m: Marker): boolean =>
    nextFollowsWhere(m, (p, n) => {
      if (lineBefore(p).trim() === '') return true
      const end = text.indexOf('\n', n.end)
      return isTailHeading(text.slice(n.end, end < 0 ? text.length : end))
    })

  /**
   * `第二条 与反补贴…` at a line start: an article whose text opens with a word that makes the
   * article style read a cross-reference. Taken when the input printed a space after the number
   * (the space pass deleted it: the offset map shows the gap) and the number is the next article.
   */
  const spacedArticle = (at: number): Marker | null => {
    SPACED_ARTICLE.lastIndex = at
    const r = SPACED_ARTICLE.exec(text)
    if (!r) return null
    const end = at + r[0].length
    const gapFrom = view.originalEnd(at, end)
    const gapTo = view.originalStart(end)
    if (gapTo <= gapFrom || view.source.text.slice(gapFrom, gapTo).trim() !== '' || end >= lineEnd) return null
    const number = cnNumber(r[1])
    const last = lastSeen.get('article')
    const inserted = r[2] !== undefined
    if (number === null || !(last === undefined ? number === 1 : comesNext(number, last, inserted))) return null
    return { style: 'article', start: at, end, numeral: r[1], number, key: keyOf(ARTICLE_KEY, r[1], r[2]), ...(inserted ? { inserted } : {}), weak: false, sequence: false }
  }

  /** Box state (专栏N): the numbers its own lists have reached, per style. */
  let box: Map<string, number> | null = null
  /** Inside a box, is `m` the box's own item (its list's next number), not the document's? */
  const boxItem = (m: Marker): boolean => {
    const own = box!.get(m.style)
    if (m.number !== null && (own === undefined ? m.number === 1 : m.number === own + 1)) {
      box!.set(m.style, m.number)
      return true
    }
    return !continuesOpenList(m)
  }

  /** The next number of a list that is open, or that continues the last list of its style. */
  function continuesOpenList(m: Marker): boolean {
    const f = stack.find((x) => x.style === m.style)
    if (f) return f.number !== null && m.number === f.number + 1
    return m.number === 1 ? (stack.length > 0 && RUN_IN_OPENERS.has(m.style)) || m.style === 'arabic' : m.number === (lastSeen.get(m.style) ?? -9) + 1
  }

  /**
   * Is the frame at `depth` an item of a list, the first one or its predecessor's next number? (Not
   * a wrapped line that opens with `（八）類…` in a history.)
   */
  const listed = (frame: Frame, depth: number): boolean => {
    if (frame.number === 1) return true
    const siblings = depth > 0 ? stack[depth - 1].node.children : roots
    const before = siblings[siblings.indexOf(frame.node) - 1]
    return before?.type === 'clause' && before.style === frame.style && before.number === frame.number! - 1
  }

  const extend = (end: number) => {
    for (const f of stack) if (f.node.data.end < end) f.node.data.end = end
  }

  const addText = (start: number, end: number) => {
    let s = start
    while (s < end && text.charCodeAt(s) === 32) s++
    if (s >= end) return
    const para: ParagraphNode = new ViewParagraph(text.slice(s, end), { start: s, end }, view)
    const t = top()
    if (t) {
      t.node.children.push(para)
      extend(end)
    } else preamble.push(para)
  }

  const open = (m: Marker) => {
    const rank = fixedRank(m.style)
    let at = stack.findIndex((f) => f.style === m.style)
    if (at < 0 && rank !== undefined) {
      // A law rank nests under higher ranks only: 第一条 after 第一章 is its child, 第二章 closes 第一条.
      at = stack.findIndex((f) => (fixedRank(f.style) ?? 99) >= rank)
      if (at >= 0 && stack[at].style !== m.style) {
        stack.length = at
        at = -1
      }
    }
    // a list that a paragraph closed (list-close.ts) and that starts again at 1 under the same clause:
    // a repeat, as when the list was still open (the public tree shows the items as one sibling list)
    const closedBefore = at < 0 && m.number === 1 ? lastClause(top()?.node) : undefined
    if (closedBefore && closed.has(closedBefore) && closedBefore.style === m.style && closedBefore.number !== null) {
      diags.add(view, 'warning', 'numbering-repeat', `${m.key} follows ${closedBefore.number} in a ${m.style} list (expected ${closedBefore.number + 1})`, m.start, m.end)
    }
    if (at >= 0) {
      const prev = stack[at].number
      // (an inserted article, 第一百二十条之一 after 第一百二十条, is the next one, numbered as the one before it)
      if (prev !== null && m.number !== null && !comesNext(m.number, prev, m.inserted)) {
        const code = m.number <= prev ? 'numbering-repeat' : 'numbering-gap'
        diags.add(view, 'warning', code, `${m.key} follows ${prev} in a ${m.style} list (expected ${prev + 1})`, m.start, m.end)
      }
      stack.length = at
    } else if (rank === undefined && m.number !== null && m.number > 1 && lastSeen.get(m.style) === m.number - 1 && (lastLevel.get(m.style) ?? 99) <= stack.length) {
      // Numbering that continues a list closed earlier (5. under （二） after 4. under （一）)
      // goes back to that list's depth. Not for law ranks: articles number on through chapters
      // and sections, and a 第二条 under 第一节 after 第一条 under the chapter is the section's.
      // A heading of a style that outranks the list and now stands at that depth keeps it as its
      // item: 9. under 一、, then 二、 › （一） › 10. — 10. is （一）'s, not （一）'s sibling.
      let depth = lastLevel.get(m.style)! - 1
      while (depth < stack.length && outranks(stack[depth].style, m.style) && listed(stack[depth], depth)) depth++
      stack.length = depth
    } else if (m.number !== null && m.number !== 1 && m.style !== 'bullet' && lastSeen.get(m.style) !== m.number - 1) {
      // (numbering that continues across sections, 5. under （二） after 4. under （一）, is fine)
      diags.add(view, 'warning', 'numbering-gap', `A ${m.style} list starts at ${m.key}`, m.start, m.end)
      // A text that starts inside a document (page 2 of a repost: `2.…` `3.…` then `五、进度安排`): a
      // first 五、 that outranks every open list continues the document's top list, whose start
      // the text lacks; it is no item of the 3. above it.
      if (rank === undefined && !lastSeen.has(m.style) && stack.length > 0 && stack.every((f) => outranksAtStart(m.style, f.style))) stack.length = 0
    }
    if (m.weak) diags.add(view, 'info', 'marker-repaired', `Read "${text.slice(m.start, m.end + 2)}" as item ${m.number} with its 顿号 lost`, m.start, m.end)
    const parent = top()?.node
    const key = m.style === 'bullet' ? `${m.numeral}${++bulletCount}` : m.style === 'arabic' ? m.numeral : m.key
    const node: ClauseNode = {
      type: 'clause',
      marker: view.originalSlice(m.start, m.end),
      style: m.style,
      number: m.number,
      level: stack.length + 1,
      path: [...(parent ? parent.path : []), key],
      children: [],
      data: { start: m.start, end: m.end, textStart: m.end, textEnd: m.end },
      // (finish sets it once the clause's end is known: no position per clause that is thrown away)
      position: PENDING,
    }
    if (parent) parent.children.push(node)
    else roots.push(node)
    if (m.number !== null) lastSeen.set(m.style, m.number)
    if (m.style === 'cn-shi' && m.number !== null) lastShi = { parent, number: m.number }
    lastLevel.set(m.style, node.level)
    stack.push({ style: m.style, number: m.number, node })
    extend(m.end)
  }

  // Tables printed one cell per line: each row a clause (style table-row) whose cells are its text;
  // the header and the cells are never read for markers.
  const rowAt = new Map<Line, CellRow & { serialAt?: { start: number; end: number } }>()
  const tableLines = new Set<Line>()
  const tableEnd = new Set<Line>()
  const filled = body.filter((l) => l.text.trim() !== '')
  // Bordered tables with merged cells: a category cell opens its clause (（一）) over the rows it spans; so does a
  // section row of a table printed one cell per line (`一、做大做强主导产业`).
  const categoryAt = new Set<Line>()
  const tableStart = new Set<Line>()
  for (const table of findCellTables(filled, text)) {
    for (let k = table.from; k < table.to; k++) tableLines.add(filled[k])
    for (const row of table.rows) rowAt.set(row.serial, row)
    for (const section of table.sections) categoryAt.add(section)
    if (table.sections.length) tableStart.add(filled[table.from])
    tableEnd.add(filled[table.to - 1])
  }
  for (const table of findSpanTables(filled, text)) {
    if (filled.slice(table.from, table.to).some((l) => tableLines.has(l))) continue
    for (let k = table.from; k < table.to; k++) tableLines.add(filled[k])
    for (const row of table.rows) {
      rowAt.set(row.serial, row)
      if (row.category) categoryAt.add(row.category)
    }
    tableStart.add(filled[table.from])
    tableEnd.add(filled[table.to - 1])
  }
  let depthAtTable = -1

  for (const line of body) {
    lineEnd = line.end
    if (tableLines.has(line)) {
      if (tableStart.has(line)) depthAtTable = stack.length
      if (categoryAt.has(line)) {
        const at = stack.findIndex((f) => f.style === 'table-row')
        if (at >= 0) stack.length = at
        const start = line.start + (line.text.length - line.text.replace(/^[\s|｜]+/, '').length)
        const m = markerAt(text, start, true)
        if (m && accepts(m, false)) open(m)
      }
      const row = rowAt.get(line)
      if (row) {
        const at = stack.findIndex((f) => f.style === 'table-row')
        if (at >= 0) stack.length = at
        const start = line.start + (line.text.length - line.text.trimStart().length)
        // a serial inside the task cell (1.学习型机关创建) is the marker alone
        const inner = row.cells.find((c) => c.kind === 'task' && c.start > start && c.start < line.end)
        const at0 = row.serialAt ? row.serialAt.start : start
        const markEnd = row.serialAt ? row.serialAt.end : inner ? start + text.slice(start, inner.start).trimEnd().length : start + line.text.trim().length
        open({ style: 'table-row', start: at0, end: markEnd, numeral: String(row.number), number: row.number, key: String(row.number), weak: false, sequence: false })
        top()!.node.data.cells = row.cells
      } else addText(line.start, line.end)
      if (tableEnd.has(line)) {
        const at = stack.findIndex((f) => f.style === 'table-row')
        if (at >= 0) stack.length = at
        // the category clauses a bordered table opened close with it
        if (depthAtTable >= 0 && stack.length > depthAtTable) stack.length = depthAtTable
        depthAtTable = -1
      }
      continue
    }
    // An inline 一是/二是 list ends with its paragraph; a bare 一是 line holds the paragraph under it.
    // A line that goes on with a sentence the previous line cut (a PDF's hard wrap) stays in it too.
    const filled = line.text.trim() !== ''
    if (shiBare && top()?.style === 'cn-shi') {
      if (filled) shiBare = false
    } else if (!(filled && top()?.style === 'cn-shi' && sentenceCut)) {
      shiBare = false
      while (top()?.style === 'cn-shi') stack.pop()
    }
    /** Does this line start a new sentence (the filled line before it ended one)? */
    const newSentence = filled && !sentenceCut
    const charBefore = lastChar
    if (filled) {
      lastChar = line.text.trimEnd().slice(-1)
      sentenceCut = !SENTENCE_END.has(lastChar)
    }
    let pos = line.start
    while (pos < line.end && text.charCodeAt(pos) === 32) pos++
    lineMarkerAt = pos
    // Inside a box, its own numbered lines are text; a marker that continues the document's
    // lists (（二） after （一）, 3. after 2. before the box) ends the box.
    let inBox = false
    if (isBoxHeader(text.slice(pos, Math.min(line.end, pos + 12)))) box = new Map()
    else if (box) {
      const m = markerAt(text, pos, true)
      if (!m || m.weak || boxItem(m)) inBox = true
      else box = null
    }
    pos = line.start
    // Markers at the line start, possibly stacked: （一）1.…
    for (let guard = 0; guard < 3 && !inBox; guard++) {
      const m = markerAt(text, pos, true) ?? (guard === 0 ? spacedArticle(pos) : null)
      if (!m || !accepts(m, guard > 0 || m.style === 'cn-shi')) break
      open(m)
      if (m.style === 'cn-shi' && text.slice(m.end, line.end).trim() === '') shiBare = true
      pos = m.end
      while (pos < line.end && text.charCodeAt(pos) === 32) pos++
    }
    // An unnumbered paragraph after a list's last item: the list's (an enumeration ends with its
    // last item's sentence: the paragraph is the enclosing clause's again) or the item's own.
    if (newSentence && pos === line.start && !inBox && stack.length >= 2) {
      const item = top()!.node
      let at = pos
      while (at < line.end && text.charCodeAt(at) === 32) at++
      // (the list's shape first: it reads the line alone, while listGoesOn reads the lines ahead)
      const shape = endsList(item, stack[stack.length - 2].node, text.slice(at, line.end), charBefore, text, bodied)
      const ends = shape && !listGoesOn(item) ? shape : false
      if (ends) {
        closed.add(item)
        stack.pop()
        // a 款 that refers to an earlier one (前項…) is its article's: the lists around the item end too
        if (ends === 'refers' && stack.some((f) => f.style === 'article')) {
          while (stack.length >= 2 && isListStyle(top()!.style) && !listGoesOn(top()!.node)) closed.add(stack.pop()!.node)
        }
      } else bodied.add(item)
    } else if (filled && pos === line.start && !inBox && stack.length > 0 && !bodied.has(top()!.node) && headingShaped(top()!.node, text)) {
      // the paragraph under a heading printed without its full stop (（三）加强监管 ⏎ 各区要…)
      bodied.add(top()!.node)
    }
    // Run-in markers inside the line.
    let segStart = pos
    for (let p = pos + 1; p < line.end; p++) {
      if (!RUN_IN_AFTER_CODES[text.charCodeAt(p - 1)] || isRatio(text, p - 1)) continue
      let q = p
      while (q < line.end && text.charCodeAt(q) === 32) q++
      const m = markerAt(text, q, true)
      if (!m || (box && boxItem(m)) || !accepts(m, true)) continue
      box = null
      addText(segStart, p)
      open(m)
      segStart = m.end
      p = m.end
    }
    // A heading glued to the end of a line by a lost line break: `…两部分组成，（三）基础共性标准`.
    const tailFrom = mayEndInHeading(text, line.end) ? Math.max(segStart + 1, line.end - TAIL_HEADING - 4) : line.end
    for (let p = tailFrom; p < line.end - 1; p++) {
      const m = markerAt(text, p, false)
      if (!m || m.weak || m.sequence) continue
      const rest = text.slice(m.end, line.end)
      if (!isTailHeading(rest) || !(continuesOpenList(m) || sequenceGoesOn(m))) continue
      box = null
      diags.add(view, 'info', 'marker-repaired', `Read "${text.slice(m.start, line.end)}" as a heading glued to the previous line`, m.start, line.end)
      addText(segStart, p)
      open(m)
      segStart = m.end
      break
    }
    const one = segStart < line.end - 2 ? damagedOne(segStart, line.end) : null
    if (one) {
      box = null
      diags.add(view, 'info', 'marker-repaired', `Read "${text.slice(one.start, one.end)}" at the end of a line as 一、`, one.start, one.end)
      addText(segStart, one.start)
      open(one)
      segStart = one.end
    }
    addText(segStart, line.end)
  }

  const closing = detachClosing(roots)
  liftSectionLabels(roots, text)
  liftListRoleLines(roots, text)
  finish(roots, view)
  // a table header over marked items (…/责任单位/备注): the clauses after it hold its role column's cells
  const header = tableLines.size ? null : findColumnHeader(filled, text)
  if (header) markColumn(roots, filled[header.to - 1].end, { label: header.label, role: header.role, after: header.after })
  return { preamble, clauses: roots, closing }
}

/** The last clause among a node's children. */
function lastClause(node: ClauseNode | undefined): ClauseNode | undefined {
  const kids = node?.children ?? []
  for (let i = kids.length - 1; i >= 0; i--) {
    const kid = kids[i]
    if (kid.type === 'clause') return kid
  }
  return undefined
}

/** Gives `column` to every clause that starts after `from`, depth first. */
function markColumn(nodes: ClauseNode[], from: number, column: NonNullable<ClauseNode['data']['column']>): void {
  for (const node of nodes) {
    if (node.type !== 'clause') continue
    if (node.data.start >= from) node.data.column = column
    markColumn(
      node.children.filter((c): c is ClauseNode => c.type === 'clause'),
      from,
      column,
    )
  }
}

/** Sets own-text ranges, headings and final positions, depth first. */
function finish(nodes: ClauseNode[], view: MappedText): void {
  for (const node of nodes) {
    const firstChild = node.children.find((c): c is ClauseNode => c.type === 'clause')
    node.data.textEnd = firstChild ? firstChild.data.start : node.data.end
    const own = view.text.slice(node.data.textStart, node.data.textEnd).trim()
    const heading = headingOf(own)
    if (heading) node.heading = heading
    node.position = view.position(node.data.start, node.data.end)
    finish(
      node.children.filter((c): c is ClauseNode => c.type === 'clause'),
      view,
    )
  }
}
