import type { Deadline } from '../../schema/time.js'
import { SourceText } from '../../text/source.js'
import { scanTime } from './scan.js'
import { checkDateOption, DATE_OPTION_YEARS, optionsObject } from './date-option.js'

export interface ExtractDeadlinesOptions {
  /** Date the text is read against: year of yearless dates, date of 立即 / 自印发之日起. */
  referenceDate?: Date | string
  /** The document's own date when known (takes precedence over referenceDate for anchors). */
  documentDate?: Date | string
  /** The plan's first year, for yearless dates. */
  planYear?: number
}

/**
 * Every time expression of any string, resolved to dates, with positions in that string
 * (line / column 1-based, offsets 0-based).
 *
 * @example
 * extractDeadlines('进度安排：2015年6月底前完成准备工作，12月底前启动运行。')
 * // → [{ raw: '2015年6月底前', kind: 'due', date: '2015-06-30', precision: 'month', position: … },
 * //    { raw: '12月底前', kind: 'due', date: '2015-12-31', inferred: { year: 'item' }, … }]
 */
export function extractDeadlines(text: string, options?: ExtractDeadlinesOptions | null): Deadline[] {
  if (typeof text !== 'string') throw new TypeError(`gongwen.extractDeadlines: text must be a string, got ${text === null ? 'null' : typeof text}`)
  options = optionsObject('gongwen.extractDeadlines', options)
  checkDateOption('gongwen.extractDeadlines', 'referenceDate', options.referenceDate)
  checkDateOption('gongwen.extractDeadlines', 'documentDate', options.documentDate)
  if (options.planYear !== undefined && options.planYear !== null && !(Number.isInteger(options.planYear) && options.planYear >= DATE_OPTION_YEARS.min && options.planYear <= DATE_OPTION_YEARS.max)) {
    throw new TypeError(`gongwen.extractDeadlines: planYear must be a whole year from ${DATE_OPTION_YEARS.min} to ${DATE_OPTION_YEARS.max}, got ${options.planYear}`)
  }
  const src = new SourceText(text)
  const { matches } = scanTime(text, {
    referenceDate: options.referenceDate,
    documentDate: options.documentDate,
    planYear: options.planYear,
  })
  return matches.map((m) => ({ ...m.deadline, position: src.position(m.index, m.end) }))
}
