import { splitLines, trimmed, type Line } from '../normalize/lines.js'
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { fieldOf, findExportHeader, findHeader, isExportLine } from './header.js'
import { DOC_NUMBER_LINE } from './docnumber.js'
import { aboutAt, genreOf, isTitleLike } from '../text/genre.js'
import { findHistory, opensNumberedHistory, versionTagLength } from './history.js'
import { findColophon } from './colophon.js'
import type { Segment } from '../tree/segment.js'
import { isIssuerLine } from './signature.js'
import { skipRepostLines } from './title-repeats.js'
import { segmentBody } from './body.js'
import { titleKey, isStrongTitle, printedWhole, joinTitle, titleContinuation, issuedContinuation, isLetterhead } from './title-lines.js'
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

/** Words glued before a title with a colon: a site's keyword or ad, not part of the title. */
const GLUED_PREFIX = /^([^：:《》“”]{2,30})[：:](.{6,})$/

/** A bracketed 字号 at the end of a title line. */
const TRAILING_NUMBER = /（([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)）$/
/** A 字号 opening the title line, the title right after it (spaces between were normalized away). */
const LEADING_NUMBER = /^([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)\s*(?=[\u4e00-\u9fff])/

/** A heading line that quotes the title, the 字号 perhaps glued before it: `京政办发〔2016〕26号《…的通知》`. */
const QUOTED_TITLE_LINE = /^([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)?《([^《》]{4,150})》$/
