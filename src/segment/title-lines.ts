/**
 * What a title line looks like, shared by the searches for the document's own title and for the
 * titles of the documents it issues: a strong title, a fragment of one broken over lines, a spaced
 * genre line, the lines a broken title goes on over, and the key titles are compared by.
 */
import genres from '../../grammars/genres.json' with { type: 'json' }
import headerLabels from '../../grammars/header-labels.json' with { type: 'json' }
import history from '../../grammars/history.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import { wordAlternation } from '../text/regexp.js'
import { DOC_NUMBER_LINE } from './docnumber.js'
import { aboutAt, genreOf, isTitleLike } from '../text/genre.js'
import type { Segment } from '../tree/segment.js'
import { hasIssuingVerb, isIssuerLine } from './signature.js'

/** Key used to compare titles across printings: ideographs, letters and digits only. */
export const titleKey = (s: string) => s.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '')

/** Whether a code unit is kept by `titleKey` (an ideograph of the basic block, a letter or a digit). */
const KEPT_IN_KEY = new Uint8Array(0x10000)
KEPT_IN_KEY.fill(1, 0x4e00, 0xa000)
KEPT_IN_KEY.fill(1, 0x30, 0x3a)
KEPT_IN_KEY.fill(1, 0x41, 0x5b)
KEPT_IN_KEY.fill(1, 0x61, 0x7b)

/**
 * `titleKey(s)`, or null when that key would be longer than `limit`: decided after `limit + 1` kept code
 * units, so a long paragraph compared against short titles is not copied whole.
 * @example titleKeyWithin('关于印发《某某方案》的通知', 20) // '关于印发某某方案的通知'
 */
export function titleKeyWithin(s: string, limit: number): string | null {
  let kept = 0
  for (let k = 0; k < s.length; k++) if (KEPT_IN_KEY[s.charCodeAt(k)] === 1 && ++kept > limit) return null
  return titleKey(s)
}
export const titleKeyNoDigits = (s: string) => s.replace(/[^\u4e00-\u9fff]/g, '')

/**
 * A 主送 line: organs ending in a colon (`各区人民政府，市政府各部门：`). Not a numbered clause
 * (`三、本计画执行机关为A所属各分署，其任务如下：` opens a point of the text, its 所属 notwithstanding).
 */
export function isAddresseeLine(text: string): boolean {
  return text.endsWith('：') && text.length < 400 && !/。/.test(text) && /[，、]/.test(text) && /各|直属|所属|有关/.test(text) && !CLAUSE_START.test(text)
}

/**
 * A portal's tag opening a title it labels: an 8-digit date (`20230607 沂水县…的通知`), a column in 【】 (`【应急预案】…`),
 * a place in square brackets (`[重庆]重庆市关于…的通知`, a law site's heading, outside62 07), a province or city in round
 * ones (`(江西省)吉水县…规划纲要`, a sharing site's region tag, outside99 06, outside43 05, outside31 13; a clause's
 * `（一）` names no place), or a column named by a genre word and a dash (`应急预案—和田市突发公共事件总体应急预案`, a city
 * portal's heading, outside89 05).
 */
export const LEADING_SITE_TAG = new RegExp(
  `^(?:(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\s*|【[\\u4e00-\\u9fff]{2,8}】\\s*|\\[[\\u4e00-\\u9fff]{2,8}\\]\\s*|[（(][\\u4e00-\\u9fff]{2,6}(?:省|自治区|市)[）)]\\s*|(?:${wordAlternation(genres.genres.map((g) => g.name))})\\s*(?:——|[—–－-])\\s*(?=[\\u4e00-\\u9fff]))`,
)

/**
 * A strong title, or one under a portal's tag (`【湖北】恩施州…规划`, outside89 03): the line a title search takes for the
 * title, its tag dropped afterwards by the title's repairs.
 * @example isTaggedStrongTitle('【湖北】恩施州国民经济和社会发展第十三个五年规划') // true
 */
export function isTaggedStrongTitle(text: string): boolean {
  if (isStrongTitle(text)) return true
  const tag = LEADING_SITE_TAG.exec(text)
  return tag !== null && isStrongTitle(text.slice(tag[0].length))
}

/** A line that can only be a title: title-like and ending in a genre word (…的通知, …行动方案). */
export function isStrongTitle(text: string): boolean {
  return isTitleLike(text) && genreOf(text) !== null && !/^【|^[\u4e00-\u9fff]{2,6}[：:]/.test(text)
}

const SALUTATION = `(?:${wordAlternation(genres.salutations)})`
/** The line that addresses the hearers: `同志们：`, `主任、各位副主任、秘书长、各位委员：`. */
export const SALUTATION_LINE = new RegExp(`^${SALUTATION}(?:[、，,]${SALUTATION})*[：:]$`)
/** A speaker's line (`市长 张明`, `区委书记王强`): who speaks, not what the speech is called. */
export const SPEAKER_LINE = /(?:长|书记|主任|主席)\s*[\u4e00-\u9fff]{2,3}$/

/**
 * A speech's or report's title that ends in no genre word: a short line, no sentence in it, right
 * above the line that addresses the hearers (`全面开创社会主义现代化建设的新局面` ⏎ `同志们：`).
 */
export function isAddressedTitle(lines: Line[], i: number): boolean {
  const text = lines[i]?.text
  const next = lines[i + 1]?.text
  if (!text || !next || !SALUTATION_LINE.test(next)) return false
  return text.length <= 60 && !/[。；：:]/.test(text) && !/^[（(—\-【[]/.test(text) && !CLAUSE_START.test(text) && !SPEAKER_LINE.test(text)
}

/**
 * Whether `upper` is an organ's line alone over `lower`, a line opening with 关于 (`青海省人民政府办公厅` ⏎ `关于印发…的通知`):
 * GB/T 9704 sets a title so, the organ its first part.
 * @example organOverAboutLine('某市人民政府办公室', '关于印发某方案的通知') // true
 */
export function organOverAboutLine(upper: string, lower: string): boolean {
  return isIssuerLine(upper) && aboutAt(lower) === 0
}

/** A line that may continue a title broken over lines: a fragment, not a clause's start. */
export function isFragmentLine(text: string): boolean {
  return TITLE_FRAGMENT.test(text) && !CLAUSE_START.test(text)
}

/** A line that is only a quoted name (`《政府工作报告》`): the first line of a title the next completes. */
export const ONLY_QUOTE = /^《[^《》]+》$/

/**
 * A title whose text is its input span as printed (one line, nothing joined or repaired), so an
 * offset into the text is an offset from its start: the glued-prefix and tag repairs need that.
 */
export function printedWhole(title: TitleSpan): boolean {
  return title.end - title.start === title.text.length
}

/** A line that is only a genre word, perhaps spaced as a heading (`通 知`, `意  见`). */
export function isGenreLine(text: string): boolean {
  const bare = text.replace(/\s+/g, '')
  return bare.length <= 4 && genreOf(bare) === bare
}

/** A title's text from the lines it is printed on; a spaced genre line (`通 知`) loses its spaces. */
export function joinTitle(parts: Line[]): string {
  return parts.map((l) => (isGenreLine(l.text) ? l.text.replace(/\s+/g, '') : l.text)).join('')
}

/**
 * The last line of a title that starts at `i` but names no genre: up to three fragment lines more (outside30 04),
 * when with them it ends in a genre word (`湖南省人民政府办公厅关于加强普通高等学校` / `毕业生就业工作的通知`).
 */
export function titleContinuation(lines: Line[], i: number): number {
  if (genreOf(lines[i].text) !== null || aboutAt(lines[i].text) < 0) return i
  let acc = lines[i].text
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
    const t = lines[k].text
    if (!TITLE_FRAGMENT.test(t) || DOC_NUMBER_LINE.test(t)) break
    acc += t
    if (isStrongTitle(acc)) return k
  }
  return i
}

/**
 * The last line of an issuing title broken after the document it quotes (`…办公室` / `关于印发2022年《政府
 * 工作报告》` / `重点任务责任落实分工的通知`): a title [from, end] that issues (印发, 转发 …) and ends with
 * the quote's closing 》 goes on over the next fragment line when that line ends in a genre word.
 */
export function issuedContinuation(lines: Line[], from: number, end: number): number {
  const text = lines
    .slice(from, end + 1)
    .map((l) => l.text)
    .join('')
  const next = lines[end + 1]
  if (!next || !text.endsWith('》') || aboutAt(text) < 0 || !hasIssuingVerb(text)) return aboutContinuation(lines, from, end)
  if (!TITLE_FRAGMENT.test(next.text) || DOC_NUMBER_LINE.test(next.text) || genreOf(next.text) === null || !isStrongTitle(text + next.text)) return end
  return aboutContinuation(lines, from, end + 1)
}

/**
 * The last line of a 关于 title broken after a genre word of its subject (`盐城市人民政府办公室` /
 * `关于分解落实2019年市政府工作报告` / `主要目标任务的通知`): a 关于 title [from, end] whose genre word does not
 * follow 的 (the subject's 报告, not the title's …的报告) goes on over the next fragment line when that
 * line ends in 的 and a genre word. A title that closes with …的通知 ends where it is.
 */
export function aboutContinuation(lines: Line[], from: number, end: number): number {
  const text = joinTitle(lines.slice(from, end + 1))
  const next = lines[end + 1]
  const genre = genreOf(text)
  if (!next || genre === null || aboutAt(text) < 0) return end
  if (text.slice(0, text.lastIndexOf(genre)).endsWith('的')) return end
  // (the subject may take two lines before the one that closes it: `关于海南省2021年国民经济和社会发展计划` /
  // `执行情况与2022年国民经济和社会发展` / `计划的报告`)
  for (let k = end + 1; k <= Math.min(lines.length - 1, end + 2); k++) {
    const tail = lines[k].text
    if (!TITLE_FRAGMENT.test(tail) || DOC_NUMBER_LINE.test(tail)) return end
    const nextGenre = genreOf(tail)
    if (nextGenre === null) continue
    if (!tail.slice(0, tail.length - nextGenre.length).endsWith('的')) return end
    return isStrongTitle(joinTitle(lines.slice(from, k + 1))) ? k : end
  }
  return end
}

const { secrecy: SECRECY, urgency: URGENCY } = headerLabels.dispatchMarks
/** A line of 版头 marks: 份号 (six digits), 密级 (`机密★1年`), 紧急程度 (`特急`), spaces ignored. */
const DISPATCH_MARKS = new RegExp(`^(?:\\d{6}|(?:${SECRECY.join('|')})(?:★.{0,8}?)?|(?:${URGENCY.join('|')}))+$`)

/** Whether a line holds only the 版头's 份号, 密级 and 紧急程度 marks (`000123`, `机密★1年 特急`). */
export function isDispatchMark(text: string): boolean {
  return DISPATCH_MARKS.test(text.replace(/\s+/g, ''))
}

/** The word closing a 发文机关标志 after the organ's name. */
export const LETTERHEAD_MARK = '文件'

/** The word of a 发文机关标志 printed on a line of its own beside or under the organ lines (`文件`, `文 件`). */
export const LETTERHEAD_WORD = /^文\s*件$/

/** 发文机关标志: an organ's name followed by 文件 (`中共某市委办公室文件`). */
export function isLetterhead(text: string): boolean {
  return text.length <= 44 && text.endsWith(LETTERHEAD_MARK) && isIssuerLine(text.slice(0, -LETTERHEAD_MARK.length))
}

/** A clause or chapter start: the body has begun. */
export const CLAUSE_START = /^(?:第[一二三四五六七八九十百零〇\d]{1,5}[章条節节编編]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d))/
/**
 * The first part of a title broken over lines: ideographs (〇 of a year, `二〇三五年`, included: outside182 05) and title
 * punctuation only — `<>` for an inner 《》 and one space between joint issuers (`国家发展改革委 国家体育总局`, outside30 04)
 * included.
 */
export const TITLE_FRAGMENT = /^(?=.{2,40}$)[\u4e00-\u9fff〇“”"《》〈〉<>（）()、·—\-\d]+(?: [\u4e00-\u9fff〇“”"《》〈〉<>（）()、·—\-\d]+)*$/

export type TitleSpan = NonNullable<Segment['title']>

const STATUS_LINE = new RegExp(`^[（(](?:${wordAlternation(genres.titleStatus)})[）)]$`)
// (an edition line keeps its spaces as printed in the match: `（2021 版）`)
const EDITION_LINE = new RegExp(
  `^([（(]\\s*\\d{4}\\s*年?\\s*(?:${wordAlternation(history.editionWords)})\\s*[）)])\\s*(?:[（(](?:${wordAlternation([...genres.titleDraftMark, ...genres.titleEdition.draftMarks])})[）)])?$`,
)

/**
 * The rule's status printed alone on a line (`（试行）`, grammars/genres.json titleStatus), as it stands; else null.
 * @example titleStatusLine(' （试行）') // '（试行）'
 */
export function titleStatusLine(text: string): string | null {
  const t = text.trim()
  return STATUS_LINE.test(t) ? t : null
}

/**
 * The last line of a title [.., end] with the rule's status printed alone on the line under it
 * (`…秘书处工作制度` / `（试行）`, grammars/genres.json titleStatus) or its edition (`（2021 版）`,
 * titleEdition, history.json editionWords): end + 1 then, else end.
 */
export function statusContinuation(lines: Line[], end: number): number {
  const next = lines[end + 1]?.text.trim()
  return next !== undefined && (STATUS_LINE.test(next) || EDITION_LINE.test(next)) ? end + 1 : end
}

/**
 * The title printed on lines [start, end]: their text joined, up to the edition of a last line
 * that prints one (a draft mark after it, `（2021 版）（征求意见稿）`, is a version of the text: left out).
 */
export function titleSpan(lines: Line[], start: number, end: number): TitleSpan {
  const parts = lines.slice(start, end + 1)
  const last = parts[parts.length - 1]
  const edition = parts.length > 1 ? EDITION_LINE.exec(last.text.trim()) : null
  if (!edition) return { text: joinTitle(parts), start: parts[0].start, end: last.end }
  const editionEnd = last.start + last.text.indexOf(edition[1]) + edition[1].length
  return { text: joinTitle(parts.slice(0, -1)) + edition[1].replace(/\s+/g, ''), start: parts[0].start, end: editionEnd }
}

/**
 * A line of rule characters alone (`━━━━`, `────`, or dashes, `——————`, outside90 06; a run of six hyphens, equals signs or
 * underscores or more, `------------------` under a 字号, outside247 02), as a page prints the 版头's red rule; a table
 * cell's bar may close it.
 */
export const RED_RULE = /^(?:[━─═—]{4,}|[-－=＝_＿]{6,})(?:\s*[|｜])?$/

const QUOTED_NAMES = /《([^《》]{2,120})》/g
/** The names a line quotes in 《》 (`现将《X》印发给你们` → ['X']), in order. */
export const quotedNames = (text: string): string[] => Array.from(text.matchAll(QUOTED_NAMES), (m) => m[1])

/**
 * A title read from inside a heading's 《》 (`沪府办发〔2016〕10号《…关于印发〈X〉的通知》`, outside85 05) with the
 * names it quotes in 《》 again: quoted inside 《》, a title writes its own 《》 as 〈〉.
 * @example unnestedTitle('某市人民政府办公厅关于印发〈某某实施方案〉的通知') // '某市人民政府办公厅关于印发《某某实施方案》的通知'
 */
export const unnestedTitle = (text: string): string => text.replace(/〈([^〈〉]*)〉/g, '《$1》')
