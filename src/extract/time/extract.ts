import type { Deadline } from '../../schema/time.js'
import { SourceText } from '../../text/source.js'
import { scanTime } from './scan.js'

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
export function extractDeadlines(text: string, options: ExtractDeadlinesOptions = {}): Deadline[] {
  const src = new SourceText(text)
  const { matches } = scanTime(text, {
    referenceDate: options.referenceDate,
    documentDate: options.documentDate,
    planYear: options.planYear,
  })
  return matches.map((m) => ({ ...m.deadline, position: src.position(m.index, m.end) }))
}
