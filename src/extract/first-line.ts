import type { MappedText } from '../text/mapped.js'
import type { ClauseNode } from '../tree/types.js'

/** The own first line of a clause, after its marker and without surrounding spaces: [start, end) in the view. */
export function firstLine(view: MappedText, clause: ClauseNode): [number, number] {
  const text = view.text
  let start = clause.data.textStart
  while (start < clause.data.textEnd && /\s/.test(text[start])) start++
  let end = text.indexOf('\n', start)
  if (end < 0 || end > clause.data.textEnd) end = clause.data.textEnd
  while (end > start && /\s/.test(text[end - 1])) end--
  return [start, end]
}
