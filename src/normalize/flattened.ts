import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { markerAt, type Marker } from '../text/markers.js'
import { isSpace } from './spaces.js'
import { aboutAt, genreOf, isTitleLike } from '../text/genre.js'
import { ZERO_LOOKALIKES } from './repairs.js'
import { flattenedArticleBreaks } from './flattened-articles.js'
import { flattenedSectionBreaks } from './flattened-sections.js'
import sig from '../../grammars/signature.json' with { type: 'json' }

/** A line shorter than this is never read as a flattened page. */
const MIN_FLAT_LINE = 150
/** How far from a line's end its closing 落款 is looked for: space, issuer (≤ 38 + suffix), space, date, border — the spaces a page pads them with included. */
const TRAILING_SIGNATURE_REACH = 200
/** Glued items numbered in order that make a line without separators a flattened page (gluedBreaks). */
const GLUED_RUN = 3
/** The shortest glued item (characters from its marker to the next): an item holds a sentence, a name with a grade (會計學（一）或…會計學（二）) does not. */
const MIN_GLUED_ITEM = 30
/** What a glued item follows: the last character of a word (Han, letter, digit), not 第 or a mark. */
const GLUED_AFTER = /^[\p{Script=Han}\p{L}\p{N}]$/u
/** The organ suffixes of grammars/signature.json as an alternation, longest first. */
const ORGAN_SUFFIX_ALT = [...sig.organSuffixes].sort((a, b) => b.length - a.length).join('|')
/** A full date, in Arabic or Chinese numerals. */
// (a Chinese-numeral year may hold a look-alike zero the numbers repair turns into 〇 later: O, Ｏ, 0, Cyrillic О, Greek Ο)
const FULL_DATE = `(?:\\d{4}年\\d{1,2}月\\d{1,2}日|[〇一二三四五六七八九${ZERO_LOOKALIKES}]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)`
/** A release note in either bracket form (grammars/signature.json releaseLines: `（此件公开发布）`, `(此件公开发布)`). */
const RELEASE_NOTE = sig.releaseLines.map((r) => `[（(]${r.replace(/[（）()]/g, '')}[）)]`).join('|')
/**
 * The notice's 落款 inside a flattened line, each part between space runs: an issuer (a word ending in
 * an organ suffix of grammars/signature.json), a full date, and optionally a release note after it
 * (`… 某县人民政府办公室 2024年3月1日 （此件公开发布） 2024年重点工作责任分解 一、…`). The issued plan's title
 * follows it; split off, it starts a line where the nested-document search finds it.
 */
const SIGNATURE = new RegExp(
  `(?<=\\S)([ \\t\u3000]+)[\\u4e00-\\u9fff（）()]{2,38}(?:${ORGAN_SUFFIX_ALT})` + `([ \\t\u3000]+)${FULL_DATE}` + `(?:([ \\t\u3000]+)(?:${RELEASE_NOTE}))?([ \\t\u3000]+)(?=\\S)`,
  'g',
)
/**
 * The 落款 glued into a flattened notice with nothing around it (grammars/signature.json gluedSignature): the request
 * closing the issuing sentence and its marks (group 1), the issuer (group 2), the date (group 3).
 */
const GLUED_SIGNATURE = new RegExp(
  `(请[^。；\\n]{0,${sig.gluedSignature.within}}?(?:${sig.gluedSignature.requestEnds.join('|')})[，,。.、 \\t　]*)` + `([\\u4e00-\\u9fff（）()]{2,38}?(?:${ORGAN_SUFFIX_ALT}))[ \\t　]*(${FULL_DATE})`,
  'g',
)
/**
 * …or glued after the file name of the attachment the notice links, closing its line (grammars/signature.json
 * fileLinkTail.extensions: `…电话:020-37803372附件:…试点名单.doc广东省文化和旅游厅2024年11月1日。`, outside242 03): the
 * extension (group 1), the issuer (group 2), the date (group 3), nothing after it but a stray full stop.
 */
const GLUED_AFTER_FILE = new RegExp(`(\\.(?:${sig.fileLinkTail.extensions.join('|')}))([\\u4e00-\\u9fff（）()]{2,38}?(?:${ORGAN_SUFFIX_ALT}))[ \\t　]*(${FULL_DATE})[。.]?[ \\t　]*$`)
/**
 * A 落款 that prints only its date, glued after the notice's closing formula (grammars/signature.json
 * gluedSignature.closings: `…请认真遵照执行。特此通知二〇一一年十一月二十五日某区科技发展规划根据…`, outside70 04): the
 * formula and the marks after it (group 1), the date (group 2).
 */
const GLUED_DATE = new RegExp(`((?:${sig.gluedSignature.closings.join('|')})[，,。.、 \\t　]*)(${FULL_DATE})`)
/**
 * A 落款 that prints only its date, set apart by spaces after the notice's closing formula in a flattened line
 * (`…请按方案要求做好相关工作。 特此通知。 二○○九年一月二十日 某省…监测方案 （省统计局） 为全面…`, outside73 07): the
 * space run before the date (group 1) and the one after it (group 2), where the issued text's title starts.
 */
// (or after the issuing request, the date's own parts set apart too, as a PDF's text prints them: `…请认真贯彻落实。 2021 年
// 12 月 29 日 (此件公开发布) —1— 目 录 …`, a sharing site's flattened file, outside79 07; the release note then ends its line)
const SPACED_PARTS_DATE = `\\d{4}[ \\t　]?年[ \\t　]?\\d{1,2}[ \\t　]?月[ \\t　]?\\d{1,2}[ \\t　]?日`
const SPACED_DATE_SIGNATURE = new RegExp(
  `(?:${sig.gluedSignature.closings.join('|')}|请[^。；\\n]{0,${sig.gluedSignature.within}}?(?:${sig.gluedSignature.requestEnds.join('|')}))[，,。.、]?([ \\t　]+)(?:${FULL_DATE}|${SPACED_PARTS_DATE})([ \\t　]+)(?:(?:${RELEASE_NOTE})([ \\t　]+))?(?=\\S)`,
  'g',
)
/**
 * A 落款 closing a long line after its last sentence, set apart by spaces only, with nothing after it but a table
 * cell's border (`…追究相关人员的法律责任。 某区人民政府 2025年1月8日 |`, an order printed in one cell, outside50 05):
 * the space run before the issuer (group 1) and the one before the date (group 2).
 */
// (or after the file name of the attachment the notice links, `…贡献。 附件:…名单.doc   重庆市知识产权局   二○一二年三月一日`, outside245 03)
const TRAILING_SIGNATURE = new RegExp(`(?:[。！]|\\.(?:${sig.fileLinkTail.extensions.join('|')}))([ \t　]+)[\u4e00-\u9fff（）()]{2,38}(?:${ORGAN_SUFFIX_ALT})([ \t　]+)${FULL_DATE}[ \t　|｜]*$`)
/**
 * A 落款 inside a line that runs a whole notice together with spaces only, its issued text's title after it and nothing
 * more but a table cell's border (`…传真号码：010-68325148 建设部…办公室 二○○六年三月三十日 2006年第一季度…分析报告 |`, a
 * law database's flat page, outside108 03): the space runs before the issuer, the date, a release note and the title
 * (groups 1, 2, 3, 4) and the title (group 5).
 */
const SIGNATURE_OVER_TITLE = new RegExp(
  `(?<=\\S)([ \\t　]+)[\\u4e00-\\u9fff（）()]{2,38}(?:${ORGAN_SUFFIX_ALT})([ \\t　]+)${FULL_DATE}(?:([ \\t　]+)(?:${RELEASE_NOTE}))?([ \\t　]+)([^ \\t　|｜]{4,80})[ \\t　|｜]*$`,
  'd',
)
/**
 * A red-headed notice's 版头 opening a flattened line, its parts set apart by the spaces a PDF's text keeps (`某自治区人民政府
 * 文件 某政发〔2021〕19号 关于印发…计划及主要指标的通知 各州、市人民政府,…:`, a portal's text file of its PDF, outside150 07):
 * the space runs after the 发文机关标志 (group 1) and after the 字号 (group 2). The title runs on from there.
 */
const FLAT_LETTERHEAD = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,38}(?:${ORGAN_SUFFIX_ALT})[ \\t　]*文件([ \\t　]+)[\\u4e00-\\u9fff]{1,16}〔\\d{4}〕第?\\d{1,5}号([ \\t　]+)`, 'd')
/** How far after the 字号 a flattened 版头's title may run before a space run ends it. */
const FLAT_TITLE_REACH = 120
/**
 * A 落款's date with the release note after it, set apart by spaces inside a flattened line (`…主要指标 2021年2月28日
 * (此件公开发布) —2— 附件1:…`): the runs before the date (group 1), between them (group 2) and after the note (group 3).
 */
const FLAT_DATED_RELEASE = new RegExp(`(?<=\\S)([ \\t　]+)${FULL_DATE}([ \\t　]+)(?:${RELEASE_NOTE})([ \\t　]+)(?=\\S)`, 'dg')

/** An attachment's heading in a flattened line, the space run after it (group 1) before the attached text's title. */
const FLAT_ANNEX_HEADING = /附件\d{0,2}[:：]([ \t　]+)/g

/**
 * The space run that ends a title running from `from` in a flattened line: the first after which the words read so far
 * end in a genre word (spaces inside a wrapped title, `…国民经济和 社会发展计划…`, passed on the way) and, when `followedBy`
 * is given, after which it holds. Null past FLAT_TITLE_REACH characters.
 */
function titleEndRun(t: string, from: number, e: number, followedBy: (runEnd: number) => boolean = () => true): [number, number] | null {
  let title = ''
  for (let i = from; i < Math.min(e, from + FLAT_TITLE_REACH); ) {
    let a = i
    while (a < e && !isSpace(t.charCodeAt(a))) a++
    let b = a
    while (b < e && isSpace(t.charCodeAt(b))) b++
    title += t.slice(i, a)
    if (b > a && b < e && genreOf(title) !== null && isTitleLike(title) && followedBy(b)) return [a, b]
    i = b
  }
  return null
}

/** A PDF's page number between two space runs of a flattened line (`—1—`, `- 2 -`). */
const FLAT_PAGE_NUMBER = /(?<=\S)[ \t　]+[—－-][ \t　]?\d{1,3}[ \t　]?[—－-][ \t　]+(?=\S)/g

/**
 * The space runs that part a flattened line's red-headed 版头 from its title and the title from the 主送 (the title ends
 * at the first run after which its words end in a genre word), and those around a 落款 date printed with its release
 * note: as [from, to) pairs in order. None when the line does not open with a 版头.
 */
function letterheadBreaks(t: string, s: number, e: number): Array<[number, number]> {
  const head = FLAT_LETTERHEAD.exec(t.slice(s, Math.min(e, s + 80)))
  const runs: Array<[number, number]> = head?.indices ? [head.indices[1], head.indices[2]].map(([a, b]) => [s + a, s + b]) : numberedHeadRuns(t, s, e)
  if (!runs.length) return []
  const titleEnd = head ? titleEndRun(t, s + head[0].length, e) : null
  if (titleEnd) runs.push(titleEnd)
  const line = t.slice(s, e)
  // (an attachment's heading over the issued text, `附件1: 2021年…计划 2021年是…`: its title a line of its own)
  for (const m of line.matchAll(FLAT_ANNEX_HEADING)) {
    const from = s + m.index + m[0].length - m[1].length
    const end = titleEndRun(t, from + m[1].length, e)
    if (end) runs.push([from, from + m[1].length], end)
  }
  for (const m of line.matchAll(FLAT_DATED_RELEASE)) for (const g of [1, 2, 3]) runs.push([s + m.indices![g][0], s + m.indices![g][1]])
  // (the PDF's page numbers between its pages, `… 本部门工作。 —1— 附件:…`: a line break in their place)
  for (const m of line.matchAll(FLAT_PAGE_NUMBER)) runs.push([s + m.index, s + m.index + m[0].length])
  // (a run two rules break, the one after a release note and the one before a page number, is broken once: the longer)
  runs.sort((x, y) => x[0] - y[0] || y[1] - x[1])
  return runs.filter((run, k) => k === 0 || run[0] >= runs[k - 1][1])
}

/**
 * A 字号 standing between two space runs of a flattened line, and the run after it (group 1); perhaps in brackets with
 * its date, a law library's record line (`(冀政〔2011〕109号 2011年9月19日)`, outside268 03).
 */
const FLAT_NUMBER = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,16}〔\\d{4}〕第?\\d{1,5}号|[（(][\\u4e00-\\u9fff]{1,16}〔\\d{4}〕第?\\d{1,5}号(?:[ \\t　]*${FULL_DATE})?[）)])([ \\t　]+)`, 'd')
/** The 主送 after it, up to its colon, and the run after it (group 1). */
const FLAT_ADDRESSEES = /^[^ \t　。；]{2,120}?[：:]([ \t　]+)(?=\S)/d

/**
 * A notice's head opening a flattened line without a 版头: its title (inner runs passed), a space run, its 字号, a space run,
 * its 主送 and a space run (`某省人民政府办公厅关于印发   某省…行动计划   (2017-2020年)的通知   某政办发〔2017〕38号   各市(州)人民政府,…:
 * 《…》已经省政府同意…`, a spam host's copy of a province's notice, outside172 08): the runs after the title, the 字号 and the
 * 主送. None when the line opens otherwise.
 */
function numberedHeadRuns(t: string, s: number, e: number): Array<[number, number]> {
  // (past the line's indent and a list bullet the page set before it)
  while (s < e && (isSpace(t.charCodeAt(s)) || t[s] === '•' || t[s] === '·')) s++
  // the title runs to the first space run after which a 字号 follows (a plan's period after its genre word,
  // `…行动计划   (2017-2020年)的通知`, is passed)
  const numberAt = (b: number) => FLAT_NUMBER.exec(t.slice(b, Math.min(e, b + 40)))
  const addresseesAt = (b: number) => FLAT_ADDRESSEES.exec(t.slice(b, Math.min(e, b + 160)))
  // (or its 主送 right after the title, no 字号 printed, the title naming 关于: `某市人民政府办公厅关于发布…计划的通知   某县、各区
  // 人民政府,…各相关单位:   《…》已经市人民政府同意…`, a law site's flat copy, outside241 05)
  const titleEnd = titleEndRun(t, s, e, (b) => numberAt(b) !== null || (aboutAt(t.slice(s, b)) > 0 && addresseesAt(b) !== null))
  // (a title printed whole above the line is the page's: the head run on after it may be another document's, whose
  // 字号 is not the page's — outside117's guard)
  if (!titleEnd || titleAbove(t, s, t.slice(s, titleEnd[0]))) return []
  const number = numberAt(titleEnd[1])
  const at = number ? titleEnd[1] + number[0].length : titleEnd[1]
  const addressees = addresseesAt(at)
  const runs: Array<[number, number]> = number ? [titleEnd, [titleEnd[1] + number.indices![1][0], at]] : [titleEnd]
  if (addressees?.indices) runs.push([at + addressees.indices[1][0], at + addressees[0].length])
  return runs
}

/**
 * Is a line before `s` a title of its own (a genre word closing title-like words), other than `title`'s? A law library
 * names its record by the title from 关于 on (`(河北省)关于…的意见` over `河北省人民政府关于…的意见 (冀政〔2011〕109号 …)`,
 * outside268 03): the same document's.
 */
function titleAbove(t: string, s: number, title: string): boolean {
  const subject = title.slice(Math.max(0, aboutAt(title)))
  for (const line of t.slice(0, s).split('\n')) {
    const words = line.trim()
    if (words && genreOf(words) !== null && isTitleLike(words) && !(aboutAt(words) >= 0 && words.slice(aboutAt(words)) === subject)) return true
  }
  return false
}

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
      // (the edits of the line, applied together in order at its end: the editor takes them in order, and the rules below
      // may find runs out of order — a 版头's page number after the 落款's date, outside241 05's head without a 字号)
      const edits: Array<{ at: number; to: number; value: string }> = []
      const replace = (at: number, to: number, value = '\n') => edits.push({ at, to, value })
      // (a red-headed notice's 版头, title and dated 落款 kept apart by spaces: their lines, before the items are read)
      const letterhead = letterheadBreaks(t, s, e)
      if (letterhead.length) {
        for (const [from, to] of letterhead) replace(from, to)
        diags.add(view, 'info', 'line-split', "Split a flattened notice's head (版头 or title, 字号, 主送) onto lines of their own", letterhead[0][0], letterhead[letterhead.length - 1][1])
      }
      const spaced = flattenedBreaks(t, s, e)
      const breaks = spaced.length ? spaced : gluedBreaks(t, s, e)
      const signature = spaced.length ? [] : gluedSignatureBreaks(t, s, e)
      if (signature.length) {
        for (const at of signature) replace(at.from, at.to)
        diags.add(view, 'info', 'line-split', 'Split the 落款 glued into a flattened notice onto lines of its own', signature[0].from, signature[signature.length - 1].to)
      }
      if (breaks.length) {
        for (const b of breaks) replace(b.from, b.to)
        diags.add(
          view,
          'info',
          'line-split',
          `Split a flattened line at ${breaks.length} item marker${breaks.length > 1 ? 's' : ''} kept apart by ${spaced.length ? 'spaces only' : 'nothing'}`,
          breaks[0].to,
          e,
        )
      }
      // nothing found kept apart by spaces or glued after words: sections after sentence ends and sub-items glued to
      // their short headings, read after the 落款 when one was split off (flattened-sections.ts)
      const sections = spaced.length || breaks.length ? [] : flattenedSectionBreaks(t, signature.at(-1)?.to ?? s, e)
      if (sections.length) {
        for (const at of sections) replace(at, at)
        diags.add(view, 'info', 'line-split', `Split a flattened page at ${sections.length} section and item markers glued after sentence ends and short headings`, sections[0], e)
      }
      // the last two rules read only a line none of the above split
      const unsplit = !spaced.length && !breaks.length && !signature.length && !sections.length
      // (a 落款 closing the line after its last sentence, kept apart by spaces: the issuer and the date lines of their own)
      const tailFrom = Math.max(s, e - TRAILING_SIGNATURE_REACH)
      const trailing = unsplit ? TRAILING_SIGNATURE.exec(t.slice(tailFrom, e)) : null
      if (trailing) {
        // (the runs: after the sentence's mark, and the first after the issuer, which holds no space)
        const mark = trailing[0].indexOf(trailing[1])
        const issuerRun = tailFrom + trailing.index + mark
        const dateRun = issuerRun + trailing[1].length + trailing[0].slice(mark + trailing[1].length).search(/[ \t　]/)
        replace(issuerRun, issuerRun + trailing[1].length)
        replace(dateRun, dateRun + trailing[2].length)
        diags.add(view, 'info', 'line-split', 'Split the 落款 closing a one-line text onto lines of its own', issuerRun, e)
      }
      // (a 落款 set apart by spaces with the issued text's title after it, the notice run together before it)
      const overTitle = unsplit && !trailing ? SIGNATURE_OVER_TITLE.exec(t.slice(s, e)) : null
      const issuedTitle = overTitle?.[5]
      if (overTitle?.indices && issuedTitle && genreOf(issuedTitle) && isTitleLike(issuedTitle)) {
        for (const g of [1, 2, 3, 4]) {
          const run = overTitle.indices[g]
          if (run) replace(s + run[0], s + run[1])
        }
        diags.add(view, 'info', 'line-split', "Split the 落款 and the issued text's title from a notice run together on one line", s + overTitle.index, e)
      }
      // (a law run into one paragraph, its punctuation scrambled: a line break before each article numbered on, the
      // separator typed after its number read as the space — flattened-articles.ts)
      const articles = unsplit && !trailing && !issuedTitle ? flattenedArticleBreaks(t, s, e) : null
      if (articles?.breaks.length) {
        for (const at of articles.breaks) replace(at, at)
        for (const at of articles.separators) replace(at, at + 1, ' ')
        diags.add(view, 'info', 'line-split', `Split a law run into one paragraph at ${articles.breaks.length} articles numbered on`, articles.breaks[0], e)
      }
      let done = s
      for (const edit of edits.sort((a, b) => a.at - b.at || b.to - a.to)) {
        // (a run two rules break is broken once)
        if (edit.at < done) continue
        ed ??= view.edit()
        ed.replace(edit.at, edit.to, edit.value)
        done = Math.max(edit.to, edit.at + (edit.to === edit.at ? 0 : 1))
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
  const breaks = found.filter((c) => paired.has(c.marker.style) || HEADING_STYLES.has(c.marker.style))
  return [...breaks, ...signatureBreaks(t, s, e, breaks)].sort((a, b) => a.from - b.from)
}

/** GLUED_DATE's match shaped as GLUED_SIGNATURE's, its issuer empty: the closing formula, '', the date. */
function dateOnlySignature(line: string): ([string, string, string, string] & { index: number }) | null {
  const m = GLUED_DATE.exec(line)
  return m ? Object.assign([m[0], m[1], '', m[2]] as [string, string, string, string], { index: m.index }) : null
}

/**
 * Where to break a flattened line [s, e) around a 落款 glued in with nothing around it (GLUED_SIGNATURE, or GLUED_DATE
 * when it prints only its date): after the issuing request, between issuer and date, after the date (replacing the
 * spaces there). The first such 落款 only.
 */
function gluedSignatureBreaks(t: string, s: number, e: number): Array<{ from: number; to: number }> {
  GLUED_SIGNATURE.lastIndex = 0
  const m = GLUED_SIGNATURE.exec(t.slice(s, e)) ?? GLUED_AFTER_FILE.exec(t.slice(s, e)) ?? dateOnlySignature(t.slice(s, e))
  if (!m) return []
  const request = s + m.index + m[1].length
  const issuerEnd = request + m[2].length
  const dateStart = t.indexOf(m[3], issuerEnd)
  const dateEnd = dateStart + m[3].length
  let after = dateEnd
  while (after < e && isSpace(t.charCodeAt(after))) after++
  // (a stray full stop closing the line after the date: dropped)
  const strayStop = after === e - 1 && '。.'.includes(t[after])
  // (a scanned page's image file name glued after the date, `yzbf143.tif`, outside41 05: dropped with the break)
  after += IMAGE_FILE.exec(t.slice(after, e))?.[0].length ?? 0
  // (a date-only 落款 breaks once before its date)
  const out = m[2]
    ? [
        { from: request, to: request },
        { from: issuerEnd, to: dateStart },
      ]
    : [{ from: request, to: dateStart }]
  if (strayStop) return [...out, { from: dateEnd, to: e }]
  if (after < e) out.push({ from: dateEnd, to: after })
  // (a release note after the date, `2018年1月24日 (此件主动公开) 天津市…应急预案 1 总则…`, outside97 04: a line of its own)
  const release = after < e ? RELEASE_NOTE_AT.exec(t.slice(after, e)) : null
  if (release) {
    const noteEnd = after + release[0].length
    after = noteEnd
    while (after < e && isSpace(t.charCodeAt(after))) after++
    if (after < e) out.push({ from: noteEnd, to: after })
  }
  // the text it issues, when it opens with the name the notice's title gives it (`关于印发X的通知…` ⏎ `X、…`): its
  // title a line of its own, the mark glued after it dropped
  const issued = after < e ? issuedNames(t.slice(s, s + m.index)).find((name) => t.startsWith(name, after)) : undefined
  if (issued) {
    const end = after + issued.length
    out.push({ from: end, to: end < e && /[、，,。.\s]/.test(t[end]) ? end + 1 : end })
  }
  return out
}

/**
 * The name of the text a notice issues: from its title at the line's start (`…关于印发X的通知`, 《X》 perhaps lost), or
 * from the issuing sentence (`《X》已经市政府同意，现印发给你们`, `现将。X,印发给你们` with its marks scrambled).
 */
const ISSUED_NAMES = [
  /^[^。；\n]{0,40}?(?:印发|转发)[《〈]?([^《》〈〉，。；\n]{4,60}?)[》〉]?的通知/,
  /《([^《》\n]{4,60})》[^《》。\n]{0,30}?印发/,
  /将[。.，,、《〈]?([^《》〈〉，,。.；\n]{4,60}?)[》〉]?[，,]?印发给/,
]
/** Quoted names in a sentence that issues them: `《A》和《B》业经…审议通过，现印发给你们`. */
const QUOTED_ISSUED = /《[^《》\n]{4,60}》(?:[和及、与]《[^《》\n]{4,60}》)*[^《》。\n]{0,30}?(?:印发|转发)/g

/**
 * The names a notice's line may give the text it issues, longest first: ISSUED_NAMES' first match each, and every name of
 * a sentence issuing several (`《…妇女发展规划(2021-2030年)》和《…儿童发展规划(2021-2030年)》…现印发给你们`, outside117 07:
 * the first printed after the 落款).
 */
function issuedNames(before: string): string[] {
  const names = ISSUED_NAMES.map((name) => name.exec(before)?.[1]).filter((n): n is string => Boolean(n))
  for (const m of before.matchAll(QUOTED_ISSUED)) for (const q of m[0].matchAll(/《([^《》\n]{4,60})》/g)) names.push(q[1])
  return [...new Set(names)].sort((a, b) => b.length - a.length)
}

/** A release note opening what follows a glued 落款's date. */
const RELEASE_NOTE_AT = new RegExp(`^(?:${RELEASE_NOTE})`)
/** An image file's name (`yzbf143.tif`). */
const IMAGE_FILE = /^[A-Za-z0-9_-]{1,40}\.(?:tif|tiff|jpg|jpeg|png|gif|bmp)/i

/** The space runs around the 落款 of a flattened line [s, e) (see SIGNATURE), not already in `breaks`. */
function signatureBreaks(t: string, s: number, e: number, breaks: Candidate[]): Candidate[] {
  const line = t.slice(s, e)
  const taken = new Set(breaks.map((b) => b.from))
  const out: Candidate[] = []
  SIGNATURE.lastIndex = 0
  for (let m = SIGNATURE.exec(line); m; m = SIGNATURE.exec(line)) {
    let at = m.index
    for (const run of [m[1], m[2], m[3], m[4]]) {
      if (run === undefined) continue
      at = line.indexOf(run, at)
      const from = s + at
      if (!taken.has(from)) out.push({ from, to: from + run.length, marker: breaks[0].marker })
      at += run.length
    }
    SIGNATURE.lastIndex = m.index + m[0].length - m[4].length
  }
  // (a 落款 of its date alone: the first after the closing formula, or after any sentence when the issued text's title
  // follows it, `…抓好落实工作。 二○○八年一月三十日 某市2008年住房建设计划 一、总则…`, outside241 05)
  SPACED_DATE_SIGNATURE.lastIndex = 0
  SENTENCE_DATE.lastIndex = 0
  const dateOnly = out.length ? null : (SPACED_DATE_SIGNATURE.exec(line) ?? firstWithIssuedTitle(t, s, e, line))
  if (dateOnly) {
    const before = s + dateOnly.index + dateOnly[0].indexOf(dateOnly[1])
    const end = s + dateOnly.index + dateOnly[0].length
    const note = dateOnly[3] ? end - dateOnly[3].length : -1
    const after = note >= 0 ? t.lastIndexOf(dateOnly[2], note - 1) : end - dateOnly[2].length
    const runs: Array<[number, string]> = [
      [before, dateOnly[1]],
      [after, dateOnly[2]],
    ]
    if (note >= 0) runs.push([note, dateOnly[3]])
    runs.push(...issuedTitleRuns(t, end, e))
    for (const [from, run] of runs) if (!taken.has(from)) out.push({ from, to: from + run.length, marker: breaks[0].marker })
  }
  return out
}

/** A full date set apart by spaces after a sentence's end, groups as SPACED_DATE_SIGNATURE's (the run before, the run after; no release note). */
const SENTENCE_DATE = new RegExp(`[。！]([ \\t　]+)(?:${FULL_DATE}|${SPACED_PARTS_DATE})([ \\t　]+)(?=\\S)`, 'g')

/** The first SENTENCE_DATE of `line` (the text of [s, e)) that the issued text's title follows, or null. */
function firstWithIssuedTitle(t: string, s: number, e: number, line: string): RegExpExecArray | null {
  for (let m = SENTENCE_DATE.exec(line); m; m = SENTENCE_DATE.exec(line)) {
    if (issuedTitleRuns(t, s + m.index + m[0].length, e).length) return m
  }
  return null
}

/** A drafter printed in brackets after an issued text's title (`某某方案 （省统计局）`). */
const DRAFTER = /^[（(][\u4e00-\u9fff]{2,20}[）)]$/

/**
 * The space runs that end the issued text's title starting at `from` (a title ending in a genre word) and the
 * drafter printed in brackets after it, as [where, run] pairs; none when the words there are no such title.
 */
function issuedTitleRuns(t: string, from: number, e: number): Array<[number, string]> {
  const next = (at: number) => {
    let i = at
    while (i < e && !isSpace(t.charCodeAt(i))) i++
    let j = i
    while (j < e && isSpace(t.charCodeAt(j))) j++
    return { wordEnd: i, runEnd: j }
  }
  const title = next(from)
  if (title.runEnd >= e || !genreOf(t.slice(from, title.wordEnd)) || !isTitleLike(t.slice(from, title.wordEnd))) return []
  const runs: Array<[number, string]> = [[title.wordEnd, t.slice(title.wordEnd, title.runEnd)]]
  const drafter = next(title.runEnd)
  if (DRAFTER.test(t.slice(title.runEnd, drafter.wordEnd)) && drafter.runEnd < e) runs.push([drafter.wordEnd, t.slice(drafter.wordEnd, drafter.runEnd)])
  return runs
}

/**
 * A page a document-sharing site glued into one line with nothing between its items
 * (`…工作(一)建筑施工场地专项整治…责任部门:建工科(二)小街巷专项整治…(三)…`): a line break before each
 * section heading (`（一）`, HEADING_STYLES) glued to the text before it, when the line holds a run of
 * them numbered 1, 2, 3 (at least) in order, each holding a sentence at least. Fewer, out of order or
 * close together, they are references and grades (`小（一）型水库`, `第（二）项`, `會計學（一）或…會計學（二）`),
 * and the line stays as it is.
 */
function gluedBreaks(t: string, s: number, e: number): Candidate[] {
  const found: Candidate[] = []
  for (let i = s + 1; i < e; i++) {
    const c = t[i]
    if (c !== '（' && c !== '(') continue
    const marker = markerAt(t, i)
    // glued to a word: not after a space or a mark (run-in items and their own rules), nor 第（二）项
    if (!marker || marker.weak || marker.sequence || marker.number === null || !HEADING_STYLES.has(marker.style) || !GLUED_AFTER.test(t[i - 1]) || t[i - 1] === '第') continue
    found.push({ from: i, to: i, marker })
  }
  // the runs 1, 2, 3… of one style; a run shorter than GLUED_RUN is no list
  const out: Candidate[] = []
  let run: Candidate[] = []
  const flush = () => {
    if (run.length >= GLUED_RUN) out.push(...run)
    run = []
  }
  for (const c of found) {
    const prev = run.at(-1)
    if (prev && c.marker.style === prev.marker.style && c.marker.number === prev.marker.number! + 1 && c.from - prev.from >= MIN_GLUED_ITEM) run.push(c)
    else {
      flush()
      if (c.marker.number === 1) run.push(c)
    }
  }
  flush()
  return out
}
