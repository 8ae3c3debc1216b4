/**
 * One document's lines after its title: amendment history, promulgation, 发文字号 and 主送机关, the body,
 * the 落款, 附件说明, and the nested documents it issues (segmented the same way).
 */
import type { Line } from '../normalize/lines.js'
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { BRACKETED_DATE_NUMBER_LINE, BRACKETED_NUMBER_DATE_LINE, DOC_NUMBER_DATED_LINE, DOC_NUMBER_LINE, isNumberLine } from './docnumber.js'
import { isDateLine, parseFullDate } from './dates.js'
import { findHistory } from './history.js'
import { siteLabelCells } from './header.js'
import { findHeadlessPromulgation, findPromulgation } from './promulgation.js'
import { colophonAfterSignature, isKeywordLine } from './colophon.js'
import type { Segment } from '../tree/segment.js'
import { isAttachmentHead, isAttachmentItem, isAttachmentNote } from './attachments.js'
import { contactLinesEnd, isIssuerLine, isReleaseLine, placesRow, startsWithSignerTitle, withoutSealNote } from './signature.js'
import { isAddresseeLine, isStrongTitle, titleKey, titleSpan, CLAUSE_START, ONLY_QUOTE, SALUTATION_LINE, SPEAKER_LINE } from './title-lines.js'
import { draftMarkAt, numberAfterTitleRepeat } from './title-repairs.js'
import { isStampLine, stampCellsEnd } from './portal-stamp.js'
import { skipTableOfContents } from './table-of-contents.js'
import history from '../../grammars/history.json' with { type: 'json' }
import { wordAlternation } from '../text/regexp.js'
import {
  findSignatureDate,
  earlySignatureDate,
  signatureAboveLongAttachment,
  strayTail,
  fileLinkTail,
  footerTail,
  headlineTail,
  actHeadingTail,
  noteBesideDate,
  organBesideDate,
  dateBeforeBorder,
  headingAfterSignature,
  dateAfterSentence,
  PAGE_NUMBER_LINE,
} from './signature-date.js'
import { attachmentDocuments, withPeriodLine, withQuotedPeriod, findNestedTitles, issuedName, issuedUnderTitle, titleIssuedNames, untitledIssuedText } from './nested-documents.js'

/** A 字号 line under its table label (`发文字号 豫政〔2015〕24号 时  效 …`): group 1 the number. */
const LABELLED_NUMBER = /^(?:发文字号|文号)\s*[：:]?\s*([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)/

/** A date alone in brackets, as plans and reports print it under their title (`（2025年04月08日）`, `(二〇一九年三月五日)`): group 1 the date. */
const BRACKETED_DATE_LINE = /^[（(]\s*([^（()）]{8,16}日)\s*[）)]$/
/**
 * A report's or speech's dateline alone on its line, naming the meeting it was delivered at (grammars/history.json
 * `deliveryVenues`): `——2021年8月26日在市七届人大常委会第五十二次会议上`, or in brackets. Group 1 the date.
 */
const DELIVERY_LINE = new RegExp(`^(?:[—－-]{1,2}\\s*[（(]?|[（(])\\s*([^\\s（）()在]{8,16}日)\\s*在[^（）()\\n]{2,60}?(?:${wordAlternation(history.deliveryVenues)})上\\s*[）)]?$`)
/** A month alone on its line, perhaps in brackets (`2021年12月`, `（二〇二一年十二月）`): when a plan under its title was drafted. */
/** A year and month in Arabic or Chinese numerals (`二〇一七年六月`, `2021年12月`). */
const MONTH = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月'
const MONTH_LINE = new RegExp(`^[（(]?${MONTH}[）)]?$`)
/** The span of `part` where it first stands in `line`, as a line of its own (a date printed inside its line). */
function spanIn(line: Line, part: string): Line {
  const at = line.start + line.text.indexOf(part)
  return { start: at, end: at + part.length, text: part }
}
/**
 * Where the organ lines from `from` end: at most three lines that name an issuer, no signer's title and no date
 * (`某市统计局` ⏎ `国家统计局某市调查队`, the organs a report, bulletin or plan prints at its head).
 */
function organLinesEnd(lines: Line[], from: number, to: number): number {
  let k = from
  while (k < to && k - from < 3 && isIssuerLine(lines[k].text) && !startsWithSignerTitle(lines[k].text) && !isDateLine(lines[k].text)) k++
  return k
}
/** A line that is an organ with a month glued after it (`西藏自治区发展和改革委员会二〇一七年六月`), shortened to the organ. */
function organBeforeMonth(line: Line): Line | undefined {
  const month = GLUED_MONTH.exec(line.text)
  if (!month) return undefined
  const organ = line.text.slice(0, month.index).trim()
  if (!organ || !isIssuerLine(organ) || startsWithSignerTitle(organ)) return undefined
  return { start: line.start, end: line.start + organ.length, text: organ }
}
/** A month closing a line (MONTH_LINE's month without its brackets). */
const GLUED_MONTH = new RegExp(`${MONTH}$`)
/**
 * A line of two or more issuing organs joined by 、 in the first lines from `from`, past the title printed again and a
 * database's short author line ending in 等 (`北京市计委市经委市科委等`): its index and each organ's span; null when none.
 */
function organListLine(lines: Line[], from: number, to: number, title: string): { line: number; organs: Line[] } | null {
  for (let k = from; k < Math.min(to, from + 3); k++) {
    const { text, start } = lines[k]
    const pieces = text.split('、')
    if (pieces.length >= 2 && pieces.every((p) => p.length >= 2 && isIssuerLine(p) && !startsWithSignerTitle(p))) {
      let at = start
      const organs = pieces.map((organ) => {
        const span = { start: at, end: at + organ.length, text: organ }
        at = span.end + 1
        return span
      })
      return { line: k, organs }
    }
    const authorLine = text.endsWith('等') && text.length > 1 && isIssuerLine(text.slice(0, -1))
    if (text !== title && !authorLine) return null
  }
  return null
}
/** A report's salutation (`各位代表：`) or a contents heading (`目录`): text, not an organ, under a title's organ lines. */
const TEXT_OPENING = /^(?:各位[\u4e00-\u9fff]{1,6}[：:]|目\s*录)$/
/** Shortest paragraph read as body text under organ lines (a sentence, not a heading). */
const BODY_PARAGRAPH = 40

/**
 * Organ lines standing under a title over its text, past a site's stamp and the title printed again: the
 * line after them opens the text (a salutation, a contents heading, or a paragraph of sentences). Undefined
 * when no such organ lines stand there.
 */
function organsOverText(lines: Line[], i: number, to: number, title: string): { from: number; to: number } | undefined {
  let from = i
  while (from < Math.min(to, i + 2) && (isStampLine(lines[from].text) || lines[from].text === title)) from++
  const k = organLinesEnd(lines, from, to)
  if (k === from || k >= to) return undefined
  // (`发布之日施行` under a law's dated issuer line ends like a bank, 行: an effective date, no organ)
  for (let j = from; j < k; j++) if (/施行$/.test(lines[j].text)) return undefined
  return opensText(lines[k].text) ? { from, to: k } : undefined
}
/** Whether a line opens a text under organ lines: a salutation, a contents heading, or a paragraph of sentences. */
const opensText = (text: string) => TEXT_OPENING.test(text) || (text.length >= BODY_PARAGRAPH && /[，。]/.test(text))
/** A 落款 line without the seal note after its organ (`某领导小组（代章）`), its span shortened to the organ. */
function organOnly(line: Line): Line {
  const organ = withoutSealNote(line.text)
  return organ.length === line.text.length ? line : { start: line.start, end: line.start + organ.length, text: organ }
}
/** The full date a line holds alone in brackets, or null. */
function bracketedDate(text: string): string | null {
  const date = BRACKETED_DATE_LINE.exec(text)?.[1]
  return date && parseFullDate(date) ? date : null
}

/** A row of a joint 落款 printed in columns: organ names separated by spaces in the input. */
function isIssuerRow(line: Line, view: MappedText): boolean {
  return isIssuerLine(line.text) && /\S\s+\S/.test(view.originalSlice(line.start, line.end).trim())
}

function emptySegment(start: number, end: number): Segment {
  return { start, end, header: null, title: null, docNumberLine: null, addressees: null, signature: null, release: null, history: [], attachments: [], body: [], documents: [] }
}

/** How many line breaks stand between two lines (in the matching copy): 1 for lines one under the other. */
function breaksBetween(view: MappedText, upper: Line, lower: Line): number {
  return view.text.slice(upper.end, lower.start).match(/\n/g)?.length ?? 0
}

/**
 * Do two blank lines or more stand between single-organ lines `upper` and `lower` (in the matching copy), more than
 * `spacing`, the breaks between the 落款's last organ line and its date? A page that prints every line two blank lines
 * apart (outside141 02's four organs, one a paragraph) sets its 落款 so too.
 */
function farAbove(view: MappedText, upper: Line, lower: Line, spacing: number): boolean {
  // (a joint 落款 printed in rows, `青海省农牧厅      青海省外事办公室`, keeps its blank lines)
  if (isIssuerRow(upper, view) || isIssuerRow(lower, view)) return false
  const breaks = breaksBetween(view, upper, lower)
  return breaks >= 3 && breaks > spacing
}

/** The most organ lines a joint 落款 prints one a line (the longest read so far: 15, outside32 12). */
const MAX_JOINT = 24

/** A site's date stamp alone on its line (`发布时间：2019-12-10`). */
const STAMP_LINE = /^(?:发布时间|发布日期|發布時間)[：:]\s*\d{4}-\d{1,2}-\d{1,2}$/

/** A short line of a site's cells with no sentence in it, a date among them (`政务 2024-11-02 13:24 黑龙江`). */
const SITE_CELLS_LINE = /^(?=[^。；！？]{4,40}$).*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/

/**
 * The title printed again at `i`, perhaps under one line a site printed over it (`stampLike`: its stamp): how many lines
 * the two take, or 0.
 */
function titlePrintedAgain(lines: Line[], i: number, to: number, title: string, stampLike: (text: string) => boolean): number {
  const stamp = i + 1 < to && stampLike(lines[i].text) ? 1 : 0
  return i + stamp + 1 < to && titleKey(lines[i + stamp].text) === titleKey(title) ? stamp + 1 : 0
}

/** The longest site label line passed above a law's history (`执行日期:2012-3-1`). */
const LABEL_LINE_MAX = 40

/** A row of a bordered label table: a label cell of a few words (spaced as a portal spaces it) first, a bar closing it. */
const LABEL_TABLE_ROW = /^[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,9}[|｜].*[|｜]\s*$/

/** Segments lines[from, to) as one document whose title (if any) was already consumed. */
export function segmentBody(lines: Line[], from: number, to: number, view: MappedText, diags: Diagnostics, title?: string | null): Segment {
  const seg = emptySegment(lines[from]?.start ?? view.text.length, lines[to - 1]?.end ?? view.text.length)
  let i = from
  // A law's amendment history stands right under its title: metadata, not clauses.
  let history = findHistory(lines, i, to)
  // (or under the title printed again past a repost's stamp line: `2022年06月07日 09:06 来源:中国西藏新闻网` ⏎ the
  // title ⏎ `（2000年1月26日…通过…）`, a news site's page printing a law, outside178 06; or past a short line of the
  // site's cells, `政务 2024-11-02 13:24 黑龙江`, under its headline `《…条例》全文发布`, outside177 04)
  const againAbove = !history && title ? titlePrintedAgain(lines, i, to, title, (t) => isStampLine(t) || SITE_CELLS_LINE.test(t)) : 0
  if (againAbove) {
    history = findHistory(lines, i + againAbove, to)
    if (history) {
      diags.add(view, 'info', 'header-lines-skipped', 'Skipped the title printed again above the history', lines[i].start, lines[i + againAbove - 1].end)
      i += againAbove
    }
  }
  // (or under a site's label line, `执行日期:2012-3-1` ⏎ `（2012年1月5日…通过）`, a tax site's page printing a law, outside229 04)
  const labelAbove = !history && i + 1 < to && lines[i].text.length <= LABEL_LINE_MAX && siteLabelCells(lines[i]).length > 0
  if (labelAbove) {
    history = findHistory(lines, i + 1, to)
    if (history) {
      diags.add(view, 'info', 'header-lines-skipped', "Skipped the site's label line above the history", lines[i].start, lines[i].end)
      i++
    }
  }
  if (history) {
    seg.history = history
    i += history.length
    // (a repost's date stamp under the history, above the 公告 the law is printed under: `发布时间：2019-12-10`)
    if (i + 1 < to && STAMP_LINE.test(lines[i].text)) i++
  }
  // The order or announcement a law is printed under (`…令` / `现予公布` / 落款): the law's own
  // publication, not a notice issuing a nested document; its history may follow it.
  let promulgated = title === undefined ? null : findPromulgation(lines, i, to, title)
  // (or under the title printed again, perhaps under a repost's stamp line: a stamp printed as cells, `来源：市环境保护局 |
  // 录入：… | 日期：2015-07-06 |`, the site's table took above; then the title ⏎ `江苏省人民政府令` ⏎ `第 91 号` …, outside110 07)
  const again = !promulgated && title ? titlePrintedAgain(lines, i, to, title, isStampLine) : 0
  if (again) {
    promulgated = findPromulgation(lines, i + again, to, title!)
    if (promulgated) diags.add(view, 'info', 'header-lines-skipped', 'Skipped the title printed again above the order', lines[i].start, lines[i + again - 1].end)
  }
  // (or no order heading at all: the publishing sentence right under the title, perhaps past a repost's stamp line, then the
  // signer, the date and the title printed again — `来源：…· 2020-12-19 · 8745人看过` ⏎ `《…办法》已经…通过，现予发布…` ⏎
  // `自治区主席 某某` ⏎ `2012年7月24日` ⏎ the title, outside250 04)
  if (!promulgated && title) {
    const stamp = i + 1 < to && isStampLine(lines[i].text) ? 1 : 0
    const bare = findHeadlessPromulgation(lines, i + stamp, to)
    // (the title printed again read as the headless search's caller reads it: segment/index.ts, titleSpan)
    if (bare?.title && titleKey(titleSpan(lines, bare.title.start, bare.title.end).text) === titleKey(title)) promulgated = bare
  }
  if (promulgated) {
    seg.promulgation = { heading: promulgated.heading, sentence: promulgated.sentence, organ: promulgated.organ, number: promulgated.number, date: promulgated.signature.date }
    seg.signature = promulgated.signature
    if (promulgated.issuerLine) seg.issuerLine = promulgated.issuerLine
    i = promulgated.next
    const after = findHistory(lines, i, to)
    if (after) {
      seg.history = seg.history.concat(after)
      i += after.length
    }
  }
  // A report printed without its title opens with its head: the speaker's line and the day it was delivered, above
  // the line addressing the hearers (`某区审计局局长 张明` ⏎ `2023年9月28日` ⏎ `主任、各位副主任、各位委员：`, outside45 07).
  if (!title && !seg.titleDate && i + 2 < to && lines[i].text.length <= 40 && SPEAKER_LINE.test(lines[i].text) && SALUTATION_LINE.test(lines[i + 2].text)) {
    const t = lines[i + 1].text
    const d = bracketedDate(t) ?? (parseFullDate(t) ? t.trim() : null)
    if (d) {
      seg.titleDate = spanIn(lines[i + 1], d)
      i += 2
    }
  }
  // A report dated by the meeting it was delivered at, on the line under its title or opening a text printed without
  // it (`——2021年8月26日在市七届人大常委会第五十二次会议上` ⏎ `三亚市财政局`, outside47 05; the 国务院 work reports'
  // `——2024年3月5日在第十四届全国人民代表大会第二次会议上`): the day is the report's own, and organs on the lines under it
  // delivered it (a speaker's title and name, `国务院总理`, are no organ).
  // (an archive prints the title twice, the second time short: `2024年…国务院政府工作报告` ⏎ `政府工作报告` ⏎ dateline)
  const reprinted = title && i + 1 < to && lines[i].text.length >= 2 && title.endsWith(lines[i].text.trim()) ? 1 : 0
  if (!seg.titleDate && i + reprinted < to) {
    const line = lines[i + reprinted]
    const dateline = DELIVERY_LINE.exec(line.text)
    const day = dateline && parseFullDate(dateline[1]) ? dateline[1] : null
    if (day) {
      seg.titleDate = spanIn(line, day)
      seg.deliveryLine = line
      i += reprinted + 1
      const k = organLinesEnd(lines, i, to)
      if (k > i) {
        seg.headingOrgans = lines.slice(i, k)
        i = k
      }
    }
  }
  // A bulletin printed without its title opens with its issuing organs, one a line, and its date in brackets
  // (`某市统计局` ⏎ `国家统计局某市调查队` ⏎ `（2020年3月25日）`, outside45 08), or bare over its first paragraph:
  // the organs sign it, the date is its own.
  // Under a title the organs that drafted a plan stand so too, over a month or a day (`四川省气象局` ⏎
  // `四川省发展和改革委员会` ⏎ `2021年12月`, outside46 01): they issue it; a full date is its own.
  // (a repost's stamp line may stand between the title and the organs: `日期：2015/09/25来源：新华网`, outside76 03)
  if (!seg.titleDate && !seg.headingOrgans) {
    const from = title && lines[i] && i + 1 < to && isStampLine(lines[i].text) ? i + 1 : i
    const k = organLinesEnd(lines, from, to)
    const t = k > from && k < to ? lines[k].text : ''
    // (without a title the date may stand bare when a paragraph opens the text under it: `天津市统计局` ⏎
    // `国家统计局天津调查总队` ⏎ `2010年3月1日` ⏎ `2009年，全市人民…`, outside107 03)
    const dated = parseFullDate(t) ? t.trim() : null
    const d = bracketedDate(t) ?? (title || (k + 1 < to && opensText(lines[k + 1].text)) ? dated : null)
    // (the month glued to the last organ: `西藏自治区地震局` ⏎ `西藏自治区发展和改革委员会二〇一七年六月`, outside102 04)
    const glued = title && k < to && !d ? organBeforeMonth(lines[k]) : undefined
    if (d || (title && MONTH_LINE.test(t.trim()))) {
      seg.headingOrgans = lines.slice(from, k)
      if (d) seg.titleDate = spanIn(lines[k], d)
      i = k + 1
    } else if (glued) {
      seg.headingOrgans = [...lines.slice(from, k), glued]
      i = k + 1
    }
  }
  // A law database prints the issuing organs on a line of their own under the title, joined by 、 (`北京市计委、市经委、
  // 市科委、…、工商行北京分行、市劳动局`, outside102 03), after its own short author line (`北京市计委 市经委 市科委 等`)
  // and the title printed again: they issue it.
  if (!seg.titleDate && !seg.headingOrgans && title) {
    const list = organListLine(lines, i, to, title)
    if (list) {
      seg.headingOrgans = list.organs
      i = list.line + 1
    }
  }
  // The organs that drafted a plan or deliver a report or bulletin, on lines of their own under its title, over its
  // text (`浙江省统计局 国家统计局浙江调查总队` ⏎ `2023年，浙江…`; `自治区发展和改革委员会` ⏎ `各位代表：`; a cover's
  // `贵州省文化和旅游厅` ⏎ `目录`, past the site's stamp and the title printed again; outside104 03, 06, 04): they issue it.
  if (!seg.titleDate && !seg.headingOrgans && title) {
    const organs = organsOverText(lines, i, to, title)
    if (organs) {
      seg.headingOrgans = lines.slice(organs.from, organs.to)
      i = organs.to
    }
  }
  // A text printed without its title under the organ line of its 版头, over its 主送 (`天津市人民政府` ⏎ `各区、县人民政府，
  // 各委、局，各直属单位：`, a repost that lost the title line, outside108 07): the organ issues it.
  if (!seg.titleDate && !seg.headingOrgans && !title) {
    const k = organLinesEnd(lines, i, to)
    if (k > i && k < to && isAddresseeLine(lines[k].text)) {
      seg.headingOrgans = lines.slice(i, k)
      i = k
    }
  }
  // (a portal's stamp printed a cell to a line may stand over them: `时间：…` ⏎ `点击：…` ⏎ `来源：`, outside100 03)
  const stampEnd = stampCellsEnd(lines, i, to)
  if (stampEnd > i) {
    diags.add(view, 'info', 'stamp-cells-skipped', `Skipped a site's stamp printed one cell to a line (${stampEnd - i} lines)`, lines[i].start, lines[stampEnd - 1].end)
    i = stampEnd
  }
  // 发文字号 and 主送机关 come right after the title.
  for (let k = 0; k < 3 && i < to; k++) {
    const t = lines[i].text
    const dated = seg.docNumberLine ? null : DOC_NUMBER_DATED_LINE.exec(t)
    const dateNumber = seg.docNumberLine || k > 0 ? null : BRACKETED_DATE_NUMBER_LINE.exec(t)
    // (the date and the 字号, in a bracket or not: groups 1–2 or 3–4)
    const bracketed = dateNumber ? [dateNumber[1] ?? dateNumber[3], dateNumber[2] ?? dateNumber[4]] : null
    // (the 字号 first, then the date: `（赣府厅发〔2011〕61号 2011年11月18日）`, outside185 05)
    const numberFirst = seg.docNumberLine || k > 0 || bracketed ? null : BRACKETED_NUMBER_DATE_LINE.exec(t)
    if (!seg.docNumberLine && DOC_NUMBER_LINE.test(t)) seg.docNumberLine = lines[i++]
    else if (!seg.docNumberLine && LABELLED_NUMBER.test(t)) {
      const m = LABELLED_NUMBER.exec(t)!
      const at = lines[i].start + t.indexOf(m[1], m[0].length - m[1].length)
      seg.docNumberLine = { start: at, end: at + m[1].length, text: m[1] }
      i++
    } else if (dated && parseFullDate(dated[2])) {
      const l = lines[i++]
      seg.docNumberLine = { start: l.start, end: l.start + dated[1].length, text: dated[1] }
      seg.docNumberDate = { start: l.end - dated[2].length, end: l.end, text: dated[2] }
    } else if (bracketed && title && parseFullDate(bracketed[0])) {
      // (the date and the 字号 in one bracket under the title: the date is the text's own, as a gazette line's)
      const l = lines[i++]
      const numberAt = l.start + t.lastIndexOf(bracketed[1])
      seg.docNumberLine = { start: numberAt, end: numberAt + bracketed[1].length, text: bracketed[1] }
      seg.docNumberDate = spanIn(l, bracketed[0])
    } else if (numberFirst && title && parseFullDate(numberFirst[2])) {
      const l = lines[i++]
      const numberAt = l.start + t.indexOf(numberFirst[1])
      seg.docNumberLine = { start: numberAt, end: numberAt + numberFirst[1].length, text: numberFirst[1] }
      seg.docNumberDate = spanIn(l, numberFirst[2])
    } else if (!seg.titleDate && bracketedDate(t) && ((k === 0 && (title || i === from)) || (seg.docNumberLine && lines[i - 1] === seg.docNumberLine))) {
      // the text's own date under its title, before any 字号 or 主送机关, or under its 字号 (`宜发〔2019〕6号` ⏎
      // `(2019年3月11日)`, a party committee's text reposted without its title line, outside117 03), or opening a page
      // that lost the title above it (`(2018年8月20日)` ⏎ `为深入贯彻…制定如下意见。`, outside197 02)
      seg.titleDate = spanIn(lines[i++], bracketedDate(t)!)
    } else if (seg.docNumberLine && t === seg.docNumberLine.text)
      i++ // printed twice by a reposting site
    else if (!seg.addressees && isAddresseeLine(t)) seg.addressees = lines[i++]
    else if (/^中华人民共和国[\u4e00-\u9fff]{0,10}令$/.test(t) || /^第\d{1,5}号$/.test(t)) i++
    else break
  }
  // a 字号 under a site's label lines (`来源：` / `作者：` / `发布时间：` / value lines), above the title
  // printed again: the short header-like lines opening the body, before any clause
  // (or the rows of a bordered label table the header left, however long: `内容概述 | 永政办发〔2024〕98号各乡镇…。 | |` ⏎
  // `时 效 |` over the 字号, outside227 05)
  // (or a portal's stamp line longer than that with its chrome cells, `…来源：州政府办公室字体：【打印文本】分享到：`, outside257 02)
  const headerLike = (t: string) => (t.length <= 40 && !/[。；]/.test(t) && !CLAUSE_START.test(t)) || LABEL_TABLE_ROW.test(t) || isStampLine(t)
  if (!seg.docNumberLine && title !== undefined)
    for (let k = i; k < Math.min(to, i + 12) && headerLike(lines[k].text); k++)
      if (isNumberLine(lines[k].text)) {
        seg.docNumberLine = lines[k]
        break
      }
  // (or on the title printed again under the labels, the 字号 and the text run on after it on one flattened line)
  if (!seg.docNumberLine && title)
    for (let k = i; k < Math.min(to, i + 6); k++) {
      const number = numberAfterTitleRepeat(lines[k].text, title)
      if (number) {
        seg.docNumberLine = { start: lines[k].start + number.from, end: lines[k].start + number.end, text: lines[k].text.slice(number.from, number.end) }
        break
      }
    }
  let nested = findNestedTitles(lines, i, to, title)
  let noticeEnd = nested.length ? nested[0].line : to
  // 落款: issuer lines and a date line ending the notice part; what follows it may only be
  // release notes (（此件公开发布）) and attachments (附件 / 附件1 + title), which become nested.
  let bodyEnd = noticeEnd
  let lastBodyLine: Line | null = null
  let sigDate = findSignatureDate(lines, i, noticeEnd, nested.length > 0)
  if (sigDate < 0 && !nested.length) {
    // the issued text printed without its title line right under the notice's 落款
    const early = earlySignatureDate(lines, i, noticeEnd)
    if (early >= 0) {
      sigDate = early
      nested = [{ line: early + 1, next: early + 1, text: '', issuedAs: issuedName(lines, i, early) }]
      noticeEnd = early + 1
      while (noticeEnd < to && isReleaseLine(lines[noticeEnd].text)) nested[0].line = nested[0].next = ++noticeEnd
    } else if ((sigDate = signatureAboveLongAttachment(lines, i, noticeEnd)) >= 0) {
      // (the 落款 and an attachment too long for findSignatureDate's backward scan: a table of
      // hundreds of short lines, outside38 04; the attachments follow it as before)
    } else {
      // no 落款 at all: the issued text opens right under the issuing sentence, naming its genre
      const opening = untitledIssuedText(lines, i, noticeEnd)
      // (or under the notice's title, the notice's own body not printed at all)
      const underTitle = opening < 0 && title && !seg.addressees ? issuedUnderTitle(lines, i, noticeEnd, title) : -1
      if (opening >= 0) {
        nested = [{ line: opening, next: opening, text: '', issuedAs: issuedName(lines, i, opening) }]
        noticeEnd = bodyEnd = opening
      } else if (underTitle >= 0) {
        nested = [{ line: underTitle, next: underTitle, text: '', issuedAs: titleIssuedNames(title!)[0] }]
        noticeEnd = bodyEnd = underTitle
      }
    }
  }
  if (sigDate >= 0) {
    let k = sigDate + 1
    while (k < noticeEnd && isReleaseLine(lines[k].text)) seg.release = lines[k++]
    // (a PDF's page number under them, before the issued text's title: findSignatureDate read past it too)
    while (k > sigDate + 1 && k < noticeEnd && PAGE_NUMBER_LINE.test(lines[k].text)) k++
    // contact lines printed under the date without brackets (`联 系 人：…`, `传 真：…`): the notice's, no part of its own
    const contacts = contactLinesEnd(lines, k, noticeEnd)
    if (contacts > k && (contacts === noticeEnd || (nested.length > 0 && headingAfterSignature(lines, contacts, noticeEnd) >= 0))) k = contacts
    // a 主题词 line, then the organs the nested text prints above its title: its 发文机关标志
    const heading = nested.length ? headingAfterSignature(lines, k, noticeEnd) : -1
    if (heading >= 0) {
      if (heading < noticeEnd) nested[0] = { ...nested[0], line: heading, organs: lines.slice(heading, noticeEnd) }
      noticeEnd = k
    }
    // the outer document's 版记 printed between its 落款 and an attachment
    const printed = title !== undefined ? colophonAfterSignature(lines, k, noticeEnd) : null
    // (or between its 落款 and the issued text's title, nothing else between: outside274 02)
    if (printed && (printed.next < noticeEnd || (printed.next === noticeEnd && nested.length > 0))) {
      seg.colophon = printed.colophon
      k = printed.next
    }
    // (a 主题词 line alone closing the page: the 版记 of a page that lost its 抄送 and 印发 lines, outside94 07)
    if (k === noticeEnd - 1 && isKeywordLine(lines[k].text)) {
      seg.keywordLine = lines[k]
      noticeEnd = k
    }
    if (
      k < noticeEnd &&
      (strayTail(lines, k, noticeEnd) || actHeadingTail(lines, k, noticeEnd) || footerTail(lines, k, noticeEnd) || headlineTail(lines, k, noticeEnd) || fileLinkTail(lines, k, noticeEnd))
    ) {
      diags.add(view, 'info', 'signature-tail-skipped', `Skipped ${noticeEnd - k} stray line(s) after the signature date`, lines[k].start, lines[noticeEnd - 1].end)
      noticeEnd = k
    }
    // a bare `附件` label right above the title of a document found by its quoted title is that
    // document's label, not an untitled part of its own
    // (so is a 附件说明 line naming it, `附件:淅川县森林火灾应急预案`)
    const labelOnly = nested.length > 0 && lines.slice(k, noticeEnd).every((l) => isAttachmentHead(l.text) || isAttachmentNote(l.text))
    if (k < noticeEnd && !labelOnly) nested = attachmentDocuments(lines, k, noticeEnd).concat(nested)
    if (k < noticeEnd) noticeEnd = k
    let s = sigDate
    const spacing = sigDate - 1 >= i ? breaksBetween(view, lines[sigDate - 1], lines[sigDate]) : 1
    // (an issuer line two blank lines or more above the next one is the body's last line: `2、职能单位末位排名` / `交通局`)
    while (s - 1 >= i && sigDate - (s - 1) <= 4 && isIssuerLine(withoutSealNote(lines[s - 1].text)) && !(s < sigDate && farAbove(view, lines[s - 1], lines[s], spacing))) s--
    // a joint 落款 of many organs printed in columns (`生态环境部 发展改革委` on each line) runs longer
    if (sigDate - s === 4) while (s - 1 >= i && sigDate - (s - 1) <= 10 && isIssuerRow(lines[s - 1], view)) s--
    // and so does one printed one organ a line (fifteen 厅 and 局 of a joint provincial notice): four organ lines
    // right above the date are a 落款, so the organ lines above them are more of it
    if (sigDate - s === 4) while (s - 1 >= i && sigDate - (s - 1) <= MAX_JOINT && isIssuerLine(lines[s - 1].text) && !farAbove(view, lines[s - 1], lines[s], spacing)) s--
    // a joint 落款 printed in columns, each column's place on the row above its organ (`广西壮族自治区   广西壮族自治区` ⏎
    // `发展和改革委员会   文化和旅游厅`, outside261 05): the row of places is the 落款's too (meta.ts joins each column)
    if (s < sigDate && s - 1 >= i && placesRow(view.originalSlice(lines[s - 1].start, lines[s - 1].end)) !== null) s--
    // a 落款 wrapped inside names (a PDF's `济南市公安局 济南市城乡交通` / `运输局`): the line above its
    // first issuer line is a piece of a name, so the issuer lines are pieces too — none is taken
    const above =
      s - 1 >= i
        ? view
            .originalSlice(lines[s - 1].start, lines[s - 1].end)
            .trim()
            .split(/\s+/)
        : []
    const broken = s < sigDate && above.length >= 2 && above.every((p) => /^[\u4e00-\u9fff]{2,20}$/.test(p)) && isIssuerLine(above[0]) && !isIssuerLine(above[above.length - 1])
    // `某区人民政府       二〇一七年五月十六日`: the organ printed beside the date is the last issuer line
    const beside = organBesideDate(lines[sigDate], lines[sigDate - 1])
    const issuerLines = broken
      ? []
      : lines
          .slice(s, sigDate)
          .map(organOnly)
          .concat(beside ? [beside.organ] : [])
    // (the date run onto the text's last line: the sentence before it stays body)
    const runOn = s === sigDate && !beside && !isDateLine(lines[sigDate].text) ? dateAfterSentence(lines[sigDate]) : null
    seg.signature = {
      issuers: issuerLines,
      date: beside?.date ?? noteBesideDate(lines[sigDate]) ?? dateBeforeBorder(lines[sigDate]) ?? runOn?.date ?? lines[sigDate],
      start: runOn ? runOn.date.start : lines[s].start,
      end: lines[sigDate].end,
    }
    bodyEnd = s
    if (runOn) lastBodyLine = runOn.sentence
  } else if (noticeEnd > i && isReleaseLine(lines[noticeEnd - 1].text)) {
    seg.release = lines[noticeEnd - 1]
    bodyEnd = noticeEnd - 1
  }
  nested.sort((a, b) => a.line - b.line)
  // 附件说明: `附件：1.…` and its numbered lines, near the end of the body.
  for (let a = Math.max(i, bodyEnd - 12); a < bodyEnd; a++) {
    if (!isAttachmentNote(lines[a].text) || lines[a].text.length > 80) continue
    let b = a
    while (b + 1 < bodyEnd && isAttachmentItem(lines[b + 1].text) && lines[b + 1].text.length < 80) b++
    if (b !== bodyEnd - 1) continue
    seg.attachments = lines.slice(a, b + 1)
    bodyEnd = a
    break
  }
  for (const l of skipTableOfContents(lines.slice(i, bodyEnd).concat(lastBodyLine ? [lastBodyLine] : []), view, diags)) seg.body.push(l)
  for (let n = 0; n < nested.length; n++) withPeriodLine(lines, nested[n], n + 1 < nested.length ? nested[n + 1].line : to)
  for (const nt of nested) withQuotedPeriod(lines, from, nested[0].line, title, nt)
  for (let n = 0; n < nested.length; n++) {
    const start = nested[n].line
    const end = n + 1 < nested.length ? nested[n + 1].line : to
    const child = segmentBody(lines, nested[n].next, end, view, diags)
    if (nested[n].issuedAs) child.issuedAs = nested[n].issuedAs
    const span = nested[n].span
    child.title = span
      ? { text: nested[n].text, start: span.start, end: span.end }
      : nested[n].text
        ? { text: nested[n].text, start: lines[nested[n].attachment ? nested[n].next - 1 : start + (nested[n].organs?.length ?? 0)].start, end: lines[nested[n].next - 1].end }
        : null
    // (the draft mark a notice quotes with the issued text's name, `《…措施（征求意见稿）》`, and prints under its title:
    // the version put out for comment, not the name — as for the document's own title, outside42 08)
    if (child.title) {
      const printedAt = draftMarkAt(view.text.slice(child.title.start, child.title.end))
      const textAt = draftMarkAt(child.title.text)
      if (printedAt > 0 && textAt > 0 && isStrongTitle(child.title.text.slice(0, textAt)))
        child.title = { text: child.title.text.slice(0, textAt), start: child.title.start, end: child.title.start + printedAt }
    }
    // (a nested title printed in the 《》 the notice quotes it in, `《…的意见》` on its own line, outside264 01): the name inside
    if (child.title && ONLY_QUOTE.test(child.title.text) && view.text.slice(child.title.start, child.title.end) === child.title.text)
      child.title = { text: child.title.text.slice(1, -1), start: child.title.start + 1, end: child.title.end - 1 }
    if (nested[n].attachment) child.attachment = true
    if (nested[n].organs) child.headingOrgans = nested[n].organs
    child.start = lines[start].start
    child.end = lines[end - 1].end
    seg.documents.push(child)
  }
  return seg
}
