/**
 * The title printed again under itself: reposting sites print it up to four times, around an issuer
 * line and a 字号, and a law database may print the issuing notice's own title under the law's.
 */
import genres from '../../grammars/genres.json' with { type: 'json' }
import sig from '../../grammars/signature.json' with { type: 'json' }
import { inAliasForm } from './organ-aliases.js'
import type { Line } from '../normalize/lines.js'
import { cnNumber } from '../text/numerals.js'
import { wordAlternation } from '../text/regexp.js'
import { DOC_NUMBER_LINE, isNumberLine } from './docnumber.js'
import { aboutAt, forwardingAt, genreOf } from '../text/genre.js'
import { versionTagLength } from './history.js'
import { CLOSING_EDITION } from './period.js'
import { headingBeforeTitle } from './promulgation.js'
import { placeOf } from './repost.js'
import { hasIssuingVerb, isIssuerLine } from './signature.js'
import { isAddresseeLine, organOverAboutLine, titleContinuation, titleKey, titleKeyNoDigits, titleSpan, isLetterhead, isStrongTitle, LETTERHEAD_WORD, RED_RULE, type TitleSpan } from './title-lines.js'

/** A cover's date: a year and month, no day (`2021 年 5 月`; a PDF text may lose the 月: `2015年12`). */
const COVER_MONTH = /^(?:19|20)\d{2}\s*年\s*(?:1[0-2]|0?[1-9])\s*月?$/

/** A law site's date and issuing department on one line under the title (`1990年3月10日,铁道部`). */
const DATED_ISSUER = /^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[，,]\s*([^，,。]{2,30})$/

/** The date of a `1990年3月10日,铁道部` line, when its second part is an organ. */
export function datedIssuerDate(text: string): string | null {
  const m = DATED_ISSUER.exec(text.trim())
  return m && isIssuerLine(m[2]) ? m[1] : null
}

/** A title's key with each organ word in its alias group's first form (grammars/units/aliases.json: 政府 → 人民政府). */
const aliasKey = (t: string) => inAliasForm(titleKey(t))

/**
 * A headline's teaser before the title it quotes: a few words closed by an exclamation mark or a colon (`重磅！`,
 * `市域、城市轨道交通！`), or a site's column word closed by a bar (`意見|省人民政府關於…的意見`, outside227 06).
 */
const HEADLINE_TEASER = /^[^！!：:。，,《》|｜]{2,20}[！!：:|｜]/

/**
 * A news headline quoting the title with an issuing verb of grammars/signature.json before or after it
 * (`《六安市水污染防治工作方案》印发`, `省政府印发《…》`): the title quoted, or null.
 */
const QUOTED_HEADLINE = new RegExp(`^(?:[^《》]{0,16}?(?:${wordAlternation(sig.issuingVerbs)}))?《([^《》]{4,80})》(?:[^《》]{0,6}?(?:${wordAlternation(sig.issuingVerbs)}))?$`)

/** A 索引号 value printed alone, without its label (`HHCR-2023-01005`, `11371500MB28359259/2020-4403973`). */
const INDEX_NUMBER_LINE = /^(?=.*\d)[A-Z0-9]{2,24}[-/][A-Z0-9][A-Z0-9\-/]{3,40}$/

/** An organ's name and the verb saying it made the text, alone on a line under a title (`上海市崇明区人民政府制定`). */
const MADE_BY = /^([\u4e00-\u9fff（）]{4,28})(?:制定|编制|制订)$/

/** A 版头 line that is neither issuer nor 字号: the document's class or its signer (`类别：A`, `签发人：某某`). */
const HEAD_MARK_LINE = /^(?:类别|類別|签发人|簽發人)[：:]\s*\S{1,10}$/

/**
 * The lines a reposting site (a law database's page) prints under the title: the title again,
 * an issuer line, the title a third time, and sometimes the issuing notice's own title, which
 * quotes the first (`信息系统工程监理暂行规定` / `信息产业部` / `关于发布《信息系统工程监理暂行规定》的通知`):
 * that notice is the document. An issuer line counts only when a title follows it. A title read from a label
 * table's cell (`labelled`) that opens with 关于 takes the organ line the document prints above it.
 */
export function skipRepostLines(lines: Line[], from: number, title: TitleSpan, labelled = false): { next: number; title: TitleSpan; issuerLine?: Line; docNumberLine?: Line; datedIssuerLine?: Line } {
  let i = skipTitleRepeat(lines, from, title.text)
  // (a sharing site's card over the document: its heading, a link word, then the document's own printing)
  const printing = i === from ? (ownPrintingPastLink(lines, from, title.text) ?? ownPrintingPastChrome(lines, from, title.text)) : undefined
  if (printing) ({ title, next: i } = printing)
  // (a law site's page head names the issuer by its short name, the document prints its own title under
  // the labels with the full one: `安徽省政府关于…的通知` / `【发布日期】…` / `安徽省人民政府关于…的通知`; the printed is the title)
  const own = i === from ? lines[from] : undefined
  if (own && own.text.length > title.text.length && isStrongTitle(own.text) && aliasKey(own.text) === aliasKey(title.text)) {
    title = { text: own.text, start: own.start, end: own.end }
    i = from + 1
  } else if (own) {
    // (the printed title broken over two or three lines: `安徽省人民政府关于印发《安徽省妇女发展纲要》` / `和《…》的通知`, outside111 03)
    const broken = fullerTitleOver(lines, from, title.text)
    if (broken) {
      title = broken.title
      i = broken.next
    }
  }
  // a reposting site's headline leads the title with a teaser closed by ！ or ： and prints the title alone
  // under it (`市域、城市轨道交通！天津市综合交通运输“十四五”规划全文` / `天津市综合交通运输“十四五”规划`, outside49 01):
  // the line under it is the title
  const teaser = i === from && own ? HEADLINE_TEASER.exec(title.text) : null
  if (teaser && own && isStrongTitle(own.text) && titleKey(own.text) === titleKey(title.text.slice(teaser[0].length))) {
    title = { text: own.text, start: own.start, end: own.end }
    i = from + 1
  }
  // a news headline quoting the title with its issuing verb (`《六安市水污染防治工作方案》印发`), the site's stamp under it,
  // then the title printed alone (outside53 03): the printed line is the title
  const headline = i === from && own ? QUOTED_HEADLINE.exec(title.text) : null
  if (headline && own && hasIssuingVerb(title.text.replace(`《${headline[1]}》`, '')) && isStrongTitle(own.text) && titleKey(own.text) === titleKey(headline[1])) {
    title = { text: own.text, start: own.start, end: own.end }
    i = from + 1
  }
  // (a page prints it a third or fourth time, perhaps broken over lines: `…的意见` / `…的意见` / `湖南省人民政府关于` / `落实…的意见`)
  for (let n = 0, again = skipTitleRepeat(lines, i, title.text); n < 2 && i > from && again > i; n++, again = skipTitleRepeat(lines, i, title.text)) i = again
  // a printing that reads as a title where the first did not (a stray digit after the genre word,
  // `…的通知0`) is the title
  if (i === from + 1 && !genreOf(title.text) && genreOf(lines[from].text) && isStrongTitle(lines[from].text)) title = { text: lines[from].text, start: lines[from].start, end: lines[from].end }
  let issuerLine: Line | undefined
  let docNumberLine: Line | undefined
  // (the document's own 版头 printed under a page heading: its 发文机关标志, `中共海南省委文件`, outside90 05)
  let ownHead = false
  for (let n = 0; n < 5 && i + 1 < lines.length; n++) {
    const t = lines[i].text
    // the 版头's class and 签发人 lines around its issuer line (`类别:B` / `西安市某局` / `签发人:某某` / 字号; outside29 03)
    if (HEAD_MARK_LINE.test(t)) {
      i++
      continue
    }
    if (!issuerLine && !ownHead && !docNumberLine && isLetterhead(t)) {
      ownHead = true
      i++
      continue
    }
    // a site's index number alone on its line (`HHCR-2023-01005`) before the 字号 and the title's printing
    if (!docNumberLine && INDEX_NUMBER_LINE.test(t) && DOC_NUMBER_LINE.test(lines[i + 1].text)) {
      i++
      continue
    }
    // the 字号 printed between two printings of the title
    if (!docNumberLine && DOC_NUMBER_LINE.test(t)) {
      const after = skipTitleRepeat(lines, i + 1, title.text)
      // (under its 版头 the 字号 stands over the organ line the title is printed under: `琼发[2004]16号` /
      // `中共海南省委海南省人民政府` / `关于加快…的指导意见`)
      if (after === i + 1 && ownHead && isIssuerLine(lines[i + 1].text) && skipTitleRepeat(lines, i + 2, title.text) > i + 2) {
        docNumberLine = lines[i]
        i++
        continue
      }
      if (after === i + 1) break
      docNumberLine = lines[i]
      i = after
      continue
    }
    // the issuer line printed again under the last printing of the title
    if (issuerLine && t === issuerLine.text) {
      i++
      continue
    }
    // a plan's line under its title naming the organ that made it (`上海市崇明区人民政府制定`, outside91 01): the organ
    const made = !issuerLine ? MADE_BY.exec(t) : null
    if (made && isIssuerLine(made[1])) {
      issuerLine = { start: lines[i].start, end: lines[i].start + made[1].length, text: made[1] }
      i++
      continue
    }
    // a plan's cover under its title: the compiling organ and a month (`庐江县人民政府` / `2021 年 5 月`)
    if (!issuerLine && COVER_MONTH.test(lines[i + 1].text) && isIssuerLine(t) && t.length <= 30) {
      issuerLine = lines[i]
      i += 2
      continue
    }
    if (issuerLine || !isIssuerLine(t) || t.length > 60) break
    // the issuer line, perhaps the 字号, then the title again
    let m = i + 1
    // (or the 发文机关标志's `文件` printed on its own line under the organ, a PDF's 版头: `新疆维吾尔自治区人民政府` ⏎ `文件`, outside90
    // 07; or the 版头's red rule printed as dashes, outside90 06)
    while (m < lines.length - 1 && m - i < 3 && (HEAD_MARK_LINE.test(lines[m].text) || LETTERHEAD_WORD.test(lines[m].text) || RED_RULE.test(lines[m].text))) m++
    const numbered = !docNumberLine && m + 1 < lines.length && DOC_NUMBER_LINE.test(lines[m].text)
    const k = numbered ? m + 1 : i + 1
    const after = skipTitleRepeat(lines, k, title.text)
    if (after > k) {
      issuerLine = lines[i]
      if (numbered) docNumberLine = lines[m]
      // (a title read from a label table's cell that opens with 关于 is the printed one without its organ: the
      // document prints `吕梁市人民政府办公厅` ⏎ `关于印发…的通知` under the labels, and its title is the two, outside55
      // 06; a repost site's heading printed over the issuer line is the site's, and the title stays as it printed it)
      // (so is one under the document's own 版头, its organ line over the 关于 line as GB/T 9704 sets a title)
      if ((labelled || ownHead) && aboutAt(title.text) === 0 && !numbered) title = { text: lines[i].text + title.text, start: lines[i].start, end: lines[after - 1].end }
      i = after
      continue
    }
    const next = lines[i + 1]
    // (`商务部` ⏎ `商务部令2007年第15号 商业特许经营备案管理办法`: the order publishing the title, read by findPromulgation)
    if (isStrongTitle(next.text) && titleKey(next.text).includes(titleKey(title.text)) && headingBeforeTitle(next.text, title.text) === null) {
      issuerLine = lines[i]
      title = { text: next.text, start: next.start, end: next.end }
      i = skipTitleRepeat(lines, i + 2, next.text)
      continue
    }
    break
  }
  // a law site's date and department under the last printing (`1990年3月10日,铁道部`)
  const datedIssuerLine = i < lines.length && datedIssuerDate(lines[i].text) ? lines[i] : undefined
  if (datedIssuerLine) i++
  return { next: i, title, issuerLine, docNumberLine, datedIssuerLine }
}

/** Lines the document's own title may be broken over. */
const TITLE_LINES_MAX = 3

/** A year in Chinese numerals (`二〇三五年`), read as digits in keys that compare a site's printing with the document's. */
const CN_YEAR = /[〇○零一二三四五六七八九]{4}(?=年)/g
const yearKey = (s: string) => titleKey(s.replace(CN_YEAR, (y) => String(cnNumber(y.replace(/[○零]/g, '〇')) ?? y)))
/** Link words a site's card prints under its heading (grammars/genres.json loneNonTitleWords: `详情`, `正文`). */
const LINK_WORDS = new Set(genres.loneNonTitleWords)
/** A place a site's heading may put before the jurisdiction a title opens with (`沈阳市` before `新民市…`). */
const PLACE_PREFIX = /^[\u4e00-\u9fff]{1,6}?(?:省|市|自治区|自治州|州|盟|地区)$/

/**
 * The document's own printing of its title under a sharing site's card: the site's heading, a link word alone on a line
 * (`详情`), then the title the document prints over up to three lines, the same words but for a year the document writes in
 * Chinese numerals (`…和2035年远景目标纲要` / `详情` / `…国民经济和社会发展` ⏎ `第十四个五年规划和二〇三五年` ⏎ `远景目标纲要`,
 * outside41 07, 151 02, 166 02) or a place the heading adds before it (`沈阳市新民市…`). The printing is the title.
 */
function ownPrintingPastLink(lines: Line[], from: number, heading: string): { title: TitleSpan; next: number } | undefined {
  if (!LINK_WORDS.has(lines[from]?.text.replace(/\s+/g, '') ?? '')) return undefined
  const key = yearKey(heading)
  let text = ''
  for (let k = from + 1; k < Math.min(lines.length, from + 1 + TITLE_LINES_MAX); k++) {
    if (!lines[k].text) return undefined
    text += lines[k].text
    const printed = yearKey(text)
    if (printed.length < 8 || !key.endsWith(printed)) {
      if (key.includes(printed)) continue
      return undefined
    }
    const added = key.slice(0, key.length - printed.length)
    if (added && !PLACE_PREFIX.test(added)) return undefined
    return { title: titleSpan(lines, from + 1, k), next: k + 1 }
  }
  return undefined
}

/** Words a sharing site puts before a file's name (grammars/genres.json titleSharerPrefixes: `完整版`, `最新`). */
const SHARER_PREFIXES = genres.titleSharerPrefixes
const unquoted = (s: string) => s.replace(/[“”"]/g, '')
/** How far under a file's name a sharing page may print its menus and breadcrumb before the document's own title. */
const CHROME_LINES_MAX = 80

/**
 * The document's own printing of its title under a sharing site's file name, past the site's menus and the copied page's
 * breadcrumb, no sentence among them: the same words with the punctuation the file name lost (`黑龙江省环境保护十二五规划`
 * ⏎ … ⏎ `中国污水处理工程网>>行业资料>>正文` ⏎ `黑龙江省环境保护“十二五”规划`, outside180 01) or without the word the
 * site put before the name (`完整版增城区突发地质灾害应急预案` ⏎ `增城区突发地质灾害应急预案`, outside145 02).
 */
function ownPrintingPastChrome(lines: Line[], from: number, heading: string): { title: TitleSpan; next: number } | undefined {
  const key = titleKey(heading)
  const prefix = SHARER_PREFIXES.find((p) => key.startsWith(p))
  for (let k = from; k < Math.min(lines.length, from + CHROME_LINES_MAX); k++) {
    const t = lines[k].text
    if (/[。；]/.test(t)) return undefined
    const printed = titleKey(t)
    // (the same words, only the quotation marks the name lost put back — not a heading quoting the title in 《》)
    const same = printed === key && t.length > heading.length && unquoted(t) === unquoted(heading)
    if ((same || (prefix !== undefined && prefix + printed === key)) && isStrongTitle(t)) return { title: { text: t, start: lines[k].start, end: lines[k].end }, next: k + 1 }
  }
  return undefined
}

/**
 * The document's own title printed under a law site's page head that shortened its organ, broken over lines
 * (`安徽省政府关于印发《…》和《…》的通知` over `安徽省人民政府关于印发《…》` / `和《…》的通知`): the shortest run of
 * lines from `from` whose key, organ words in their full forms, is the heading's and which prints more
 * characters than it. Each line but the last is no title of its own (a title's first line does not end its genre).
 */
function fullerTitleOver(lines: Line[], from: number, heading: string): { title: TitleSpan; next: number } | undefined {
  const key = aliasKey(heading)
  let text = ''
  for (let k = from; k < Math.min(lines.length, from + TITLE_LINES_MAX); k++) {
    if (!lines[k].text) return undefined
    text += lines[k].text
    const joined = aliasKey(text)
    if (!key.startsWith(joined)) return undefined
    if (joined === key) return k > from && text.length > heading.length && isStrongTitle(text) ? { title: { text, start: lines[from].start, end: lines[k].end }, next: k + 1 } : undefined
  }
  return undefined
}

/** How far under a page heading (past the site's stamp and tool lines) the document's own printing of its title may start. */
const CONTINUED_PRINTING_DEPTH = 6
/** The longest line read as the whole title a cut heading began. */
const CONTINUED_TITLE_MAX = 100

/**
 * The document's own title under a page heading that printed only its first line: the heading names no genre, and a few
 * lines under it, past the site's stamp and tools and no sentence, the document prints the same words and goes on over a
 * line or two to its genre (`广西壮族自治区红十字会自然灾害` ⏎ `发布时间:… 来源:…` ⏎ `字体+ | 字体- 分享:` ⏎
 * `广西壮族自治区红十字会自然灾害` ⏎ `应急预案(2011年修订版)`, outside192 05: a cover's title broken over two lines, the
 * portal's heading cut where the cover broke it), or on one line. The printing whole is the title.
 */
export function continuedPrintingUnder(lines: Line[], i: number, heading: TitleSpan): TitleSpan | undefined {
  if (genreOf(heading.text)) return undefined
  const key = titleKey(heading.text)
  if (key.length < 6) return undefined
  for (let j = i; j < Math.min(lines.length, i + CONTINUED_PRINTING_DEPTH); j++) {
    const t = lines[j].text
    if (/[。；;]/.test(t)) return undefined
    // (or prints it whole on one line: `…转发省经信委等部门关于资源节约与环境保护` over `…关于资源节约与环境保护行动计划2010年
    // 实施方案的通知`, outside199 03 — not a flattened summary holding the 主送's colon)
    if (titleKey(t).startsWith(key) && t.length <= CONTINUED_TITLE_MAX && !/[：:]/.test(t) && isStrongTitle(t)) return { text: t, start: lines[j].start, end: lines[j].end }
    if (titleKey(t) !== key) continue
    for (let k = j + 1; k < Math.min(lines.length, j + TITLE_LINES_MAX); k++) {
      const span = titleSpan(lines, j, k)
      if (isStrongTitle(span.text)) return span
      if (/[。；;：:]/.test(lines[k].text)) break
    }
    return undefined
  }
  return undefined
}

/**
 * The issuing notice's own title right under a portal's page heading and the site's stamp it printed
 * between them (`数字威海建设2023年工作要点` / `来源：… 更新时间：2023-09-04` / `威海市人民政府办公室关于印发
 * 数字威海建设2023年工作要点的通知`): a strong 关于 title that issues and holds the heading whole. The
 * heading names the document the notice issues; the notice is the document. Undefined when line `i` is not such a title.
 */
export function issuingTitleUnder(lines: Line[], i: number, heading: TitleSpan): TitleSpan | undefined {
  if (!lines[i]) return undefined
  // (a heading that is itself a 关于 title is the notice printed again, perhaps with its 字号 glued on)
  // (an edition's 修订 is no issuing verb: `北京市防汛应急预案(2019年修订)`)
  const edition = CLOSING_EDITION.test(heading.text)
  if (aboutAt(heading.text) >= 0 || hasIssuingVerb(edition ? heading.text.replace(TRAILING_NOTE, '') : heading.text)) return undefined
  // (the notice's title may be broken over lines: `…办公厅关于印发` ⏎ `《…规划》的通知`, outside88 04)
  // (or set under its organ line, as GB/T 9704 sets a title: `北京市突发事件应急委员会` ⏎ `关于印发…的通知`, outside198 04)
  const underOrgan = lines[i + 1] !== undefined && isIssuerLine(lines[i].text) && aboutAt(lines[i + 1].text) === 0
  const last = titleContinuation(lines, underOrgan ? i + 1 : i)
  const line = last > i ? titleSpan(lines, i, last) : lines[i]
  if (!isStrongTitle(line.text)) return undefined
  const at = aboutAt(line.text)
  // (or a notice that convenes the meeting the heading names: `市政府第8次常务会议（邀请…参会）` over
  // `关于召开市政府第8次常务会议的通知` — the heading's note in brackets is the site's, not the meeting's name)
  const convening = at >= 0 && CONVENING.test(line.text.slice(at))
  if (!convening && (at <= 0 || !hasIssuingVerb(line.text))) return undefined
  // (the heading's edition in brackets may be left out of the name the notice gives the plan it issues: `北京市防汛应急预案(2019年修订)`
  // over `…关于印发北京市防汛应急预案的通知`, outside198 04)
  const key = titleKey(convening || edition ? heading.text.replace(TRAILING_NOTE, '') : heading.text)
  return key.length >= 6 && titleKey(line.text).includes(key) && titleKey(line.text) !== key ? { text: line.text, start: line.start, end: line.end } : undefined
}

/** The name an issuing notice's title quotes (`…关于印发《X》的通知` → X). */
const ISSUED_IN_TITLE = /(?:印发|转发|下发|颁发)《?([^《》]+?)》?的通知$/
/** A site's lead between its headline and the notice's own title, introducing it: it quotes a title or ends `内容如下：`. */
const INTRODUCING_LEAD = /《[^《》]{6,}》|如下[：:]?$/

/**
 * The issuing notice's own title, its 主送 under it, right under a site's headline that names what it issues another way —
 * with another organ (`江西省人民政府关于印发…规划的通知` over `…人民政府办公厅关于印发…规划的通知`) or as news with the
 * 字号 glued on (`市政府办公厅印发…重点工作安排沪府办发〔2015〕16号`) — perhaps past one lead line introducing it
 * (`江西省人民政府发布《…的通知》,内容如下:`; outside155 07, outside153 06). The notice is the document; undefined when
 * lines `i`, `i + 1` hold no such title.
 */
export function addressedTitleUnder(lines: Line[], i: number, heading: TitleSpan): TitleSpan | undefined {
  for (let k = i; k <= i + 1 && lines[k]; k++) {
    if (k > i && !INTRODUCING_LEAD.test(lines[i].text)) return undefined
    const line = lines[k]
    if (!isStrongTitle(line.text) || aboutAt(line.text) <= 0 || !lines[k + 1] || !isAddresseeLine(lines[k + 1].text)) continue
    const issued = ISSUED_IN_TITLE.exec(line.text)?.[1]
    const key = issued ? titleKey(issued) : ''
    if (key.length >= 6 && titleKey(heading.text).includes(key) && titleKey(heading.text) !== titleKey(line.text)) return { text: line.text, start: line.start, end: line.end }
  }
  return undefined
}

/**
 * The document's own printing of a title a site's heading gave from its 关于 on: the organ before 关于, perhaps under
 * the 字号, and the place named `我市` / `本省` where the heading wrote it out (`关于促进天津市电子政务协调发展的实施意见` /
 * `津政办发〔2015〕35号` / `天津市人民政府办公厅关于促进我市电子政务协调发展的实施意见`, outside92 06). The printing
 * is the title, the 字号 passed the document's; undefined when line `i` starts no such printing.
 */
export function organPrintingUnder(lines: Line[], i: number, heading: TitleSpan): { title: TitleSpan; docNumberLine?: Line } | undefined {
  if (aboutAt(heading.text) !== 0) return undefined
  // (the site's date printed alone between them, `2024-05-31`, outside125 07)
  if (lines[i] && BARE_DATE_LINE.test(lines[i].text)) i++
  // (its brackets perhaps lost: `赣市府202217`, outside160 04)
  const docNumberLine = lines[i] && isNumberLine(lines[i].text) ? lines[i] : undefined
  const k = docNumberLine ? i + 1 : i
  // (the organ on a line of its own, the title broken under it: `山西省人民政府办公厅` ⏎ `关于印发…建设规划` ⏎ `(2023-2025年)的通知`)
  const organLine = lines[k] && lines[k + 1] && organOverAboutLine(lines[k].text, lines[k + 1].text)
  const line = organLine ? brokenUnderOrgan(lines, k, heading.text) : lines[k]
  if (!line || !isStrongTitle(line.text)) return undefined
  const at = aboutAt(line.text)
  const organ = at > 0 ? line.text.slice(0, at).trim() : ''
  if (!organ || !isIssuerLine(organ)) return undefined
  const place = placeOf(organ)
  const rest = place ? line.text.slice(at).replace(SELF_PLACE, (w) => (w.endsWith(place.slice(-1)) ? place : w)) : line.text.slice(at)
  return titleKey(rest) === titleKey(heading.text) ? { title: { text: line.text, start: line.start, end: line.end }, docNumberLine } : undefined
}

/** The organ's line `k` and the lines under it that print `heading` again, joined; undefined when they do not. */
function brokenUnderOrgan(lines: Line[], k: number, heading: string): TitleSpan | undefined {
  const want = titleKey(heading)
  let acc = ''
  for (let m = k + 1; m < Math.min(lines.length, k + 4); m++) {
    acc += lines[m].text
    const got = titleKey(acc)
    if (got === want) return titleSpan(lines, k, m)
    if (!want.startsWith(got)) return undefined
  }
  return undefined
}

/** A date alone on a line, as a site prints its posting date: `2024-05-31`, `2024年5月31日`. */
const BARE_DATE_LINE = /^\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)$/

/** A title's word for its own place (grammars/genres.json titleSelfPlace): `我市`, `本省`, `我区`. */
const SELF_PLACE = new RegExp(`(?:${wordAlternation(genres.titleSelfPlace)})[省市区县州旗盟]`, 'g')

/** 关于 and a verb that convenes a meeting (grammars/genres.json conveningTitle): `关于召开…`. */
const CONVENING = new RegExp(`^关于(?:${wordAlternation(genres.conveningTitle)})`)
/** A note in brackets closing a heading: `（邀请市政府法律顾问参会）`. */
const TRAILING_NOTE = /[（(][^（）()]*[）)]$/

function skipTitleRepeat(lines: Line[], i: number, title: string): number {
  const key = titleKey(title)
  const keyLoose = titleKeyNoDigits(title)
  // a repeat may leave out the issuer the first printing opened with (`山东省人民政府办公厅` /
  // `转发…` / `关于…的通知`, then `转发…` / `关于…的通知` again)
  const verb = Math.min(...[aboutAt(title), forwardingAt(title)].map((at) => (at > 0 ? at : title.length)))
  const keyTail = verb < title.length && title.length - verb >= 10 ? titleKey(title.slice(verb)) : null
  const genre = genreOf(title)
  const keyWithoutGenre = genre && title.endsWith(genre) && title.length - genre.length >= 10 ? titleKey(title.slice(0, -genre.length)) : null
  let acc = ''
  for (let j = i; j < Math.min(lines.length, i + 4); j++) {
    acc += lines[j].text
    const k = titleKey(acc)
    // (a printing with the site's version tag, `…规定(2002年)`, repeats the title too)
    const untagged = titleKey(acc.slice(0, acc.length - versionTagLength(acc)))
    if (k === key || untagged === key || titleKeyNoDigits(acc) === keyLoose || k === keyTail) return j + 1
    // (a printing that lost its closing genre word, the site printing it apart: `关于印发…应急预案的` for `…的通知`,
    // a line of no sentence under it)
    if (k === keyWithoutGenre && (j + 1 >= lines.length || !key.startsWith(titleKey(acc + lines[j + 1].text)))) return j + 1
    if (!key.startsWith(k) && !keyLoose.startsWith(titleKeyNoDigits(acc)) && !keyTail?.startsWith(k)) break
  }
  return i
}
