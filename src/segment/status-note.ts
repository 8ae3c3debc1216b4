/**
 * A law site's note on a repealed or amended text, printed before the title on its line (grammars/history.json
 * `siteStatusNotes`): `*注：本篇法规已被《…的决定》（发布日期：2002年3月29日 实施日期：2002年3月29日）废止湖南省…办法`.
 * The note is cut off the title and read as one history event.
 */
import grammar from '../../grammars/history.json' with { type: 'json' }
import type { HistoryAction } from '../schema/document.js'
import { escapeRegExp, wordAlternation } from '../text/regexp.js'
import { parseFullDate } from './dates.js'

const { openers, subjects, verb, maxAct, actions, dateLabels } = grammar.siteStatusNotes
const ACTION_OF = new Map(Object.entries(actions) as Array<[string, HistoryAction]>)
// (the act in 《》, perhaps with its dates in brackets after it: its own title may hold the action word, 关于废止…的决定)
const NOTE = new RegExp(
  `^(?:${wordAlternation(openers)})\\s*(?:${wordAlternation(subjects)})${escapeRegExp(verb)}[：:]?(《[^《》]{1,${maxAct}}》\\s*(?:[（(][^（）()]{0,80}[）)])?)\\s*(${wordAlternation([...ACTION_OF.keys()])})`,
)
const DATE_AFTER = (label: string) => new RegExp(`${escapeRegExp(label)}[：:]\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}[-.]\\d{1,2}[-.]\\d{1,2})`)
const LABELLED_DATES = dateLabels.map(DATE_AFTER)

/**
 * How many characters a site's status note takes at the start of `text`, 0 when it opens otherwise.
 * @example statusNoteLength('*注：本篇法规已被《某决定》（实施日期：2002年3月29日）废止某省某办法') // 33
 */
export function statusNoteLength(text: string): number {
  const m = NOTE.exec(text)
  return m ? m[0].length : 0
}

/**
 * The event a status note records: the contract action of its closing word and the date of its first labelled
 * date (the act's 实施日期 before its 发布日期), or null for text that is no note.
 * @example statusNoteEvent('*注：本篇法规已被《某决定》（发布日期：2002年3月29日 实施日期：2002年4月1日）废止') // { date: '2002-04-01', action: '废止' }
 */
export function statusNoteEvent(text: string): { date: string | null; action: HistoryAction } | null {
  const m = NOTE.exec(text)
  if (!m) return null
  const action = ACTION_OF.get(m[2])!
  for (const label of LABELLED_DATES) {
    const d = label.exec(m[1])
    if (d) return { date: parseFullDate(d[1]), action }
  }
  return { date: null, action }
}
