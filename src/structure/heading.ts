const MAX_RUN_IN = 50
const MAX_LINE_HEADING = 120

/**
 * The heading of a clause from its own text: a first line without sentence punctuation
 * (`指导思想`), or a short first sentence (`推动科学立法。建设…` → `推动科学立法`).
 */
export function headingOf(own: string): string | undefined {
  const nl = own.indexOf('\n')
  const first = (nl < 0 ? own : own.slice(0, nl)).trim()
  if (!first) return undefined
  const stop = first.search(/[。；！？]/)
  if (stop < 0) return first.length <= MAX_LINE_HEADING && nl >= 0 ? first : first.length <= MAX_RUN_IN ? first : undefined
  if (stop === 0 || stop > MAX_RUN_IN) return undefined
  return first.slice(0, stop).replace(/[：:]$/, '')
}
