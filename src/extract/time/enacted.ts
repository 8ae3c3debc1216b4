/**
 * The day `本法施行` means in a text printed with its history (沿革). A law site dates such a text by its
 * last entry, often a partial amendment (`修正發布第 5 條條文`) or the repeal that closes it; an article
 * counting `自本辦法施行之日起六個月內` speaks of the day the text itself took effect, which only an
 * enactment or a revision of the whole text sets (grammars/time/lexicon.json `anchors.fullText`).
 */
import type { HistoryEntry } from '../../schema/document.js'
import { lexicon } from './lexicon.js'

const enactsWholeText = (entry: HistoryEntry) => lexicon.fullTextActions.includes(entry.action) || lexicon.fullTextMarks.some((mark) => entry.raw.includes(mark))

/**
 * The 施行 of the history's last full text: the 施行 line printed under that entry (`…令發布定自…施行`,
 * `並自一百零七年一月一日施行`, read as an entry of its own), else the entry's date (`並自發布日施行`).
 * Null when no entry enacts a whole text (a mainland law's `通过` / `修正` lines): the caller keeps its own date.
 */
export function fullTextEffective(history: readonly HistoryEntry[] | undefined): string | null {
  if (!history?.length) return null
  let last = -1
  history.forEach((entry, index) => {
    if (entry.date && entry.action !== '施行' && entry.action !== '废止' && enactsWholeText(entry)) last = index
  })
  if (last < 0) return null
  // (the 行政院 order fixing the day is printed under the entry: `…令發布` ⏎ `定自九十七年七月一日施行`,
  // read as a 公布 and a 施行)
  for (let i = last + 1; i < history.length && (history[i].action === '施行' || history[i].action === '公布'); i++) if (history[i].action === '施行' && history[i].date) return history[i].date
  return history[last].date
}

/**
 * True when a text names another law 本法 (`本辦法依游離輻射防護法（以下簡稱本法）…訂定之`): a regulation
 * under that law, whose `自本法施行之日起` is the parent's day (grammars/time/lexicon.json `anchors.parentLaw`).
 */
export function namesParentLaw(text: string): boolean {
  return lexicon.parentLawDefinitions.some((definition) => text.includes(definition))
}
