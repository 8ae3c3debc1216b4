import type { Line } from '../normalize/lines.js'
import { cnNumber } from '../text/numerals.js'
import { VALIDITY_MARK } from './validity-mark.js'
/** A parsed 发文字号 (without position). */
export interface ParsedDocNumber {
  raw: string
  normalized: string
  issuerCode: string | null
  year: number | null
  serial: number | null
}

// 深办发〔2013〕3号 (brackets already unified by normalize), 国令第706号, 国发〔2019〕5号
const BRACKETED = /([\u4e00-\u9fff]{1,16})[〔[［【（(](\d{4})[〕\]］】）)]第?(\d{1,5})号/
const ORDER = /([\u4e00-\u9fff]{1,16}令)第(\d{1,5})号/
/**
 * A 字号 line whose closing bracket (and 号) a scraper lost: `阳矿农发〔202182` (year, then serial); or both brackets and the
 * 号, as a portal that drops those glyphs prints it (`天政办发201652`, `赣市府202217`, outside155 01 and outside160 04; its
 * dates lose 年月日 the same way): then the code must end as issuing codes do (发, 字, 办, 府, 函, 政, 委, 复), so a name with a year
 * and a number is not read as one.
 */
export const LOST_BRACKET_LINE = /^([\u4e00-\u9fff]{1,16})〔((?:19|20)\d{2})(\d{1,4})号?$|^([\u4e00-\u9fff]{1,15}[发字办府函政委复])((?:19|20)\d{2})(\d{1,4})$/

/**
 * A line that is a 字号 alone, its brackets printed or lost (`佛府20216`, a portal's copy, outside209 04).
 * @example isNumberLine('佛府20216') // true
 */
export const isNumberLine = (text: string): boolean => DOC_NUMBER_LINE.test(text) || LOST_BRACKET_LINE.test(text)
/** A Taiwan 發文字號 as a law system's label prints it: `府消整字第1110006197號函` (the letter's 函/令 after it is no part of it). */
const TAIWAN_WORD = /^([\u4e00-\u9fff]{1,12}字)第([0-9A-Z]{1,14})[号號](?:[函令])?$/
/**
 * An issue number a label gives as the 字号 of a bulletin or minutes (`文号 | 督察通报第十七期`,
 * `发布文号: 督办通报第一期`, `第15期`): the series name and the issue, as printed. Only a whole label
 * value: in running text `第N期` is any issue of anything.
 */
const ISSUE = /^([\u4e00-\u9fff]{0,12}?)第([0-9一二三四五六七八九十百零〇]{1,6})期$/
/**
 * An announcement number as a label gives it (`发文文号: 某省国家税务局公告2016年第6号`): the issuer's
 * 公告 series, the year and the serial, as printed. Only a whole label value.
 */
const ANNOUNCEMENT = /^([\u4e00-\u9fff]{1,16}公告)(\d{4})年第(\d{1,5})号$/
/**
 * The year and serial an announcement is numbered by, in brackets after its title (`(2006年23号)`, `（2006年第23号）`):
 * as printed, without the brackets. Only a whole value.
 */
export const ANNOUNCEMENT_SERIAL = /^[（(]((?:19|20)\d{2})年(第?)(\d{1,5})号[）)]$/
const ISSUER_CODE_TRIM = /^(?:印发|转发|根据|按照|依据|见|和|及|与)/

/**
 * Parses a document number wherever it stands in `text` (`（深办发〔2013〕3号）` included).
 * `wholeValue`: `text` is a 字号 line or a header value, nothing glued before the issuer code.
 * @example parseDocNumber('深办发[2013]3号') // { issuerCode: '深办发', year: 2013, serial: 3, normalized: '深办发〔2013〕3号', … }
 */
export function parseDocNumber(text: string, options: { wholeValue?: boolean } = {}): ParsedDocNumber | null {
  const t = text.replace(/\s+/g, '')
  let m = BRACKETED.exec(t)
  if (m) {
    // a verb or conjunction glued to a cited number is cut off (和国发〔…〕); a 字号 line or label
    // value is the number alone, whose code may start with such a character (和行办发 of 和田)
    const code = options.wholeValue ? m[1] : m[1].replace(ISSUER_CODE_TRIM, '')
    return { raw: text.trim(), normalized: `${code}〔${m[2]}〕${Number(m[3])}号`, issuerCode: code, year: Number(m[2]), serial: Number(m[3]) }
  }
  // (only a whole value: in running text the digits after the year could be anything)
  m = options.wholeValue ? LOST_BRACKET_LINE.exec(t) : null
  if (m) {
    const [code, year, serial] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]
    return { raw: text.trim(), normalized: `${code}〔${year}〕${Number(serial)}号`, issuerCode: code, year: Number(year), serial: Number(serial) }
  }
  m = options.wholeValue ? TAIWAN_WORD.exec(t) : null
  if (m) return { raw: text.trim(), normalized: `${m[1]}第${m[2]}号`, issuerCode: m[1], year: null, serial: /^\d+$/.test(m[2]) ? Number(m[2]) : null }
  m = options.wholeValue ? ISSUE.exec(t) : null
  if (m) return { raw: text.trim(), normalized: t, issuerCode: m[1] || null, year: null, serial: cnNumber(m[2]) }
  m = options.wholeValue ? ANNOUNCEMENT.exec(t) : null
  if (m) return { raw: text.trim(), normalized: t, issuerCode: m[1], year: Number(m[2]), serial: Number(m[3]) }
  m = options.wholeValue ? ANNOUNCEMENT_SERIAL.exec(t) : null
  if (m) return { raw: text.trim(), normalized: `${m[1]}年${m[2]}${Number(m[3])}号`, issuerCode: null, year: Number(m[1]), serial: Number(m[3]) }
  m = ORDER.exec(t)
  if (m) return { raw: text.trim(), normalized: `${m[1]}第${Number(m[2])}号`, issuerCode: m[1], year: null, serial: Number(m[2]) }
  return null
}

/**
 * A Macau act's number opening its title (`第16/2014号行政长官批示`, `第18/2002号行政法规`): the serial and
 * the year after a slash. The title is the act's whole heading and the number its 字号.
 */
export const ACT_NUMBER_TITLE = /^第(\d{1,5})\/(\d{4})号(?=[\u4e00-\u9fff])/

/** The 字号 a Macau act's title opens with (`第16/2014号`), else null. */
export function actNumberOfTitle(title: string): ParsedDocNumber | null {
  const m = ACT_NUMBER_TITLE.exec(title.replace(/\s+/g, ''))
  return m ? { raw: m[0], normalized: `第${Number(m[1])}/${m[2]}号`, issuerCode: null, year: Number(m[2]), serial: Number(m[1]) } : null
}

/**
 * Matches a line that is only a document number, optionally in brackets, or closed by the bar of a table cell
 * a page's header was flattened from (`粤府办〔2011〕36号 |`, outside32 page 03).
 */
export const DOC_NUMBER_LINE = /^[（(]?[\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号[）)]?(?:\s*[|｜])?$/

/**
 * A cell printed right of a 字号 on its line: the 签发人 an upward document prints there (GB/T 9704 §7.2.4:
 * `林农发〔2017〕134号 签发人:某某`), a law site's validity tag (`陕政发〔2016〕52号 [有效]`, outside143 02) or a site's date
 * cell (`闽政〔2016〕45号 日期:2016.10.21`, outside143 04).
 */
const CELL_AFTER_NUMBER = new RegExp(
  `^(\\S+?号[）)]?)[ \\t　]*(?:(?:签发人|簽發人)[：:][ \\t　]*[\\u4e00-\\u9fff·]{2,10}|${VALIDITY_MARK}|(?:日期|发布日期|成文日期|印发日期)[：:][ \\t　]*\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?)$`,
)

/**
 * The 字号 of a line that prints it with a cell beside it (a 签发人, a validity tag, a date: CELL_AFTER_NUMBER), as a line
 * of its own; undefined when the line is no such line.
 * @example numberBesideCell(line('林农发〔2017〕134号 签发人:某某'))?.text // '林农发〔2017〕134号'
 */
export function numberBesideCell(line: Line): Line | undefined {
  const m = CELL_AFTER_NUMBER.exec(line.text)
  return m && DOC_NUMBER_LINE.test(m[1]) ? { start: line.start, end: line.start + m[1].length, text: m[1] } : undefined
}

/**
 * A law database's line under the title giving the document's date and 字号 in one bracket
 * (`（1999年3月31日 通告〔1999〕第3号）`, outside35 page 06), or with no bracket (`2001年12月5日  财建〔2001〕899号`, a law
 * site's record, outside273 06): group 1 the date, group 2 the number.
 */
export const BRACKETED_DATE_NUMBER_LINE =
  /^(?:[（(]\s*([\d〇○零一二三四五六七八九十]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)\s*([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)\s*[）)]|([\d〇○零一二三四五六七八九十]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)\s*([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号))$/

/**
 * The 字号 and then the date in one bracket under the title (`（赣府厅发〔2011〕61号 2011年11月18日）`, a law library's record of
 * a provincial notice, outside185 05): group 1 the number, group 2 the date (its value is checked by the caller).
 */
export const BRACKETED_NUMBER_DATE_LINE =
  /^[（(]\s*([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)\s*([\d〇○零一二三四五六七八九十]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)\s*[）)]$/

/**
 * A gazette's 字号 line carrying the document's date after it (`川办发〔2009〕59号 二○○九年十二月八日`):
 * group 1 the number, group 2 the date (its value is checked by the caller).
 */
export const DOC_NUMBER_DATED_LINE =
  /^([（(]?[\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号[）)]?)\s*([\d〇○零一二三四五六七八九十]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)$/
