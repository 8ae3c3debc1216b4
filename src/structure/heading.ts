const MAX_RUN_IN = 50
const MAX_LINE_HEADING = 120
/** An article's heading in 【】 opening its text (`第五条【主管部门职责】 市、区人民政府…`). */
const BRACKETED_HEADING = /^【([\u4e00-\u9fff]{1,12})】/

/**
 * The heading of a clause from its own text: a first line without sentence punctuation
 * (`指导思想`), or a short first sentence (`推动科学立法。建设…` → `推动科学立法`).
 */
export function headingOf(own: string): string | undefined {
  const nl = own.indexOf('\n')
  const first = (nl < 0 ? own : own.slice(0, nl)).trim()
  if (!first) return undefined
  // (an article's heading in 【】 before its text: `【政府职责】各级人民政府负责…` → 政府职责)
  const bracketed = BRACKETED_HEADING.exec(first)
  if (bracketed) return bracketed[1]
  const stop = first.search(/[。；！？]/)
  if (stop < 0) return first.length <= MAX_LINE_HEADING && nl >= 0 ? first : first.length <= MAX_RUN_IN ? first : undefined
  if (stop === 0 || stop > MAX_RUN_IN) return undefined
  return first.slice(0, stop).replace(/[：:]$/, '')
}
