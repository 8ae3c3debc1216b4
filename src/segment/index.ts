import { splitLines, trimmed, type Line } from '../normalize/lines.js'
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { fieldOf, findExportHeader, findHeader, isExportLine, opensWithRowLabel, siteLabelCells } from './header.js'
import { DOC_NUMBER_LINE, isNumberLine, numberBesideCell } from './docnumber.js'
import { aboutAt, genreOf, isTitleLike } from '../text/genre.js'
import { findHistory, opensNumberedHistory } from './history.js'
import { findHeadlessPromulgation } from './promulgation.js'
import { hasIssuingVerb, isIssuerLine } from './signature.js'
import { findColophon } from './colophon.js'
import type { Segment } from '../tree/segment.js'
import { addressedTitleUnder, continuedPrintingUnder, issuingTitleUnder, organPrintingUnder, skipRepostLines } from './title-repeats.js'
import { segmentBody } from './body.js'
import { periodLine, periodOpening } from './period.js'
import {
  titleKey,
  isAddressedTitle,
  isStrongTitle,
  titleContinuation,
  issuedContinuation,
  statusContinuation,
  titleSpan,
  organOverAboutLine,
  isLetterhead,
  isDispatchMark,
  quotedNames,
  unnestedTitle,
  RED_RULE,
} from './title-lines.js'
import { gluedSiteHeader, siteTable, stackedSiteHeader, topSiteTable, trailingColumnTable } from './site-table.js'
import { cutTitleLineTails, isArrowBreadcrumb, numberGluedBeforeAddressees, repairTitle, splitGluedNumber } from './title-repairs.js'
import { titleUnderPageHeading, lawTitleUnderHeading, findTitleBelow, titleAboveSiteLabels, findTitleFar, headUnderNews, titleUnderFullTextLead } from './title-search.js'
import { releaseLead, type ReleaseLead } from './release-lead.js'
import { isStampLine, stampCellsEnd } from './portal-stamp.js'
import sig from '../../grammars/signature.json' with { type: 'json' }
import { wordAlternation } from '../text/regexp.js'

export type { Segment }

/**
 * Splits the normalized text into documents: header, title, 发文字号, 主送机关, body, 落款
 * (signature), attachments and nested documents (a notice that issues or forwards plans holds
 * them as nested segments, found by the titles it quotes: `现将《X》印发给你们`).
 */
/** A short line of a site's chrome over a page's text: a few words or marks, no sentence (`首页 |`, `|`). */
const SITE_CHROME_LINE = /^[^。，；：,.;:]{1,12}$/
/** How many of the first lines may print a 字号 with a cell beside it (a 签发人, a validity tag, a date). */
const NUMBER_CELL_DEPTH = 8

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
    ) ??
    findExportHeader(lines, isStrongTitle, (a, b) => titleKey(a) === titleKey(b)) ??
    gluedSiteHeader(lines) ??
    stackedSiteHeader(lines)
  // (a page that opens with a site's `|` or `[ label ]` table and prints no title: the table is its header)
  const topTable = header ? null : topSiteTable(lines)
  let i = header ? header.next : topTable ? topTable.next : 0
  while (i < lines.length && isExportLine(lines[i])) i++
  const gluedNumber = cutTitleLineTails(lines, i, view, diags)
  // (an upward document's 字号 with its 签发人 on the same line, in the 版头's first lines, or a site's cell beside the 字号
  // under the title: the 字号 alone)
  for (let k = i; k < Math.min(lines.length, i + NUMBER_CELL_DEPTH); k++) {
    const number = numberBesideCell(lines[k])
    if (!number) continue
    diags.add(view, 'info', 'header-lines-skipped', 'Skipped the cell printed beside the 字号', number.end, lines[k].end)
    lines[k] = number
  }
  let title: Segment['title'] = null
  // (a title read from a label table's cell rather than printed as the document's heading)
  let labelledTitle = false
  let lead: ReleaseLead | null = null
  let numberFirst: Line | undefined = gluedNumber
  if (header?.titleLine && DOC_NUMBER_LINE.test(header.titleLine.text)) {
    // (a law site's 字号 alone over its label row, no title printed: `琼府〔2021〕27号` ⏎ `颁布时间:… 发文单位:…`, outside146 06)
    numberFirst = header.titleLine
  } else if (header?.titleLine) {
    // (the heading may print its 字号 after the title: `…的通知 琼府办〔2016〕307号` ⏎ `来源:…`, outside203 02)
    const glued = splitGluedNumber(header.titleLine)
    if (glued) numberFirst ??= glued.number
    const titleLine = glued?.title ?? header.titleLine
    title = { text: titleLine.text, start: titleLine.start, end: titleLine.end }
    // (the organ printed alone over the title's `关于…` line: `神木市人民政府办公室` ⏎ `关于印发…的通知` ⏎ 字号 ⏎ the labels,
    // outside226 05 — the organ is the title's first part)
    const at = lines.indexOf(header.titleLine)
    if (!glued && at > 0 && organOverAboutLine(lines[at - 1].text, titleLine.text)) title = titleSpan(lines, at - 1, at)
    // (a site's headline or category word over its stamp, the law's own title further down over its first article:
    // `2016年…细则全文解读` ⏎ `发布时间:…` ⏎ blurb, outside224 03; `新疆自治区殡葬管理条例` ⏎ `关键词:` ⏎ …, outside226 08)
    const lawLine = glued || at < 0 ? -1 : lawTitleUnderHeading(lines, at)
    if (lawLine > 0) {
      diags.add(view, 'info', 'header-lines-skipped', "Skipped the site's headline over the law's own title", title.start, title.end)
      title = { text: lines[lawLine].text, start: lines[lawLine].start, end: lines[lawLine].end }
      i = lawLine + 1
    }
    // (a page heading that prints the title in 《》 over the site's stamp: `《转发…的通知》` ⏎ `发布日期:… 来源:`, outside93 02)
    const quotedHead = QUOTED_TITLE_LINE.exec(title.text)
    if (quotedHead && !quotedHead[1] && isStrongTitle(quotedHead[2])) title = { text: unnestedTitle(quotedHead[2]), start: title.start + 1, end: title.end - 1 }
    // a 字号 printed between the title and the labels (`…的通知` / `绛政办发〔2023〕14号` / `发布日期：…`)
    for (const l of lines) if (l.start > header.titleLine.end && l.end <= header.start && DOC_NUMBER_LINE.test(l.text)) numberFirst ??= l
  } else if (header) {
    // a header label that fills the title (标题)
    const label = Object.keys(header.fields).find((l) => fieldOf(l) === 'title' && header.fields[l] && header.spans[l])
    if (label) {
      title = { text: header.fields[label], start: header.spans[label].start, end: header.spans[label].end }
      labelledTitle = true
    }
  }
  // the 版头's 份号 / 密级 / 紧急程度 lines a PDF conversion prints first (`000123`, `机密★1年`, `特急`): header, not a title
  let marks = 0
  while (!title && i < Math.min(lines.length - 1, 4) && isDispatchMark(lines[i].text)) {
    i++
    marks++
  }
  // 发文机关标志 (`湖南省人民政府办公厅文件`) printed above the 字号: the issuer's letterhead, not a title.
  const letterheads: Line[] = []
  while (!title && i < Math.min(lines.length - 1, 4 + marks) && isLetterhead(lines[i].text)) letterheads.push(lines[i++])
  // (an upward document's 版头, a 请示 or 报告, may print its organ alone over the 字号 and the title: `林芝市农业农村局` ⏎
  // `林农发〔2017〕134号` ⏎ `关于…的请示`, outside116 07)
  if (!title && !letterheads.length && i + 2 < lines.length && isIssuerLine(lines[i].text) && DOC_NUMBER_LINE.test(lines[i + 1].text) && isTitleLike(lines[i + 2].text)) letterheads.push(lines[i++])
  // Reposting sites and some gov pages print the 字号 first, the title under it; some print a
  // heading line `字号《title》` or `《title》` above the document.
  const quotedTitle = !title && lines[i] ? QUOTED_TITLE_LINE.exec(lines[i].text) : null
  if (quotedTitle && isStrongTitle(quotedTitle[2])) {
    const l = lines[i]
    const open = l.start + (quotedTitle[1]?.length ?? 0)
    if (quotedTitle[1]) numberFirst = { start: l.start, end: open, text: quotedTitle[1] }
    title = { text: unnestedTitle(quotedTitle[2]), start: open + 1, end: l.end - 1 }
    i++
  }
  if (!title && lines[i + 1] && isNumberLine(lines[i].text) && (isTitleLike(lines[i + 1].text) || findTitleBelow(lines, i + 1)?.start === i + 1)) numberFirst = lines[i++]
  // (the 版头's red rule printed as a row of box-drawing characters between the 字号 and the title, outside32 page 03)
  else if (!title && lines[i + 2] && DOC_NUMBER_LINE.test(lines[i].text) && RED_RULE.test(lines[i + 1].text) && (isTitleLike(lines[i + 2].text) || findTitleBelow(lines, i + 2)?.start === i + 2)) {
    numberFirst = lines[i]
    i += 2
  }
  // (a site's breadcrumb alone on its line, naming the page's category: `专项规划 > 政府印发的专项规划`, outside146 02)
  if (!title && lines[i + 1] && isArrowBreadcrumb(lines[i].text)) {
    diags.add(view, 'info', 'header-lines-skipped', "Skipped the site's breadcrumb above the title", lines[i].start, lines[i].end)
    i++
  }
  // a site's page heading above the document's own title (`山东省财政厅大学生创业引领计划` over
  // `山东省人民政府办公厅` / `转发…` / `关于…` / `…的通知` / `鲁政办发〔2010〕21号`)
  if (!title && lines[i] && titleUnderPageHeading(lines, i)) {
    diags.add(view, 'info', 'header-lines-skipped', 'Skipped 1 line(s) above the title', lines[i].start, lines[i].end)
    i++
  }
  // (a site's category word over a law's page: the title is the line its first chapter or article stands under)
  const lawTitle = !title && lines[i] ? lawTitleUnderHeading(lines, i) : -1
  if (lawTitle > i) {
    diags.add(view, 'info', 'header-lines-skipped', `Skipped ${lawTitle - i} line(s) above the title`, lines[i].start, lines[lawTitle - 1].end)
    i = lawTitle
  }
  // (a law's history parenthesis under a line or two of a site's chrome, no title and no sentence: a hot-topics row, a
  // stamp with its hit count, outside136 04: the chrome is passed)
  const historyAt = !title && !header ? historyUnderChrome(lines, i) : -1
  if (historyAt > i) {
    diags.add(view, 'info', 'header-lines-skipped', `Skipped ${historyAt - i} line(s) above the history parenthesis`, lines[i].start, lines[historyAt - 1].end)
    i = historyAt
  }
  // (a law's page cut above its title, opening with its history parenthesis: no title line is printed; the
  // history is read by the body, outside29 09)
  const cutAboveHistory = !title && !header && lines[i] && /^[（(]/.test(lines[i].text) && findHistory(lines, i, lines.length) !== null
  // (a law site's page opening with the sentence that publishes the law, its signer and date, then the law's title)
  let headless = !title && lines[i] && !cutAboveHistory ? findHeadlessPromulgation(lines, i, lines.length) : null
  // (or with its announcement's heading under a line or two of a site's chrome: `首页 |` ⏎ `江苏省人大常委会公告` ⏎
  // `第 102 号` ⏎ the sentence …, outside109 02; only a block with its heading, which names it, past chrome of no sentence)
  for (let k = i + 1; !title && !headless && !cutAboveHistory && k <= i + 2 && lines[k] && SITE_CHROME_LINE.test(lines[k - 1].text); k++) {
    const found = findHeadlessPromulgation(lines, k, lines.length)
    // (a title printed under the block: the lines passed may be the law's own title, `…暂行办法` ⏎ `…人民政府` ⏎ `省政府令[2001]第3号`)
    if (found?.heading.length && found.title) {
      diags.add(view, 'info', 'header-lines-skipped', `Skipped ${k - i} line(s) above the announcement`, lines[i].start, lines[k - 1].end)
      headless = found
    }
  }
  if (headless) {
    const quoted = headless.quotedTitle
    title = headless.title ? titleSpan(lines, headless.title.start, headless.title.end) : { text: unnestedTitle(quoted!.text), start: quoted!.start, end: quoted!.end }
    i = headless.next
  } else if (cutAboveHistory) {
    diags.add(view, 'info', 'title-not-found', 'The page opens with a history parenthesis: no title line is printed', lines[i].start, lines[i].end)
  } else if (
    !title &&
    lines[i] &&
    !opensNumberedHistory(lines[i].text) &&
    // (a label row glued by normalization is no title though it ends in a genre word: `索引号…信息分类信息公开制度`)
    !opensWithRowLabel(lines[i]) &&
    (isTitleLike(lines[i].text) ||
      isAddressedTitle(lines, i) ||
      (lines[i].text.length <= 80 && /\p{Script=Han}/u.test(lines[i].text) && !/[。；]/.test(lines[i].text) && findHistory(lines, i + 1, lines.length)))
  ) {
    // a title line, or a line a law's amendment history stands under (a line of words: the dash a law site
    // prints between its history entries, `-` / `4. 中华民国112年…令修正发布…`, names nothing); a title broken after 关于
    // (`省人民政府关于` / `进一步优化营商环境的若干意见`) goes on over the next lines
    const end = statusContinuation(lines, issuedContinuation(lines, i, titleContinuation(lines, i)))
    title = titleSpan(lines, i, end)
    i = end + 1
  } else if (!title) {
    // An unknown header line does not end the search: the title may stand a few lines down.
    const below = findTitleBelow(lines, i) ?? (header ? null : (titleUnderFullTextLead(lines, i) ?? findTitleFar(lines, i) ?? titleAboveSiteLabels(lines, i) ?? headUnderNews(lines, i)))
    // (a repost site's heading `字号《title》` under a line of chrome, a spam line or a menu: read as at the top)
    const quoted = below && below.start === below.end ? QUOTED_TITLE_LINE.exec(lines[below.start].text) : null
    if (below && quoted && isStrongTitle(quoted[2])) {
      if (below.start > i) diags.add(view, 'info', 'header-lines-skipped', `Skipped ${below.start - i} line(s) above the title`, lines[i].start, lines[below.start - 1].end)
      const l = lines[below.start]
      const open = l.start + (quoted[1]?.length ?? 0)
      if (quoted[1]) numberFirst = { start: l.start, end: open, text: quoted[1] }
      title = { text: unnestedTitle(quoted[2]), start: open + 1, end: l.end - 1 }
      i = below.start + 1
    } else if (below) {
      // (the line found is a page's breadcrumb printed apart before the title, the title then printed alone under it:
      // `梅州市人民政府门户网站 梅州市文化广电旅游局 部门文件 梅州市旅游突发事件应急预案` ⏎ `梅州市旅游突发事件应急预案`, outside87 06)
      const lower = below.start === below.end ? lines[below.start + 1] : undefined
      if (lower && crumbsBeforeTitle(lines[below.start], lower.text, view)) below.start = below.end = below.start + 1
      // (the line found is the site's page heading, the document's own title under it past the stamp and the 字号, outside224 05)
      const underHeading = below.start === below.end ? titleUnderPageHeading(lines, below.start) : null
      if (underHeading) Object.assign(below, underHeading)
      if (below.start > i) diags.add(view, 'info', 'header-lines-skipped', `Skipped ${below.start - i} line(s) above the title`, lines[i].start, lines[below.start - 1].end)
      // (the 字号 a 版头 prints under its organ lines, above the title: findTitleBelow passed it)
      for (let k = i; k < below.start && !numberFirst; k++) if (isNumberLine(lines[k].text)) numberFirst = lines[k]
      below.end = statusContinuation(lines, issuedContinuation(lines, below.start, below.end))
      title = titleSpan(lines, below.start, below.end)
      i = below.end + 1
    } else if (!header && (lead = releaseLead(lines, i))) {
      // (a page with no title of its own under a lead releasing it: `X印发《Y》，内容如下。`)
      if (lead.line > i) diags.add(view, 'info', 'header-lines-skipped', `Skipped ${lead.line - i} line(s) above the release lead`, lines[i].start, lines[lead.line - 1].end)
      title = lead.title
      i = lead.line + 1
    } else if (!header && lines[0]) {
      diags.add(view, 'info', 'title-not-found', 'No title line found at the top of the document', lines[0].start, lines[0].end)
    }
  }
  // (a sharing site's name for the file over the document's own fuller title: `潍坊政务公开工作要点实施方案` ⏎
  // `潍坊市2017年政务公开工作要点实施方案`, outside105 08 — the name's words, in order, within the title's; or a
  // news site's shortened headline over its stamp, then the title: `山东实施国家“十一五”文化发展规划纲要意见` ⏎
  // `来源:中国山东 更新时间:2012-04-14` ⏎ `山东省实施《国家“十一五”时期文化发展规划纲要》的意见`, outside138 03)
  // (the title search passes such a stamp)
  const titleLine = lines[i - 1] && isStampLine(lines[i - 1].text) ? lines[i - 2] : lines[i - 1]
  const fuller = title && !labelledTitle && lines[i] && titleLine?.end === title.end && titleLine.start === title.start ? lines[i] : null
  if (title && fuller && fullerTitle(title.text, fuller.text)) {
    diags.add(view, 'info', 'header-lines-skipped', 'Skipped a short name printed over the fuller title', title.start, title.end)
    title = { text: fuller.text, start: fuller.start, end: fuller.end }
    i++
  }
  // (a label table's 标题 holding the title whole over a title line cut after its issuing verb, outside191 02)
  const labels = header ?? topTable
  const labelWhole = title && labels && !labelledTitle ? labelHoldsTitleWhole(labels, title) : undefined
  // (the printed line's start still anchors the site's table read around it: its 发文字号 row is under the label's title)
  const printedStart = title?.start
  if (labelWhole) {
    diags.add(view, 'info', 'title-from-label', 'Took the title from the label table: the title line prints only its tail', title!.start, title!.end)
    title = labelWhole
  }
  let statusNote: Line | undefined
  let validityMark: string | undefined
  if (title) {
    const repaired = repairTitle(title, numberFirst, view, diags)
    ;({ title, numberFirst } = repaired)
    labelledTitle ||= repaired.labelled
    statusNote = repaired.statusNote
    validityMark = repaired.validityMark
  }
  // a plan's period printed on the line under its title, as a cover sets it (`…矿产资源规划` ⏎ `(2016—2020年)`,
  // outside68 06): the title's, as a nested plan's title takes it (withPeriodLine)
  const lineUnderTitle = title && !labelledTitle && lines[i] && lines[i - 1]?.end === title.end && !/[)）]$/.test(title.text) ? lines[i] : null
  const periodUnder = lineUnderTitle ? periodLine(lineUnderTitle.text) : null
  // (or glued before the preamble, `(2021-2025年)为贯彻…`: the title takes it, the line stays the body's)
  const periodOpeningUnder = lineUnderTitle && !periodUnder ? periodOpening(lineUnderTitle.text) : null
  if (title && periodUnder) {
    title = { ...title, text: title.text + periodUnder, end: lines[i].end }
    i++
  } else if (title && periodOpeningUnder) title = { ...title, text: title.text + periodOpeningUnder }
  // (or under the title printed again past the site's stamp printed a cell to a line: `作者：` ⏎ `来源：…` ⏎
  // `日期：2019-10-15` ⏎ the title ⏎ `(2011-2020年)`, outside107 02: the title takes it, its span stays the first printing's)
  const stampedRepeat = lineUnderTitle && !periodUnder && !periodOpeningUnder ? stampCellsEnd(lines, i, Math.min(lines.length, i + 8)) : i
  const repeatPeriod = stampedRepeat > i && lines[stampedRepeat + 1] && titleKey(lines[stampedRepeat].text) === titleKey(title!.text) ? periodLine(lines[stampedRepeat + 1].text) : null
  if (title && repeatPeriod) {
    diags.add(
      view,
      'info',
      'stamp-cells-skipped',
      `Skipped a site's stamp printed one cell to a line (${stampedRepeat - i} lines) and the title printed again`,
      lines[i].start,
      lines[stampedRepeat].end,
    )
    title = { ...title, text: title.text + repeatPeriod }
    i = stampedRepeat + 2
  }
  // A site's label table printed around the title in a form no header reader takes (cells glued
  // on one line, `|` borders, labels without colon): its cells fill what title and 落款 leave.
  const siteHeader = title ? siteTable(lines, labelWhole ? printedStart! : title.start, i) : null
  // (a header read above the title may leave a cell printed under it: `发布日期：2023-03-03 09:37`)
  if (header && siteHeader)
    for (const [label, value] of Object.entries(siteHeader.fields))
      if (!(label in header.fields) && siteHeader.spans[label]) {
        header.fields[label] = value
        header.spans[label] = siteHeader.spans[label]
      }
  // (the label cells it read under the title are no body: `发布时间：…信息来源：…`)
  if (siteHeader && title) while (i < lines.length && lines[i].start >= title.end && lines[i].end <= siteHeader.end) i++
  // (a portal's page heading, perhaps over its stamp, then the notice's own title issuing it: the notice is the document)
  // (the heading printed again under a header that labels it, `名称：…`, and the site's stamp under that, may stand between)
  let under = i
  if (title && header && lines[under] && titleKey(lines[under].text) === titleKey(title.text)) under++
  while (title && header && under < i + 4 && lines[under] && siteLabelCells(lines[under]).length > 0 && !isStrongTitle(lines[under].text)) under++
  // (or the portal's stamp alone between the heading and the notice, `【发布时间:…】 【来源:…】`, outside88 04)
  if (title && under === i && lines[under] && isStampLine(lines[under].text)) under++
  // (or a law library's label table printed a cell to a line, each closed by its border — `颁布机构：|` ⏎ `江西省政府|` ⏎
  // … — perhaps twice, between the heading naming the issued plan and the notice's own title, outside185 05)
  if (title && under === i) under = pastBorderedCells(lines, i)
  const ownHead = title ? underOwnHead(lines, under, title) : undefined
  // (or the document's own printing of the heading, its organ before the 关于, perhaps under the 字号: outside92 06)
  const organPrinting = title ? organPrintingUnder(lines, under, title) : undefined
  const issuing = title
    ? (issuingTitleUnder(lines, i, title) ??
      (under > i ? issuingTitleUnder(lines, under, title) : undefined) ??
      ownHead?.title ??
      organPrinting?.title ??
      addressedTitleUnder(lines, i, title) ??
      continuedPrintingUnder(lines, i, title))
    : undefined
  // (the 版头's 发文机关标志 it was found under names the issuer: `湖北省人民政府文件` over a title naming `省人民政府`)
  if (issuing && ownHead && issuing === ownHead.title) letterheads.push(ownHead.letterhead)
  // (the heading it replaces, where the portal's stamp under it is looked for)
  let replacedHeading: Segment['title'] = null
  if (issuing) {
    diags.add(view, 'info', 'header-lines-skipped', 'Skipped the page heading above the issuing title', title!.start, title!.end)
    replacedHeading = title
    // (past its last line: the notice's title may be broken over lines)
    i = lines.findIndex((l) => l.end >= issuing.end) + 1
    title = issuing
  }
  let issuerLine: Line | undefined
  let datedIssuerLine: Line | undefined
  let repostNumber: Line | undefined
  // A title printed again in the body, possibly broken over lines, or with digits lost; reposting
  // sites print it up to three times around an issuer line.
  if (title) {
    const repost = skipRepostLines(lines, i, title, labelledTitle)
    i = repost.next
    title = repost.title
    issuerLine = repost.issuerLine
    datedIssuerLine = repost.datedIssuerLine
    repostNumber = repost.docNumberLine
  }
  // (a flattened page's 字号 glued before the 主送 a few lines under the title, past a site's tag and label row:
  // `关于印发…的通知` ⏎ `政策` ⏎ `发布部门:… 发布时间:…` ⏎ `东丽政发〔2011〕20号各街乡,…:《…》…`, outside93 04)
  for (let k = i; title && !repostNumber && !numberFirst && k < Math.min(lines.length, i + GLUED_NUMBER_DEPTH); k++) {
    const glued = numberGluedBeforeAddressees(lines[k].text)
    if (!glued) continue
    const l = lines[k]
    repostNumber = { start: l.start + glued.at, end: l.start + glued.end, text: l.text.slice(glued.at, glued.end) }
    lines[k] = { start: l.start + glued.end, end: l.end, text: l.text.slice(glued.end) }
  }
  while (i < lines.length && isExportLine(lines[i])) i++
  // Export lines (原文链接, 法宝引证码) may also close the file.
  let end = lines.length
  while (end > i && isExportLine(lines[end - 1])) end--
  // A site's column table printed after the text (header row, value rows, a comment box) closes the page.
  const tail = header || siteHeader || topTable ? null : trailingColumnTable(lines, i, end)
  if (tail) {
    diags.add(view, 'info', 'header-lines-skipped', `Read the site's table after the text (${end - tail.start} line(s))`, lines[tail.start].start, lines[end - 1].end)
    end = tail.start
  }
  // The 版记 closes the whole document, after any attachment: cut it off first.
  const colophon = findColophon(lines, i, end)
  const root = segmentBody(lines, i, colophon ? colophon.start : end, view, diags, title?.text ?? null)
  if (colophon) root.colophon = colophon
  if (headless && !root.promulgation) {
    root.promulgation = { heading: headless.heading, sentence: headless.sentence, organ: headless.organ, number: headless.number, date: headless.signature.date }
    root.signature ??= headless.signature
  }
  if (issuerLine && !root.issuerLine) root.issuerLine = issuerLine
  if (lead && !root.headingOrgans) root.headingOrgans = lead.organs
  if (datedIssuerLine) root.datedIssuerLine = datedIssuerLine
  if (repostNumber && !root.docNumberLine) root.docNumberLine = repostNumber
  if (numberFirst && !root.docNumberLine) root.docNumberLine = numberFirst
  if (issuing && issuing === organPrinting?.title && organPrinting.docNumberLine && !root.docNumberLine) root.docNumberLine = organPrinting.docNumberLine
  if (statusNote) root.statusNote = statusNote
  if (validityMark) root.validityMark = validityMark
  if (letterheads.length) root.letterheads = letterheads
  root.header = header ?? siteHeader ?? topTable ?? tail?.header ?? null
  // (a page headed by the name of the plan its notice issues, the notice printing no title of its own: the heading is the
  // site's — the notice, signed above the plan, is the document, and the plan its nested text, outside46 02)
  const issuedTitle = root.documents[0]?.title
  let headlined: string | null = null
  if (title && root.signature && issuedTitle && titleKey(issuedTitle.text) === titleKey(title.text)) {
    diags.add(view, 'info', 'header-lines-skipped', 'The page heading names the plan the notice issues: the notice prints no title', title.start, title.end)
    root.pageHeading = title
    root.title = null
  } else if (title && (headlined = issuedUnderHeadline(title.text, root))) {
    // (a site's headline naming the notice that issued the text printed under it, the notice itself not printed —
    // no 主送, no issuing sentence, no 落款: the page is the issued text, its genre the one the headline quotes;
    // outside77 02, outside81 07)
    diags.add(view, 'info', 'header-lines-skipped', 'The page heading names the notice that issued the text under it: the text prints no title', title.start, title.end)
    root.pageHeading = title
    root.issuedAs = headlined
    root.title = null
  } else {
    root.title = title
    if (replacedHeading) root.pageHeading = replacedHeading
  }
  root.start = 0
  root.end = view.text.length
  return root
}

/** The most lines of a label table printed a cell to a line that the search for the notice's own title looks past. */
const BORDERED_CELLS_MAX = 40
/** A cell of a label table printed alone on its line and closed by its border: a label (`颁布机构：|`) or a short value (`2011/11/18 |`). */
const BORDERED_CELL = /^[^。；，,|｜]{1,24}[|｜]$/

/** The line after a run of at least four bordered cells from `i` (`颁布机构：|` ⏎ `江西省政府|` ⏎ …), or `i`. */
function pastBorderedCells(lines: Line[], i: number): number {
  let k = i
  while (k < lines.length && k - i < BORDERED_CELLS_MAX && (BORDERED_CELL.test(lines[k].text) || !lines[k].text.trim())) k++
  return k - i >= 4 ? k : i
}

/** How many lines of a site's chrome may stand above a law's history parenthesis that opens its page. */
const CHROME_ABOVE_HISTORY = 2

/**
 * The line of a law's history parenthesis (`（2000年9月27日…会议通过）`) under at most CHROME_ABOVE_HISTORY lines of a
 * site's chrome, none a title or a sentence; `i` when line `i` opens the parenthesis itself or none is found.
 */
function historyUnderChrome(lines: Line[], i: number): number {
  for (let k = i; k <= i + CHROME_ABOVE_HISTORY && lines[k]; k++) {
    if (/^[（(]/.test(lines[k].text) && findHistory(lines, k, lines.length) !== null) return k
    if (/[。；]/.test(lines[k].text) || isTitleLike(lines[k].text)) return i
  }
  return i
}

/** How many of the body's first lines are searched for the issuing sentence of a notice the headline names. */
const ISSUING_REACH = 6

/**
 * The name a title quotes when it names a notice issuing that text (`关于印发《X规划》的通知`) and heads no notice at all:
 * nothing of the notice is printed under it — no 主送, 字号, issuing sentence or 落款 — and no nested text was found, only
 * a body. Null otherwise.
 */
function issuedUnderHeadline(title: string, root: Segment): string | null {
  const name = /通知$/.test(title) && hasIssuingVerb(title) ? quotedNames(title)[0] : undefined
  if (!name || !genreOf(name)) return null
  if (root.signature || root.addressees || root.docNumberLine || root.documents.length || root.header || !root.body.length) return null
  return root.body.slice(0, ISSUING_REACH).some((l) => hasIssuingVerb(l.text) && /《|现将|现印发|现转发/.test(l.text)) ? null : name
}

/** A heading line that quotes the title, the 字号 perhaps glued before it: `京政办发〔2016〕26号《…的通知》`. */
/** The fewest characters of crumbs a page prints apart before the title it then prints alone under them. */
const CRUMBS_MIN = 4

/**
 * Does `line` end with `title` printed apart from crumbs before it (`…门户网站 …局 部门文件 ` + title)? The title a strong one,
 * the crumbs no sentence and separated from it by a space in the input (so `2024年中华人民共和国国务院政府工作报告` over
 * `政府工作报告` is no such line: its year and organ are the title's).
 */
function crumbsBeforeTitle(line: Line, title: string, view: MappedText): boolean {
  const crumbs = line.text.length - title.length
  if (crumbs < CRUMBS_MIN || !line.text.endsWith(title) || !isStrongTitle(title) || /[。；，：:]/.test(line.text.slice(0, crumbs))) return false
  const before = view.source.text[view.originalStart(line.start + crumbs) - 1]
  return before !== undefined && /\s/.test(before)
}

/** How many lines under the title a 字号 glued before the 主送 may stand (past a site's tag and label row). */
const GLUED_NUMBER_DEPTH = 3
const QUOTED_TITLE_LINE = /^([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)?《([^《》]{4,150})》$/

/** The most short lines of a site (its stamp, an empty label) between a page heading and the document's own 版头. */
const SITE_LINES_OVER_HEAD = 4

/** An issuing verb of grammars/signature.json closing a title's head (`…办公厅关于印发`): what a title line cut above its issued name lost. */
const ISSUING_HEAD_END = new RegExp(`(?:${wordAlternation(sig.issuingVerbs)})$`)

/**
 * The label table's title when the title line printed under it is only its tail, cut after the issuing verb (`標題 |
 * 內蒙古自治區人民政府辦公廳關于印發2016年度水污染防治計劃的通知` over `2016年度水污染防治計劃的通知`, outside191 02): the
 * label holds it whole. Undefined otherwise: a label that shortens or renames the title does not replace the printing.
 */
function labelHoldsTitleWhole(header: NonNullable<Segment['header']>, printed: NonNullable<Segment['title']>): NonNullable<Segment['title']> | undefined {
  const label = Object.keys(header.fields).find((l) => fieldOf(l) === 'title' && header.fields[l] && header.spans[l])
  const labelled = label ? header.fields[label].trim() : ''
  const tail = printed.text.trim()
  if (!label || labelled.length <= tail.length || !labelled.endsWith(tail)) return undefined
  const head = labelled.slice(0, labelled.length - tail.length)
  if (!ISSUING_HEAD_END.test(head) || aboutAt(head) <= 0) return undefined
  const span = header.spans[label]
  const at = header.fields[label].indexOf(labelled)
  return { text: labelled, start: span.start + at, end: span.start + at + labelled.length }
}

/**
 * The issuing notice's title under the document's own 版头, printed below a portal's heading that names what the notice
 * issues, past a few short lines of the site (`湖北省土壤污染防治行动计划工作方案 鄂政发〔2016〕85号` / `2017-11-13 1031` /
 * `发文时间:` / `湖北省人民政府文件` / `鄂政发[2016]85 号` / `省人民政府关于印发…的通知`, outside91 08): its 发文机关标志,
 * perhaps its 字号 and red rule, then the title. Undefined when no letterhead stands there.
 */
function underOwnHead(lines: Line[], from: number, heading: NonNullable<Segment['title']>): { title: NonNullable<Segment['title']>; letterhead: Line } | undefined {
  for (let k = from; k < Math.min(lines.length, from + SITE_LINES_OVER_HEAD + 1); k++) {
    const t = lines[k].text
    if (!isLetterhead(t)) {
      if (t.length > 20 || /[。；]/.test(t)) return undefined
      continue
    }
    let j = k + 1
    if (lines[j] && DOC_NUMBER_LINE.test(lines[j].text)) j++
    if (lines[j] && RED_RULE.test(lines[j].text)) j++
    const title = issuingTitleUnder(lines, j, heading)
    return title ? { title, letterhead: lines[k] } : undefined
  }
  return undefined
}

/**
 * Is `lower` the fuller printing of the title `upper` (a sharing site's name for the file over the document's own
 * title)? Both strong titles of the same genre, `lower` longer, and every character of `upper` in it, in order.
 */
function fullerTitle(upper: string, lower: string): boolean {
  if (lower.length <= upper.length || lower.length > upper.length + 12 || !isStrongTitle(lower)) return false
  const genre = genreOf(upper)
  if (!genre || genreOf(lower) !== genre) return false
  let k = 0
  for (const ch of lower) if (ch === upper[k]) k++
  return k === upper.length
}
