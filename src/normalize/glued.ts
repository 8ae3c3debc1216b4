import colophon from '../../grammars/colophon.json' with { type: 'json' }
import labels from '../../grammars/header-labels.json' with { type: 'json' }
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { aboutAt, genreOf } from '../text/genre.js'
import { escapeRegExp } from '../text/regexp.js'

/** A line shorter than this is never read as a glued document. */
const MIN_GLUED_LINE = 300
/** How far into the line the title may start (after a site label and a 字号). */
const TITLE_REACH = 60
const MAX_TITLE = 100
const MAX_ADDRESSEE = 100

export const HAN_DATE = '[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日'
export const ARABIC_DATE = '\\d{4}年\\d{1,2}月\\d{1,2}日'
/** A site label opening the line (`文档介绍：`), then a 字号 (`龙府发〔2009〕23号`), both optional. */
// (the 号 perhaps lost in the copy, `内政发〔2011〕129内蒙古自治区人民政府关于…`, outside119 08: restored, with a warning)
const HEAD = /^((?:[\u4e00-\u9fff]{2,6}[：:])?)([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号?)?/
const END_LABELS = [...colophon.copyToLabels, ...labels.forms.keywordLabels].map(escapeRegExp).join('|')
/** A 版记 label: `主题词：`, `抄送：`. */
const END_LABEL = new RegExp(`(?:${END_LABELS})[：:]`, 'g')
const COPY_LABEL = new RegExp(`^(?:${colophon.copyToLabels.map(escapeRegExp).join('|')})[：:]`)
/** The 落款 date: a full date standing right before a 版记 label, or closing the line. */
const SIGN_DATE = new RegExp(`(?:${HAN_DATE}|${ARABIC_DATE})(?=(?:${END_LABELS})[：:]|$)`, 'g')
/** The printing line's date and verb (`2009年5月14日印`). */
const PRINTED = new RegExp(`(?:${HAN_DATE}|${ARABIC_DATE})(?:${colophon.printedVerbs.map(escapeRegExp).join('|')})`, 'g')
const PRINT_COUNT = new RegExp(colophon.printCount.slice(1, -1), 'g')
/** `附件：` after a sentence of the body, or a bare `附件` (`附件1`) opening an attachment after the 版记. */
const ATTACHMENT_NOTE = /。(附件[：:])/g
const ATTACHMENT_HEAD = /附件\d{0,2}(?=[^：:\d])/g
/** An issuing sentence quoting the one name it issues, to its full stop: the name (group 1). */
const ISSUING_SENTENCE = /现将《([^《》]{4,80})》(?:印发|转发)给你们[^。]{0,60}。/
/**
 * Each addressee ends in an organ word (…政府, …部门, 各直属机构, 县委办), as a 主送 line's do — perhaps that word alone in an
 * elliptic list (`自治区各委、办、厅、局`) — or names the enterprises (`各大企业`) or a league's 行政公署 (`各盟行政公署`, outside119 08).
 */
const ADDRESSEE = /^[\u4e00-\u9fff（）()]{0,30}[府门位会委局厅办处构司心道镇乡区县市组院所校部站队业署]$/
/** A table's unit note and its header row under an attachment title. */
const TABLE_START = /(?:单位[：:]|序号)/g

/**
 * Glued documents: a page that printed a whole notice — 字号, title, 主送, body, 落款 date, 版记 and
 * an attached table — on one line with no separator at all (`龙府发〔2009〕23号…关于…的通知各街道办事处…：
 * 为…。附件：…二○○九年五月十四日主题词：…抄送：…。…办公室2009年5月14日印（共印30份）附件…情况表单位：万元序号…`).
 * The spaces the flattened-page pass splits on are absent, so the parts are found by their own shapes.
 * A line is a glued document only when it opens (after an optional site label and 字号) with an
 * `X关于…的` + genre title directly followed by an addressee list ending in `：` — an ordinary
 * paragraph never does; the line is then broken after the label, the 字号, the title and the
 * addressees, before `。附件：`, around the 落款 date (a full date right before a 版记 label or at
 * the end), before each 版记 label, after the 抄送 list's `。`, after the printing date, around the
 * print count (`（共印30份）`), and around the attachment label and its title's table. An `info`
 * diagnostic reports each split line.
 *
 * @example
 * // '龙府发〔2009〕23号某区人民政府关于…的通知各街道办事处：为…。二○○九年五月十四日抄送：区委办。…'
 * // → '龙府发〔2009〕23号\n某区人民政府关于…的通知\n各街道办事处：\n为…。\n二○○九年五月十四日\n抄送：区委办。\n…'
 */
export function splitGluedDocuments(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  let ed: ReturnType<MappedText['edit']> | null = null
  for (let s = 0; s < t.length; ) {
    let e = t.indexOf('\n', s)
    if (e < 0) e = t.length
    if (e - s >= MIN_GLUED_LINE) {
      const cuts = gluedCuts(t.slice(s, e))
      if (cuts.length) {
        ed ??= view.edit()
        const head = HEAD.exec(t.slice(s, e))!
        const lostMark = head[2] && !head[2].endsWith('号') ? head[0].length : -1
        for (const c of cuts) ed.replace(s + c, s + c, c === lostMark ? '号\n' : '\n')
        if (lostMark >= 0) diags.add(view, 'warning', 'docnumber-repaired', `Restored the 号 the 字号 "${head[2]}" lost before the title glued to it`, s + head[1].length, s + lostMark)
        diags.add(view, 'info', 'line-split', `Split a glued document line into ${cuts.length + 1} parts (title, addressees, 落款, 版记)`, s, e)
      }
    }
    s = e + 1
  }
  return ed ? ed.done() : view
}

/** Where to break a glued document line (offsets into `line`, ascending), or none. */
export function gluedCuts(line: string): number[] {
  const head = HEAD.exec(line)!
  const titleStart = head[0].length
  if (titleStart > TITLE_REACH) return []
  const title = titleEnd(line, titleStart)
  if (!title) return []
  const cuts = new Set<number>([head[1].length, titleStart, title.end, title.addresseeEnd])
  const tail = line.slice(title.addresseeEnd)
  const at = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0
    for (let m = re.exec(tail); m; m = re.exec(tail)) f(m)
  }
  const base = title.addresseeEnd
  // the text the notice issues, printed right after its issuing sentence under the name the sentence quotes
  // (`…现将《X》印发给你们，请…实施。X为进一步…，特制定本方案。`, outside119 08): its title a line of its own
  const issuing = ISSUING_SENTENCE.exec(tail)
  if (issuing && tail.startsWith(issuing[1], issuing.index + issuing[0].length)) {
    const from = base + issuing.index + issuing[0].length
    cuts.add(from).add(from + issuing[1].length)
  }
  // the 落款 date, and the 版记 that follows it
  let sign = -1
  at(SIGN_DATE, (m) => {
    if (sign >= 0) return
    sign = m.index
    cuts.add(base + m.index).add(base + m.index + m[0].length)
  })
  at(ATTACHMENT_NOTE, (m) => {
    if (sign < 0 || m.index < sign) cuts.add(base + m.index + 1)
  })
  if (sign >= 0) {
    const after = (m: RegExpExecArray) => m.index > sign
    at(END_LABEL, (m) => {
      if (!after(m)) return
      cuts.add(base + m.index)
      // the printing office follows the 抄送 list's full stop
      if (COPY_LABEL.test(m[0])) {
        const stop = tail.indexOf('。', m.index)
        if (stop > 0 && stop - m.index < 300) cuts.add(base + stop + 1)
      }
    })
    at(PRINTED, (m) => {
      if (after(m)) cuts.add(base + m.index + m[0].length)
    })
    at(PRINT_COUNT, (m) => {
      if (after(m)) cuts.add(base + m.index).add(base + m.index + m[0].length)
    })
    // an attachment printed after the 版记: its label, its title, its table
    let attached = -1
    at(ATTACHMENT_HEAD, (m) => {
      if (attached >= 0 || !after(m) || !cuts.has(base + m.index)) return
      attached = m.index
      cuts.add(base + m.index + m[0].length)
    })
    if (attached >= 0)
      at(TABLE_START, (m) => {
        if (m.index <= attached || m.index - attached > MAX_TITLE) return
        const titleText = tail.slice(attached, m.index).replace(/^附件\d{0,2}/, '')
        if (genreOf(titleText) || /表$/.test(titleText)) cuts.add(base + m.index)
      })
  }
  return [...cuts].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b)
}

/**
 * The end of an `X关于…的` + genre title starting at `start`, with the end of the addressee list
 * right after it (`…的通知各街道办事处、…，区政府有关部门：`); null when the line does not open so.
 */
function titleEnd(line: string, start: number): { end: number; addresseeEnd: number } | null {
  const stop = line.slice(start, start + MAX_TITLE).search(/[。；：:，,]/)
  const limit = stop < 0 ? MAX_TITLE : stop
  for (let end = start + 4; end <= start + limit; end++) {
    const text = line.slice(start, end)
    if (aboutAt(text) < 0 || !genreOf(text) || !/的[\u4e00-\u9fff]{1,6}$/.test(text)) continue
    const colon = line.slice(end, end + MAX_ADDRESSEE).search(/[：:]/)
    if (colon <= 1) continue
    const addressees = line.slice(end, end + colon)
    if (!addressees.split(/[，、,]/).every((a) => ADDRESSEE.test(a))) continue
    return { end, addresseeEnd: end + colon + 1 }
  }
  return null
}
