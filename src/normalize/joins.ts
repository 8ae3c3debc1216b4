import labels from '../../grammars/header-labels.json' with { type: 'json' }
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { startsWithMarker } from '../text/markers.js'
import { isTitleLike } from '../text/genre.js'
import { isIdeograph } from '../text/ideograph.js'
import { codeSet } from '../text/brackets.js'
import { escapeRegExp } from '../text/regexp.js'

/** Characters that may end a finished line: sentence and clause punctuation, closing brackets. */
const LINE_FINAL = codeSet('。；：！？…”’」』）】〕》>.;:!?)')
const MIN_BROKEN_LINE = 30
/** A line that is a label and a list of units (`协办单位：区委编办、区民政局、园区党工`). */
const LABELLED_LIST = /^[\u4e00-\u9fff]{2,6}[：:][^：:。；]*、[^：:。；]*$/
/** The header labels of grammars/header-labels.json, longest first. */
const HEADER_LABELS = Object.keys(labels.labels)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')
/**
 * A row of a site's label cells, a header label and another after it (`发布部门: 天津市东丽区人民政府办公室 发布时间:2011年05月28日
 * 有效性:政策是否有效未知,请慎用`, outside93 04): no sentence, however its last cell ends.
 */
const LABEL_ROW = new RegExp(`^\\s*(?:${HEADER_LABELS})\\s*[：:].*(?:${HEADER_LABELS})\\s*[：:]`)
/**
 * A row of a site's label cells without colons, two bare labels on it (`索引号000014348/2021-46808主题分类工业、交通\轻工纺织`,
 * the spaces between the cells normalized away, outside169 01): no sentence to join to the row under it.
 */
const BARE_LABELS = labels.forms.bareLabels.join('|')
const BARE_LABEL_ROW = new RegExp(`^(?:${BARE_LABELS})(?![：:]).+(?:${BARE_LABELS})(?![：:])`)
/** A line opening with a label of a few ideographs and its colon (`验收单位：`, `整改时限：`). */
const LABEL_OPENING = /^[\u4e00-\u9fff]{2,8}[：:]/
/** The rest of a unit name opening the next line, then the list going on: `委、各街道党工委`. */
const LIST_TAIL = /^[\u4e00-\u9fff]{1,6}、/

/**
 * Re-joins hard line breaks inside sentences (`…社会和谐稳定、人\n民安居乐业…`): a line of body
 * text (long, with sentence punctuation) that stops on an ideograph, directly followed by a line
 * that starts with an ideograph and no numbering marker. Each join is an `info` diagnostic.
 */
export function joinBrokenLines(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  return joinLines(view, diags, 'a line broken inside a sentence', (line, i) => {
    const next = i + 1
    if (LINE_FINAL[line.charCodeAt(line.length - 1)] === 1) return undefined
    // (a labelled unit list wrapped inside a name, `协办单位：区委编办、…、园区党工` / `委、各街道党工委`, is short too)
    if (line.length < MIN_BROKEN_LINE && !(LABELLED_LIST.test(line) && LIST_TAIL.test(t.slice(next, next + 20)))) return undefined
    if (!isIdeograph(line.charCodeAt(line.length - 1)) || !/[，。、；]/.test(line) || LABEL_ROW.test(line) || BARE_LABEL_ROW.test(line)) return undefined
    // A run-in heading closes the line: `…活动。一、明确…的指导思想和目标任务`.
    const lastStop = Math.max(line.lastIndexOf('。'), line.lastIndexOf('；'))
    if (lastStop >= 0 && startsWithMarker(t, i - line.length + lastStop + 1)) return undefined
    if (!isIdeograph(t.charCodeAt(next)) || startsWithMarker(t, next) || isTitleLike(line)) return undefined
    // A short unpunctuated next line is a label or heading (文章属性, 正文), not a sentence's tail.
    const nl = t.indexOf('\n', next)
    const nextLine = t.slice(next, nl < 0 ? t.length : nl)
    if (nextLine.length <= 12 && !/[，。、；]/.test(nextLine)) return undefined
    // Two label rows of a task list, each a label and its colon (`责任单位：…省级有关部门` ⏎ `验收单位：…`, outside164 01).
    if (LABEL_OPENING.test(line) && LABEL_OPENING.test(nextLine)) return undefined
    return [i]
  })
}

/**
 * The line walk both joins share: `joinsAfter` sees each line with the line break `i` that ends it
 * and returns the breaks to delete (`i` first), or undefined to keep them. The walk goes on after
 * the last break deleted; each join is an `info` diagnostic (`Re-joined <what> after "…"`).
 */
function joinLines(view: MappedText, diags: Diagnostics, what: string, joinsAfter: (line: string, i: number) => number[] | undefined): MappedText {
  const t = view.text
  const ed = view.edit()
  let changed = false
  let lineStart = 0
  for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', lineStart)) {
    const line = t.slice(lineStart, i)
    lineStart = i + 1
    const joins = joinsAfter(line, i)
    if (!joins) continue
    for (const j of joins) ed.delete(j, j + 1)
    lineStart = joins[joins.length - 1] + 1
    changed = true
    diags.add(view, 'info', 'line-joined', `Re-joined ${what} after "${line.slice(-6)}"`, i - 1, i + 2)
  }
  return changed ? ed.done() : view
}

const OPENERS = codeSet('（(【〔')
const CLOSERS = codeSet('）)】〕')
/** How far back an unclosed bracket may open for its line to count as wrapped inside it. */
const MAX_OPEN_TAIL = 12
/** A wrapped bracket's inner line (`2.5` of `（PM⏎2.5⏎）`) is this short at most. */
const MAX_INNER_LINE = 8

/** Position of the first bracket in `s` if it is a closer (a `（` before it opens its own pair). */
function firstCloser(s: string): number {
  for (let k = 0; k < s.length; k++) {
    if (CLOSERS[s.charCodeAt(k)] === 1) return k
    if (OPENERS[s.charCodeAt(k)] === 1) return -1
  }
  return -1
}

/**
 * Re-joins a bracket wrapped across lines when its inside starts with a marker-shaped token:
 * `细颗粒物（PM⏎2.5⏎）年均浓度` (a decimal, not a clause `2.5`) or `交通部（⏎66）交路字第…號`
 * (a year, not an item `66）`). The line must end inside a bracket opened near its end, and the
 * bracket must close on the next line before any other bracket opens, or at the start of the line
 * after a short inner line. A real item under such a line (`数字孪生（BG⏎1.信息感知（BA）…`) keeps
 * its line, since its first bracket opens a pair of its own. Each join is an `info` diagnostic.
 */
export function joinBracketWraps(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  return joinLines(view, diags, 'a bracket wrapped across lines', (line, i) => {
    const next = i + 1
    let o = -1
    for (let k = line.length - 1; k >= Math.max(0, line.length - MAX_OPEN_TAIL) && o < 0; k--) {
      if (CLOSERS[line.charCodeAt(k)] === 1) break
      if (OPENERS[line.charCodeAt(k)] === 1) o = k
    }
    if (o < 0 || !startsWithMarker(t, next)) return undefined
    const nl = t.indexOf('\n', next)
    const nextLine = t.slice(next, nl < 0 ? t.length : nl)
    if (firstCloser(nextLine) >= 0) return [i]
    // `（PM⏎2.5⏎）…`: a short inner line, its closer opening the line after.
    if (nl < 0 || nextLine.length > MAX_INNER_LINE || /[（(【〔]/.test(nextLine) || CLOSERS[t.charCodeAt(nl + 1)] !== 1) return undefined
    return [i, nl]
  })
}

/**
 * Re-joins a title in 《》 a site broke right after its opening mark (`根据国务院《` ⏎ `殡葬管理条例》、《` ⏎ `某省实施
 * <殡葬管理条例>办法》…`, a law site's links, outside269 01; the mark perhaps alone on its line, `《` ⏎ `某市殡葬管理规定》
 * 已经市人民政府同意…`): a line ending in `《` never ends there, and the next line closes the title before opening another.
 * Each join is an `info` diagnostic.
 */
export function joinTitleQuoteWraps(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  let ed: ReturnType<MappedText['edit']> | null = null
  for (let i = t.indexOf('《\n'); i >= 0; i = t.indexOf('《\n', i + 2)) {
    const next = i + 2
    const close = t.indexOf('》', next)
    const lineEnd = t.indexOf('\n', next)
    if (close < 0 || (lineEnd >= 0 && close > lineEnd)) continue
    const open = t.indexOf('《', next)
    if (open >= 0 && open < close) continue
    ed ??= view.edit()
    ed.delete(i + 1, i + 2)
    diags.add(view, 'info', 'line-joined', `Re-joined a title in 《》 broken after its opening mark, before "${t.slice(next, Math.min(close + 1, next + 12))}"`, i, next)
  }
  return ed ? ed.done() : view
}
