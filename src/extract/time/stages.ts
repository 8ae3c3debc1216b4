import grammar from '../../../grammars/time/stages.json' with { type: 'json' }
import type { Stage } from '../../schema/time.js'
import { dayAfter, dayBefore, iso, toDate } from './calendar.js'
import { canonicalize, canonPreimage, endOf, startOf, type Canon } from './canon.js'
import { isAsciiDigit, isCnNumeral, WordList } from './lexicon.js'
import { readAsciiDigits, readCnDigits, readCnPositional, readSmallNumber } from './numerals.js'
import { markerAt } from '../../text/markers.js'
import { mayHoldTimeIn, scanTime, type ScanOptions, type TimeMatch } from './scan.js'

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
  /**
   * The block starts inside a line (a marker the structure found after 。): a run-in stage
   * (`第一阶段，到2020年，…`) told inside a paragraph is narrated, not a stage of this text.
   */
  midLine?: boolean
}

export interface StageOptions {
  /** The document's date (ISO): the first stage's unprinted start, and the year of a yearless bracket. */
  documentDate?: string
  /** The plan's year (its title's), for a yearless bracket (`宣传发动阶段（1月—2月）` in a 2023年度 plan). */
  planYear?: number
  /** The plan year when working it out costs a pass over the document (see `ScanOptions.planYearOf`). @internal */
  planYearOf?: () => number | undefined
}

/** A stage and the offsets (in the document, via the blocks' offsets) of its heading and goal. */
export interface StageMatch {
  stage: Omit<Stage, 'position'>
  index: number
  end: number
  /**
   * A run-in stage told inside a paragraph (`…目标。第一阶段，到2020年，…` in a news report): not
   * a stage of this text, but its date is the stage's bound, never a deadline of the clause.
   */
  narrated?: boolean
  /** The printed end names no calendar date (到本世纪中叶): left null, not inferred. */
  openEnd?: boolean
}

interface Head {
  block: number
  canon: Canon
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
  /** Read inside a sentence (区分了第一阶段（…）和第二阶段（…）), not as a heading. */
  inline?: boolean
  /** The input text `canon` was built from, when more than the block (a block run on into the next). */
  source?: string
  /** Printed `第一阶段，到2025年，…` (no bracket): see `readRunInHead`. */
  runIn?: boolean
  /** The period is an end that names no calendar date (第三步，到下个世纪中叶). */
  openEnd?: boolean
}

/** A block that ends a sentence (or a heading line) does not run on into the next. */
const SENTENCE_TAIL = /[。；！？：:;!?）)]\s*$/

/**
 * Offsets of 第 + numeral + 阶段（ anywhere in a block (the numeral may follow a line break: PDF
 * text wraps 第⏎一阶段), not only at the block start or after 。.
 */
function inlineStarts(text: string): number[] {
  const out: number[] = []
  const word = grammar.stageWord + '（'
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    let numberStart = at
    while (numberStart > 0 && (isCnNumeral(text[numberStart - 1]) || isAsciiDigit(text[numberStart - 1]))) numberStart--
    if (numberStart === at) continue
    let prefix = numberStart - 1
    while (prefix >= 0 && text[prefix] === '\n') prefix--
    if (prefix >= 0 && text[prefix] === grammar.ordinalPrefix) out.push(prefix)
  }
  return out
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

export function findStages(blocks: StageBlock[], options: StageOptions = {}): StageMatch[] {
  // a block's canonical copy, made when first read: most blocks are only asked the raw pre-test
  const canons: Array<Canon | undefined> = new Array(blocks.length)
  const canonAt = (b: number): Canon => (canons[b] ??= canonicalize(blocks[b].text))
  // Most blocks can give no head (mayHead): their heads are not read, and a plan none of whose
  // blocks can give one holds no stage (no section or marker reading needed).
  const raw = rawCues(blocks)
  const may = blocks.map((_block, index) => (!stageGate.enabled ? STAGE_WORD : rawNoHead(raw, index) ? NO_HEAD : mayHead(canonAt, index, blocks.length)))
  if (!may.some((m) => m !== NO_HEAD)) return []
  const years: ScanOptions = { documentDate: options.documentDate, planYear: options.planYear, planYearOf: options.planYearOf }
  const heads: Head[] = []
  // the marker each block opens with (read once, for the heads and the sections alike)
  const markers: Array<ReturnType<typeof blockMarker> | undefined> = []
  // Heads first, from the blocks that can give one: they do not depend on the sections, which are
  // read below only when some head needs them (most plans that reach here give none).
  for (let b = 0; b < blocks.length; b++) {
    if (may[b] === NO_HEAD) continue
    const block = blocks[b]
    const canon = canonAt(b)
    const canonText = canon.text
    const { marker, headStart } = (markers[b] = blockMarker(canonText))
    // candidate heads: the block start, and 第…阶段 after any sentence end
    const starts = [headStart]
    if (grammar.ordinalPrefix.length === 1) {
      // 。第 found natively, not by a one-character string per position
      for (let t = canonText.indexOf(AFTER_STOP, headStart); t !== -1; t = canonText.indexOf(AFTER_STOP, t + 1)) starts.push(t + 1)
    } else for (let t = headStart + 1; t < canonText.length; t++) if (canonText[t - 1] === '。' && canonText[t] === grammar.ordinalPrefix) starts.push(t)
    // …分三步走。第一步，…。第二步，到本世纪末，…: steps announced in the paragraph, read after its sentence ends
    const intro = STEP_INTRO.exec(canonText)
    for (const headAt of starts) {
      const head =
        readHead(canon, headAt, b, headAt === headStart, years) ??
        (headAt === headStart
          ? (readRunInHead(canon, headAt, b, years) ?? (may[b] === RANGE_LINE ? readRangeHead(canon, headAt, b, rangeYears(years, blocks, b)) : undefined))
          : intro && intro.index < headAt
            ? readRunInHead(canon, headAt, b, years, false, true)
            : undefined)
      if (head) heads.push({ ...head, family: marker?.family })
    }
    // a stage defined inside a sentence: …以五年为一阶段，第一阶段系指自…起至…止
    if (may[b] === STAGE_WORD) {
      for (let t = canonText.indexOf('，' + grammar.ordinalPrefix, headStart); t !== -1; t = canonText.indexOf('，' + grammar.ordinalPrefix, t + 1)) {
        const head = readRunInHead(canon, t + 1, b, years, true)
        if (head) heads.push({ ...head, family: marker?.family })
      }
    }
    // 第一阶段（2016-2017年）… inside a sentence, also when a hard line break (PDF text) cuts
    // 第⏎一阶段 or the bracket: read on a copy whose line breaks are spaces (same offsets)
    // A block cut by such a break (…区分了第 / 一阶段（…）和第二阶段（2023年至2025 / 年）…) runs on
    // into the next when they touch and the first ends mid-sentence: read the two as one.
    if (may[b] !== STAGE_WORD) continue
    const next = blocks[b + 1]
    const wraps = next !== undefined && next.offset === block.offset + block.text.length + 1 && !SENTENCE_TAIL.test(block.text)
    const source = wraps ? `${block.text}\n${next.text}` : block.text
    const windowCanon = wraps ? canonicalize(source) : canon
    const inline = inlineStarts(windowCanon.text).filter((at) => !starts.includes(at) && startOf(windowCanon, at) < block.text.length)
    if (inline.length > 0) {
      const joined: Canon = Object.create(windowCanon, { text: { value: windowCanon.text.replace(/\n/g, ' ') } })
      for (const headAt of inline) {
        const head = readHead(joined, headAt, b, false, years)
        if (!head?.stageWord) continue
        // 本规划分两个阶段推进：第一阶段（…）: the block-start reading took the sentence as the name
        const wider = heads.findIndex((other) => other.block === b && !other.inline && other.nameStart < head.nameStart && head.nameStart < other.headEnd)
        if (wider >= 0) heads.splice(wider, 1)
        heads.push({ ...head, name: head.name.replace(/\s/g, ''), inline: true, source, family: marker?.family })
      }
      heads.sort((x, y) => x.block - y.block || x.nameStart - y.nameStart)
    }
  }
  if (heads.length === 0) return summaryStages(blocks, canonAt, raw)
  const inSection: boolean[] = []
  const families: Array<string | undefined> = []
  let section: { family?: string; level?: number } | null = null
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]
    const canonText = canonAt(b).text
    const { marker, headStart } = markers[b] ?? blockMarker(canonText)
    // a new heading of the section's family or level ends the stage section
    if (section && ((block.level !== undefined && section.level !== undefined && block.level <= section.level) || (marker && section.family && marker.family === section.family))) section = null
    if (sectionHeadings.len(canonText, headStart) && sectionHeadings.len(canonText, headStart) + headStart + 6 >= Math.min(canonText.length, firstOf(canonText, headStart, SENTENCE))) {
      section = { family: marker?.family, level: block.level }
    }
    families[b] = marker?.family
    inSection[b] = section !== null || (block.heading !== undefined && sectionHeadings.words.some((w) => block.heading!.includes(w)))
  }
  // which heads are stages: 阶段 in the name, inside a stage section, or a run of two or more
  const accepted = heads.filter((head, index) => {
    if (head.stageWord) return true
    if (!head.atBlockStart) return false
    if (inSection[head.block]) return true
    const prev = heads[index - 1]
    const next = heads[index + 1]
    return (prev?.atBlockStart && prev.block === head.block - 1) || (next?.atBlockStart && next.block === head.block + 1)
  })
  if (accepted.length === 0) return summaryStages(blocks, canonAt, raw)

  const out: StageMatch[] = []
  for (let n = 0; n < accepted.length; n++) {
    const head = accepted[n]
    const next = accepted[n + 1]
    const block = blocks[head.block]
    const goalEnd = next && next.block === head.block ? next.nameStart : head.canon.text.length
    // a stage named inside a sentence has no goal text of its own
    let goal = head.inline ? '' : trimText(head.canon.text.slice(head.headEnd, goalEnd))
    let endOffset = block.offset + endOf(head.canon, head.nameStart, trimEnd(head.canon.text, goalEnd))
    if (head.inline) endOffset = block.offset + endOf(head.canon, head.nameStart, head.rawEnd)
    if (!goal && head.atBlockStart) {
      // a heading alone in its block: the goal is the text of the blocks under it, up to the
      // next stage or the next heading of the same rank
      const parts: string[] = []
      const stop = next ? next.block : blocks.length
      for (let b = head.block + 1; b < stop && b <= head.block + MAX_GOAL_BLOCKS; b++) {
        if (families[b] !== undefined && (families[b] === head.family || !inSection[b])) break
        const goalLine = trimText(canonAt(b).text)
        if (!goalLine) continue
        parts.push(goalLine)
        endOffset = blocks[b].offset + trimEndRaw(blocks[b].text)
      }
      goal = parts.join('\n')
    }
    const deadline = head.time.deadline
    let start: string | null = null
    let end: string | null = null
    if (deadline.kind === 'range' || deadline.kind === 'ongoing') {
      start = deadline.start ?? null
      end = deadline.end ?? null
    } else if (deadline.kind === 'due' && head.time.bare && head.time.period && !head.runIn) {
      // a bracketed bare year is the stage's span; a run-in `到2025年` is only its end
      start = head.time.period.start
      end = head.time.period.end
    } else if (deadline.kind === 'due') end = deadline.date ?? null
    else if (deadline.kind === 'start') start = deadline.start ?? deadline.date ?? null
    const stage: Omit<Stage, 'position'> = {
      name: head.name,
      raw: (head.source ?? block.text).slice(startOf(head.canon, head.nameStart), endOf(head.canon, head.nameStart, head.rawEnd)),
      start,
      end,
    }
    if (goal) stage.goal = goal
    const match: StageMatch = { stage, index: block.offset + startOf(head.canon, head.nameStart), end: endOffset }
    if (head.runIn && block.midLine) match.narrated = true
    if (head.openEnd) match.openEnd = true
    out.push(match)
  }
  // a narrated stage takes no part in the plan's own sequence of bounds
  inferBounds(
    out.filter((m) => !m.narrated),
    options.documentDate,
  )
  return out
}

/** Turns `mayHead` off (every block read), for tests that check it never changes what is found. @internal */
export const stageGate = { enabled: true }

const NO_HEAD = 0
const BRACKET = 1
const STAGE_WORD = 2
/** A block opening with a dated period and a comma (`9月1日至9月30日，校内相关单位完成自查自评；`). */
const RANGE_LINE = 3

// 1: a character without which mayHead answers NO_HEAD, read in the canon — the ordinal prefix a step
// head opens with (第), the bracket of a bracketed heading (（), the 月 a dated range line needs (and the
// summary count word's first, unless that word holds the stage word: 个阶段); 3: the stage word's first (阶),
// which also lets the block before through (an inline head run on across the junction).
const COUNT_HOLDS_STAGE_WORD = grammar.summary.count.includes(grammar.stageWord)
const HEAD_RAW = canonPreimage((COUNT_HOLDS_STAGE_WORD ? '' : grammar.summary.count[0]) + grammar.ordinalPrefix[0] + '（月')
const STAGE_WORD_RAW = canonPreimage(grammar.stageWord[0])
for (let i = 0; i < 65536; i++) if (STAGE_WORD_RAW[i] === 1) HEAD_RAW[i] = 3

/** Per block, the HEAD_RAW bits its input holds: one pass over each block, no canonical copy. @internal */
export function rawCues(blocks: StageBlock[]): Uint8Array {
  const out = new Uint8Array(blocks.length)
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b].text
    let bits = 0
    for (let i = 0; i < text.length && bits !== 3; i++) bits |= HEAD_RAW[text.charCodeAt(i)]
    out[b] = bits
  }
  return out
}

/**
 * mayHead's answer read on the input (`rawCues`), before any canonical copy: true when neither the
 * block nor the stage word of the next holds a character mayHead's tests need (canonicalization maps
 * code units one to one or drops them, so a character of the canon comes from one of its preimage in
 * the input). @internal
 */
export function rawNoHead(cues: Uint8Array, index: number): boolean {
  return cues[index] === 0 && (index + 1 >= cues.length || (cues[index + 1] & 2) === 0)
}

/**
 * What block `index` can give (a necessary test, cheap). A run-in or summary stage needs the stage
 * word or the count word in the block, an inline one the stage word in the block run on into the
 * next (canonical text maps characters one by one, so there the word lies in one of the two or
 * across their junction): STAGE_WORD. A bracketed heading needs a bracket of `readHead`'s reach
 * whose inside the time scanner's gate lets through: BRACKET. Neither: NO_HEAD.
 */
function mayHead(canonAt: (blockIndex: number) => Canon, index: number, count: number): number {
  const text = canonAt(index).text
  const next = index + 1 < count ? canonAt(index + 1).text : undefined
  const word = grammar.stageWord
  if (text.includes(word) || text.includes(grammar.summary.count) || next?.includes(word) || STEP_HEAD.test(text)) return STAGE_WORD
  for (let k = 1; next !== undefined && k < word.length; k++) if (text.endsWith(word.slice(0, k)) && next.startsWith(word.slice(k))) return STAGE_WORD
  for (let open = text.indexOf('（'); open !== -1; open = text.indexOf('（', open + 1)) {
    const close = findWithin(text, open + 1, '）', 40)
    if (close >= 0 && mayHoldTimeIn(text, open + 1, close)) return BRACKET
  }
  const { headStart } = blockMarker(text)
  if (RANGE_OPENING.test(text.slice(headStart, headStart + 40))) return RANGE_LINE
  return NO_HEAD
}

/** Fill unprinted starts (day after the previous end, or the document date) and ends. */
function inferBounds(matches: StageMatch[], documentDate?: string): void {
  const stages = matches.map((m) => m.stage)
  const open = new Set(matches.filter((m) => m.openEnd).map((m) => m.stage))
  for (let n = 0; n < stages.length; n++) {
    const stage = stages[n]
    if (stage.start === null) {
      const prevEnd = n > 0 ? toDate(stages[n - 1].end) : null
      const doc = toDate(documentDate)
      stage.start = prevEnd ? iso(dayAfter(prevEnd)) : n === 0 && doc ? iso(doc) : null
      stage.inferred = { ...stage.inferred, start: true }
    }
  }
  for (let n = 0; n < stages.length; n++) {
    const stage = stages[n]
    if (stage.end === null && !open.has(stage)) {
      const nextStart = n + 1 < stages.length && !stages[n + 1].inferred?.start ? toDate(stages[n + 1].start) : null
      stage.end = nextStart ? iso(dayBefore(nextStart)) : null
      stage.inferred = { ...stage.inferred, end: true }
    }
  }
}

/** `从2012年到2022年共分四个阶段，要求A、B、C、D的目标`: the span, and names when the list has N items. */
function summaryStages(blocks: StageBlock[], canonAt: (blockIndex: number) => Canon, cues: Uint8Array): StageMatch[] {
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]
    // a summary needs its count word (个阶段), so the stage word's first character in the input (rawCues)
    if (COUNT_HOLDS_STAGE_WORD && (cues[blockIndex] & 2) === 0) continue
    const canon = canonAt(blockIndex)
    const canonText = canon.text
    const countAt = canonText.indexOf(grammar.summary.count)
    if (countAt < 0) continue
    // the count: 四 / 4 right before 个阶段
    let countStart = countAt
    while (countStart > 0 && (isCnNumeral(canonText[countStart - 1]) || isAsciiDigit(canonText[countStart - 1]))) countStart--
    const num = readCnPositional(canonText, countStart) ?? readSmallNumber(canonText, countStart)
    if (!num || num.end !== countAt || num.value < 2 || num.value > 12) continue
    const div = divide.before(canonText, countStart)
    if (!div) continue
    // the span: a range in the same sentence before the count
    let sentStart = countStart
    while (sentStart > 0 && !SENTENCE.has(canonText[sentStart - 1])) sentStart--
    const { matches } = scanTime(canonText, { from: sentStart, to: countStart })
    const span = [...matches].reverse().find((m) => m.deadline.kind === 'range' && m.deadline.start && m.deadline.end)
    if (!span) continue
    const count = num.value
    // names: the 、 list after the count
    let listStart = countAt + grammar.summary.count.length
    while (listStart < canonText.length && (canonText[listStart] === '，' || canonText[listStart] === '：')) listStart++
    const intro = listIntro.longestAt(canonText, listStart)
    if (intro) listStart += intro[0].length
    const listEnd = firstOf(canonText, listStart, SENTENCE)
    const items = canonText.slice(listStart, listEnd).split(grammar.summary.separator)
    let names: string[]
    if (items.length === count) {
      const lastItem = items[count - 1]
      const tail = listTail.before(lastItem, lastItem.length)
      if (tail) items[count - 1] = lastItem.slice(0, lastItem.length - tail[0].length)
      names = items.map((x) => trimText(x))
    } else names = Array.from({ length: count }, (_, k) => `${grammar.ordinalPrefix}${k + 1}${grammar.stageWord}`)
    const spanStart = span.index // scanned on the canonical copy: canonical offsets
    const index = block.offset + startOf(canon, spanStart)
    const endOff = block.offset + endOf(canon, spanStart, listEnd)
    const raw = block.text.slice(startOf(canon, spanStart), endOf(canon, spanStart, listEnd))
    return names.map((name, ordinal) => ({
      stage: {
        name,
        raw,
        start: ordinal === 0 ? span.deadline.start! : null,
        end: ordinal === count - 1 ? span.deadline.end! : null,
        inferred: { start: true, end: true },
      },
      index,
      end: endOff,
    }))
  }
  return []
}

/**
 * A stage heading at `start`: name（time）followed by 。/：. For `第一阶段（…）：全面铺开。` the short
 * name after the colon joins the name.
 */
function readHead(canon: Canon, start: number, block: number, atBlockStart: boolean, years: ScanOptions): Head | undefined {
  const canonText = canon.text
  const open = findWithin(canonText, start, '（', grammar.maxNameLength)
  if (open <= start) return undefined
  const close = findWithin(canonText, open + 1, '）', 40)
  if (close < 0) return undefined
  let name = canonText.slice(start, open)
  if (/[。；]/.test(name)) return undefined
  // (a period inside a quoted title is the cited plan's span, no stage: `《某某示范市规划（2022—2026年）》已经…通过`, outside96 08)
  if (name.lastIndexOf('《') > name.lastIndexOf('》')) return undefined
  const { matches } = scanTime(canonText, { from: open + 1, to: close, ...years })
  if (matches.length !== 1) return undefined
  const time = matches[0]
  if (time.index > open + 1 || time.end < close) return undefined
  const stageWord = name.endsWith(grammar.stageWord)
  let headEnd = close + 1
  let rawEnd = close + 1
  if (stageWord && name.startsWith(grammar.ordinalPrefix) && canonText[close + 1] === '：') {
    const stop = firstOf(canonText, close + 2, new Set(['。', '；', '\n']))
    if (stop - (close + 2) > 0 && stop - (close + 2) <= grammar.maxShortNameLength) {
      name = `${name}：${canonText.slice(close + 2, stop)}`
      rawEnd = stop
      headEnd = stop + 1
    }
  }
  if (headEnd === close + 1 && headingEnd.has(canonText[headEnd])) headEnd++
  name = trimText(name)
  if (!name) return undefined
  // 一阶段（…） is the tail of a broken line (…区分了第⏎一阶段), not a heading
  if (stageWord && !name.startsWith(grammar.ordinalPrefix) && isCnNumeral(name[0]) && name.length <= grammar.stageWord.length + 2) return undefined
  return { block, canon: canon, nameStart: start, headEnd, rawEnd, name, time, atBlockStart, stageWord }
}

/** Words between `第一阶段，` and its year (`到2025年`, `至2030年`, `从二〇二〇年`): a target, nothing else. */
const RUN_IN_GAP = 2
const RUN_IN_AFTER = new Set(['，', '：', '。', '；'])
const defining = WordList.fromWords(grammar.runIn.defining)
const periodTail = WordList.fromWords(grammar.runIn.periodTail)
const stepWords = WordList.fromWords(grammar.runIn.stepWords)
const openEnds = WordList.fromWords(grammar.runIn.openEnds)
const goalWords = WordList.fromWords(grammar.runIn.goalWords)
/** `第一步，` / `第三步：` — the gates' test for a text or block that may hold a run-in step (clause-time, mayHead). */
export const STEP_HEAD = new RegExp(`${grammar.ordinalPrefix}[一二三四五六七八九十\\d]+(?:${grammar.runIn.stepWords.join('|')})[，：]`)
/** `分三步走` / `分两步`: a paragraph that announces its steps (stages.json runIn.stepIntro). */
const STEP_INTRO = new RegExp(`${grammar.runIn.stepIntro}[一二三四五六两\\d]+(?:${grammar.runIn.stepWords.join('|')})`)

/**
 * A run-in stage: `第一阶段，到2025年，实现…` / `第二阶段，到 2030年，…` / `第一个阶段，从二〇二〇年到二〇三五年，…`
 * — the ordinal stage word (a count word may stand before 阶段), a comma, the stage's period or end
 * and a comma, with no bracket; or a definition, `第一阶段系指自中华民国一百零五年起至一百零九年止`
 * (grammars/time/stages.json `runIn`). The comma form is read only at a block's start (inside a
 * paragraph it is narrated, findStages); a definition also after a comma (`definitionOnly`). The
 * goal is the rest of the paragraph. An unprinted start is inferred (inferBounds: the day after
 * the previous stage, or the document date).
 */
function readRunInHead(canon: Canon, start: number, block: number, years: ScanOptions, definitionOnly = false, stepOnly = false): Head | undefined {
  const canonText = canon.text
  if (!canonText.startsWith(grammar.ordinalPrefix, start)) return undefined
  let numberEnd = start + grammar.ordinalPrefix.length
  while (numberEnd < canonText.length && (isCnNumeral(canonText[numberEnd]) || isAsciiDigit(canonText[numberEnd]))) numberEnd++
  if (numberEnd === start + grammar.ordinalPrefix.length) return undefined
  if (canonText.startsWith(grammar.runIn.countWord, numberEnd)) numberEnd += grammar.runIn.countWord.length
  // a numbered step (第一步，到2020年) reads like a stage, in the comma form only
  const step = definitionOnly ? undefined : stepWords.longestAt(canonText, numberEnd)
  if (!step && (stepOnly || !canonText.startsWith(grammar.stageWord, numberEnd))) return undefined
  const nameEnd = numberEnd + (step ? step[0].length : grammar.stageWord.length)
  const definition = step ? undefined : defining.longestAt(canonText, nameEnd)
  // (第一阶段目标：到2017年: the goal word stands between the name and the colon)
  const goal = step || definition || definitionOnly ? undefined : goalWords.longestAt(canonText, nameEnd)
  const markAt = nameEnd + (goal ? goal[0].length : 0)
  if (!definition && (definitionOnly || (canonText[markAt] !== '，' && canonText[markAt] !== '：'))) return undefined
  const phraseStart = markAt + (definition ? definition[0].length : 1)
  const phraseEnd = firstOf(canonText, phraseStart, RUN_IN_AFTER)
  if (phraseEnd >= canonText.length) return undefined
  const { matches } = scanTime(canonText, { from: phraseStart, to: phraseEnd, ...years })
  // 第三步，到下个世纪中叶，…: a step whose only period is an end that names no date starts after the one before
  if (matches.length === 0 && step && openEnds.longestAt(canonText, phraseStart)?.[0] === canonText.slice(phraseStart, phraseEnd).trim()) {
    const time = undatedEnd(canonText.slice(phraseStart, phraseEnd).trim(), phraseStart, phraseEnd)
    return { block, canon, nameStart: start, headEnd: phraseEnd + 1, rawEnd: phraseEnd, name: canonText.slice(start, nameEnd), time, atBlockStart: true, stageWord: true, runIn: true, openEnd: true }
  }
  if (matches.length !== 1) return undefined
  const time = centuryOfBlock(canonText, matches[0], phraseStart, phraseEnd, years)
  const gap = canonText.slice(phraseStart, time.index).trim()
  const tail = canonText.slice(time.end, phraseEnd).trim()
  // 从二〇三五年到本世纪中叶: an end that names no date leaves the printed start alone
  const openEnd = tail !== '' && openEnds.longestAt(tail, 0)?.[0] === tail
  // a target date may run straight into its goal (第一步，到2020年人工智能总体技术…同步): no comma after the year
  const target = time.deadline.kind === 'due' && !definition
  if (gap.length > RUN_IN_GAP || /\d/.test(gap) || (tail !== '' && !openEnd && !target && periodTail.longestAt(tail, 0)?.[0] !== tail)) return undefined
  if (openEnd && time.deadline.kind !== 'start') return undefined
  if (time.deadline.kind !== 'due' && time.deadline.kind !== 'range' && time.deadline.kind !== 'start') return undefined
  // a definition names a period, not a target: only a span reads as one (第一阶段为期两年 is no stage)
  if (definition && time.deadline.kind !== 'range') return undefined
  const name = canonText.slice(start, nameEnd)
  // the goal of a target run straight into it starts right after the date
  const headEnd = tail !== '' && target && !openEnd ? time.end : phraseEnd + 1
  return { block, canon, nameStart: start, headEnd, rawEnd: time.end, name, time, atBlockStart: !definitionOnly, stageWord: true, runIn: true }
}

/** The time of an end that names no calendar date (到下个世纪中叶): due, no date; the stage keeps only its start. */
function undatedEnd(raw: string, index: number, end: number): TimeMatch {
  return { deadline: { raw, kind: 'due', precision: 'none', date: null }, index, end, rule: 'point.century', period: undefined, bare: undefined, basis: 'cue', target: undefined }
}

/**
 * 到本世纪末 in a text with no date of its own: the century of the earliest year printed before it in the block
 * (十三大: 比一九八〇年翻一番。…第二步，到本世纪末 → 2000) — the base a step list counts from.
 */
function centuryOfBlock(canonText: string, time: TimeMatch, phraseStart: number, phraseEnd: number, years: ScanOptions): TimeMatch {
  if (time.rule !== 'point.century' || time.deadline.date) return time
  // the years printed before it, in digits or Chinese numerals (比一九八〇年翻一番 is no date, but names a year)
  let earliest: number | undefined
  for (let at = canonText.indexOf('年'); at !== -1 && at < time.index; at = canonText.indexOf('年', at + 1)) {
    const number = at >= 4 ? (readAsciiDigits(canonText, at - 4) ?? readCnDigits(canonText, at - 4)) : undefined
    if (number?.end === at && number.digits === 4 && number.value > 1000 && (earliest === undefined || number.value < earliest)) earliest = number.value
  }
  if (earliest === undefined) return time
  return scanTime(canonText, { from: phraseStart, to: phraseEnd, ...years, referenceDate: `${earliest}-12-31` }).matches[0] ?? time
}

/**
 * A period printed at a line's start, then a comma or colon (`9月1日至9月30日，…`, `2024年3月—5月：…`):
 * the shape `readRangeHead` reads, tested before any time scanning (the stage gate).
 */
const RANGE_PERIOD = String.raw`(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:至|到|—|－|-|～)(?:\d{4}年)?\d{1,2}(?:月(?:\d{1,2}日)?)?[^，：。；\n]{0,2}[，：]`
const RANGE_OPENING = new RegExp(`^${RANGE_PERIOD}`)
/** Some line of a text opening with such a period: the gate before a document's stages are read (clause-time). */
export const RANGE_LINES = new RegExp(`(?:^|\\n)[ \\u3000]*${RANGE_PERIOD}`)
const RANGE_STOPS = new Set(['，', '：', '。', '；', '\n'])

/**
 * A stage printed as a dated line under a stage section (`一、时间安排` › `9月1日至9月30日，校内相关单位完成
 * 自查自评；` › `10月9日至11月15日，…`): a period opening the block, a comma or colon, then what is done
 * in it up to the sentence end (the name). Read only at a block's start; accepted as a stage only
 * inside a stage section or in a run of such lines (findStages).
 */
function readRangeHead(canon: Canon, start: number, block: number, years: ScanOptions): Head | undefined {
  const text = canon.text
  const stop = firstOf(text, start, RANGE_STOPS)
  if (stop >= text.length || (text[stop] !== '，' && text[stop] !== '：')) return undefined
  const { matches } = scanTime(text, { from: start, to: stop, ...years })
  if (matches.length !== 1) return undefined
  const time = matches[0]
  if (time.index !== start || time.end !== stop || time.deadline.kind !== 'range' || !time.deadline.start || !time.deadline.end) return undefined
  const nameEnd = firstOf(text, stop + 1, SENTENCE)
  const name = trimText(text.slice(stop + 1, nameEnd))
  if (!name || name.length > grammar.maxNameLength) return undefined
  return { block, canon, nameStart: start, headEnd: nameEnd + 1, rawEnd: nameEnd, name, time, atBlockStart: true, stageWord: false }
}

/**
 * The years a yearless dated line is read with: the document's (its date, its plan year), else the
 * last year printed in the blocks just before it (`2025年9月1日至12月30日。其中：` over `9月1日至9月30日，…`).
 */
function rangeYears(years: ScanOptions, blocks: StageBlock[], blockIndex: number): ScanOptions {
  if (years.documentDate || (years.planYear ?? years.planYearOf?.())) return years
  for (let k = blockIndex - 1; k >= 0 && blockIndex - k <= 6; k--) {
    const printed = [...blocks[k].text.matchAll(/((?:19|20)\d{2})年/g)]
    if (printed.length) return { ...years, planYear: Number(printed[printed.length - 1][1]) }
  }
  return years
}

/** The marker a block opens with (after spaces and line breaks), and where its heading starts. */
function blockMarker(canonText: string): { marker: ReturnType<typeof readMarker>; headStart: number } {
  let markerStart = 0
  while (markerStart < canonText.length && (canonText[markerStart] === ' ' || canonText[markerStart] === '\n')) markerStart++
  const marker = readMarker(canonText, markerStart)
  return { marker, headStart: marker ? marker.end : markerStart }
}

/**
 * The clause marker a block starts with, read by the one marker grammar (grammars/numbering.json):
 * its end and its style (（一） → cn-paren), so a sibling heading ends a section. A marker that
 * names a stage itself (第一阶段) is part of the heading's name, not a marker before it.
 */
function readMarker(text: string, offset: number): { end: number; family: string } | undefined {
  const marker = markerAt(text, offset)
  if (!marker || marker.weak || marker.key.endsWith(grammar.stageWord)) return undefined
  return { end: marker.end, family: marker.style }
}

function findWithin(text: string, from: number, char: string, max: number): number {
  const lim = Math.min(text.length, from + max + 1)
  for (let i = from; i < lim; i++) {
    if (text[i] === char) return i
    if (text[i] === '\n') return -1
  }
  return -1
}

function firstOf(text: string, from: number, set: Set<string>): number {
  let end = from
  while (end < text.length && !set.has(text[end])) end++
  return end
}

const TRIM = new Set([' ', '，', '。', '：', '；', '\n', '、'])
function trimText(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && TRIM.has(text[start])) start++
  while (end > start && TRIM.has(text[end - 1])) end--
  return text.slice(start, end)
}

/** Length of `raw` without trailing spaces / punctuation (the end offset of a goal block). */
function trimEndRaw(raw: string): number {
  let end = raw.length
  while (end > 0 && (TRIM.has(raw[end - 1]) || raw[end - 1] === '\u3000' || raw[end - 1] === '\r' || raw[end - 1] === '\t')) end--
  return end
}

function trimEnd(text: string, end: number): number {
  let trimmed = end
  while (trimmed > 0 && TRIM.has(text[trimmed - 1])) trimmed--
  return trimmed
}
