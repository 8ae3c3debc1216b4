/**
 * The publication stamp of an issuer's own portal (grammars/header-labels.json `portalStamp`): between the title and
 * the body a page prints a date and the source it credits; when that source is the document's one issuer (or the site
 * itself, `本网`), the page is where the document was published and the date is when.
 */
import places from '../../grammars/units/places.json' with { type: 'json' }
import headerLabels from '../../grammars/header-labels.json' with { type: 'json' }
import boilerplate from '../../grammars/boilerplate.json' with { type: 'json' }
import { wordAlternation } from '../text/regexp.js'

const { cellLabels, dateLabels, sourceLabels, sourceEnds, window: WINDOW, ownOffices, selfSources, portalNames, sectionEnds, shortOffices, welcomeWords, newsCrumb } = headerLabels.portalStamp
/** A site's domain printed in its stamp line before the date (`河南省人民政府门户网站 www.henan.gov.cn   2017年09月29日   来源:…`). */
const SITE_DOMAIN = '(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:gov\\.cn|com\\.cn|cn|com|net|org)'
// a date after a label, or alone on its line, or after the site's domain (dashes, or 年月日 with two-digit month and day as a portal's template prints
// them: `2017年09月29日`, outside191 07; a mirror's copy may space it after each dash and colon, `2022- 07- 22 16: 21`, outside249 02)
/** A time run onto the 日 with its first colon lost to a space (`2021年05月18日21 09:00`, outside257 02). */
const GLUED_TIME = '\\d{1,2} \\d{2}[：:]\\d{2}'
// (or after the portal a source label names, on its line: `来源:福建省人民政府门户网站 2011-09-27 15:05`, outside267 05)
const PORTAL_SOURCE = `(?:${wordAlternation(sourceLabels)})[ \\t]*[：:][ \\t]*[\\u4e00-\\u9fff]{2,30}(?:${wordAlternation(portalNames)})[ \\t]*`
const STAMP = new RegExp(
  `(?:(?:${wordAlternation(dateLabels)})[ \\t]*[：:][ \\t\\n]*|(?:^|\\n)[ \\t]*|${SITE_DOMAIN}[ \\t]+|${PORTAL_SOURCE})(\\d{4})(?:- ?(\\d{2})- ?(\\d{2})|年(\\d{2})月(\\d{2})日)(?:[ \\t]+\\d{1,2}[：:] ?\\d{2}(?:[：:] ?\\d{2})?|${GLUED_TIME})?(?=[ \\t]*\\n|[^\\d])`,
)
// the credited name, up to the line's end or the next label of the row
// (or at a cell border: `来源: 某县人民政府办公室  |   发布日期: …`, outside170 07; the next label perhaps after a space,
// `来源:测绘地勘科 发表时间:…`, outside208 04)
// (or before the date printed after it, `来源:福建省人民政府门户网站 2011-09-27 15:05`, its space perhaps dropped by normalize)
const SOURCE = new RegExp(`(?:${wordAlternation(sourceLabels)})[ \\t]*[：:][ \\t\\n]*([\\u4e00-\\u9fff（）]{2,30}?)(?=[ \\t]*(?:\\n|$|[|｜]|${wordAlternation(sourceEnds)})|[ \\t]*\\d{4}-\\d{1,2}-)`)

/**
 * A portal's stamp alone on its line: a date label, the date (dashes, slashes or 年月日; perhaps its time), then at
 * most a few short cells and no sentence (`时间：2020-10-13点击：`, `日期：2015/09/25来源：新华网字号：[ ]`).
 */
/** A date label, the date (dashes, slashes or 年月日; perhaps its time), then at most a few short cells to the line's end. */
const DATED_CELLS = `(?:${wordAlternation(dateLabels)})[ \\t]*[：:][ \\t]*\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:[ \\t]*\\d{1,2}[：:时]\\d{2}(?:[：:分]\\d{2})?)?[^。；！？]{0,40}$`
// (perhaps after the site's name, `特种装备网 发布时间:2019-08-23`, outside198 04)
const STAMP_LINE = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,12}(?:网|网站)[ \\t]*)?${DATED_CELLS}`)

/**
 * Whether `text` is a portal's stamp line under a title (over the label rows or the organ lines under it).
 * @example isStampLine('日期：2015/09/25来源：新华网字号：[ ]') // true
 * @example isStampLine('时间：2020年10月13日，市政府召开常务会议。') // false
 */
export const isStampLine = (text: string): boolean =>
  STAMP_LINE.test(text) || SOURCE_FIRST_STAMP_LINE.test(text) || BRACKETED_STAMP_LINE.test(text) || DATE_FIRST_STAMP_LINE.test(text) || DATE_THEN_CELLS_LINE.test(text)

/**
 * …or one crediting its source first, the date after it (`文章来源:陇南市人民政府 发表时间:2017-12-20 10:18 责任编辑:焦杨`,
 * outside130 05): a source label (perhaps after 文章), a short name, then a date label and the date, then short cells.
 */
const SOURCE_FIRST_STAMP_LINE = new RegExp(`^(?:文章)?(?:${wordAlternation(sourceLabels)})[ \\t]*[：:][^。；！？：:]{1,30}?${DATED_CELLS}`)

/**
 * …or one printing its date with no label, its time, then its source (`2022年06月07日 09:06 来源:中国西藏新闻网`, a news
 * site's page, outside178 06): the date opens the line and a source label follows it, then short cells.
 */
const DATE_FIRST_STAMP_LINE = new RegExp(
  `^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:[ \\t]*\\d{1,2}[：:]\\d{2}(?:[：:]\\d{2})?|${GLUED_TIME})?[ \\t]*(?:${wordAlternation(sourceLabels)})[ \\t]*[：:][^。；！？]{0,40}$`,
)

/**
 * …or one printing its date alone, then only counter cells (`2017-02-14    点击:8次`, a county portal's page, outside254 05):
 * the date opens the line, one of `cellLabels` follows it.
 */
const DATE_THEN_CELLS_LINE = new RegExp(
  `^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:[ \\t]*\\d{1,2}[：:]\\d{2}(?:[：:]\\d{2})?)?[ \\t]*(?:${wordAlternation(cellLabels)})[ \\t]*[：:][^。；！？]{0,30}$`,
)
/** One cell of a stamp printed a cell to a line: a label, then a short value or none (`点击：631`, `来源：`). */
const STAMP_CELL = new RegExp(`^(?:${wordAlternation([...cellLabels, ...sourceLabels, ...dateLabels])})[ \\t]*[：:][^。；！？，,]{0,30}$`)

/**
 * One cell of a portal's stamp alone on its line: a stamp label and a short value or none.
 * @example isStampCell('点击：631') // true
 */
export const isStampCell = (text: string): boolean => STAMP_CELL.test(text)

/**
 * Where a portal's stamp printed one cell to a line ends (`时间：2016-11-15` ⏎ `点击：631` ⏎ `来源：`, outside100 03): the index
 * after a run of two or more stamp cells from `from`, a dated one among them; `from` when the lines there are none.
 * @example stampCellsEnd([{ text: '时间：2016-11-15' }, { text: '点击：631' }, { text: '来源：' }, { text: '各市人民政府：' }], 0, 4) // 3
 */
export function stampCellsEnd(lines: readonly { text: string }[], from: number, to: number): number {
  let k = from
  let dated = false
  for (; k < to; k++) {
    const dateCell = STAMP_LINE.test(lines[k].text)
    if (!dateCell && !STAMP_CELL.test(lines[k].text)) break
    dated ||= dateCell
  }
  return k - from >= 2 && dated ? k : from
}

/** A portal's stamp printed as 【】 cells (`【发布时间:2017年06月27日】  【来源:自治区政府网站】  【打印】`, outside88 04). */
const BRACKETED_STAMP_LINE = new RegExp(`^【(?:${wordAlternation([...dateLabels, ...sourceLabels])})[ \\t]*[：:][^】]{0,40}】(?:\\s*【[^】]{0,40}】?)*\\s*$`)

/** `常山县人民政府办公室` is the office of `常山县政府` (or `常山县人民政府`): a government's portal publishing its office's document. */
function isOwnOffice(issuer: string, source: string): boolean {
  const government = source.endsWith('人民政府') ? source : source.endsWith('政府') ? `${source.slice(0, -2)}人民政府` : null
  return government !== null && ownOffices.some((office) => issuer === government + office)
}

/**
 * `福建省农业农村厅` credited by its short name on its own site, `省农业农村厅` (outside52 05): the source is the
 * issuer without the place its name opens with, and opens with the place's level (省, 市, 县, 区, 州, 盟, 旗).
 * @example isShortName('贵阳市人民政府办公厅', '市人民政府办公厅') // true
 */
export function isShortName(issuer: string, source: string): boolean {
  const place = issuer.length - source.length
  // (a prefecture, league or banner too: `州政府办公室` on 甘孜州's portal, outside257 02)
  return place >= 2 && place <= 6 && issuer.endsWith(source) && /^[省市县区州盟旗]/.test(source) && /^[\u4e00-\u9fff]+$/.test(issuer.slice(0, place))
}

/** `市政府办` as its office's full name, `市人民政府办公室`, `市政府` as `市人民政府` (grammars/header-labels.json `shortOffices`); other sources as printed. */
function fullOfficeName(source: string): string {
  for (const [short, full] of shortOffices) if (source.endsWith(short) && !source.endsWith(full)) return source.slice(0, -short.length) + full
  return source
}

const PROVINCES = Object.entries(places.provinces).sort((a, b) => b[0].length - a[0].length)

/** A source naming its province short (`宁夏生态环境厅`, `广西发展改革委`) with the province's full name; others as printed. */
function withFullProvince(source: string): string {
  for (const [name, suffix] of PROVINCES) if (source.startsWith(name) && !source.startsWith(name + suffix)) return name + suffix + source.slice(name.length)
  return source
}

const ETHNIC_GROUPS = wordAlternation(places.autonomousAreas.ethnicGroups)
const AUTONOMOUS_AREA = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?)(?:${ETHNIC_GROUPS})+自治(${wordAlternation(places.autonomousAreas.levels)})`)

/**
 * An autonomous prefecture's or county's name as its own portal shortens it, the ethnic groups and 自治 left out
 * (grammars/units/places.json `autonomousAreas`); other names as given.
 * @example shortAutonomousName('大理白族自治州人民政府') // '大理州人民政府'
 */
export const shortAutonomousName = (name: string): string => name.replace(AUTONOMOUS_AREA, '$1$2')

/** `大理州人民政府办公室` (or `政府办`, its place left off) is the office of `大理州人民政府`: a government's portal credits its office for the government's own document. */
function isIssuersOffice(issuer: string, fullSource: string): boolean {
  return issuer.endsWith('人民政府') && ownOffices.some((office) => fullSource === issuer + office || fullSource === `人民政府${office}` || isShortName(issuer + office, fullSource))
}

/** Whether `source` credits `issuer`, the document's one issuer: by name, as its government's portal or its office, or by a short name. */
function creditsOneIssuer(issuer: string, source: string): boolean {
  const full = fullOfficeName(source)
  return (
    source === issuer || full === issuer || isOwnOffice(issuer, source) || isIssuersOffice(issuer, full) || isShortName(issuer, source) || isShortName(issuer, full) || namesShortIssuer(issuer, source)
  )
}

/**
 * Whether the credited source is the document's one issuer: by name, as its government's portal or its office, or by a
 * short name (an autonomous prefecture's too: `大理州政府办公室` over a notice of 大理白族自治州人民政府, outside195 03).
 * @example creditsIssuer(['贵阳市人民政府办公厅'], '市政府办公厅') // true
 */
export function creditsIssuer(issuers: readonly string[], portalOrSource: string): boolean {
  // (a portal named, `福建省人民政府门户网站`: its organ credited)
  const portal = portalNames.find((name) => portalOrSource.endsWith(name) && portalOrSource.length > name.length + 1)
  const source = portal ? portalOrSource.slice(0, -portal.length) : portalOrSource
  // (a joint document on one issuer's own portal, crediting that issuer by its name — the province perhaps short,
  // `宁夏生态环境厅` for 宁夏回族自治区生态环境厅, outside114 05)
  const named = withFullProvince(source)
  if (issuers.some((issuer) => issuer === source || issuer === named)) return true
  if (issuers.length !== 1) return false
  const short = shortAutonomousName(issuers[0])
  return creditsOneIssuer(issuers[0], source) || (short !== issuers[0] && creditsOneIssuer(short, source))
}

/**
 * The issuer named short (`市教委`, `市政府`: the title's) and the source in full (`天津市教育委员会`, a 版头's
 * `常州市人民政府文件`): the same organ.
 * @example namesShortIssuer('市政府', '常州市人民政府') // true
 */
export const namesShortIssuer = (issuer: string, source: string): boolean => issuer !== source && isShortName(source, fullOfficeName(issuer))

/**
 * The full name the issuer's own portal credits when the document names its one issuer short (`市教委关于印发…的通知`
 * under `来源:天津市教育委员会`, outside81 06), found between `start` and `end` as ownPortalStamp reads the stamp; else null.
 * @example fullIssuerFromStamp('市教委关于…的通知\n来源:天津市教育委员会 发布时间:2022-03-11 14:17\n各有关单位：\n', 0, 40, ['市教委']) // '天津市教育委员会'
 */
export function fullIssuerFromStamp(text: string, start: number, end: number | undefined, issuers: readonly string[]): string | null {
  if (issuers.length !== 1) return null
  const source = SOURCE.exec(text.slice(start, end ?? start + WINDOW))?.[1]
  return source && namesShortIssuer(issuers[0], source) ? source : null
}

/**
 * Whether one line holds a portal's stamp: a date as ownPortalStamp reads it and a credited source.
 * @example holdsStamp('河南省人民政府门户网站 www.henan.gov.cn   2017年09月29日   来源:省政府办公厅') // true
 */
export const holdsStamp = (line: string): boolean => STAMP.test(line) && SOURCE.test(line)

/** A place's level or a government in a name (`市`, `自治区`, `政府`): a section names neither, the organ above it being the site's own. */
const NAMES_PLACE = /[省市县区州盟旗]|政府/
/**
 * A section of the organ whose site prints the stamp (`测绘地勘科`, `局办公室`, `办公室`: grammars/header-labels.json
 * `sectionEnds`, no place named): the organ's own site credits its section, as a self-crediting stamp.
 * @example isOwnSection('测绘地勘科') // true
 * @example isOwnSection('市人民政府办公室') // false: an office of a named government, matched against the issuer instead
 */
export function isOwnSection(source: string): boolean {
  return source.length <= 10 && !NAMES_PLACE.test(source) && sectionEnds.some((end) => source.endsWith(end))
}

/** The ISO date of the first stamp in `window` (dashes, or 年月日), or null. */
function stampDateIn(window: string): string | null {
  const stamp = STAMP.exec(window)
  return stamp ? `${stamp[1]}-${stamp[2] ?? stamp[4]}-${stamp[3] ?? stamp[5]}` : null
}

/**
 * The ISO date of the issuer's own portal stamp in `text` from `start` (the title's start) to `end` (the body's first
 * line, or `start` + the grammar's window), or null.
 * @example ownPortalStamp('…的通知\n发表时间：2026-04-20 11:19:38\n信息来源：某区教育局\n各幼儿园：\n', 0, 40, ['某区教育局']) // '2026-04-20'
 */
export function ownPortalStamp(text: string, start: number, end: number | undefined, issuers: readonly string[]): string | null {
  const window = text.slice(start, end ?? start + WINDOW)
  const source = SOURCE.exec(window)
  // (a site crediting itself, or one of its organ's own sections, published the document there, whoever issued it)
  if (!source || !(selfSources.includes(source[1]) || isOwnSection(source[1]) || creditsIssuer(issuers, source[1]))) return null
  return stampDateIn(window)
}

/** How far above the title a site's welcome line may stand (its name, a breadcrumb and tabs between). */
const BANNER_REACH = 300
/** A site's welcome line: one of `welcomeWords`, the site's name, perhaps `网站` and a mark (`欢迎进入南昌市生态环境局网站!`). */
const WELCOME_LINE = new RegExp(`(?:^|\\n)[ \\t]*(?:${wordAlternation(welcomeWords)})([\\u4e00-\\u9fff]{4,30}?)(?:门户网站|官方网站|网站|官网)?[!！。]?[ \\t]*(?=\\n)`)

/**
 * The name a site's welcome line gives the site above `titleStart` (`欢迎进入南昌市生态环境局网站!`), or null.
 * @example welcomedSite('南昌市生态环境局\n欢迎进入南昌市生态环境局网站!\n南昌市水污染防治工作方案\n', 42) // '南昌市生态环境局'
 */
export function welcomedSite(text: string, titleStart: number): string | null {
  return WELCOME_LINE.exec(text.slice(Math.max(0, titleStart - BANNER_REACH), titleStart))?.[1] ?? null
}

/** A breadcrumb line: one of newsCrumb `openers` (`您当前的位置`), a colon, then its steps. Group 1 the steps. */
const CRUMB_LINE = new RegExp(`(?:${wordAlternation(newsCrumb.openers)})\\s*(?:为)?\\s*[：:]([^\\n]{2,120})`)
/** The steps of a breadcrumb (`长城网 >> 河北发布`). */
const CRUMB_STEP_SEPARATOR = /\s*(?:>>?|»|›|＞|\/|->)\s*/

/**
 * Does the input above a title (`above`, as printed: normalize drops breadcrumbs as chrome) hold a breadcrumb opening at a
 * site named `…网` that is no government's (grammars/header-labels.json portalStamp `newsCrumb`: `长城网 >> 河北发布`)? The
 * page is then a repost on a news or law site: its stamp is the site's.
 * @example newsCrumbAbove('您当前的位置 : 长城网 >> 河北发布\n') // true
 * @example newsCrumbAbove('当前位置: 首页 > 政务公开 > 政策文件\n') // false
 */
export function newsCrumbAbove(above: string): boolean {
  const crumb = CRUMB_LINE.exec(above)
  if (!crumb) return false
  const site = crumb[1]
    .trim()
    .split(CRUMB_STEP_SEPARATOR)[0]
    .replace(/[《》]/g, '')
  return /^[\u4e00-\u9fff]{2,8}$/.test(site) && site.endsWith(newsCrumb.siteEnd) && !newsCrumb.governmentWords.some((word) => site.includes(word))
}

/** A government gazette's masthead and motto (grammars/boilerplate.json `gazette-masthead`, `gazette-motto`). */
const GAZETTE_LINES = boilerplate.rules.filter((r) => r.id === 'gazette-masthead' || r.id === 'gazette-motto').map((r) => new RegExp(r.pattern))

/**
 * Does the input above a title (`above`, as printed: normalize drops these lines as chrome) hold a government gazette's
 * masthead or motto (`政府公报` ⏎ `传达指令 指导工作 公开政务 服务社会`, 陕西's gazette pages, outside94 08 and outside237 04), or
 * a breadcrumb through the gazette's column?
 * The gazette is the government's own publication: its stamp dates the document's publication there.
 * @example gazetteAbove('政府公报\n传达指令 指导工作 公开政务 服务社会\n') // true
 */
export function gazetteAbove(above: string): boolean {
  return above.split('\n').some((line) => {
    const t = line.trim()
    // (or a step of the portal's breadcrumb: `当前位置: 首页>省政府>省政府公报>2022>第7期`, outside274 06)
    return t.length > 0 && (GAZETTE_LINES.some((re) => re.test(t)) || (CRUMB_STEP.test(t) && t.split(CRUMB_STEP).some((step) => GAZETTE_LINES.some((re) => re.test(step.trim())))))
  })
}

/** A breadcrumb's separator between its steps (`>`, `›`, `»`, `>>`). */
const CRUMB_STEP = /\s*(?:>>?|›|»|＞)\s*/

/**
 * The date an organ's own site stamps on a document it publishes, the site named by its welcome line (`organ`), its stamp
 * crediting no source (`来源:  发布日期: 2016-04-05`, outside207 01): the document is the organ's (its one issuer) or
 * names none. A stamp crediting a source is read by ownPortalStamp alone; null otherwise.
 */
export function bannerSiteStamp(text: string, start: number, end: number | undefined, issuers: readonly string[], organ: string): string | null {
  const window = text.slice(start, end ?? start + WINDOW)
  if (SOURCE.test(window) || (issuers.length > 0 && !creditsIssuer(issuers, organ))) return null
  return stampDateIn(window)
}
