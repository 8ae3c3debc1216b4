/**
 * Repairs of a title line as sites print it: a site's name or a glued 字号 cell after it, and, on a
 * title printed whole on one line, a keyword, 标题 label, 字号, year tag or column tag glued before
 * it, or a law site's version tag after it. Each repair drops the extra text with a diagnostic
 * (a 字号 becomes the document's 字号) and only when what is left still reads as a title.
 */
import genres from '../../grammars/genres.json' with { type: 'json' }
import headerLabels from '../../grammars/header-labels.json' with { type: 'json' }
import history from '../../grammars/history.json' with { type: 'json' }
import places from '../../grammars/units/places.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { aboutAt, genreOf, genresOfFamily, isTitleLike } from '../text/genre.js'
import { wordAlternation } from '../text/regexp.js'
import { wholeLineExec } from '../text/regex-ends.js'
import { versionTagLength } from './history.js'
import { statusNoteLength } from './status-note.js'
import { leadingValidityMark, trailingValidityMark } from './validity-mark.js'
import { CLOSING_EDITION, PERIOD_YEARS } from './period.js'
import { hasIssuingVerb, holdsSpamWord, isIssuerLine, spamBeforeOffice } from './signature.js'
import { HAN_TITLE_LABELS, TITLE_LABELS } from './header.js'
import { isStrongTitle, printedWhole, titleKey, LEADING_SITE_TAG, ONLY_QUOTE, type TitleSpan } from './title-lines.js'

/**
 * A draft mark in brackets (grammars/genres.json `titleDraftMark`), perhaps dated (`(2020年修订稿)`); one may follow
 * another (`(2020年修订稿)(征求意见稿)`, outside138 02).
 */
const DRAFT_MARKS = `(?:\\s*[（(](?:\\d{4}年)?(?:${wordAlternation(genres.titleDraftMark)})[）)])+`
/** Draft marks closing a title line. */
const TRAILING_DRAFT_MARK = new RegExp(`${DRAFT_MARKS}$`)
/** Draft marks closing a title's printed span, on their own line or after the title on the same line. */
const DRAFT_MARK_TAIL = new RegExp(`${DRAFT_MARKS}\\s*$`)

/**
 * Where the draft mark closing `printed` (the view's text of a title span) starts, with the blank lines or
 * spaces before it, or -1 (grammars/genres.json `titleDraftMark`: the version put out for comment, not the name).
 * @example draftMarkAt('某市工作方案\n\n（征求意见稿）') // 6
 */
export function draftMarkAt(printed: string): number {
  const m = DRAFT_MARK_TAIL.exec(printed)
  return m ? m.index : -1
}

/** A site's year tag before a title, `(2008年)` / `（2008年）` / `(2016)`. */
const LEADING_YEAR_TAG = /^[（(]\d{4}年?[）)]\s*/
/**
 * A page number glued before a title's first word: a few digits no count, date or list mark follows (`1辽宁省…条例`; not
 * `2025年…`, `10条措施`, `1、`).
 */
const LEADING_PAGE_NUMBER = /^\d{1,3}(?=[\u4e00-\u9fff])(?![\d年月日号条项个大部份批届次万亿])/
const QUOTED_TAG = /^“[\u4e00-\u9fff]{2,12}”\s*/
/** A place name printed twice where a portal glued its own name before a title opening with it (`葛公镇葛公镇防汛…`). */
const DOUBLED_PLACE = /^([\u4e00-\u9fff]{1,6}(?:省|市|县|区|镇|乡|街道))\1/
const ISSUING_QUOTE = /(?:印发|转发|批转)《/
/** An archive's congress tag closing a report's title, `(十七大)` (grammars/history.json `congressTags`). */
const CONGRESS_TAG = new RegExp(`\\s*[（(][一二三四五六七八九十]{1,3}(?:${wordAlternation(history.congressTags)})[）)]$`)

/**
 * A line that is an archive's congress-report title with its tag (`决胜… 夺取…伟大胜利 (十九大)`): the
 * archive's one-line form of the title, whole even where the report prints its own title under it.
 */
function isCongressTaggedTitle(text: string): boolean {
  const tag = CONGRESS_TAG.exec(text)
  return tag !== null && tag.index >= 4 && text.length <= 80 && !/[。；：:]/.test(text)
}
/**
 * A title, then a bracket closing its line that dates an act of its history (grammars/history.json `actions`:
 * `（2023年5月22日…会议通过）`, `（2004年6月9日…第二次修正）`): the title (group 1) and the bracket (group 2).
 */
const HISTORY_TAIL = new RegExp(
  `^(.{4,80}?)\\s*([（(][^（）()]{0,160}?\\d{4}年\\d{1,2}月\\d{1,2}日[^（）()]{0,160}?(?:${wordAlternation(history.actions.flatMap((a) => a.words))})[^（）()]{0,40}[）)])$`,
)
/** A title, then a delivery dateline in brackets naming the meeting (grammars/history.json `deliveryVenues`), then anything (the speaker). */
const DELIVERY_TAIL = new RegExp(`^(.{2,60}?)\\s*[（(][^（）()]{0,30}在[^（）()]{2,60}(?:${wordAlternation(history.deliveryVenues)})上[）)].*$`)
/**
 * A 字号 glued after a title's genre word at the end of a line (a site's table cells run together:
 * `关于印发…的通知常政发〔2023〕1号|`), or set off by a space or a dash (a portal's heading
 * `关于印发…的通知-吉民发〔2022〕24号`): where the title ends (`at`), where the number starts (`from`)
 * and the number, or null.
 */
function trailingGluedNumber(text: string): { at: number; from: number; number: string } | null {
  const m = /〔\d{4}〕第?\d{1,5}号\s*\|?\s*$/.exec(text)
  if (!m) return null
  // the shortest issuer code after which the text ends with a genre word
  for (let len = 1; len <= 8 && len < m.index; len++) {
    const from = m.index - len
    if (!/^[\u4e00-\u9fff]+$/.test(text.slice(from, m.index))) break
    const title = text.slice(0, from).replace(TITLE_NUMBER_SEPARATOR, '')
    const genre = genreOf(title)
    if (genre && title.endsWith(genre)) return { at: title.length, from, number: text.slice(from).replace(/\s*\|?\s*$/, '') }
  }
  return null
}
/**
 * A title line with its 字号 glued after it, split in two: the title and the number, or null when the line holds no
 * such number after a strong title. A portal's heading over its stamp prints them so
 * (`…规划的通知 琼府办〔2016〕307号` ⏎ `来源:… 发布日期:…`, outside203 02).
 */
export function splitGluedNumber(line: Line): { title: Line; number: Line } | null {
  const cut = trailingGluedNumber(line.text)
  if (!cut || !isStrongTitle(line.text.slice(0, cut.at))) return null
  return {
    title: { start: line.start, end: line.start + cut.at, text: line.text.slice(0, cut.at) },
    number: { start: line.start + cut.from, end: line.start + cut.from + cut.number.length, text: cut.number },
  }
}
/** How far down a title line with its 字号 glued after it may stand: under a site's name, breadcrumb and tabs, as findTitleBelow looks. */
const GLUED_NUMBER_TITLE_DEPTH = 8
/**
 * What a portal prints between a title and its 字号 on one line: spaces, a dash or an underscore; or the bracket the 字号
 * stands in, run on with the text after it (`…的实施意见(桂政發〔2017〕58號)各市、縣人民政府:…`, outside223 07).
 */
const TITLE_NUMBER_SEPARATOR = /(?:\s+|\s*[-‐–—－_]\s*|\s*[（(])$/

/**
 * A title label of a site's table (the labels of grammars/header-labels.json that fill `title`: 标题,
 * 名称, 法规名称, a research database's `Title`) opening the title line it labels, no colon after it.
 */
const TITLE_LABEL = new RegExp(`^(?:${[...TITLE_LABELS].sort((a, b) => b.length - a.length).join('|')})(?![：:])`)
/** Labels a title may run into with no space printed (a table's cells glued): 标题 and 文件标题 name nothing else. */
const GLUED_TITLE_LABEL = /^(?:文件标题|标题)$/
/** Did the input print a space (or a tab) between the label `title.text[0, n)` and what follows? The space pass removed it from the view. */
function spacedAfter(title: TitleSpan, n: number, view: MappedText): boolean {
  const from = view.originalEnd(title.start, title.start + n)
  const to = view.originalStart(title.start + n)
  return to > from && view.source.text.slice(from, to).trim() === ''
}

/** A page's <title> copied as a line: the title, a dash and the site's name (`…的意见-湖南省人民政府门户网站`). */
/** A reposting site's word after a title it prints whole (grammars/genres.json `titleSiteSuffixes`: `…办法全文`). */
// (or before the plan's period closing the line, `…规划纲要全文(2011-2015年)`, outside57 03: the period stays)
// (or in brackets, `…规划纲要(全文)`, outside79 05)
const SITE_WORD = wordAlternation(genres.titleSiteSuffixes)
// (or a news site's tag in brackets, `…第97号通告(重要)`, outside97 01: genres.json titleSiteTags)
const SITE_TAG = wordAlternation(genres.titleSiteTags)
// (or a forum's button in square brackets after the thread's title, `…的通知 [复制链接]`, outside235 07)
const SITE_TITLE_SUFFIX = new RegExp(`(?:[（(](?:${SITE_WORD}|${SITE_TAG})[）)]|【(?:${SITE_WORD}|${SITE_TAG})】|\\[(?:${SITE_TAG})\\]|(?:${SITE_WORD}))(?=[（(]${PERIOD_YEARS}[）)]$|$)`)
/** A title, or a title quoted whole in 《》 (`《某某规划》`), as a site prints its heading. */
const readsAsTitle = (text: string) => isStrongTitle(text) || (ONLY_QUOTE.test(text) && isStrongTitle(text.slice(1, -1)))
/** A site's note that it abridges a rule, closing its title (grammars/genres.json titleAbridgedTags: `…管理办法(摘要)`). */
const ABRIDGED_TAG = new RegExp(`[（(](?:${wordAlternation(genres.titleAbridgedTags)})[）)]$`)
const RULE_GENRES = new Set(genresOfFamily('rule'))
function abridgedRuleTag(text: string): RegExpExecArray | null {
  const m = ABRIDGED_TAG.exec(text)
  const genre = m ? genreOf(text.slice(0, m.index)) : null
  return genre && RULE_GENRES.has(genre) ? m : null
}
/**
 * A plan's revision closing its title (`北京市防汛应急预案(2014年修订)`, outside192 06 and outside186 06; `…应急预案(修订)`):
 * its edition, part of its name (grammars/history.json `editionWords`). A law site files a rule's versions under such tags,
 * and those stay the site's.
 */
const PLAN_GENRES = new Set(genresOfFamily('plan'))
function planEdition(text: string): boolean {
  const m = CLOSING_EDITION.exec(text)
  const genre = m ? genreOf(text.slice(0, m.index)) : null
  return genre !== null && PLAN_GENRES.has(genre)
}
/** A site's note of when a rule takes effect closing its title line (grammars/genres.json `titleEffectiveTail`: `…条例2024年1月1日起施行`). */
const EFFECTIVE_TAIL = new RegExp(`\\s*(?:${wordAlternation(genres.titleEffectiveTail.openers)})?\\d{4}年\\d{1,2}月\\d{1,2}日(?:${wordAlternation(genres.titleEffectiveTail.verbs)})$`)
function effectiveTail(text: string): RegExpExecArray | null {
  const m = EFFECTIVE_TAIL.exec(text)
  const genre = m ? genreOf(text.slice(0, m.index)) : null
  return genre && RULE_GENRES.has(genre) ? m : null
}
/** A site's part or page number closing a title it splits over pages (grammars/genres.json titlePartNumbers: `…统计公报(2)`). */
const PART_NUMBER = new RegExp(`[（(](?:${wordAlternation(genres.titlePartNumbers.numbers)})[）)]$`)
const PART_KEEPS = new Set(genres.titlePartNumbers.keepGenres)
function partNumberTag(text: string): RegExpExecArray | null {
  const m = PART_NUMBER.exec(text)
  const genre = m ? genreOf(text.slice(0, m.index)) : null
  return genre && !PART_KEEPS.has(genre) ? m : null
}
/** A site's tag and colon before a title it prints (`资料:西藏“十二五”规划纲要…`, outside57 03): grammars/genres.json titleSitePrefixes. */
const SITE_TITLE_PREFIX = new RegExp(`^(?:${wordAlternation(genres.titleSitePrefixes)})[：:]\\s*`)
/** Every site name SITE_NAME_SUFFIX reads ends in 网, 网站 or 网平台: a cheap test before a pattern that reads the line from its start. */
/** The home word opening a site's breadcrumb printed without arrows (grammars/genres.json `titleBreadcrumbHomes`). */
const BREADCRUMB_HOMES = new Set(genres.titleBreadcrumbHomes)
/** The most section words a breadcrumb printed on the title's line puts between its home word and the title. */
const BREADCRUMB_SECTIONS = 3
/**
 * How many characters a site's breadcrumb printed without arrows takes at the start of a title line (`首页 资讯
 * 浙江省某厅关于…的通知`, outside58 03): its home word, then up to three section words, each printed apart, before a
 * title that reads whole without them; 0 when the line opens otherwise. A section word is short and names no organ
 * (an organ printed apart before 关于 is the title's own issuer).
 */
function breadcrumbLength(line: Line, view: MappedText): number {
  const words = view
    .originalSlice(line.start, line.end)
    .trim()
    .split(/[ \t\u3000]+/)
  if (words.length < 2 || !BREADCRUMB_HOMES.has(words[0])) return 0
  let longest = 0
  let crumbs = words[0].length
  for (let n = 1; n < words.length && n <= BREADCRUMB_SECTIONS + 1; n++) {
    if (isStrongTitle(line.text.slice(crumbs))) longest = crumbs
    const section = words[n]
    if (!/^[\u4e00-\u9fff]{2,8}$/.test(section) || isIssuerLine(section)) break
    crumbs += section.length
  }
  return /^[\u4e00-\u9fff]+$/.test(line.text.slice(0, longest)) ? longest : 0
}

/** The arrows of a site's breadcrumb (grammars/genres.json `titleBreadcrumbArrows`). */
const BREADCRUMB_ARROWS: readonly string[] = genres.titleBreadcrumbArrows
/** The longest section of a breadcrumb printed with arrows before a title. */
const ARROW_SECTION_MAX = 12
/** The shortest title a breadcrumb with arrows is cut off: shorter, the last section is the page's category (`规划计划`). */
const ARROW_TITLE_MIN = 10
const ARROW_SPLIT = new RegExp(wordAlternation(BREADCRUMB_ARROWS))

/**
 * How many characters a site's breadcrumb printed with arrows takes at the start of a title line (`采招网>审批公示>包头市…的通知`,
 * outside86 03): up to and past the last arrow, when every section before it is short and no sentence and what follows
 * reads as a title; 0 otherwise.
 */
function arrowBreadcrumbLength(text: string): number {
  let last = -1
  let width = 0
  for (const arrow of BREADCRUMB_ARROWS) {
    const at = text.lastIndexOf(arrow)
    if (at > last) [last, width] = [at, arrow.length]
  }
  if (last < 0 || (last === 0 && width === text.length)) return 0
  const sections = text.slice(0, last).split(ARROW_SPLIT)
  // (or arrows alone before the title, a list page's marks kept by the scraper: `>>>关于…的通告`, outside181 04)
  const marksOnly = sections.every((s) => s.trim().length === 0)
  // (a section holding `<` pairs the arrow with it: a title's own quoted name, `…局<山地果园提升行动计划>的实施方案`)
  if (!marksOnly && sections.some((s) => s.trim().length === 0 || s.trim().length > ARROW_SECTION_MAX || /[。；，<]/.test(s))) return 0
  let cut = last + width
  while (cut < text.length && /\s/.test(text[cut])) cut++
  // (a breadcrumb ending in its section's name, `首页>政府信息公开>规划计划`, leaves no title: a title is longer)
  return text.length - cut >= ARROW_TITLE_MIN && isStrongTitle(text.slice(cut)) ? cut : 0
}

/**
 * A site's breadcrumb printed with arrows alone on its line, its last section the page's category and no title
 * (`专项规划 > 政府印发的专项规划` over the plan's title, outside146 02): two sections or more, each short, no sentence.
 * @example isArrowBreadcrumb('专项规划>政府印发的专项规划') // true
 * @example isArrowBreadcrumb('采招网>审批公示>包头市人民政府关于印发…的通知') // false
 */
export function isArrowBreadcrumb(text: string): boolean {
  if (!BREADCRUMB_ARROWS.some((a) => text.includes(a))) return false
  const sections = text.split(ARROW_SPLIT).map((x) => x.trim())
  return sections.length >= 2 && sections.every((x) => x.length > 0 && x.length <= ARROW_SECTION_MAX && /^[\u4e00-\u9fff]+$/.test(x))
}

/**
 * A site's source or date label printed after the title on its line (`…利用规划 来源:北京市发展与改革委员会网站 日期:…`,
 * outside63 04): the portal-stamp labels of grammars/header-labels.json, printed apart from the title.
 */
const STAMP_AFTER_TITLE = new RegExp(`(?:${wordAlternation([...headerLabels.portalStamp.sourceLabels, ...headerLabels.portalStamp.dateLabels])})[：:]`)

const endsLikeSiteName = (text: string) => text.endsWith('网') || text.endsWith('网站') || text.endsWith('网平台')
// (or a spam host's, `…的通知-尊龙网平台`, outside245 05)
const SITE_NAME_SUFFIX = /^(.{6,}?)\s*[-_—–|｜]\s*([\u4e00-\u9fff]{2,24}(?:门户网站|政府网站|官方网站|网站|政府网|门户网|官网|网平台))$/

/** Words glued before a title with a colon: a site's keyword or ad, not part of the title. */
const GLUED_PREFIX = /^([^：:《》“”]{2,30})[：:](.{6,})$/
/** The last character of a title label (标题, 名称 …) and its colon, what a label table cropped at its left prints (`称:`). */
const CROPPED_TITLE_LABEL = new RegExp(`^[${[...new Set(HAN_TITLE_LABELS.map((label) => label.slice(-1)))].join('')}][：:]\\s*`)
/** A place as a news page's dateline prints it before a title: a short name of ideographs only (`北京`, `云南`). */
const DATELINE = /^[\u4e00-\u9fff]{2,6}$/

/** A news headline: an organ's short name, a verb that reports, the title in 《》 (groups: organ, title). */
const REPORTED_TITLE = new RegExp(`^([\\u4e00-\\u9fff]{2,24}?)(?:${wordAlternation(genres.headlineReportVerbs)})了?《([^《》]{6,120})》$`)

/** A news headline naming the place before the title in 《》, no verb (groups: place, title). */
const PLACE_QUOTED_TITLE = /^([\u4e00-\u9fff]{2,10}(?:省|市|自治区|县|区|州))《([^《》]{6,120})》$/

/** A record line: an optional date, a title in 《》, an optional 字号 (groups: date, title, 字号). */
const QUOTED_RECORD = /^(\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?)?\s*《([^《》]{4,120})》\s*(\S{1,12}〔\d{4}〕第?\d{1,5}号)?$/
/** Longest title line searched for a translation after it. */
const TRANSLATED_TITLE_MAX = 240
/** A translation closing a title line: Latin words with at least one space, from a capital or `No.` on. */
const TRAILING_TRANSLATION = /\s*(?:No\.\s?\d+\s+)?[A-Z][A-Za-z.]*(?:[ ,:;\-'()]+[A-Za-z0-9.]+)+$/

/** A bracketed 字号 at the end of a title line. */
const TRAILING_NUMBER = /（([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)）$/
/**
 * A 字号 opening the title line, the title right after it (spaces between were normalized away), or after a dash a
 * policy-list site prints between them (`临安委〔2011〕3号—临海市…关于印发…的通知`, outside62 04).
 */
const LEADING_NUMBER = /^([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)\s*(?:[-‐–—－_:：]\s*)?(?=[\u4e00-\u9fff])/

/** A title cell and the border closing it, no other cell in the line (`…规划纲要的通知 |`; the empty cells of a site's table after it, `…的通知 | ||||||`, outside57 04). */
const TITLE_CELL_BORDER = /^([^|]{6,150}?)(?:\s*\|)+\s*$/
const titleCellBorder = wholeLineExec(TITLE_CELL_BORDER)
/** How far down (lines) a bordered title cell may stand: under a site's label rows. */
const BORDERED_TITLE_DEPTH = 8

/**
 * A document-sharing site's first line running the title into the text: the title printed twice
 * (`全镇…巡逻工作方案 全镇…巡逻工作方案 按照县委…`, after a page chunk's `1、` or a converted page's `第1页共3页`), or a notice's title
 * glued to its 主送 (`关于印发《…》的通知镇直各部门、各村党组织:《…》已经…`). Where the title ends, or null.
 */
function titleRunIn(text: string): { from: number; to: number } | null {
  const twice = /^(\d{1,2}、|第\d{1,3}页共\d{1,3}页)?(\S{4,60}?)\s*\2/.exec(text)
  if (twice && isStrongTitle(twice[2]) && text.length > twice[0].length + 10) {
    const from = twice[1]?.length ?? 0
    return { from, to: from + twice[2].length }
  }
  const about = /^(关于\S{2,80}?的(?:通知|通报|意见|决定|批复|函))(?=[^，。：:；]{0,30}?各[^，。：:；]{0,30}[：:])/.exec(text)
  if (about && isStrongTitle(about[1])) return { from: 0, to: about[1].length }
  // (its issuer before 关于 and the 主送 right after the genre word, the page's punctuation scrambled so that no colon closes
  // it: `江苏省政府关于印发…工作方案的通知各市.县.市,区、人民政府,…`, outside47 04 — a title ends at its genre word)
  const issued = /^([\u4e00-\u9fff、]{2,30}?关于\S{2,80}?的(?:通知|通报|意见|决定|批复))(?=各[\u4e00-\u9fff])/.exec(text)
  if (issued && isStrongTitle(issued[1])) return { from: 0, to: issued[1].length }
  // …督查通知 with no 的 before its genre, its 主送 (commas and all) right after: `关于开展…督查通知各乡、镇人民政府，…单位：为…`
  const bare = /^(关于\S{2,80}(?:通知|通报|意见|决定|批复|函))(?=各[^。：:；]{1,60}[：:])/.exec(text)
  if (bare && isStrongTitle(bare[1])) return { from: 0, to: bare[1].length }
  // a plan's title run into its preamble: the title ends at a genre word a preamble opener follows
  // (a sharing page's page number glued before the title, `1气象局…工作方案2023年是…`, is no part of it)
  const pageNumber = PAGE_NUMBER_BEFORE_TITLE.exec(text)?.[0].length ?? 0
  for (let at = 6; at <= Math.min(RUN_IN_WITHIN, text.length - 10); at++) {
    if (!RUN_IN_OPENERS.some((w) => text.startsWith(w, at)) && !RUN_IN_YEAR_OPENER.test(text.slice(at, at + RUN_IN_YEAR_SPAN)) && !RUN_IN_SUBJECT_OPENER.test(text.slice(at, at + RUN_IN_SUBJECT_SPAN)))
      continue
    const head = text.slice(0, at)
    const unnumbered = head.slice(pageNumber)
    const start = pageNumber > 0 && isStrongTitle(unnumbered) ? pageNumber : 0
    const title = start > 0 ? unnumbered : head
    if (!isStrongTitle(title) || !genreOf(title) || /[，。；：:]/.test(title)) continue
    // (the title printed twice before the opener, a page mark before it: `第1页共3页X方案X方案为…` → the last X)
    const twice = /(\S{4,60})\1$/.exec(title)
    return twice && isStrongTitle(twice[1]) ? { from: at - twice[1].length, to: at } : { from: start, to: at }
  }
  return null
}

const RUN_IN_OPENERS = genres.titleRunIn.openers
const RUN_IN_WITHIN = genres.titleRunIn.within
/** A year opening a work plan's preamble, then one of the grammar's words: `2023年是…`. */
const RUN_IN_YEAR_OPENER = new RegExp(`^(?:19|20)\\d{2}年(?:${wordAlternation(genres.titleRunIn.yearOpeners)})`)
/** How many code units the year opener spans at most (four digits, 年, the longest word). */
const RUN_IN_YEAR_SPAN = 5 + Math.max(...genres.titleRunIn.yearOpeners.map((w) => w.length))
/** A preamble opening by saying what its matter is, `土壤是…`: a short subject, then one of the grammar's copulas. */
const RUN_IN_SUBJECT_OPENER = new RegExp(`^[\\u4e00-\\u9fff]{1,${genres.titleRunIn.maxSubject}}?(?:${wordAlternation(genres.titleRunIn.subjectCopulas)})`)
/** How many code units the subject opener spans at most. */
const RUN_IN_SUBJECT_SPAN = genres.titleRunIn.maxSubject + Math.max(...genres.titleRunIn.subjectCopulas.map((w) => w.length))
/** A page number a sharing site glues before a run-in title: one or two digits, then the title's first character. */
const PAGE_NUMBER_BEFORE_TITLE = /^\d{1,2}(?=[\u4e00-\u9fff])/

/**
 * A page flattened to one line, its title, 字号 and text run together once the spaces between them are
 * gone (`河南省人民政府关于…的通知豫政〔2023〕5号现将…`, `…的实施意见浙政发〔2009〕69号2009-11-03为贯彻…`): where
 * the 字号 starts and ends, when the text before it is a strong title; null otherwise.
 */
function titleNumberRunIn(text: string): { at: number; from: number; end: number } | null {
  // (the regex opens with its lookbehind, so it is tried at every position of the line and reads back up to 150
  // units from each, ≈ 30 µs on a 100-unit line: a line with no 〔 where a 字号 may start holds none)
  const bracket = text.indexOf('〔', GLUED_NUMBER_FROM)
  if (bracket < 0 || bracket > GLUED_NUMBER_TO) return null
  const m = GLUED_NUMBER_AHEAD.exec(text)
  if (!m || m.index + m[0].length >= text.length) return null
  const cut = trailingGluedNumber(text.slice(0, m.index + m[0].length))
  // (a 字号 cited in brackets inside a sentence, `…是《…规划》（交规划发〔2011〕192号文印发）…`, follows no title)
  const title = cut ? text.slice(0, cut.at) : ''
  return cut && isStrongTitle(title) && !UNCLOSED.test(title) ? { at: cut.at, from: cut.from, end: m.index + m[0].length } : null
}
/**
 * The 字号 of a flattened line that prints `title` again, its 字号 and its text run together, under a site's label lines
 * (`…的通知 东政〔2023〕8号 各乡、镇人民政府,…:…`, a policy aggregator's page with its menu above, outside117 07): where
 * the 字号 starts and ends in the line, or null.
 */
export function numberAfterTitleRepeat(text: string, title: string): { from: number; end: number } | null {
  const run = titleNumberRunIn(text)
  return run && titleKey(text.slice(0, run.at)) === titleKey(title) ? { from: run.from, end: run.end } : null
}
/** An announcement's title, its year and serial in brackets after it, then its text (grammars/genres.json announcementSerial). */
const ANNOUNCEMENT_RUN_IN = new RegExp(`^(\\S{4,60}?(?:${wordAlternation(genres.announcementSerial)}))\\s*([（(](?:19|20)\\d{2}年第?\\d{1,5}号[）)])\\s*(?=\\S)`)

/**
 * A line running an announcement's title, its year and serial in brackets and its text together
 * (`安徽省卫生厅卫生执法公告 (2006年23号) 安徽省卫生厅组织对面粉进行了…`): where the number starts and ends, when the
 * text before it is a strong title; null otherwise.
 */
function announcementRunIn(text: string): { at: number; from: number; end: number } | null {
  const m = ANNOUNCEMENT_RUN_IN.exec(text)
  if (!m || !isStrongTitle(m[1])) return null
  const from = text.indexOf(m[2], m[1].length)
  return { at: m[1].length, from, end: from + m[2].length }
}

/** A 字号 in square brackets glued before a title, whatever stands before it (`…bim节能设计[天政发〔2022〕68号]天水市…`). */
const BRACKETED_NUMBER_BEFORE_TITLE = /[[［【]([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)[\]］】](?=[\u4e00-\u9fff])/

/** The label a breadcrumb opens with (`当前位置：`, `您的位置：`), as grammars/boilerplate.json's breadcrumb rules read it. */
const CRUMB_LABEL = /^(?:[您你](?:现在|当前|目前)?(?:所在)?的?位置|当前(?:所在)?位置)[：:]/
/** Where a title opening with its province or city may start: the gazetteer's names with their suffixes (grammars/units/places.json). */
const PLACE_OPENING = new RegExp(wordAlternation([...Object.entries(places.provinces).map(([name, suffix]) => name + suffix), ...Object.keys(places.cities).map((name) => `${name}市`)]), 'g')
/** How far into a breadcrumb the title run into it may start. */
const CRUMBS_MAX = 60

/**
 * How many characters of a flattened first line are a breadcrumb run into the title, no arrow left between them
 * (`当前位置：中国福建政府公报2011年第21期福建省人民政府关于…的通知闽政〔2011〕50号…`): up to the first province or city name
 * from which the line reads as a title run into its 字号 and text (titleNumberRunIn); 0 when none does.
 * @example crumbsBeforeRunInTitle('当前位置：某某公报第2期福建省人民政府关于印发某某规划的通知闽政〔2011〕50号各市：') // 12
 */
export function crumbsBeforeRunInTitle(text: string): number {
  const label = CRUMB_LABEL.exec(text)
  if (!label) return 0
  PLACE_OPENING.lastIndex = label[0].length
  for (let m = PLACE_OPENING.exec(text); m && m.index <= label[0].length + CRUMBS_MAX; m = PLACE_OPENING.exec(text)) if (titleNumberRunIn(text.slice(m.index))) return m.index
  return 0
}

/** An opening bracket not closed before the text ends. */
const UNCLOSED = /[（(][^）)]*$/
/** The first 字号 within a title's length of a line's start. */
const GLUED_NUMBER_AHEAD = /(?<=^.{6,150}?)〔\d{4}〕第?\d{1,5}号/
/** Where its 〔 may stand (the lookbehind's 6 and 150). */
const GLUED_NUMBER_FROM = 6
const GLUED_NUMBER_TO = 150

/**
 * A 字号 opening a line with the 主送 glued after it (`汕府办〔2015〕29号各县（市、区）人民政府，…：`, a journal
 * site's record perhaps opened by its tag `<正>`): the 字号's span on the line, or null. The text after it
 * must reach a colon within `GLUED_ADDRESSEES_MAX` characters with no full stop before it (a 主送 list).
 */
function leadingGluedNumber(text: string): { at: number; end: number } | null {
  const m = /^(<[^<>]{1,3}>)?([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)(?=[\u4e00-\u9fff])/.exec(text)
  if (!m) return null
  const end = m[0].length
  const colon = text.slice(end, end + GLUED_ADDRESSEES_MAX).search(/[：:]/)
  if (colon < 2 || /[。；]/.test(text.slice(end, end + colon))) return null
  return { at: m[1]?.length ?? 0, end }
}
/**
 * A 字号 glued before a 主送 up to its colon (`东丽政发〔2011〕20号各街乡,政府委办局及直属单位:《…》…`): the 字号's span, or
 * null. A cited number may open a sentence (`国办发〔2019〕5号文件要求：`): the addressee before the colon must end as an
 * organ or a body of organs does.
 */
export function numberGluedBeforeAddressees(text: string): { at: number; end: number } | null {
  const lead = leadingGluedNumber(text)
  if (!lead) return null
  const colon = text.slice(lead.end).search(/[：:]/)
  // (a bracket inside a name holds its own list: `各县（市、区）人民政府`)
  const last = text
    .slice(lead.end, lead.end + colon)
    .replace(/[（(][^（）()]*[）)]/g, '')
    .split(/[，,、\s]/)
    .pop()
  return last !== undefined && ADDRESSEE_END.test(last) ? lead : null
}
/** How an addressee of a 主送 ends: an organ, or a body of organs (`直属单位`, `各街乡`). */
const ADDRESSEE_END = /^[\u4e00-\u9fff（）()]{2,30}[府门位会委局厅办处构司心道镇乡区县市组院所校部站队]$/
/** A genre word with the 主送 glued after it, up to its colon (`…的通知各市、县（市、区）人民政府，省级有关单位：`). */
const GLUED_ADDRESSEE = /的(?:通知|通报|意见|决定|批复)各[^。：:；\n]{1,60}[：:]/
/** Longest 主送 read after a 字号 glued before it. */
const GLUED_ADDRESSEES_MAX = 120

/** Longest line read for a spam site's name after its title. */
const SPAM_TAIL_LINE_MAX = 200
/** A mark of a sentence, which no site's name holds. */
const SENTENCE_MARK = /[。，；,;！？]/

/**
 * Where a spam site's name starts after a title run onto it (`…的通知金沙娱乐城-…【官网直营】`): the end of the title's last
 * genre word, when the title reads as one up to there and the rest holds a spam word (grammars/signature.json
 * `spamWords`); -1 otherwise.
 */
function spamTailAt(text: string): number {
  if (text.length > SPAM_TAIL_LINE_MAX || !holdsSpamWord(text)) return -1
  for (let end = text.length - 1; end > 6; end--) {
    const head = text.slice(0, end)
    const rest = text.slice(end)
    // (the brand is a name, no sentence: `，负责全市的彩票发行工作。` after `…依法` is an article's text; a longer rest holds it too)
    if (SENTENCE_MARK.test(rest)) break
    if (genreOf(head) !== null && isStrongTitle(head) && holdsSpamWord(rest) && !holdsSpamWord(head)) return end
  }
  return -1
}

/**
 * On the first three lines from `from`, a site's name after a title and a 字号 cell glued after one
 * are cut off the line (`lines` is changed in place; the site's name would otherwise join the
 * title to its next printing). The glued 字号, if any, as a line of its own.
 */
export function cutTitleLineTails(lines: Line[], from: number, view: MappedText, diags: Diagnostics): Line | undefined {
  let gluedNumber: Line | undefined
  // a first line running its title into the text: the title a line of its own, the text the next
  // (title-like by its 关于, a line that glues the 主送 and its colon after the genre word is a run-in all the same)
  const run = lines[from] && (!isTitleLike(lines[from].text) || GLUED_ADDRESSEE.test(lines[from].text)) ? titleRunIn(lines[from].text) : null
  if (run) {
    const l = lines[from]
    diags.add(view, 'info', 'title-run-in', 'Split the title from the text it runs into on its line', l.start + run.to, l.end)
    const rest = l.text.slice(run.to).replace(/^\s+/, '')
    lines.splice(from, 1, { start: l.start + run.from, end: l.start + run.to, text: l.text.slice(run.from, run.to) }, { start: l.end - rest.length, end: l.end, text: rest })
  }
  // (a flattened page's breadcrumb run into its title, the arrows between them lost: `当前位置：中国福建政府公报2011年第21期福建省
  // 人民政府关于…的通知闽政〔2011〕50号…`, outside89 04): the crumbs go, the title and its 字号 are read below
  const crumbs = !run && lines[from] ? crumbsBeforeRunInTitle(lines[from].text) : 0
  if (crumbs > 0) {
    const l = lines[from]
    diags.add(view, 'info', 'title-prefix-dropped', `Dropped the site's breadcrumb "${l.text.slice(0, crumbs)}" before the title`, l.start, l.start + crumbs)
    lines[from] = { start: l.start + crumbs, end: l.end, text: l.text.slice(crumbs) }
  }
  // a flattened page's line running title, 字号 and text together: the title and the text lines of their own, the 字号 the document's
  // (or an announcement's year and serial in brackets: `…卫生执法公告 (2006年23号) 安徽省卫生厅组织…`, outside92 05)
  const numbered = !run && lines[from] && !isTitleLike(lines[from].text) ? (titleNumberRunIn(lines[from].text) ?? announcementRunIn(lines[from].text)) : null
  if (numbered) {
    const l = lines[from]
    diags.add(view, 'info', 'title-run-in', 'Split the title and its 字号 from the text they run into on their line', l.start + numbered.at, l.end)
    gluedNumber = { start: l.start + numbered.from, end: l.start + numbered.end, text: l.text.slice(numbered.from, numbered.end) }
    const rest = l.text.slice(numbered.end).replace(/^\s+/, '')
    lines.splice(from, 1, { start: l.start, end: l.start + numbered.at, text: l.text.slice(0, numbered.at) }, { start: l.end - rest.length, end: l.end, text: rest })
  }
  for (let k = from; k < Math.min(lines.length, from + 3); k++) {
    // a 字号 with the 主送 glued after it, no title above: the 字号 the document's, the 主送 a line of its own
    const lead = gluedNumber || run || numbered ? null : numberGluedBeforeAddressees(lines[k].text)
    if (lead) {
      const l = lines[k]
      diags.add(view, 'info', 'title-run-in', 'Split the 字号 from the 主送 glued after it', l.start + lead.at, l.start + lead.end)
      gluedNumber = { start: l.start + lead.at, end: l.start + lead.end, text: l.text.slice(lead.at, lead.end) }
      lines[k] = { start: l.start + lead.end, end: l.end, text: l.text.slice(lead.end) }
      continue
    }
    const site = endsLikeSiteName(lines[k].text) ? SITE_NAME_SUFFIX.exec(lines[k].text) : null
    if (site && isStrongTitle(site[1])) {
      diags.add(view, 'info', 'title-site-name', `Dropped the site's name "${site[2]}" after the title`, lines[k].start + site[1].length, lines[k].end)
      lines[k] = { start: lines[k].start, end: lines[k].start + site[1].length, text: site[1] }
    }
    // (a casino mirror's brand run onto the title, `…的通知金沙娱乐城- 金沙娱乐官网-城APP【官网直营】`, outside252 02)
    const brand = spamTailAt(lines[k].text)
    if (brand > 0) {
      diags.add(view, 'info', 'title-site-name', `Dropped the site's name "${lines[k].text.slice(brand)}" after the title`, lines[k].start + brand, lines[k].end)
      lines[k] = { start: lines[k].start, end: lines[k].start + brand, text: lines[k].text.slice(0, brand) }
    }
    const stamp = STAMP_AFTER_TITLE.exec(lines[k].text)
    if (stamp && stamp.index >= 6 && isStrongTitle(lines[k].text.slice(0, stamp.index)) && spacedAfter(lines[k], stamp.index, view)) {
      const l = lines[k]
      diags.add(view, 'info', 'title-site-name', `Dropped the site's stamp "${l.text.slice(stamp.index)}" after the title`, l.start + stamp.index, l.end)
      lines[k] = { start: l.start, end: l.start + stamp.index, text: l.text.slice(0, stamp.index) }
    }
    const prefix = SITE_TITLE_PREFIX.exec(lines[k].text)
    if (prefix && isStrongTitle(lines[k].text.slice(prefix[0].length).replace(SITE_TITLE_SUFFIX, ''))) {
      const l = lines[k]
      diags.add(view, 'info', 'title-prefix-dropped', `Dropped the site's tag "${prefix[0].trim()}" before the title`, l.start, l.start + prefix[0].length)
      lines[k] = { start: l.start + prefix[0].length, end: l.end, text: l.text.slice(prefix[0].length) }
    }
    const crumbs = breadcrumbLength(lines[k], view) || arrowBreadcrumbLength(lines[k].text)
    if (crumbs > 0) {
      const l = lines[k]
      diags.add(view, 'info', 'title-prefix-dropped', `Dropped the site's breadcrumb "${l.text.slice(0, crumbs)}" before the title`, l.start, l.start + crumbs)
      lines[k] = { start: l.start + crumbs, end: l.end, text: l.text.slice(crumbs) }
    }
    const suffix = SITE_TITLE_SUFFIX.exec(lines[k].text) ?? abridgedRuleTag(lines[k].text) ?? partNumberTag(lines[k].text) ?? effectiveTail(lines[k].text)
    // (or after the title quoted whole, `《…规划(2018-2022年)》(全文)`, a news site's repost, outside189 03)
    if (suffix && readsAsTitle(lines[k].text.slice(0, suffix.index))) {
      const l = lines[k]
      const after = suffix.index + suffix[0].length
      diags.add(view, 'info', 'title-site-name', `Dropped the site's word "${suffix[0]}" after the title`, l.start + suffix.index, l.start + after)
      const head = { start: l.start, end: l.start + suffix.index, text: l.text.slice(0, suffix.index) }
      // (the period after the word, a line of its own: the title takes it back as a period printed under it)
      if (after < l.text.length) lines.splice(k, 1, head, { start: l.start + after, end: l.end, text: l.text.slice(after) })
      else lines[k] = head
    }
  }
  // a site's title cell with the 字号 cell glued after it (`关于印发…的通知 常政发〔2023〕1号 |`), or a portal's
  // heading under its name and breadcrumb (`…的通知-吉民发〔2022〕24号`, outside55 03)
  for (let k = from; k < Math.min(lines.length, from + GLUED_NUMBER_TITLE_DEPTH) && !gluedNumber; k++) {
    const split = splitGluedNumber(lines[k])
    if (split) {
      gluedNumber = split.number
      lines[k] = split.title
    }
  }
  // a report's title with its delivery dateline and speaker on its line (`政府工作报告 (2019年1月21日在…会议上) 某市市长 某某`)
  for (let k = from; k < Math.min(lines.length, from + 3); k++) {
    const d = DELIVERY_TAIL.exec(lines[k].text)
    if (!d || !isStrongTitle(d[1])) continue
    diags.add(view, 'info', 'title-run-in', 'Split the delivery dateline and the speaker from the title on its line', lines[k].start + d[1].length, lines[k].end)
    lines[k] = { start: lines[k].start, end: lines[k].start + d[1].length, text: d[1] }
  }
  // a law's history in brackets printed on its title's line (`辽宁省中医药条例(2023年5月22日…会议通过)`, outside90 04):
  // the bracket a line of its own under the title, where the history is read
  for (let k = from; k < Math.min(lines.length, from + 3); k++) {
    const h = HISTORY_TAIL.exec(lines[k].text)
    if (!h || !isStrongTitle(h[1])) continue
    const l = lines[k]
    diags.add(view, 'info', 'title-run-in', 'Split the history in brackets from the title on its line', l.end - h[2].length, l.end)
    lines.splice(k, 1, { start: l.start, end: l.start + h[1].length, text: h[1] }, { start: l.end - h[2].length, end: l.end, text: h[2] })
  }
  // a site's title cell closed by its border, under the label rows (`…的通知 |`)
  for (let k = from; k < Math.min(lines.length, from + BORDERED_TITLE_DEPTH); k++) {
    const cell = titleCellBorder(lines[k].text)
    if (cell && isStrongTitle(cell[1])) lines[k] = { start: lines[k].start, end: lines[k].start + cell[1].length, text: cell[1] }
  }
  return gluedNumber
}

/**
 * A day in brackets closing a title line, its year printed or not (`(7月2日)`, `（2018年7月2日）`), or a portal's posting
 * date so (`上海市气象事业发展“十二五”规划 ( 2013-07-19 )`, outside130 03).
 */
const TRAILING_DAY = /\s*[（(]\s*(?:(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日|(?:19|20)\d{2}-(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9]))\s*[）)]\s*$/

/** The last character of an organ's name (厅, 局, 委 …): what is left of it when spam words took its place's name. */
const ORGAN_END = /[厅局委办室府会部院署]$/
/** Is the title's text up to `n` its input as printed from its start (so dropping `n` characters keeps its offsets right)? */
const printedUpTo = (title: TitleSpan, n: number, view: MappedText): boolean => n >= 0 && view.text.slice(title.start, title.start + n) === title.text.slice(0, n)

/**
 * Where a gambling site's name printed in the organ's place ends, 关于 after it (`江南体育官方网站入 关于印发《…》的通知`,
 * outside184 04), or -1. The title is printed whole, or its first line is printed as it stands with the title broken over
 * lines after it (`即时比分关于印发《2026年` ⏎ `…》的通知`, outside244 05) — there only when nothing of an organ's name is
 * left before 关于 (`PA真人视讯办公厅关于…` keeps its office, outside203 04).
 */
function spamBeforeAbout(title: TitleSpan, view: MappedText): number {
  const at = aboutAt(title.text)
  if (at <= 0) return -1
  const head = title.text.slice(0, at)
  const printed = printedWhole(title) || (printedUpTo(title, at, view) && !ORGAN_END.test(head))
  return printed && holdsSpamWord(head) && isStrongTitle(title.text.slice(at)) ? at : -1
}

/** The title without its first `n` characters, which a diagnostic names. */
function dropHead(title: TitleSpan, n: number, code: string, message: string, view: MappedText, diags: Diagnostics): TitleSpan {
  diags.add(view, 'info', code, message, title.start, title.start + n)
  return { text: title.text.slice(n), start: title.start + n, end: title.end }
}

/**
 * The title with what a site glued before or after it dropped, and the 字号 found glued to it
 * (`numberFirst` stays when one was already found); `labelled` when it was read out of a label table's
 * title cell (`标  题 关于…的通知`).
 */
/** A site's heading cut inside its genre word, an ellipsis closing it (`…工作方案的通...`, `…的通…`): the characters printed. */
const CUT_GENRE = /的([\u4e00-\u9fff]{1,2})(?:\.{2,}|…+|。{3})$/

/**
 * The genre an issuing title cut inside its genre word ends with (`新昌县人民政府办公室关于印发…工作方案的通...`, outside110 01):
 * an issuing title (grammars/genres.json issuingTitle) is a 通知, so the printed characters must open that word; null otherwise.
 * @example restoredIssuingGenre('某县人民政府办公室关于印发某县工作方案的通...') // '某县人民政府办公室关于印发某县工作方案的通知'
 */
export function restoredIssuingGenre(title: string): string | null {
  const cut = CUT_GENRE.exec(title)
  if (!cut || !genres.issuingTitle.genre.startsWith(cut[1]) || !hasIssuingVerb(title.slice(0, cut.index))) return null
  return title.slice(0, cut.index + 1) + genres.issuingTitle.genre
}

export function repairTitle(
  title: TitleSpan,
  numberFirst: Line | undefined,
  view: MappedText,
  diags: Diagnostics,
): { title: TitleSpan; numberFirst: Line | undefined; labelled: boolean; statusNote?: Line; validityMark?: string } {
  // A law site's note on the repealed or amended text before its title (`*注：本篇法规已被《…》（…）废止某省…办法`):
  // a history event, no part of the title (the title after it may still carry the site's version tag)
  const note = printedWhole(title) ? statusNoteLength(title.text) : 0
  const afterNote = title.text.slice(note)
  const statusNote =
    note && isStrongTitle(afterNote.slice(0, afterNote.length - versionTagLength(afterNote))) ? { start: title.start, end: title.start + note, text: title.text.slice(0, note) } : undefined
  if (statusNote) title = dropHead(title, note, 'title-prefix-dropped', `Read the site's note "${statusNote.text}" before the title as a history event`, view, diags)
  // A reposting page's keyword or ad glued before the title with a colon (`某某排名：公安部关于印发…的通知`)
  const glued = printedWhole(title) ? GLUED_PREFIX.exec(title.text) : null
  const spamAt = spamBeforeAbout(title, view)
  if (glued && isStrongTitle(glued[2]) && aboutAt(glued[2]) > 0 && isIssuerLine(glued[2].slice(0, aboutAt(glued[2]))) && !isIssuerLine(glued[1]))
    title = dropHead(title, glued[1].length + 1, 'title-prefix-dropped', `Dropped "${glued[1]}" glued before the title`, view, diags)
  // …or a gambling site's name printed where the organ stood, before 关于
  else if (spamAt > 0) title = dropHead(title, spamAt, 'title-prefix-dropped', `Dropped the spam words "${title.text.slice(0, spamAt).trim()}" before the title`, view, diags)
  // …or a news page's dateline, the place the title names, before a title that opens with 关于 (`北京：关于印发《北京市…》的通知`)
  else if (glued && DATELINE.test(glued[1]) && aboutAt(glued[2]) === 0 && glued[2].includes(glued[1]) && isStrongTitle(glued[2]))
    title = dropHead(title, glued[1].length + 1, 'title-prefix-dropped', `Dropped the dateline "${glued[1]}" before the title`, view, diags)
  // An SEO page's keywords glued before a 字号 in square brackets and the title (`节能创新设计,…,bim节能设计[天政发〔2022〕68号]
  // 天水市人民政府关于印发《…》的通知`, outside96 08): the title after the bracket, the bracket's number the document's
  const bracketed = printedWhole(title) ? BRACKETED_NUMBER_BEFORE_TITLE.exec(title.text) : null
  if (bracketed && isStrongTitle(title.text.slice(bracketed.index + bracketed[0].length))) {
    const at = bracketed.index + bracketed[0].length
    numberFirst ??= { start: title.start + bracketed.index + 1, end: title.start + at - 1, text: bracketed[1] }
    title = dropHead(title, at, 'title-prefix-dropped', `Dropped "${title.text.slice(0, at)}" before the title`, view, diags)
  }
  // A site's label table read as text, its 标题 label glued to the title (`标  题 河南省人民政府关于…的通知`,
  // `名称 关于印发…的通知`, `Title 103年度…计画`): a label that is also a word (名称) only with the space printed after it
  const labelled = printedWhole(title) ? TITLE_LABEL.exec(title.text) : null
  // (the view keeps a space between Latin and a digit: `Title 103年度…`)
  const cut = labelled ? labelled[0].length + (title.text.slice(labelled[0].length).length - title.text.slice(labelled[0].length).trimStart().length) : 0
  const labelCut = labelled !== null && (GLUED_TITLE_LABEL.test(labelled[0]) || cut > labelled[0].length || spacedAfter(title, cut, view)) && isStrongTitle(title.text.slice(cut))
  if (labelled && labelCut) title = dropHead(title, cut, 'title-prefix-dropped', `Dropped the label "${labelled[0]}" before the title`, view, diags)
  // (or the last character of such a label and its colon, the table's first column cropped: `称: 关于对…议案的答复函`
  // under `号: 94/202601-00004` and `词: 发文日期: …`, outside246 05)
  const cropped = printedWhole(title) ? CROPPED_TITLE_LABEL.exec(title.text) : null
  if (cropped && isStrongTitle(title.text.slice(cropped[0].length)))
    title = dropHead(title, cropped[0].length, 'title-prefix-dropped', `Dropped the cropped label "${cropped[0].trim()}" before the title`, view, diags)
  // A record line of a compiled page: the date, the title in 《》 and its 字号 (`2010.10.13《…的通知》银监办发〔2010〕309号`)
  const record = printedWhole(title) ? QUOTED_RECORD.exec(title.text) : null
  if (record && (record[1] || record[3]) && isStrongTitle(record[2])) {
    const open = title.text.indexOf('《')
    diags.add(view, 'info', 'title-prefix-dropped', 'Read the title out of a record line (date, 《title》, 字号)', title.start, title.end)
    if (record[3]) numberFirst ??= { start: title.end - record[3].length, end: title.end, text: record[3] }
    title = { text: record[2], start: title.start + open + 1, end: title.start + open + 1 + record[2].length }
  }
  // A site's breadcrumb with arrows on the title's line, the line found past the page's menu where the line-by-line repair
  // does not look (`好律师> 法律法规库> 地方法规> 江西省人民政府关于…的通知`, outside259 07)
  const arrowCrumbs = printedWhole(title) ? arrowBreadcrumbLength(title.text) : 0
  if (arrowCrumbs > 0) title = dropHead(title, arrowCrumbs, 'title-prefix-dropped', `Dropped the site's breadcrumb "${title.text.slice(0, arrowCrumbs)}" before the title`, view, diags)
  // A news site's headline reporting the document by its title in 《》 (`省卫生厅发出《关于印发…的通知》`): the quoted title
  // (or the place it is of before the quoted title, no verb: `海南省《关于加快推进文化改革发展的决定》`, outside263 02)
  const byVerb = printedWhole(title) ? REPORTED_TITLE.exec(title.text) : null
  const byPlace = printedWhole(title) && !byVerb ? PLACE_QUOTED_TITLE.exec(title.text) : null
  const reported = (byVerb && isIssuerLine(byVerb[1]) ? byVerb : null) ?? byPlace
  if (reported && aboutAt(reported[2]) === 0 && isStrongTitle(reported[2])) {
    const open = title.text.indexOf('《')
    diags.add(view, 'info', 'title-prefix-dropped', `Read the title out of the headline "${title.text.slice(0, open)}《…》"`, title.start, title.end)
    title = { text: reported[2], start: title.start + open + 1, end: title.start + open + 1 + reported[2].length }
  }
  // the English translation a foreign-language page prints after the title (`…第110号通告 No.110 Notice on …`)
  // (a title line is short: the pattern, tried from every position, reads no page-long line)
  const english = title.text.length <= TRANSLATED_TITLE_MAX ? TRAILING_TRANSLATION.exec(title.text) : null
  if (english && printedWhole(title) && isStrongTitle(title.text.slice(0, english.index).trimEnd())) {
    const kept = title.text.slice(0, english.index).trimEnd()
    diags.add(view, 'info', 'title-translation', `Dropped the translation "${english[0].trim()}" after the title`, title.start + kept.length, title.end)
    title = { text: kept, start: title.start, end: title.start + kept.length }
  }
  // A 字号 in brackets closing the title line (`…的通知（岳办发〔2017〕2号）`) is the 字号, not title.
  const trailing = TRAILING_NUMBER.exec(title.text)
  if (trailing && printedWhole(title) && isTitleLike(title.text.slice(0, trailing.index))) {
    numberFirst ??= { start: title.end - trailing[0].length + 1, end: title.end - 1, text: trailing[1] }
    title = { text: title.text.slice(0, trailing.index), start: title.start, end: title.end - trailing[0].length }
  }
  // …or glued before it, as a site's label table and its heading print it (`江政办〔2020〕2 号 区人民政府办公室关于…的通知`)
  const leading = LEADING_NUMBER.exec(title.text)
  // (the rest an `X关于…` title and the code no part of one: 关于废止桐政办〔2019〕3号文件的通知 cites a 字号)
  const rest = leading ? title.text.slice(leading[0].length) : ''
  if (leading && printedWhole(title) && !leading[1].includes('关于') && rest.includes('关于') && isStrongTitle(rest)) {
    numberFirst ??= { start: title.start, end: title.start + leading[1].length, text: leading[1] }
    title = { text: rest, start: title.start + leading[0].length, end: title.end }
  }
  // a law site's version tag closing the title (`…管理规定(2002年)`, `…办法(2004年修正)`); a plan's revision is its edition
  const tag = planEdition(title.text) ? 0 : versionTagLength(title.text)
  if (tag && isStrongTitle(title.text.slice(0, -tag).trim()) && printedWhole(title)) {
    const kept = title.text.slice(0, -tag).trimEnd()
    diags.add(view, 'info', 'title-version-tag', `Dropped the site's version tag "${title.text.slice(kept.length).trim()}" from the title`, title.start + kept.length, title.end)
    title = { text: kept, start: title.start, end: title.start + kept.length }
  }
  // the day a notice was issued, printed in brackets after its genre word (`…监测情况的通报(7月2日)`, outside50 04): no part of the title
  const day = TRAILING_DAY.exec(title.text)
  if (day && isStrongTitle(title.text.slice(0, day.index)) && printedWhole(title)) {
    diags.add(view, 'info', 'title-date-tail', `Dropped the date "${day[0].trim()}" printed after the title`, title.start + day.index, title.end)
    title = { text: title.text.slice(0, day.index), start: title.start, end: title.start + day.index }
  }
  // a site's heading cut inside the genre word of an issuing title (`…的通...`): the title as its genre completes it
  const restored = restoredIssuingGenre(title.text)
  if (restored) {
    diags.add(view, 'info', 'title-repaired', `Completed the title the site cut after "${title.text.slice(-8)}"`, title.start, title.end)
    title = { ...title, text: restored }
  }
  // a site's validity mark closing the title (`…规划》的通知(已失效)`, outside167 04): the document's status, no part of its name
  const validity = trailingValidityMark(title.text)
  let validityMark = validity && printedWhole(title) && isStrongTitle(title.text.slice(0, validity.at)) ? validity.status : undefined
  if (validity && validityMark) {
    diags.add(view, 'info', 'title-validity-mark', `Dropped the site's validity mark "${title.text.slice(validity.at).trim()}" from the title`, title.start + validity.at, title.end)
    title = { text: title.text.slice(0, validity.at), start: title.start, end: title.start + validity.at }
  }
  // (or opening it: `(失效)北京市东城区人民政府关于印发…的通知` under the portal's label list, outside213 05)
  const opening = validityMark ? null : leadingValidityMark(title.text)
  if (opening && printedWhole(title) && isStrongTitle(title.text.slice(opening.end))) {
    validityMark = opening.status
    diags.add(view, 'info', 'title-validity-mark', `Dropped the site's validity mark "${title.text.slice(0, opening.end).trim()}" from the title`, title.start, title.start + opening.end)
    title = { text: title.text.slice(opening.end), start: title.start + opening.end, end: title.end }
  }
  // the draft mark of a text put out for comment closing the title (`…工作方案（征求公众意见）`)
  const draft = TRAILING_DRAFT_MARK.exec(title.text)
  if (draft && isStrongTitle(title.text.slice(0, draft.index)) && printedWhole(title)) {
    diags.add(view, 'info', 'title-draft-mark', `Dropped the draft mark "${draft[0].trim()}" from the title`, title.start + draft.index, title.end)
    title = { text: title.text.slice(0, draft.index), start: title.start, end: title.start + draft.index }
  }
  // an archive's tagged one-line title over the report's own printing of it, read as one title with it
  // (`决胜… 夺取…伟大胜利 (十九大)` / `决胜…` / `为夺取…伟大胜利` / `——在…上的报告`): the tagged line is the title
  const firstLineEnd = view.text.indexOf('\n', title.start)
  const firstLine = firstLineEnd > title.start && firstLineEnd < title.end ? view.text.slice(title.start, firstLineEnd).trimEnd() : ''
  if (isCongressTaggedTitle(firstLine)) title = { text: firstLine, start: title.start, end: title.start + firstLine.length }
  // an archive's congress tag closing a report's title (`高举…而奋斗 (十七大)`): the title is the slogan before it
  const congress = CONGRESS_TAG.exec(title.text)
  if (congress && congress.index >= 4 && printedWhole(title)) {
    diags.add(view, 'info', 'title-version-tag', `Dropped the archive's tag "${congress[0].trim()}" from the title`, title.start + congress.index, title.end)
    title = { text: title.text.slice(0, congress.index), start: title.start, end: title.start + congress.index }
  }
  // (both may open it, either first: `【地方】(2016)河北省人民政府关于…的批复`, outside230 02)
  for (let pass = 0; pass < 2; pass++) {
    // a repost site's year tag opening the title (`(2008年)合肥市人民政府关于印发2008年重点工作的通知`)
    const yearTag = LEADING_YEAR_TAG.exec(title.text)
    if (yearTag && isStrongTitle(title.text.slice(yearTag[0].length)) && printedWhole(title))
      title = dropHead(title, yearTag[0].length, 'title-version-tag', `Dropped the site's year tag "${yearTag[0].trim()}" from the title`, view, diags)
    // a portal's date or column tag opening the title it labels, and its name glued before a title opening with it
    const siteTag = LEADING_SITE_TAG.exec(title.text)
    if (siteTag && isStrongTitle(title.text.slice(siteTag[0].length)) && printedWhole(title))
      title = dropHead(title, siteTag[0].length, 'title-version-tag', `Dropped the site's tag "${siteTag[0].trim()}" from the title`, view, diags)
  }
  // (a PDF page's number glued before the title on its first line: `1辽宁省突发事件应对条例`, outside233 03)
  const pageNumber = LEADING_PAGE_NUMBER.exec(title.text)
  if (pageNumber && isStrongTitle(title.text.slice(pageNumber[0].length)) && printedWhole(title))
    title = dropHead(title, pageNumber[0].length, 'title-version-tag', `Dropped the page number "${pageNumber[0]}" glued before the title`, view, diags)
  const doubled = DOUBLED_PLACE.exec(title.text)
  if (doubled && isStrongTitle(title.text.slice(doubled[1].length)) && printedWhole(title))
    title = dropHead(title, doubled[1].length, 'title-version-tag', `Dropped "${doubled[1]}" printed twice before the title`, view, diags)
  // a site's quoted column tag opening the title (`“党政混合信息公开” 中共X区委办公室 X区人民政府办公室印发《…》的通知`):
  // organs follow it, then 关于 or their issuing verb (a title opening with a quoted slogan, `“十四五”…规划`, has no organ after it)
  const quotedTag = QUOTED_TAG.exec(title.text)
  if (quotedTag && printedWhole(title)) {
    const rest = title.text.slice(quotedTag[0].length)
    const verb = aboutAt(rest) > 0 ? aboutAt(rest) : rest.search(ISSUING_QUOTE)
    if (verb > 0 && isStrongTitle(rest) && isIssuerLine(rest.slice(0, verb)))
      title = dropHead(title, quotedTag[0].length, 'title-version-tag', `Dropped the site's tag "${quotedTag[0].trim()}" from the title`, view, diags)
  }
  // spam words a hijacked copy printed where the organ stood, before the organ's office (`欧宝体育办公厅关于印发…的通知`,
  // outside99 03): left out, the office kept, as a title names its issuer (grammars/signature.json `offices`)
  const about = aboutAt(title.text)
  const owner = about > 0 ? spamBeforeOffice(title.text.slice(0, about)) : 0
  // (the words printed as they stand at the title's start: a title broken over lines keeps its first line whole)
  if (owner > 0 && view.text.slice(title.start, title.start + owner) === title.text.slice(0, owner))
    title = dropHead(title, owner, 'title-prefix-dropped', `Dropped "${title.text.slice(0, owner)}" before the office, words that name no organ`, view, diags)
  return { title, numberFirst, labelled: labelCut, statusNote, validityMark }
}
