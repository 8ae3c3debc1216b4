/**
 * Works a text names by title: the spans of 《…》. Dates inside them are a title's words
 * (《2009年工作总结》), not the clause's own time.
 */

/** Spans of 《…》 in [from, until), a title nested in a title inside its outer one, found with one scan. */
export function quotedTitles(text: string, from: number, until: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  // search the range only (a slice is a view, not a copy): indexOf on the whole text would
  // scan to the end of the document for every clause that cites nothing
  const range = text.slice(from, until)
  let nextOpen = range.indexOf('《')
  let nextClose = nextOpen < 0 ? -1 : range.indexOf('》', nextOpen)
  let depth = 0
  let open = -1
  while (nextOpen !== -1 || (depth > 0 && nextClose !== -1)) {
    if (nextOpen !== -1 && (nextClose === -1 || nextOpen < nextClose)) {
      if (depth++ === 0) open = nextOpen
      nextOpen = range.indexOf('《', nextOpen + 1)
      continue
    }
    if (nextClose === -1) break
    // a 》 with no 《 before it closes nothing
    if (depth > 0 && --depth === 0) out.push([from + open, from + nextClose + 1])
    nextClose = range.indexOf('》', nextClose + 1)
  }
  return out
}
