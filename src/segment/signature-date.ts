/**
 * The date line that closes a 落款 (signature): the last date line of the notice part after which come
 * only release notes, a 版记, attachments or a scraper's stray leftovers.
 */
import type { Line } from '../normalize/lines.js'
import { isDateLine } from './dates.js'
import { wholeLineExec } from '../text/regex-ends.js'
import { escapeRegExp } from '../text/regexp.js'
import { isTitleLike } from '../text/genre.js'
import { colophonAfterSignature, isKeywordLine } from './colophon.js'
import { isAttachmentHead, isAttachmentNote } from './attachments.js'
import { isStampLine } from './portal-stamp.js'
import { ACT_NUMBER_TITLE } from './docnumber.js'
import { contactLinesEnd, hasIssuingVerb, isIssuerLine, isReleaseLine } from './signature.js'
import sig from '../../grammars/signature.json' with { type: 'json' }

/** How far back from the end findSignatureDate looks for the 落款 date. */
const SIGNATURE_SCAN = 400

/** A page number alone on its line, as a PDF's text keeps it (`1`, `- 2 -`, `—3—`). */
export const PAGE_NUMBER_LINE = /^[-—－–]?\s*\d{1,3}\s*[-—－–]?$/

/**
 * The date line of the 落款: the last date line of the notice part after which come only release
 * notes and attachments (or nothing, within 3 lines of the end, or a nested document).
 */
export function findSignatureDate(lines: Line[], from: number, to: number, beforeNested: boolean): number {
  // (a date run onto the text's last line, perhaps over the attachment note closing the page)
  const runOn = (k: number) => (to - k === 1 || (to - k === 2 && isAttachmentNote(lines[k + 1].text))) && dateAfterSentence(lines[k]) !== null
  for (let k = to - 1; k >= from && to - k <= SIGNATURE_SCAN; k--) {
    if (!isDateLine(lines[k].text) && !noteBesideDate(lines[k]) && !organBesideDate(lines[k], lines[k - 1]) && !dateBeforeBorder(lines[k]) && !runOn(k)) continue
    let j = k + 1
    // (and a PDF's page number under them, `1` or `- 1 -`, before the issued text's title: outside114 06)
    while (j < to && (isReleaseLine(lines[j].text) || (j > k + 1 && PAGE_NUMBER_LINE.test(lines[j].text)))) j++
    // (the contact lines printed under the date without brackets, above a nested text or closing the page)
    const contacts = contactLinesEnd(lines, j, to)
    if (contacts > j && (contacts === to ? beforeNested || to - k <= 6 : beforeNested && headingAfterSignature(lines, contacts, to) >= 0)) return k
    // (a 主题词 line under the date, and the organs a nested text prints above its title)
    const heading = beforeNested ? headingAfterSignature(lines, j, to) : -1
    if (j === to && (beforeNested || to - k <= 3)) return k
    if (heading >= 0) return k
    if (j < to && isAttachmentHead(lines[j].text)) return k
    // (the 版记's 主题词 line alone closing the page under the date, its 抄送 and 印发 lines lost: outside94 07)
    if (j === to - 1 && isKeywordLine(lines[j].text)) return k
    // (the 附件说明 printed under the date, right above the issued text it names: `附件:淅川县森林火灾应急预案`, outside35 04;
    // or closing the page, the attachment a file it links: `附件:《…》.doc`, outside69 02)
    if ((beforeNested || to - k <= 3) && j === to - 1 && isAttachmentNote(lines[j].text)) return k
    // a 版记 between the 落款 and the attachment
    const printed = colophonAfterSignature(lines, j, to)
    if (printed && printed.next < to && isAttachmentHead(lines[printed.next].text)) return k
    // (or right above the issued text's title: `…2012313日印` ⏎ `绵阳妇女发展纲要`, outside274 02)
    if (printed && printed.next === to && beforeNested) return k
    if (to - k <= 3 && strayTail(lines, j, to)) return k
    if (footerTail(lines, j, to) || headlineTail(lines, j, to)) return k
    if (figureTableTail(lines, j, to)) return k
    // (the attachments' file names closing the page: `附件1:…(试行).doc`, outside199 02)
    if (fileLinkTail(lines, j, to)) return k
    if (beforeNested && actHeadingTail(lines, j, to)) return k
    return -1
  }
  return -1
}

/**
 * The 落款 date of a notice whose attachments run longer than findSignatureDate's scan from the end
 * (a table of 58 diseases and their criteria, 750 short lines: outside38 04): the first attachment heading
 * (`附件1`) after the date, when the window exceeds the scan, ends the notice part. The date's line, or -1.
 */
export function signatureAboveLongAttachment(lines: Line[], from: number, to: number): number {
  if (to - from <= SIGNATURE_SCAN) return -1
  for (let k = from + 1; k < to; k++) {
    if (!isAttachmentHead(lines[k].text)) continue
    const date = findSignatureDate(lines, from, k, false)
    if (date >= 0) return date
  }
  return -1
}

/**
 * What a gazette page prints between one Macau act's 落款 date and the next act's numbered title
 * (`第17/2014号行政长官批示`): the signer (`行政长官 某某`), a rule, `葡文版本`, a record's label — up to
 * three short lines without a sentence. They belong to no text.
 */
export function actHeadingTail(lines: Line[], from: number, to: number): boolean {
  if (to >= lines.length || !ACT_NUMBER_TITLE.test(lines[to].text.replace(/\s+/g, '')) || to - from > 3) return false
  return lines.slice(from, to).every((l) => l.text.length <= 16 && !/[。；，,]/.test(l.text))
}

/**
 * A date line printed beside the release note at the left margin (`（此件发至乡）        2017年6月13日`):
 * the date part as a line of its own, or null.
 * @example noteBesideDate({ start: 0, end: 18, text: '（此件发至乡）    2017年6月13日' }) // { start: 11, end: 18, text: '2017年6月13日' }
 */
export function noteBesideDate(line: Line): Line | null {
  const m = noteBesideDateMatch(line.text)
  if (!m || !isDateLine(m[2])) return null
  return { start: line.end - m[2].length, end: line.end, text: m[2] }
}

/**
 * Where the organ lines a nested text prints above its title start (its 发文机关标志: `中共某市委组织部` /
 * `某市人事局` / `某市财政局`), after an optional 主题词 line under the outer 落款: from `lines[from]` up to
 * `to` (the nested title) there are only that line and up to five issuer lines. The first organ line,
 * `to` when only the 主题词 line stands there, or -1.
 * @example headingAfterSignature(lines, 5, 9) // 6 (主题词：… / three organ lines / the title at 9)
 */
export function headingAfterSignature(lines: Line[], from: number, to: number): number {
  let j = from
  if (j < to && isKeywordLine(lines[j].text) && lines[j].text.length <= 60) j++
  const organs = lines.slice(j, to)
  if (j === from && !organs.length) return -1
  return organs.length <= 5 && organs.every((l) => isIssuerLine(l.text)) ? j : -1
}

/**
 * A 成文日期 run onto the last line of the text after its closing sentence (`…作出更大贡献。 二○○五年二月七日`,
 * the 落款 without an organ): the sentence and the date as lines of their own, or null. Only a date in
 * Chinese numerals, the form of a 成文日期, and only on the text's last line (the caller's part), perhaps
 * closed by a table's border; the sentence may be the colon that introduces an attached table
 * (`…现将此次抽检结果公告如下(见附表): 二○○六年九月十八日 |`, outside92 05).
 * @example dateAfterSentence({ start: 0, end: 16, text: '再创佳绩。二〇〇五年二月七日' })?.date.text // '二〇〇五年二月七日'
 */
export function dateAfterSentence(line: Line): { sentence: Line; date: Line } | null {
  const text = line.text.replace(TRAILING_BORDER, '')
  // the pattern reads the whole line from its start: on a long line without the closing 日 that is wasted
  if (!text.endsWith('日')) return null
  const m = DATE_AFTER_SENTENCE.exec(text)
  if (!m || !isDateLine(m[2])) return null
  const dateStart = line.start + text.length - m[2].length
  return { sentence: { start: line.start, end: line.start + m[1].length, text: m[1] }, date: { start: dateStart, end: dateStart + m[2].length, text: m[2] } }
}

/** A table's border closing a line (`… |`). */
const TRAILING_BORDER = /[\s\u3000]*[|｜]+$/
const DATE_AFTER_SENTENCE = /^(.{4,}[。！：:])[\s\u3000]*([〇○零一二三四五六七八九O]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/

/**
 * A date line closed by the `|` of a table border the page printed around its text
 * (`二〇〇七年八月二十四日 |`): the date part as a line of its own, or null.
 * @example dateBeforeBorder({ start: 0, end: 12, text: '二〇〇七年八月二十四日|' })?.text // '二〇〇七年八月二十四日'
 */
export function dateBeforeBorder(line: Line): Line | null {
  const m = dateBeforeBorderMatch(line.text)
  if (!m || !isDateLine(m[1])) return null
  return { start: line.start, end: line.start + m[1].length, text: m[1] }
}

const DATE_BEFORE_BORDER = /^([^|｜]{8,16}日)[\s\u3000]*[|｜]+$/
const dateBeforeBorderMatch = wholeLineExec(DATE_BEFORE_BORDER)

/**
 * A 落款 printed on one line, the organ and then the date after spaces (`牡丹区人民政府       二〇一七年五月十六日`):
 * the organ and the date as lines of their own, or null. Only when the date is written in Chinese
 * numerals (the form of a 成文日期) or the line follows a closing formula (特此公告): a flattened table's
 * last row (`市财政局 2020年12月31日`) is a unit and its due date.
 * @example organBesideDate({ start: 0, end: 20, text: '某区人民政府 二〇一七年五月十六日' })?.organ.text // '某区人民政府'
 */
export function organBesideDate(line: Line, previous?: Line): { organ: Line; date: Line } | null {
  const m = organBesideDateMatch(line.text)
  if (!m || !isDateLine(m[2]) || !isIssuerLine(m[1])) return null
  // (or a notice's contact line right above: `联系电话 0431-88906434` / `吉林省农业农村厅 2023年2月9日`, outside94 02)
  // (or the 附件说明 right above, as a 落款 follows it: `附件:《…》(征求意见稿)` / `宁波市生态环境局 2024年7月18日`, outside178 02)
  // (or a notice's last paragraph right above, issuing or asking and closed by 。: `…转发给你们,请深刻汲取事故教训…。` /
  // `新乡市人民政府安全生产委员会办公室 2017年10月4日`, outside197 01 — no row of a task table)
  if (!CN_YEAR.test(m[2]) && !(previous && (CLOSING.test(previous.text) || CONTACT_ABOVE.test(previous.text) || isAttachmentNote(previous.text) || closesNotice(previous.text)))) return null
  return { organ: { start: line.start, end: line.start + m[1].length, text: m[1] }, date: { start: line.end - m[2].length, end: line.end, text: m[2] } }
}

// an organ name, spaces (the matching copy drops them between Han characters), then a date ending the line
const ORGAN_BESIDE_DATE = /^([\u4e00-\u9fff（）()]{2,40}?)[\s\u3000]*((?:[〇○零一二三四五六七八九O0]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}|\d{4}年\d{1,2}月\d{1,2})日)$/
const organBesideDateMatch = wholeLineExec(ORGAN_BESIDE_DATE)
const CN_YEAR = /^[〇○零一二三四五六七八九O0]{4}年/
/** A notice's contact line (grammars/signature.json noteOpeners, then a number): `联系电话 0431-88906434`, `联系人：某某 12345678`. */
const CONTACT_ABOVE = new RegExp(`^(?:${sig.noteOpeners.map(escapeRegExp).join('|')})[：:]?\\s*\\S*\\d{5,}`)
const CLOSING = /^特此(?:通知|通告|公告|通报|批复|函告|函复|决定)。?$/
/** A notice's closing paragraph: a sentence that issues or forwards (grammars/signature.json issuingVerbs) and asks (`请…`), ended by 。. */
const closesNotice = (text: string): boolean => /，请[^。]{2,}。$/.test(text) && hasIssuingVerb(text)

// the note in brackets, spaces, then the date ending the line
const NOTE_BESIDE_DATE = /^([（(]此件[^（）()]{1,12}[）)])[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)$/
const noteBesideDateMatch = wholeLineExec(NOTE_BESIDE_DATE)

/**
 * The 落款 of a short issuing notice whose issued text follows untitled: within the first lines, an
 * issuing sentence that quotes a title (`《…工作要点》…现印发给你们`), then issuer lines and a date,
 * then more text; or a date alone right under the issuing sentence with a release note under it (`…请认真贯彻落实。`
 * ⏎ `2021年12月29日` ⏎ `（此件公开发布）`, a sharing site's file, outside79 07). The date's line, or -1.
 */
export function earlySignatureDate(lines: Line[], from: number, to: number): number {
  let issuing = false
  for (let k = from; k < Math.min(to - 1, from + 8); k++) {
    const t = lines[k].text
    if (hasIssuingVerb(t) && /《[^《》]{2,120}》/.test(t)) issuing = true
    else if (issuing && isDateLine(t) && k - 1 > from && isIssuerLine(lines[k - 1].text)) return k
    else if (issuing && isDateLine(t) && hasIssuingVerb(lines[k - 1].text) && isReleaseLine(lines[k + 1].text)) return k
  }
  return -1
}

/**
 * A scraper's leftovers after the 落款 date (a site's city tag `宁波` under its download link, the
 * `|` of a table border the page closed with): at most two short lines of bare words or border
 * characters, no sentence, date, number or title; or the site's own date stamp (`日期:2023-02-11`, a repost
 * host's under the 落款 it printed, outside237 05). They end the document.
 */
export function strayTail(lines: Line[], from: number, to: number): boolean {
  if (from >= to || to - from > 2) return false
  // (or a site's labels left empty, `作者: 时间:`, outside94 02; or a spam host's keyword soup, below)
  return lines
    .slice(from, to)
    .every(
      (l) =>
        (/^(?:[\u4e00-\u9fffA-Za-z]{1,8}|[|｜+-]{1,8}|(?:[\u4e00-\u9fff]{1,4}[：:]\s*)+)$/.test(l.text) || isKeywordSoup(l.text) || isStampLine(l.text)) &&
        !isTitleLike(l.text) &&
        !isIssuerLine(l.text) &&
        !isAttachmentHead(l.text),
    )
}

/** A fragment of a keyword soup: letters, digits and ideographs, no punctuation. */
const SOUP_PART = /^[\u4e00-\u9fffA-Za-z0-9]{1,24}$/

/**
 * A spam host's keyword soup closing the page under the 落款 (`美女图片131,某某网站全过程05年,亚洲`, outside141 02): three
 * or more bare phrases joined by commas, digits glued to words, no sentence — no document's line.
 * @example isKeywordSoup('美女图片131,某某网站全过程05年,亚洲') // true
 * @example isKeywordSoup('各有关单位，请认真贯彻执行。') // false
 */
export function isKeywordSoup(text: string): boolean {
  const parts = text.trim().split(/[,，]/)
  return parts.length >= 3 && parts.every((p) => SOUP_PART.test(p.trim())) && /[\u4e00-\u9fff]\d|\d[\u4e00-\u9fff]/.test(text)
}

/** A file's name a page links to (`关于下达…的通知 .pdf`, signature.json `fileLinkTail.extensions`). */
const FILE_LINK = new RegExp(`\\.(?:${sig.fileLinkTail.extensions.join('|')})$`, 'i')
/** A keyword line in brackets a page prints under its links (`(关键字:内蒙古 稀土矿)`). */
const KEYWORD_NOTE = new RegExp(`^[（(](?:${sig.fileLinkTail.keywordLabels.join('|')})[：:]`)

/** An attachment's note cut inside its name (`附件2:铜矿资`), as an excerpt's last line may be. */
const CUT_ATTACHMENT = /^附件\d{1,2}[：:][^。；：:]{1,40}$/
/**
 * A page's download links for its attachments after the 落款 (grammars/signature.json `fileLinkTail`): attachment labels,
 * file names and a bracketed keyword line only, one file name at least. It ends the document: a file's name is no text.
 *
 * @example fileLinkTail(lines of ['附件:', '关于…的通知 .pdf', '(关键字:稀土矿)'], 0, 3) // true
 */
export function fileLinkTail(lines: Line[], from: number, to: number): boolean {
  if (from >= to || to - from > FOOTER_LINES) return false
  let links = 0
  for (let k = from; k < to; k++) {
    const t = lines[k].text.trim()
    if (FILE_LINK.test(t) && t.length <= 120) links++
    // (the page's last line an attachment's name cut by the excerpt, after a file's name: `附件2:铜矿资`, outside199 02)
    else if (!(/^附件\d{0,2}[：:]?$/.test(t) || KEYWORD_NOTE.test(t) || (links > 0 && k === to - 1 && CUT_ATTACHMENT.test(t)))) return false
  }
  return links > 0
}

/** Fewest lines read as a table flattened a cell per line under the 落款. */
const CELL_TABLE_LINES = 8
/** Longest cell line of such a table. */
const CELL_LINE_MAX = 40
/** A cell holding a figure alone: `-2.50`, `230.86`, `12%`. */
const FIGURE_CELL = /^[-+－]?\d+(?:\.\d+)?[%％]?$/

/**
 * A table of figures printed under the 落款 with no heading, flattened a cell per line (`地区` ⏎ `2016年单位GDP能耗目标(%)`
 * ⏎ … ⏎ `成都市` ⏎ `-2.50` ⏎ `-2.66` …: a 公告's table of results, outside247 06): short lines of no sentence to the end,
 * a third of them figures at least. It closes the document; the date above it is the 落款's.
 */
export function figureTableTail(lines: Line[], from: number, to: number): boolean {
  if (to - from < CELL_TABLE_LINES) return false
  let figures = 0
  for (let k = from; k < to; k++) {
    const t = lines[k].text.trim()
    if (t.length > CELL_LINE_MAX || /[。；]/.test(t)) return false
    if (FIGURE_CELL.test(t)) figures++
  }
  return figures * 3 >= to - from
}

/** How many lines a news site's list of other headlines under the 落款 holds, fewest and most (headlineTail). */
const HEADLINE_LINES = { min: 3, max: 15 }
/** A headline: a short line of words, no sentence (its parts perhaps set apart by a space or a colon; two perhaps joined where normalize re-joined a broken line). */
const HEADLINE = /^[^。；，,！!？?]{6,60}$/

/**
 * A news site's list of its other headlines printed under the 落款 date with no heading (`农业农村部召开会议 部署…工作` ⏎
 * `提升粮食收储调控能力` ⏎ `国家发改委:拟实行…制度`, outside270 05): three to fifteen short lines, no sentence among
 * them, none an organ line, a date or an attachment's heading, the first no title. It ends the document.
 *
 * @example headlineTail(lines of ['某部召开会议 部署全年工作', '提升粮食收储能力', '某委:拟实行检验制度'], 0, 3) // true
 */
export function headlineTail(lines: Line[], from: number, to: number): boolean {
  if (to - from < HEADLINE_LINES.min || to - from > HEADLINE_LINES.max) return false
  for (let k = from; k < to; k++) {
    const t = lines[k].text.trim()
    // (a headline may end in a genre word, `…拟实行检验等制度`; the first line a title is an issued text's)
    if (!HEADLINE.test(t) || (k === from && isTitleLike(t)) || isIssuerLine(t) || isAttachmentHead(t) || isDateLine(t)) return false
  }
  return true
}

/** Most lines a portal's footer after the 落款 takes (links, registration, address, phone, credits). */
const FOOTER_LINES = 10
const FOOTER_LINKS = sig.footerTail.links
const FOOTER_MARKS = sig.footerTail.marks

/**
 * A portal's footer after the 落款 date (grammars/signature.json `footerTail`): link lines (`文件链接：《…》`,
 * `关联稿件：`), then a line holding the site's registration or copyright mark (`…辽ICP备19004562号`,
 * `版权所有：…`), then short lines of no sentence only; ten lines at most. It ends the document.
 *
 * @example footerTail(lines of ['文件链接：《关于…的通知》', '某局京ICP备123号', '地址：某路1号'], 0, 3) // true
 */
export function footerTail(lines: Line[], from: number, to: number): boolean {
  if (from >= to || to - from > FOOTER_LINES) return false
  let k = from
  while (k < to && FOOTER_LINKS.some((link) => lines[k].text.startsWith(link) && /^[：:]/.test(lines[k].text.slice(link.length)))) k++
  if (k >= to || !FOOTER_MARKS.some((mark) => lines[k].text.includes(mark))) return false
  return lines.slice(k).every((l) => l.text.length <= 100 && !/[。；]/.test(l.text) && !isAttachmentHead(l.text))
}
