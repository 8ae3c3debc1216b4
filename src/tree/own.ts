import type { ClauseNode } from './types.js'

/**
 * View ranges of a clause's own text: from after its marker to its first child clause, plus any
 * paragraphs that follow its children (text after an inline 一是/二是 list belongs to the clause
 * that holds the list, not to the list's last item).
 */
export function ownRanges(c: ClauseNode): Array<[number, number]> {
  const ranges: Array<[number, number]> = [[c.data.textStart, c.data.textEnd]]
  let afterChild = false
  let run: [number, number] | null = null
  for (const child of c.children) {
    if (child.type === 'clause') {
      afterChild = true
      run = null
    } else if (afterChild) {
      // the paragraphs of one stretch between clauses are one range, as an item's paragraphs were
      // (a 条's 款 after its items: 区…负责… ⏎ 本市…部门协同实施… read together)
      if (run) run[1] = child.data.end
      else ranges.push((run = [child.data.start, child.data.end]))
    }
  }
  return ranges.filter(([s, e]) => e > s)
}

/** The clause's own text, its ranges joined by line breaks. */
export function ownText(c: ClauseNode, text: string): string {
  // Most clauses have one range (no paragraph after a child clause): its trimmed text, with no
  // arrays of ranges and pieces per clause (emit asks this of every clause).
  if (!paragraphAfterClause(c)) {
    const s = c.data.textStart
    const e = c.data.textEnd
    const own = e > s ? text.slice(s, e).trim() : ''
    return own.includes('\n\n') ? own.replace(/\n{2,}/g, '\n') : own
  }
  return ownRanges(c)
    .map(([s, e]) => text.slice(s, e).trim())
    .filter(Boolean)
    .join('\n')
    .replace(/\n{2,}/g, '\n')
}

/** Does a paragraph follow one of the clause's child clauses (a second own range)? */
function paragraphAfterClause(c: ClauseNode): boolean {
  let afterChild = false
  for (const child of c.children) {
    if (child.type === 'clause') afterChild = true
    else if (afterChild) return true
  }
  return false
}
