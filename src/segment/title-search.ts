/**
 * Where the document's own title stands when the first line is not it: a few lines down under short
 * header lines, far down under a site's menus, above a site's label line (a title without a genre
 * word), or under a site's page heading.
 */
import tableColumns from '../../grammars/table-columns.json' with { type: 'json' }
import sig from '../../grammars/signature.json' with { type: 'json' }
import genres from '../../grammars/genres.json' with { type: 'json' }
import headerLabels from '../../grammars/header-labels.json' with { type: 'json' }
import { wordAlternation } from '../text/regexp.js'
import type { Line } from '../normalize/lines.js'
import { opensWithBracketLabel, opensWithRowLabel, siteLabelCells } from './header.js'
import { ACT_NUMBER_TITLE, DOC_NUMBER_LINE, isNumberLine } from './docnumber.js'
import { isStampLine } from './portal-stamp.js'
import { isAttachmentHead } from './attachments.js'
import { isDateLine } from './dates.js'
import { hasIssuingVerb, isIssuerLine } from './signature.js'
import { aboutAt, forwardingAt, genreOf, isTitleLike, opensPurposeClause } from '../text/genre.js'
import {
  isAddresseeLine,
  isLetterhead,
  isStrongTitle,
  isTaggedStrongTitle,
  isGenreLine,
  joinTitle,
  organOverAboutLine,
  titleContinuation,
  titleKey,
  CLAUSE_START,
  LETTERHEAD_WORD,
  RED_RULE,
  TITLE_FRAGMENT,
} from './title-lines.js'

/**
 * A title-like line that names no 关于 or forwarding verb (a site's page heading: a programme or
 * column name ending in a genre word, `…创业引领计划`), over a title of up to four lines that does
 * name 关于, followed within four lines (a repeat of the title between) by its 字号 or 主送: the
 * lower title is the document's. So is a longer title right below that ends with the line's words
 * (the page's short name over the full title). The lower title's lines, or null when line `i` is no such heading.
 */
export function titleUnderPageHeading(lines: Line[], i: number): { start: number; end: number } | null {
  const t = lines[i].text
  if (!isTitleLike(t) || aboutAt(t) >= 0 || forwardingAt(t) >= 0 || t.length > 40) return null
  // (the page's stamp and the 字号 may stand between, one line each: `青海省重大气象灾害应急预案` ⏎ `日期:2016-12-02 时间: 16:27` ⏎
  // `青政办〔2010〕254号` ⏎ `青海省人民政府办公厅` ⏎ `关于印发…的通知`, outside224 05)
  let next = i + 1
  if (lines[next] && isStampLine(lines[next].text)) next++
  const numbered = lines[next] !== undefined && isNumberLine(lines[next].text)
  if (numbered) next++
  const below = findTitleBelow(lines, next)
  if (!below || below.start !== next) return null
  const joined = joinTitle(lines.slice(below.start, below.end + 1))
  // (the page's short name, which the title below ends with: `秘书处工作制度` over
  // `中国国外农业经济研究会秘书处工作制度`, a society's rule under its site's menu entry; one line,
  // so that a law's title over its history line and the title printed again is no short name)
  if (below.start === below.end && joined.length > t.length && joined.endsWith(t) && isStrongTitle(joined)) return below
  // (a title opening with 关于, its organ left to the 落款, only under the 字号: `17号 十三五安全生产规划` ⏎ stamp ⏎
  // `菏定安发〔2016〕17号` ⏎ `关于印发安全生产“十三五”规划的` ⏎ `通    知`, outside254 05)
  if (aboutAt(joined) < 0 || (aboutAt(joined) === 0 && !numbered) || !isStrongTitle(joined)) return null
  for (let k = below.end + 1; k < Math.min(lines.length, below.end + 5); k++) if (DOC_NUMBER_LINE.test(lines[k].text) || isAddresseeLine(lines[k].text)) return below
  return null
}

/** How far under a site's headline a law's own title is looked for (the headline, its stamp, a few lines of blurb). */
const HEADLINE_LAW_LINES = 8

/**
 * A site's headline naming no genre over a law's page, its stamp and a blurb of sentences between (`2016年…实施办法细则全文解读`
 * ⏎ `发布时间:…` ⏎ `《…》是由…整理发布…。` ⏎ `内蒙古自治区殡葬管理暂行规定实施办法` ⏎ `第一条为了…`, outside224 03): the
 * title is the line the law's first chapter or article stands under. Not past a date or an organ's line (a 令's
 * signer and date over the law it publishes) nor an addressee; the index of that line, or -1.
 */
function lawTitleUnderHeadline(lines: Line[], i: number): number {
  const t = lines[i].text
  if (genreOf(t) !== null || t.length > 60 || /[。；]/.test(t) || CLAUSE_START.test(t)) return -1
  for (let k = i + 1; k + 1 < Math.min(lines.length, i + HEADLINE_LAW_LINES); k++) {
    const text = lines[k].text
    if (isDateLine(text) || isIssuerLine(text) || isAddresseeLine(text) || CLAUSE_START.test(text)) return -1
    // (not the line right under it: a title broken over two lines, `青岛市支持…建设等` ⏎ `奖补政策实施细则` ⏎ `第一章 总则`)
    if (k > i + 1 && LAW_BODY_START.test(lines[k + 1].text) && isStrongTitle(text)) return k
  }
  return -1
}

/** A law's body opening its first line: its first chapter or first article (`第一章 总则`, `第一条 为了…`). */
const LAW_BODY_START = /^第\s*[一1]\s*[章条條]/
/** A line of a law's own head: a part of a code (`第一分编  通则`, `第二编`) or its adoption or effective date line. */
const LAW_HEAD_LINE = /^第[一二三四五六七八九十\d]+\s*(?:分编|编|部分|篇|卷)|(?:通过|施行)$/

/**
 * A site's category or column word over a law's page (`档案管理制度` over an SEO headline, the page's
 * stamp and `三亚市物业管理实施办法(2011)` ⏎ `第一章总则`, outside49 06): the title is the line the law's
 * first chapter or article stands under, not the short title-like word at the top. The index of that
 * line, or -1: only a short line naming no 关于 or forwarding verb is passed, only over lines that
 * are no sentence, and not when the lower line prints the upper one again.
 */
export function lawTitleUnderHeading(lines: Line[], i: number): number {
  const t = lines[i].text
  const headline = lawTitleUnderHeadline(lines, i)
  if (headline > i) return headline
  if (t.length > 16 || !isTitleLike(t) || aboutAt(t) >= 0 || forwardingAt(t) >= 0) return -1
  for (let k = i + 1; k + 1 < Math.min(lines.length, i + 6); k++) {
    const text = lines[k].text
    // (a law's own head stands between: its adoption or effective date, `2020年5月28日 第十三届…会议通过`, or a
    // part of a code, `第一分编 通则` over `第一章 一般规定` — the upper line is the law's title)
    if (/[。；]/.test(text) || CLAUSE_START.test(text) || LAW_HEAD_LINE.test(text)) return -1
    if (!LAW_BODY_START.test(lines[k + 1].text) || !isStrongTitle(text)) continue
    return titleKey(text).includes(titleKey(t)) ? -1 : k
  }
  return -1
}

/** A breadcrumb's arrow alone on its line (grammars/genres.json titleBreadcrumbArrows). */
const CRUMB_ARROW = new RegExp(`^\\s*(?:${wordAlternation(genres.titleBreadcrumbArrows)})\\s*$`)

/**
 * The first strong title among the lines below `from`, over short header-like lines only (a
 * site name, a date, a code), with the fragment lines of a title broken above it; null when a
 * sentence, a clause marker, an addressee line or a 字号 comes first.
 */
export function findTitleBelow(lines: Line[], from: number): { start: number; end: number } | null {
  // (the lines of a site's label table do not count: some print it twice above the title)
  let table = 0
  // (nor the entries of a site's menu printed one word a line: a company site lists ten over the page's heading, outside89 03)
  let menu = 0
  for (let j = from; j < Math.min(lines.length, from + 8 + table + menu); j++) {
    const t = lines[j].text
    if (table < 12 && siteLabelCells(lines[j]).length > 0 && (!isStrongTitle(t) || opensWithBracketLabel(lines[j]) || opensWithRowLabel(lines[j]))) {
      table++
      continue
    }
    if (menu < MENU_ENTRIES_MAX && MENU_ENTRY.test(t) && !isGenreLine(t)) menu++
    // (nor after the body's first sentence, a purpose clause a PDF export wraps: `为深入贯彻落实…关于…` ⏎ `…标准`)
    if (CLAUSE_START.test(t) || opensPurposeClause(t)) return null
    // (a task table's column word ending in a genre word, 工作措施 under 序号, heads a column: no title)
    if (TABLE_COLUMN_WORDS.has(t.replace(/\s+/g, ''))) continue
    // (nor is a genre word alone between a breadcrumb's arrows, the site's category: `首页` ⏎ `>` ⏎ `应急预案` ⏎ `>` ⏎ `正文`,
    // outside198 04)
    if (genreOf(t) === t.trim() && (CRUMB_ARROW.test(lines[j - 1]?.text ?? '') || CRUMB_ARROW.test(lines[j + 1]?.text ?? ''))) continue
    // a genre word alone on the last line, perhaps spaced (`通 知`), under a title broken over up to
    // four lines (`澄城县…办公室` / `关于对2013年度…和有关` / `重点工作…督查的` / `通 知`)
    if (j > from && isGenreLine(t)) {
      let best = -1
      for (let k = j - 1; k >= from && j - k <= 4 && isTitlePart(lines[k].text); k--) {
        const joined = joinTitle(lines.slice(k, j + 1))
        if (isStrongTitle(joined) && aboutAt(joined) >= 0) best = k
      }
      if (best >= 0) return { start: best, end: j }
    }
    // (a title under a portal's tag opens its heading: nothing above it is its part)
    if (j > from && t.length <= 80 && !isStrongTitle(t) && isTaggedStrongTitle(t)) return { start: j, end: j }
    // (nor an entry of a site's menu printed one to a line that ends like a title, `智慧城市规划` among `高新区研究` ⏎
    // `智慧园区规划` ⏎ `新闻中心`, a consultancy's page, outside185 01)
    if (isStrongTitle(t) && t.length <= 80 && !amidMenu(lines, j)) {
      // a title broken over lines: its first part is a fragment line right above it
      // (a fragment holding 关于 after an issuer starts the title: nothing above it belongs)
      let k = j
      // (a line that opens with the title's own first words is a section heading above it, not its
      // first part: `行政院會議` over `行政院第3640次院會決議`; unless it names 关于, as an issuer over a
      // subject of its own province does: `云南省人民政府办公厅关于印发` / `云南省“十四五”…规划的通知`)
      // (a last line that opens with the quoted title, `《关于…的意见》的通知`, holds no 关于 of its own:
      // the organs and the forwarding verb stand above it)
      // (nor does anything stand above a title that opens with a Macau act's number, `第16/2014号行政长官批示`
      // under the gazette's headings `澳门特别行政区` / `行政长官办公室`: the number starts the heading)
      while (
        k > from &&
        j - k < 3 &&
        !ACT_NUMBER_TITLE.test(t) &&
        (aboutAt(lines[k].text) <= 0 || quotedAbout(lines[k].text)) &&
        isTitlePart(lines[k - 1].text) &&
        // (nor a row of a site's label cells, `成文日期2021-06-15公文时效` over `关于开展…的通知`, outside169 01)
        siteLabelCells(lines[k - 1]).length === 0 &&
        // (nor a 发文机关标志, `某某办公室文件`, nor a breadcrumb's last step, `高级检索>`: a page's column name over the title,
        // outside174 01)
        !isLetterhead(lines[k - 1].text) &&
        !BREADCRUMB_STEP.test(lines[k - 1].text) &&
        // (nor a heading that quotes the title in 《》, `《中华人民共和国中小企业促进法》宣传月宣传资料` over the law's own
        // title, outside170 06: a page about the text)
        !(k === j && lines[k - 1].text.includes(`《${t.trim()}》`)) &&
        !sectionAbove(lines[k - 1].text, t) &&
        !(k === j && organOverWholeTitle(lines[k - 1].text, t)) &&
        !(k < j && officeOverItsOrgan(lines[k - 1].text, lines[k].text)) &&
        !repeatedHeading(lines, k - 1, from) &&
        !menuTab(lines, k - 1, from) &&
        !sloganAbove(lines[k - 1].text, lines[k].text)
      )
        k--
      if (k < j && quotedAbout(t) && !hasIssuingVerb(joinTitle(lines.slice(k, j)))) k = j
      return { start: k, end: j }
    }
    // (a 版头 converted from PDF prints its 字号 under the organ lines of a joint 发文机关标志 and above the title,
    // `济南市工业和信息化局` / `济南市公安局` / `济工信装备字〔2022〕1号` / `文件` / `关于印发《…` / `…》的通知`: the
    // title right under the 字号 — past the mark's lone `文件` — is still found)
    if (DOC_NUMBER_LINE.test(t) && !/[。；]/.test(t)) {
      const k = j + 1 < lines.length && LETTERHEAD_WORD.test(lines[j + 1].text) ? j + 2 : j + 1
      const under = k < lines.length ? findTitleBelow(lines, k) : null
      return under && under.start === k ? under : null
    }
    if (/[。；]/.test(t) || (t.length > 100 && !CELL_RUN.test(t)) || isAddresseeLine(t)) return null
  }
  return null
}

/** The longest entry of a site's menu printed one to a line, and how many such lines stand on each side of one. */
const MENU_WORD_MAX = 10
const MENU_SIDE_MIN = 3

/**
 * Does the short line at `j` stand amid a site's menu — at least three short lines of words right above it and three right
 * below (blank lines passed over), none a sentence? A cover's title has its organ and date under it, not a menu over it.
 */
function amidMenu(lines: Line[], j: number): boolean {
  // (or a portal block's heading over its `更多>>>` link, `画院公告` ⏎ `更多>>>`, outside263 02)
  if (!MENU_LINE.test(lines[j].text)) return false
  let next = j + 1
  while (next < lines.length && !lines[next].text.trim()) next++
  if (next < lines.length && MORE_LINK.test(lines[next].text)) return true
  return menuLinesBeside(lines, j, -1) >= MENU_SIDE_MIN && menuLinesBeside(lines, j, 1) >= MENU_SIDE_MIN
}

/** A portal block's link to its full list (`更多>>>`, `更多`, `MORE>>`). */
const MORE_LINK = /^(?:更多|[Mm][Oo][Rr][Ee])\s*[>》»]*$/

/** How many menu lines stand right beside line `j` in direction `step` (-1 above, 1 below), blank lines passed over, up to MENU_SIDE_MIN. */
function menuLinesBeside(lines: Line[], j: number, step: -1 | 1): number {
  let count = 0
  for (let k = j + step; k >= 0 && k < lines.length && count < MENU_SIDE_MIN; k += step) {
    if (!lines[k].text.trim()) continue
    if (!MENU_LINE.test(lines[k].text)) break
    count++
  }
  return count
}
/** A line of a few words and nothing else, as a menu prints its entries. */
const MENU_LINE = new RegExp(`^[\\u4e00-\\u9fffA-Za-z]{2,${MENU_WORD_MAX}}$`)

/** A breadcrumb's step closing with its arrow and no inner 《》 opened (`高级检索>`). */
const BREADCRUMB_STEP = /^[^<《〈]*[>＞»]$/
/** A site's menu entry printed alone on its line: a word of a few ideographs (`项目`, `招标`, `设计院库`). */
const MENU_ENTRY = /^[\u4e00-\u9fff]{2,4}$/
/** The most menu entries findTitleBelow looks past beyond its window. */
const MENU_ENTRIES_MAX = 12

/**
 * A run of short cells split by bars (or underscores) and nothing else, however long: a site's menu or a spam host's
 * line of keyword links over the page (`真人…毛片|成人…高清无码|…|1区2区3区av`, outside89 02; `国产精品…在线观看_欧美精品…_…`,
 * outside91 04), chrome the title search looks past.
 * @example CELL_RUN.test('首页|设首页|收藏|手机版|帮助') // true
 */
const CELL_RUN = /^[^。；，,：:|｜_]{1,30}(?:[|｜_][^。；，,：:|｜_]{1,30}){4,}$/

/** The offices of an organ (grammars/header-labels.json portalStamp.ownOffices: 办公室, 办公厅). */
const OWN_OFFICES: readonly string[] = headerLabels.portalStamp.ownOffices

/**
 * Is `upper` the office of the organ printed on the line under it, over that organ's title (`淄博市人民政府办公室` ⏎
 * `淄博市人民政府` ⏎ `关于印发…的通知`, a portal's section over the notice's 发文机关, outside150 04)? An office never issues
 * jointly with its own government: it is the portal's heading, no part of the title. Offices of other organs
 * (`中共某市委办公室` ⏎ `某市人民政府办公室` ⏎ `关于…`) stay a joint title's first lines.
 */
function officeOverItsOrgan(upper: string, lower: string): boolean {
  return isIssuerLine(lower) && upper.startsWith(lower) && OWN_OFFICES.includes(upper.slice(lower.length))
}

/**
 * Is `upper` an organ's name printed over a title that stands whole without it (a portal's name, `某自治区市场监督管理局`,
 * over `2025年自治区市场监督管理工作要点`, outside58 06)? A title naming 关于 or an issuing verb (印发, 转发), or closing
 * with 的 and its genre word (`…规划的通知`: the issuing part is missing), takes the organ printed above it as its first part.
 */
function organOverWholeTitle(upper: string, title: string): boolean {
  if (!isIssuerLine(upper) || aboutAt(upper) >= 0 || aboutAt(title) >= 0 || hasIssuingVerb(title)) return false
  const genre = genreOf(title)
  return genre !== null && !title.slice(0, title.lastIndexOf(genre)).endsWith('的')
}

/**
 * Is the line at `i` printed twice in a row (`某县人民政府行政规范性文件` over itself, a portal's column heading over the
 * organ line, outside62 05)? No part of a title is printed so; the upward join stops there.
 */
function repeatedHeading(lines: Line[], i: number, from: number): boolean {
  return i - 1 >= from && lines[i - 1].text === lines[i].text
}

/** Longest line read as one of a site's tabs (`国家规划热门`). */
const TAB_MAX = 12
/** Characters a site's tabs share at their start, at least (`国家规划更新` ⏎ `国家规划推荐` ⏎ `国家规划热门`). */
const TAB_STEM = 3

/**
 * Is the line at `i` one of a site's tabs, short lines printed one under the other that open with the same words and end
 * differently (`国家规划更新` ⏎ `国家规划推荐` ⏎ `国家规划热门` over a plan's title, outside235 03)? No title breaks so;
 * the upward join stops there. Organs printed so (a joint 发文机关标志, `某市财政局` ⏎ `某市教育局`) are none.
 */
function menuTab(lines: Line[], i: number, from: number): boolean {
  if (i - 1 < from) return false
  const [upper, lower] = [lines[i - 1].text.trim(), lines[i].text.trim()]
  return (
    upper !== lower &&
    upper.length <= TAB_MAX &&
    lower.length <= TAB_MAX &&
    upper.slice(0, TAB_STEM) === lower.slice(0, TAB_STEM) &&
    aboutAt(upper) < 0 &&
    aboutAt(lower) < 0 &&
    !isIssuerLine(upper) &&
    !isIssuerLine(lower)
  )
}

/** Words alone on a line that are a page's tab or a section heading, never a title's first part (grammars/genres.json `loneNonTitleWords`). */
const LONE_NON_TITLE_WORDS = new Set(genres.loneNonTitleWords)
/** Can a line above a title be its first part: a title fragment, no tab or section word alone (`前言`, `详情`), no rule line? */
const isTitlePart = (text: string) => TITLE_FRAGMENT.test(text) && !LONE_NON_TITLE_WORDS.has(text.replace(/\s+/g, '')) && !RED_RULE.test(text)

/**
 * Is `above` a section heading over the title `t` rather than its first part: both open with the same
 * three characters (an organ's name printed on both) and `above` names no 关于 (a title's first part
 * ending `…关于印发` opens with its issuer, which may open the subject too)?
 */
const sectionAbove = (above: string, t: string) => above.length >= 3 && t.startsWith(above.slice(0, 3)) && aboutAt(above) < 0

/** A title opening with its jurisdiction (`沈阳市…`, `某某省…`, `沭阳县…`, a prefecture `黔西南州…`; two characters at least before the suffix, so that `城市…` is none): its first words are printed, nothing above them is its part. */
const OPENS_JURISDICTION = /^[\u4e00-\u9fff]{2,8}?(?:省|市|县|縣|区|區|自治州|州|盟|旗)/
/** How a title's first part may end when the line under it opens with a jurisdiction: an issuer, 关于, an issuing verb, a quote's opening or a joining word. */
const OPENS_ONTO_JURISDICTION = /(?:厅|局|委|办|室|府|会|部|院|署|关于|關於|关於|印发|印發|转发|轉發|批转|《|〈|和|及|与|、)$/

/**
 * Is `above` a site's slogan or tab over the title's line `first` rather than its first part (`土地流转专业平台` over
 * `沈阳市土地利用总体规划(2006—2020年)`, outside51 04): the title line opens with its jurisdiction and `above` ends in
 * none of the words a title's first part ends in before one (an issuer, 关于, 印发, 《, a joining word) and names no 关于?
 */
const sloganAbove = (above: string, first: string) => opensWithJurisdiction(first) && aboutAt(above) < 0 && !OPENS_ONTO_JURISDICTION.test(above)

/** Kinds of zone that end like a jurisdiction but name no place alone (grammars/genres.json `zoneWords`: 试验区, 开发区). */
const ZONE_WORDS = new Set(genres.zoneWords)
/** Does a title line open with its jurisdiction — a place, not a kind of zone alone (`试验区发展规划`, a title's second line)? */
function opensWithJurisdiction(line: string): boolean {
  const opening = OPENS_JURISDICTION.exec(line)
  return opening !== null && !ZONE_WORDS.has(opening[0])
}

/** Does a line open with a quoted title whose 关于 is the quoted text's (`《关于…的意见》的通知`)? */
const quotedAbout = (t: string) => /^[《〈]/.test(t) && aboutAt(t) === 1

/**
 * A page title without a genre word (`十堰市政府承诺今年再办10件实事`, `市政府工作报告重点工作责任分解(2023年)`):
 * among the first lines, the short line right above a site's label line that dates the page
 * (`信息来源：… 发布时间：2011年1月20日`, `时间：2023-07-11 浏览次数：…`) — what a site prints there is
 * the page's heading, whatever its words. Not a breadcrumb, a label or a sentence. Null when none.
 */
export function titleAboveSiteLabels(lines: Line[], from: number): { start: number; end: number } | null {
  for (let k = from; k + 1 < Math.min(lines.length, from + 8); k++) {
    const next = lines[k + 1].text
    // (or the first line, right above a table's serial column: `2025年开发区重点工作及责任清单` / `序号 |`;
    // or the line under an attachment's head, above its table: `附件2` / `2012年度…考核项目表` / `项目名称 |`)
    const attached = k > from && isAttachmentHead(lines[k - 1].text) && (TABLE_HEAD.test(next) || /[|｜]/.test(next))
    const table = (k === from && TABLE_HEAD.test(next)) || attached
    if (!table && (siteLabelCells(lines[k + 1]).length === 0 || !datedLabelRun(lines, k + 1))) continue
    const t = lines[k].text
    if (t.length < 4 || t.length > 60 || /[。；：:>|]/.test(t) || isDateLine(t) || siteLabelCells(lines[k]).length > 0 || CLAUSE_START.test(t)) return null
    // a column of the table itself, printed before its serial column (`工作目标` / `序号`), is no title
    if (table && TABLE_COLUMN_WORDS.has(t.replace(/\s+/g, ''))) return null
    return { start: k, end: k }
  }
  return null
}

/**
 * Does the site's label line at `at` date the page, itself or on one of the two `label：value` lines
 * printed right under it (`来源：州人大` / `访问量：` / `更新日期：2024-01-12`, a portal's block of one
 * label per line whose date stamp stands last)?
 */
function datedLabelRun(lines: Line[], at: number): boolean {
  for (let j = at; j < Math.min(lines.length, at + 3); j++) {
    const t = lines[j].text
    if (j > at && !LABEL_LINE.test(t)) return false
    if (/\d{4}\s*[-年./]/.test(t)) return true
  }
  return false
}

/** A short `label：value` line of a site's block (the label a few ideographs, the value short or empty). */
const LABEL_LINE = /^[\u4e00-\u9fff]{2,6}[：:].{0,30}$/

/** Every column word of a task table printed one cell per line (grammars/table-columns.json). */
const TABLE_COLUMN_WORDS = new Set([...tableColumns.serial, ...tableColumns.task, ...tableColumns.deadline, ...tableColumns.other])

const TABLE_HEAD = /^序号\s*[|｜]?\s*$|^序号\s*[|｜\s]\s*[\u4e00-\u9fff]/

/** How far past a site's chrome (menus, link lists, a spam line) a title is still looked for. */
const FAR_TITLE_LINES = 80

/**
 * A title under a long run of page chrome (a government site's department menu, a hijacked page's
 * spam and navigation lines): the first line past `findTitleBelow`'s window that names an issuer
 * and 关于 and ends in a genre word, over short lines only — no sentence, clause, addressee or 字号
 * comes first. Null when none.
 */
export function findTitleFar(lines: Line[], from: number): { start: number; end: number } | null {
  for (let j = from; j < Math.min(lines.length, from + FAR_TITLE_LINES); j++) {
    const t = lines[j].text
    // (a portal's label table above the title, its labels without colon, is chrome too: the cells
    // `发布机构自治区人民政府文号内政发〔2013〕62号` would read as a 字号 line)
    if (siteLabelCells(lines[j]).length > 0 && !isStrongTitle(t)) continue
    // (a 版头's 字号, perhaps over its red rule, right above a title: outside82 01, under a company site's contact lines)
    if (DOC_NUMBER_LINE.test(t)) {
      const next = j + 1 < lines.length && RED_RULE.test(lines[j + 1].text) ? j + 2 : j + 1
      // (or its organ alone on a line over `关于…`: `青政办〔2010〕254号` ⏎ `青海省人民政府办公厅` ⏎ `关于印发…的通知`, outside224 05)
      if (next < lines.length && (aboutAt(lines[next].text) > 0 || organOverAbout(lines, next))) {
        j = next - 1
        continue
      }
      return null
    }
    if (organOverAbout(lines, j)) return { start: j, end: titleContinuation(lines, j + 1) }
    if (CLAUSE_START.test(t) || /[。；]/.test(t) || t.length > 120 || isAddresseeLine(t)) return null
    if (isStrongTitle(t) && t.length <= 100 && aboutAt(t) > 0) {
      let k = j
      while (k > from && j - k < 3 && isTitlePart(lines[k - 1].text) && aboutAt(lines[k].text) < 0) k--
      return { start: k, end: j }
    }
    // a title broken after 关于 (`某某厅关于印发` / `《…》的通知`)
    const end = aboutAt(t) > 0 && TITLE_FRAGMENT.test(t) ? titleContinuation(lines, j) : j
    if (end > j) return { start: j, end }
  }
  return null
}

/** Whether line `j` is an organ alone over a line opening with 关于 that is a title or its first part (`青海省人民政府办公厅` ⏎ `关于印发…的通知`). */
function organOverAbout(lines: Line[], j: number): boolean {
  const lower = lines[j + 1]?.text
  return lower !== undefined && organOverAboutLine(lines[j].text, lower) && (isStrongTitle(lower) || TITLE_FRAGMENT.test(lower))
}

/** How far down a notice's head under a news report of it is looked for. */
const NEWS_HEAD_LINES = 12
/** What a 公告's head prints under its genre line: its serial (`〔2021〕第2号`, `第3号`) or its adoption note (`（2021年4月23日…通过）`). */
const HEAD_NOTE = /^(?:[（(]?[\u4e00-\u9fff]{0,16}〔\d{4}〕第?\d{1,5}号[）)]?|第\d{1,5}号|[（(]\d{4}年\d{1,2}月\d{1,2}日.{2,60}[）)])$/

/**
 * A notice printed under a news report of it (`4月23日，县人大常委会…召开…会议。` / … / `某某自治县人民代表大会常务委员会`
 * / `公 告` / `〔2021〕第2号`): its organ on a line, the genre alone on the next (perhaps spaced), and its serial or
 * adoption note under them — the head of a 公告 as a gazette prints it, whatever prose stands above. Null when none.
 */
export function headUnderNews(lines: Line[], from: number): { start: number; end: number } | null {
  for (let j = from + 1; j + 2 < Math.min(lines.length, from + NEWS_HEAD_LINES); j++) {
    if (!isIssuerLine(lines[j].text) || !isGenreLine(lines[j + 1].text)) continue
    if (HEAD_NOTE.test(lines[j + 2].text.replace(/\s+/g, ''))) return { start: j, end: j + 1 }
  }
  return null
}

/** How far down a news report's lead paragraph ending in `全文如下：` may stand. */
const FULL_TEXT_LEAD_LINES = 6
/** A lead paragraph's close saying the document follows in full (grammars/signature.json `fullTextLead`). */
const FULL_TEXT_LEAD = new RegExp(`(?:${wordAlternation(sig.fullTextLead)})[：:]$`)

/**
 * A document reproduced under a news report of it (`北极星电力网获悉，《…规划纲要》发布，纲要规定…。全文如下：` /
 * `…规划纲要`): the strong title on the line right under the lead's closing `全文如下：`. The report is no
 * part of the document, whatever it quotes. Null when none.
 */
export function titleUnderFullTextLead(lines: Line[], from: number): { start: number; end: number } | null {
  for (let j = from; j + 1 < Math.min(lines.length, from + FULL_TEXT_LEAD_LINES); j++) {
    // (or a lead of any other wording that names in 《》 the very line under it: `…印发《X》，明确…。以下为规划全文：` / `…。`
    // over `X`, `近日，…公布了《X（征求意见稿）》…` over `X` — the report quotes the title the document then prints)
    if (!FULL_TEXT_LEAD.test(lines[j].text) && !quotesLineUnder(lines[j].text, lines[j + 1].text)) {
      const named = titleNamedByLead(lines, j)
      if (named >= 0) return { start: named, end: named }
      continue
    }
    const t = lines[j + 1].text
    return isStrongTitle(t) && t.length <= 80 ? { start: j + 1, end: j + 1 } : null
  }
  return null
}

/** How many lines of the report may stand between a lead naming the title and the title. */
const LEAD_TO_TITLE = 3

/**
 * A news lead naming the document's title in its sentence without 《》 (`2月9日,吉林省农业农村厅网站发布关于…认定名单的公示。`),
 * a line or two of the report under it, then the title printed alone (outside94 02): the title's line, or -1. The title
 * must be a strong one the lead holds whole.
 */
function titleNamedByLead(lines: Line[], j: number): number {
  const lead = lines[j].text
  if (!/。$/.test(lead)) return -1
  for (let k = j + 1; k < Math.min(lines.length, j + 1 + LEAD_TO_TITLE); k++) {
    const t = lines[k].text.replace(/\s+/g, '')
    // (a title the sentence quotes in 《》 is a notice's issuing sentence naming its plan, the notice itself the document)
    const at = lead.replace(/\s+/g, '').indexOf(t)
    if (t.length >= 10 && t.length <= 80 && at > 0 && !/[《〈]$/.test(lead.replace(/\s+/g, '').slice(0, at)) && isStrongTitle(t)) return k
  }
  return -1
}

/** A news lead's opening word (grammars/signature.json `releaseLead.openers`: 近日, 日前, 近期). */
const LEAD_OPENER = new RegExp(`^(?:${wordAlternation(sig.releaseLead.openers)})[，,]`)
/** What a quoted name may add after the printed title: its draft mark or status in brackets (grammars/genres.json). */
const QUOTED_TAIL = new RegExp(`^(?:[（(](?:${wordAlternation([...genres.titleDraftMark, ...genres.titleStatus])})[）)])?$`)

/**
 * Does the lead paragraph `lead` quote in 《》 the line `next` under it, spaces aside — the whole line, or the line
 * and a draft mark or status in brackets (`《…编制导则（征求意见稿）》` over `…编制导则`)? Only a lead that closes
 * a sentence (。 or a colon) or opens with a lead word (近日，日前，) counts.
 */
function quotesLineUnder(lead: string, next: string): boolean {
  if (!/[。：:]$/.test(lead) && !LEAD_OPENER.test(lead)) return false
  const t = next.replace(/\s+/g, '')
  if (t.length < 4) return false
  const key = titleKey(next)
  for (const m of lead.matchAll(/《([^《》]{4,100})》/g)) {
    const quoted = m[1].replace(/\s+/g, '')
    if (quoted === t || (quoted.startsWith(t) && QUOTED_TAIL.test(quoted.slice(t.length))) || titleKey(quoted) === key) return true
  }
  return false
}
