import { splitLines, trimmed, type Line } from '../normalize/lines.js'
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { fieldOf, findExportHeader, findHeader, isExportLine } from './header.js'
import { DOC_NUMBER_DATED_LINE, DOC_NUMBER_LINE, LOST_BRACKET_LINE } from './docnumber.js'
import { isDateLine, parseFullDate } from './dates.js'
import { aboutAt, genreOf, genreWithin, isTitleLike } from '../text/genre.js'
import { findHistory, opensNumberedHistory, versionTagLength } from './history.js'
import { findPromulgation } from './promulgation.js'
import { colophonAfterSignature, findColophon, isKeywordLine } from './colophon.js'
import type { Segment } from '../tree/segment.js'
import { isAttachmentHead, isAttachmentItem, isAttachmentNote } from './attachments.js'
import { hasIssuingVerb, isIssuerLine, isReleaseLine } from './signature.js'
import { periodLine } from './period.js'
import { skipRepostLines } from './title-repeats.js'
import { titleKey, isAddresseeLine, isStrongTitle, isFragmentLine, ONLY_QUOTE, printedWhole, joinTitle, titleContinuation, issuedContinuation, isLetterhead, CLAUSE_START } from './title-lines.js'
import { siteTable } from './site-table.js'
import { isPageHeading, findTitleBelow, titleAboveSiteLabels, findTitleFar } from './title-search.js'

export type { Segment }

/** A site's year tag before a title, `(2008年)` / `（2008年）`. */
const LEADING_YEAR_TAG = /^[（(]\d{4}年[）)]\s*/
const QUOTED_TAG = /^“[\u4e00-\u9fff]{2,12}”\s*/
const ISSUING_QUOTE = /(?:印发|转发|批转)《/
/**
 * A 字号 glued after a title's genre word at the end of a line (a site's table cells run together:
 * `关于印发…的通知常政发〔2023〕1号|`): where the number starts and the number, or null.
 */
function trailingGluedNumber(text: string): { at: number; number: string } | null {
  const m = /〔\d{4}〕第?\d{1,5}号\s*\|?\s*$/.exec(text)
  if (!m) return null
  // the shortest issuer code after which the text ends with a genre word
  for (let len = 1; len <= 8 && len < m.index; len++) {
    const before = text.slice(0, m.index - len)
    const genre = genreOf(before)
    if (genre && before.endsWith(genre) && /^[\u4e00-\u9fff]+$/.test(text.slice(m.index - len, m.index))) return { at: m.index - len, number: text.slice(m.index - len).replace(/\s*\|?\s*$/, '') }
  }
  return null
}

/** The 标题 label of a site's table glued to the title it labels (its spaces were removed with the table's layout). */
const TITLE_LABEL = /^(?:文件标题|标题)(?![：:])/
/** A 字号 line under its table label (`发文字号 豫政〔2015〕24号 时  效 …`): group 1 the number. */
const LABELLED_NUMBER = /^(?:发文字号|文号)\s*[：:]?\s*([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)/
/** A page's <title> copied as a line: the title, a dash and the site's name (`…的意见-湖南省人民政府门户网站`). */
const SITE_NAME_SUFFIX = /^(.{6,}?)\s*[-_—–|｜]\s*([\u4e00-\u9fff]{2,24}(?:门户网站|政府网站|官方网站|网站|政府网|门户网|官网))$/

/**
 * Splits the normalized text into documents: header, title, 发文字号, 主送机关, body, 落款
 * (signature), attachments and nested documents (a notice that issues or forwards plans holds
 * them as nested segments, found by the titles it quotes: `现将《X》印发给你们`).
 */
export function segment(view: MappedText, diags: Diagnostics): Segment {
  const lines = splitLines(view.text)
    .map(trimmed)
    .filter((l) => l.text.length > 0)
  const header =
    findHeader(
      lines,
      (i) => {
        const l = lines[i]
        return l !== undefined && /\s|△/.test(view.originalSlice(l.start, l.end).trim()) && !/关于|通知|办法/.test(l.text)
      },
      isStrongTitle,
    ) ?? findExportHeader(lines, isStrongTitle, (a, b) => titleKey(a) === titleKey(b))
  let i = header ? header.next : 0
  while (i < lines.length && isExportLine(lines[i])) i++
  // (the site's name would otherwise join the title to its next printing)
  let gluedNumber: Line | undefined
  for (let k = i; k < Math.min(lines.length, i + 3); k++) {
    const site = SITE_NAME_SUFFIX.exec(lines[k].text)
    if (site && isStrongTitle(site[1])) {
      diags.add(view, 'info', 'title-site-name', `Dropped the site's name "${site[2]}" after the title`, lines[k].start + site[1].length, lines[k].end)
      lines[k] = { start: lines[k].start, end: lines[k].start + site[1].length, text: site[1] }
    }
    // a site's title cell with the 字号 cell glued after it (`关于印发…的通知 常政发〔2023〕1号 |`)
    const cut = gluedNumber ? null : trailingGluedNumber(lines[k].text)
    if (cut && isStrongTitle(lines[k].text.slice(0, cut.at))) {
      const l = lines[k]
      gluedNumber = { start: l.start + cut.at, end: l.start + cut.at + cut.number.length, text: cut.number }
      lines[k] = { start: l.start, end: l.start + cut.at, text: l.text.slice(0, cut.at) }
    }
  }
  let title: Segment['title'] = null
  let numberFirst: Line | undefined = gluedNumber
  if (header?.titleLine) {
    title = { text: header.titleLine.text, start: header.titleLine.start, end: header.titleLine.end }
    // a 字号 printed between the title and the labels (`…的通知` / `绛政办发〔2023〕14号` / `发布日期：…`)
    for (const l of lines) if (l.start > header.titleLine.end && l.end <= header.start && DOC_NUMBER_LINE.test(l.text)) numberFirst ??= l
  } else if (header) {
    // a header label that fills the title (标题)
    const label = Object.keys(header.fields).find((l) => fieldOf(l) === 'title' && header.fields[l] && header.spans[l])
    if (label) title = { text: header.fields[label], start: header.spans[label].start, end: header.spans[label].end }
  }
  // 发文机关标志 (`湖南省人民政府办公厅文件`) printed above the 字号: the issuer's letterhead, not a title.
  while (!title && i < Math.min(lines.length - 1, 4) && isLetterhead(lines[i].text)) i++
  // Reposting sites and some gov pages print the 字号 first, the title under it; some print a
  // heading line `字号《title》` or `《title》` above the document.
  const quotedTitle = !title && lines[i] ? QUOTED_TITLE_LINE.exec(lines[i].text) : null
  if (quotedTitle && isStrongTitle(quotedTitle[2])) {
    const l = lines[i]
    const open = l.start + (quotedTitle[1]?.length ?? 0)
    if (quotedTitle[1]) numberFirst = { start: l.start, end: open, text: quotedTitle[1] }
    title = { text: quotedTitle[2], start: open + 1, end: l.end - 1 }
    i++
  }
  if (!title && lines[i + 1] && DOC_NUMBER_LINE.test(lines[i].text) && (isTitleLike(lines[i + 1].text) || findTitleBelow(lines, i + 1)?.start === i + 1)) numberFirst = lines[i++]
  // a site's page heading above the document's own title (`山东省财政厅大学生创业引领计划` over
  // `山东省人民政府办公厅` / `转发…` / `关于…` / `…的通知` / `鲁政办发〔2010〕21号`)
  if (!title && lines[i] && isPageHeading(lines, i)) {
    diags.add(view, 'info', 'header-lines-skipped', 'Skipped 1 line(s) above the title', lines[i].start, lines[i].end)
    i++
  }
  if (
    !title &&
    lines[i] &&
    !opensNumberedHistory(lines[i].text) &&
    (isTitleLike(lines[i].text) || (lines[i].text.length <= 80 && !/[。；]/.test(lines[i].text) && findHistory(lines, i + 1, lines.length)))
  ) {
    // a title line, or a line a law's amendment history stands under; a title broken after 关于
    // (`省人民政府关于` / `进一步优化营商环境的若干意见`) goes on over the next lines
    const end = issuedContinuation(lines, i, titleContinuation(lines, i))
    const parts = lines.slice(i, end + 1)
    title = { text: joinTitle(parts), start: parts[0].start, end: parts[parts.length - 1].end }
    i = end + 1
  } else if (!title) {
    // An unknown header line does not end the search: the title may stand a few lines down.
    const below = findTitleBelow(lines, i) ?? (header ? null : (findTitleFar(lines, i) ?? titleAboveSiteLabels(lines, i)))
    if (below) {
      if (below.start > i) diags.add(view, 'info', 'header-lines-skipped', `Skipped ${below.start - i} line(s) above the title`, lines[i].start, lines[below.start - 1].end)
      below.end = issuedContinuation(lines, below.start, below.end)
      const parts = lines.slice(below.start, below.end + 1)
      title = { text: joinTitle(parts), start: parts[0].start, end: parts[parts.length - 1].end }
      i = below.end + 1
    } else if (!header && lines[0]) {
      diags.add(view, 'info', 'title-not-found', 'No title line found at the top of the document', lines[0].start, lines[0].end)
    }
  }
  // A reposting page's keyword or ad glued before the title with a colon (`某某排名：公安部关于印发…的通知`)
  const glued = title && printedWhole(title) ? GLUED_PREFIX.exec(title.text) : null
  if (title && glued && isStrongTitle(glued[2]) && aboutAt(glued[2]) > 0 && isIssuerLine(glued[2].slice(0, aboutAt(glued[2]))) && !isIssuerLine(glued[1])) {
    diags.add(view, 'info', 'title-prefix-dropped', `Dropped "${glued[1]}" glued before the title`, title.start, title.start + glued[1].length + 1)
    title = { text: glued[2], start: title.start + glued[1].length + 1, end: title.end }
  }
  // A site's label table read as text, its 标题 label glued to the title (`标  题 河南省人民政府关于…的通知`)
  const labelled = title && printedWhole(title) ? TITLE_LABEL.exec(title.text) : null
  if (title && labelled && isStrongTitle(title.text.slice(labelled[0].length))) {
    diags.add(view, 'info', 'title-prefix-dropped', `Dropped the label "${labelled[0]}" before the title`, title.start, title.start + labelled[0].length)
    title = { text: title.text.slice(labelled[0].length), start: title.start + labelled[0].length, end: title.end }
  }
  // A title printed again in the body, possibly broken over lines, or with digits lost; reposting
  // sites print it up to three times around an issuer line.
  // A 字号 in brackets closing the title line (`…的通知（岳办发〔2017〕2号）`) is the 字号, not title.
  const trailing = title ? TRAILING_NUMBER.exec(title.text) : null
  if (title && trailing && printedWhole(title) && isTitleLike(title.text.slice(0, trailing.index))) {
    numberFirst ??= { start: title.end - trailing[0].length + 1, end: title.end - 1, text: trailing[1] }
    title = { text: title.text.slice(0, trailing.index), start: title.start, end: title.end - trailing[0].length }
  }
  // …or glued before it, as a site's label table and its heading print it (`江政办〔2020〕2 号 区人民政府办公室关于…的通知`)
  const leading = title ? LEADING_NUMBER.exec(title.text) : null
  // (the rest an `X关于…` title and the code no part of one: 关于废止桐政办〔2019〕3号文件的通知 cites a 字号)
  const rest = leading ? title!.text.slice(leading[0].length) : ''
  if (title && leading && printedWhole(title) && !leading[1].includes('关于') && rest.includes('关于') && isStrongTitle(rest)) {
    numberFirst ??= { start: title.start, end: title.start + leading[0].length, text: leading[1] }
    title = { text: rest, start: title.start + leading[0].length, end: title.end }
  }
  // a law site's version tag closing the title (`…管理规定(2002年)`, `…办法(2004年修正)`)
  const tag = title ? versionTagLength(title.text) : 0
  if (title && tag && isStrongTitle(title.text.slice(0, -tag).trim()) && printedWhole(title)) {
    const kept = title.text.slice(0, -tag).trimEnd()
    diags.add(view, 'info', 'title-version-tag', `Dropped the site's version tag "${title.text.slice(kept.length).trim()}" from the title`, title.start + kept.length, title.end)
    title = { text: kept, start: title.start, end: title.start + kept.length }
  }
  // a repost site's year tag opening the title (`(2008年)合肥市人民政府关于印发2008年重点工作的通知`)
  const yearTag = title ? LEADING_YEAR_TAG.exec(title.text) : null
  if (title && yearTag && isStrongTitle(title.text.slice(yearTag[0].length)) && printedWhole(title)) {
    diags.add(view, 'info', 'title-version-tag', `Dropped the site's year tag "${yearTag[0].trim()}" from the title`, title.start, title.start + yearTag[0].length)
    title = { text: title.text.slice(yearTag[0].length), start: title.start + yearTag[0].length, end: title.end }
  }
  // a site's quoted column tag opening the title (`“党政混合信息公开” 中共X区委办公室 X区人民政府办公室印发《…》的通知`):
  // organs follow it, then 关于 or their issuing verb (a title opening with a quoted slogan, `“十四五”…规划`, has no organ after it)
  const quotedTag = title ? QUOTED_TAG.exec(title.text) : null
  if (title && quotedTag && printedWhole(title)) {
    const rest = title.text.slice(quotedTag[0].length)
    const verb = aboutAt(rest) > 0 ? aboutAt(rest) : rest.search(ISSUING_QUOTE)
    if (verb > 0 && isStrongTitle(rest) && isIssuerLine(rest.slice(0, verb))) {
      diags.add(view, 'info', 'title-version-tag', `Dropped the site's tag "${quotedTag[0].trim()}" from the title`, title.start, title.start + quotedTag[0].length)
      title = { text: rest, start: title.start + quotedTag[0].length, end: title.end }
    }
  }
  // A site's label table printed around the title in a form no header reader takes (cells glued
  // on one line, `|` borders, labels without colon): its cells fill what title and 落款 leave.
  const siteHeader = title ? siteTable(lines, title.start, i) : null
  // (a header read above the title may leave a cell printed under it: `发布日期：2023-03-03 09:37`)
  if (header && siteHeader)
    for (const [label, value] of Object.entries(siteHeader.fields))
      if (!(label in header.fields) && siteHeader.spans[label]) {
        header.fields[label] = value
        header.spans[label] = siteHeader.spans[label]
      }
  // (the label cells it read under the title are no body: `发布时间：…信息来源：…`)
  if (siteHeader && title) while (i < lines.length && lines[i].start >= title.end && lines[i].end <= siteHeader.end) i++
  let issuerLine: Line | undefined
  let repostNumber: Line | undefined
  if (title) {
    const repost = skipRepostLines(lines, i, title)
    i = repost.next
    title = repost.title
    issuerLine = repost.issuerLine
    repostNumber = repost.docNumberLine
  }
  while (i < lines.length && isExportLine(lines[i])) i++
  // Export lines (原文链接, 法宝引证码) may also close the file.
  let end = lines.length
  while (end > i && isExportLine(lines[end - 1])) end--
  // The 版记 closes the whole document, after any attachment: cut it off first.
  const colophon = findColophon(lines, i, end)
  const root = segmentBody(lines, i, colophon ? colophon.start : end, view, diags, title?.text ?? null)
  if (colophon) root.colophon = colophon
  if (issuerLine && !root.issuerLine) root.issuerLine = issuerLine
  if (repostNumber && !root.docNumberLine) root.docNumberLine = repostNumber
  if (numberFirst && !root.docNumberLine) root.docNumberLine = numberFirst
  root.header = header ?? siteHeader
  root.title = title
  root.start = 0
  root.end = view.text.length
  return root
}

/** A row of a joint 落款 printed in columns: organ names separated by spaces in the input. */
function isIssuerRow(line: Line, view: MappedText): boolean {
  return isIssuerLine(line.text) && /\S\s+\S/.test(view.originalSlice(line.start, line.end).trim())
}

/** Words glued before a title with a colon: a site's keyword or ad, not part of the title. */
const GLUED_PREFIX = /^([^：:《》“”]{2,30})[：:](.{6,})$/

/** A bracketed 字号 at the end of a title line. */
const TRAILING_NUMBER = /（([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)）$/
/** A 字号 opening the title line, the title right after it (spaces between were normalized away). */
const LEADING_NUMBER = /^([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)\s*(?=[\u4e00-\u9fff])/

/** A heading line that quotes the title, the 字号 perhaps glued before it: `京政办发〔2016〕26号《…的通知》`. */
const QUOTED_TITLE_LINE = /^([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)?《([^《》]{4,150})》$/

function emptySegment(start: number, end: number): Segment {
  return { start, end, header: null, title: null, docNumberLine: null, addressees: null, signature: null, release: null, history: [], attachments: [], body: [], documents: [] }
}

/** Segments lines[from, to) as one document whose title (if any) was already consumed. */
function segmentBody(lines: Line[], from: number, to: number, view: MappedText, diags: Diagnostics, title?: string | null): Segment {
  const seg = emptySegment(lines[from]?.start ?? view.text.length, lines[to - 1]?.end ?? view.text.length)
  let i = from
  // A law's amendment history stands right under its title: metadata, not clauses.
  const history = findHistory(lines, i, to)
  if (history) {
    seg.history = history
    i += history.length
  }
  // The order or announcement a law is printed under (`…令` / `现予公布` / 落款): the law's own
  // publication, not a notice issuing a nested document; its history may follow it.
  const promulgated = title === undefined ? null : findPromulgation(lines, i, to, title)
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
  // 发文字号 and 主送机关 come right after the title.
  for (let k = 0; k < 3 && i < to; k++) {
    const t = lines[i].text
    const dated = seg.docNumberLine ? null : DOC_NUMBER_DATED_LINE.exec(t)
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
    } else if (seg.docNumberLine && t === seg.docNumberLine.text)
      i++ // printed twice by a reposting site
    else if (!seg.addressees && isAddresseeLine(t)) seg.addressees = lines[i++]
    else if (/^中华人民共和国[\u4e00-\u9fff]{0,10}令$/.test(t) || /^第\d{1,5}号$/.test(t)) i++
    else break
  }
  // a 字号 under a site's label lines (`来源：` / `作者：` / `发布时间：` / value lines), above the title
  // printed again: the short header-like lines opening the body, before any clause
  if (!seg.docNumberLine && title !== undefined)
    for (let k = i; k < Math.min(to, i + 12) && lines[k].text.length <= 40 && !/[。；]/.test(lines[k].text) && !CLAUSE_START.test(lines[k].text); k++)
      if (DOC_NUMBER_LINE.test(lines[k].text) || LOST_BRACKET_LINE.test(lines[k].text)) {
        seg.docNumberLine = lines[k]
        break
      }
  let nested = findNestedTitles(lines, i, to, title)
  let noticeEnd = nested.length ? nested[0].line : to
  // 落款: issuer lines and a date line ending the notice part; what follows it may only be
  // release notes (（此件公开发布）) and attachments (附件 / 附件1 + title), which become nested.
  let bodyEnd = noticeEnd
  let sigDate = findSignatureDate(lines, i, noticeEnd, nested.length > 0)
  if (sigDate < 0 && !nested.length) {
    // the issued text printed without its title line right under the notice's 落款
    const early = earlySignatureDate(lines, i, noticeEnd)
    if (early >= 0) {
      sigDate = early
      nested = [{ line: early + 1, next: early + 1, text: '' }]
      noticeEnd = early + 1
      while (noticeEnd < to && isReleaseLine(lines[noticeEnd].text)) nested[0].line = nested[0].next = ++noticeEnd
    }
  }
  if (sigDate >= 0) {
    let k = sigDate + 1
    while (k < noticeEnd && isReleaseLine(lines[k].text)) seg.release = lines[k++]
    // the outer document's 版记 printed between its 落款 and an attachment
    const printed = title !== undefined ? colophonAfterSignature(lines, k, noticeEnd) : null
    if (printed && printed.next < noticeEnd) {
      seg.colophon = printed.colophon
      k = printed.next
    }
    if (k < noticeEnd && strayTail(lines, k, noticeEnd)) {
      diags.add(view, 'info', 'signature-tail-skipped', `Skipped ${noticeEnd - k} stray line(s) after the signature date`, lines[k].start, lines[noticeEnd - 1].end)
      noticeEnd = k
    }
    // a bare `附件` label right above the title of a document found by its quoted title is that
    // document's label, not an untitled part of its own
    const labelOnly = nested.length > 0 && lines.slice(k, noticeEnd).every((l) => isAttachmentHead(l.text))
    if (k < noticeEnd && !labelOnly) nested = attachmentDocuments(lines, k, noticeEnd).concat(nested)
    if (k < noticeEnd) noticeEnd = k
    let s = sigDate
    while (s - 1 >= i && sigDate - (s - 1) <= 4 && isIssuerLine(lines[s - 1].text)) s--
    // a joint 落款 of many organs printed in columns (`生态环境部 发展改革委` on each line) runs longer
    if (sigDate - s === 4) while (s - 1 >= i && sigDate - (s - 1) <= 10 && isIssuerRow(lines[s - 1], view)) s--
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
    seg.signature = { issuers: broken ? [] : lines.slice(s, sigDate), date: lines[sigDate], start: lines[s].start, end: lines[sigDate].end }
    bodyEnd = s
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
  for (const l of skipTableOfContents(lines.slice(i, bodyEnd), view, diags)) seg.body.push(l)
  for (let n = 0; n < nested.length; n++) withPeriodLine(lines, nested[n], n + 1 < nested.length ? nested[n + 1].line : to)
  for (let n = 0; n < nested.length; n++) {
    const start = nested[n].line
    const end = n + 1 < nested.length ? nested[n + 1].line : to
    const child = segmentBody(lines, nested[n].next, end, view, diags)
    child.title = nested[n].text ? { text: nested[n].text, start: lines[nested[n].attachment ? nested[n].next - 1 : start].start, end: lines[nested[n].next - 1].end } : null
    if (nested[n].attachment) child.attachment = true
    child.start = lines[start].start
    child.end = lines[end - 1].end
    seg.documents.push(child)
  }
  return seg
}

/**
 * A 目录 (table of contents) repeats the headings that follow; left in, every heading would be
 * read twice. It runs from the `目录` line to the line where its first entry appears again.
 */
function skipTableOfContents(body: Line[], view: MappedText, diags: Diagnostics): Line[] {
  const entry = (t: string) => t.replace(TOC_LEADER, '')
  const isLeadered = (l: Line) => TOC_LEADER.test(l.text)
  const at = body.findIndex((l) => l.text === '目录')
  let out = body
  if (at >= 0 && at + 1 < body.length) {
    const first = entry(body[at + 1].text)
    const again = body.findIndex((l, k) => k > at + 1 && l.text === first)
    if (again > 0) {
      diags.add(view, 'info', 'toc-skipped', `Skipped a table of contents of ${again - at - 1} entries`, body[at].start, body[again - 1].end)
      out = [...body.slice(0, at), ...body.slice(again)]
    }
  }
  // Entries with dot leaders and page numbers (`总体要求……………1`) are contents wherever they stand;
  // one diagnostic per run of them, so each covers exactly what was skipped.
  if (out.filter(isLeadered).length >= 3) {
    const kept: Line[] = []
    for (let k = 0; k < out.length; k++) {
      if (!isLeadered(out[k]) && out[k].text !== '目录') {
        kept.push(out[k])
        continue
      }
      let e = k
      while (e + 1 < out.length && (isLeadered(out[e + 1]) || out[e + 1].text === '目录')) e++
      diags.add(view, 'info', 'toc-skipped', `Skipped ${e - k + 1} table-of-contents lines`, out[k].start, out[e].end)
      k = e
    }
    out = kept
  }
  return out
}

const TOC_LEADER = /(?:\.{4,}|…{2,}|·{4,}|-{6,})\s*\d{1,4}$/

/**
 * The date line of the 落款: the last date line of the notice part after which come only release
 * notes and attachments (or nothing, within 3 lines of the end, or a nested document).
 */
function findSignatureDate(lines: Line[], from: number, to: number, beforeNested: boolean): number {
  for (let k = to - 1; k >= from && to - k <= 400; k--) {
    if (!isDateLine(lines[k].text)) continue
    let j = k + 1
    while (j < to && isReleaseLine(lines[j].text)) j++
    if (j === to && (beforeNested || to - k <= 3)) return k
    if (j < to && isAttachmentHead(lines[j].text)) return k
    // a 版记 between the 落款 and the attachment
    const printed = colophonAfterSignature(lines, j, to)
    if (printed && printed.next < to && isAttachmentHead(lines[printed.next].text)) return k
    if (to - k <= 3 && strayTail(lines, j, to)) return k
    return -1
  }
  return -1
}

/**
 * The 落款 of a short issuing notice whose issued text follows untitled: within the first lines, an
 * issuing sentence that quotes a title (`《…工作要点》…现印发给你们`), then issuer lines and a date,
 * then more text. The date's line, or -1.
 */
function earlySignatureDate(lines: Line[], from: number, to: number): number {
  let issuing = false
  for (let k = from; k < Math.min(to - 1, from + 8); k++) {
    const t = lines[k].text
    if (hasIssuingVerb(t) && /《[^《》]{2,120}》/.test(t)) issuing = true
    else if (issuing && isDateLine(t) && k - 1 > from && isIssuerLine(lines[k - 1].text)) return k
  }
  return -1
}

/**
 * A scraper's leftovers after the 落款 date (a site's city tag `宁波` under its download link, the
 * `|` of a table border the page closed with): at most two short lines of bare words or border
 * characters, no sentence, date, number or title. They end the document.
 */
function strayTail(lines: Line[], from: number, to: number): boolean {
  if (from >= to || to - from > 2) return false
  return lines.slice(from, to).every((l) => /^(?:[\u4e00-\u9fffA-Za-z]{1,8}|[|｜+-]{1,8})$/.test(l.text) && !isTitleLike(l.text) && !isIssuerLine(l.text) && !isAttachmentHead(l.text))
}

/** Attachments printed after the 落款: `附件` / `附件2` lines, each followed by its title. */
function attachmentDocuments(lines: Line[], from: number, to: number): NestedTitle[] {
  const out: NestedTitle[] = []
  for (let i = from; i < to - 1; i++) {
    if (!isAttachmentHead(lines[i].text)) continue
    // a title broken over two lines whose first names no genre, or only quotes one
    // (`《政府工作报告》` / `2005年重点工作分解意见`): the second line ends it
    const first = lines[i + 1].text
    const second = i + 2 < to ? lines[i + 2].text : ''
    const broken = second && isFragmentLine(second) && (genreOf(first) === null || ONLY_QUOTE.test(first)) && genreOf(first + second) !== null
    out.push({ line: i, next: broken ? i + 3 : i + 2, text: broken ? first + second : first, attachment: true })
  }
  if (!out.length || out[0].line !== from) {
    // Not an attachment block: treat the whole tail as one untitled part rather than lose it.
    out.unshift({ line: from, next: from, text: '', attachment: true })
  }
  return out
}

/**
 * An issued plan's title whose period or edition the page printed on the next line
 * (`永德县城镇化建设三年行动计划` / `2020―2022年)`): that line ends the title, not opens the body.
 * Blank lines between are passed over; a title that already ends in a bracket, and an attachment (its title span is
 * counted from `next`), are left alone.
 */
function withPeriodLine(lines: Line[], nt: NestedTitle, to: number): void {
  if (!nt.text || nt.attachment || /[)）]$/.test(nt.text)) return
  let k = nt.next
  while (k < to && k - nt.next < 3 && !lines[k].text.trim()) k++
  const tag = k < to ? periodLine(lines[k].text) : null
  if (!tag) return
  nt.text += tag
  nt.next = k + 1
}

interface NestedTitle {
  attachment?: boolean
  line: number
  next: number
  text: string
}

/**
 * Titles of the documents a notice issues: the 《…》 it quotes in its issuing sentence(s),
 * found again later as a line (or two or three lines: titles break) of their own.
 */
function findNestedTitles(lines: Line[], from: number, to: number, ownTitle?: string | null): NestedTitle[] {
  const quoted: string[] = []
  let issuing = ''
  // the issuing sentence opens the body; short header-like lines above it (a site's labels, a
  // 字号, the title printed again) do not use up the six lines it is looked for in
  let window = from + 6
  for (let k = from; k < Math.min(to, from + 16) && lines[k].text.length <= 40 && !/[。；]/.test(lines[k].text); k++) window = Math.max(window, k + 2)
  for (let i = from; i < Math.min(to, window); i++) {
    const t = lines[i].text
    if (!hasIssuingVerb(t)) continue
    issuing += t
    for (const m of t.matchAll(/《([^《》]{2,120})》/g)) quoted.push(m[1])
  }
  // a notice printed without a body, its title issuing what follows (`X印发《…三年行动计划》的通知`,
  // the plan's title on the next lines): the title is the issuing sentence
  let cursor = from + 1
  if (!issuing && ownTitle && hasIssuingVerb(ownTitle)) {
    for (const m of ownTitle.matchAll(/《([^《》]{2,120})》/g)) quoted.push(m[1])
    if (quoted.length) issuing = ownTitle
    cursor = from
  }
  // an issuing sentence whose 《 was lost (`现将X》印发给你们`) still issues what follows the 落款
  if (!quoted.length) return issuing ? titleAfterSignature(lines, from, to, issuing) : []
  const found: NestedTitle[] = []
  // Each line's key once, then every 1–3-line window's key (titles break over up to three lines)
  // in a map to where it starts: each quoted title is one lookup instead of a scan of the body,
  // so many quoted titles over a long body stay linear. Keys are filters of the text, so a
  // window's key extends the shorter window's: the first (shortest) window that equals the
  // title's key is the one a line-by-line search would stop at.
  const keys = quoted.map((q) => titleKey(q.replace(/〈/g, '《').replace(/〉/g, '》')))
  const longest = Math.max(...keys.map((k) => k.length))
  const starts = new Map<string, Array<[line: number, hit: number]>>()
  const lineKeys: string[] = []
  for (let i = cursor; i < to; i++) {
    let acc = ''
    for (let j = i; j < Math.min(to, i + 3); j++) {
      const next = acc + (lineKeys[j - cursor] ??= titleKey(lines[j].text))
      if (next.length > longest) break
      if (j > i && next === acc) continue // an empty line adds nothing: the shorter window stands
      acc = next
      const list = starts.get(acc)
      if (list) list.push([i, j])
      else starts.set(acc, [[i, j]])
    }
  }
  for (const key of keys) {
    const list = starts.get(key)
    if (!list) continue
    // first window starting at or after the cursor (lists are in line order)
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (list[mid][0] < cursor) lo = mid + 1
      else hi = mid
    }
    if (lo === list.length) continue
    const i = list[lo][0]
    let hit = list[lo][1]
    let text = lines
      .slice(i, hit + 1)
      .map((l) => l.text)
      .join('')
    // a quoted name the issuing sentence only cites (`现将《政府工作报告》提出的…分解意见予以下达`),
    // printed on the first line of a title the next line completes (`《政府工作报告》` / `2005年重点工作分解意见`)
    const more = lines[hit + 1]?.text ?? ''
    if (hit + 1 < to && ONLY_QUOTE.test(text) && isFragmentLine(more) && genreOf(text + more) !== null && titleKey(issuing).includes(titleKey(more).slice(-6))) {
      text += more
      hit++
    }
    found.push({ line: i, next: hit + 1, text })
    cursor = hit + 1
  }
  return found.length ? found : titleAfterSignature(lines, from, to, issuing)
}

/**
 * Fallback: a title-like line after a date line (the notice's 落款) starts the issued document;
 * so does a line the issuing sentence names (`现将X》印发给你们`, its 《 lost).
 */
function titleAfterSignature(lines: Line[], from: number, to: number, issuing: string): NestedTitle[] {
  for (let i = from + 1; i < to - 1; i++) {
    if (isDateLine(lines[i].text)) {
      let j = i + 1
      if (isReleaseLine(lines[j]?.text)) j++
      const t = lines[j]?.text ?? ''
      const named = t.length >= 4 && t.length <= 80 && !/[。；]/.test(t) && titleKey(issuing).includes(titleKey(t))
      const joined = t.length <= 80 && !/[。；]/.test(t) && genreWithin(t) !== null
      // a title broken over two lines (`石景山区贯彻落实《关于加强新时代` / `街道工作的意见》的任务分解方案`)
      const more = lines[j + 1]?.text ?? ''
      if (j + 1 < to && genreOf(t) === null && !isAttachmentHead(t) && isFragmentLine(more) && isStrongTitle(t + more)) return [{ line: j, next: j + 2, text: t + more }]
      if (j < to && (isTitleLike(t) || named || joined) && !isKeywordLine(t)) return [{ line: j, next: j + 1, text: t }]
      break
    }
  }
  return []
}
