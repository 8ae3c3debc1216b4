import type { ClauseNode } from './types.js'

/**
 * View ranges of a clause's own text: from after its marker to its first child clause, plus any
 * paragraphs that follow its children (text after an inline 一是/二是 list belongs to the clause
 * that holds the list, not to the list's last item).
 */
export function ownRanges(c: ClauseNode): Array<[number, number]> {
  const ranges: Array<[number, number]> = [[c.data.textStart, c.data.textEnd]]
  let afterChild = false
  for (const child of c.children) {
    if (child.type === 'clause') afterChild = true
    else if (afterChild) ranges.push([child.data.start, child.data.end])
  }
  return ranges.filter(([s, e]) => e > s)
}

/** The clause's own text, its ranges joined by line breaks. */
export function ownText(c: ClauseNode, text: string): string {
  return ownRanges(c)
    .map(([s, e]) => text.slice(s, e).trim())
    .filter(Boolean)
    .join('\n')
    .replace(/\n{2,}/g, '\n')
}
