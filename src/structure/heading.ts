const MAX_RUN_IN = 50
const MAX_LINE_HEADING = 120
/** Longest article heading in 【】. */
const BRACKETED_MAX = 12
const BRACKETED_HEADING = new RegExp(`^【([\\u4e00-\\u9fff]{1,${BRACKETED_MAX}})】`)

/**
 * An article's heading in 【】 opening `text` at `at`, read no further than `end` (`第五条【主管部门职责】 市、区人民政府…`):
 * the match with its brackets (group 1 the heading's words), or null.
 *
 * @example bracketedHeadingAt('【政府职责】各级人民政府负责', 0)?.[1] // '政府职责'
 */
export function bracketedHeadingAt(text: string, at: number, end = text.length): RegExpExecArray | null {
  return text[at] === '【' ? BRACKETED_HEADING.exec(text.slice(at, Math.min(end, at + BRACKETED_MAX + 2))) : null
}

/**
 * The heading of a clause from its own text: a first line without sentence punctuation
 * (`指导思想`), or a short first sentence (`推动科学立法。建设…` → `推动科学立法`).
 */
export function headingOf(own: string): string | undefined {
  const nl = own.indexOf('\n')
  const first = (nl < 0 ? own : own.slice(0, nl)).trim()
  if (!first) return undefined
  // (an article's heading in 【】 before its text: `【政府职责】各级人民政府负责…` → 政府职责)
  const bracketed = bracketedHeadingAt(first, 0)
  if (bracketed) return bracketed[1]
  const stop = first.search(/[。；！？]/)
  if (stop < 0) return first.length <= MAX_LINE_HEADING && nl >= 0 ? first : first.length <= MAX_RUN_IN ? first : undefined
  if (stop === 0 || stop > MAX_RUN_IN) return undefined
  return first.slice(0, stop).replace(/[：:]$/, '')
}
