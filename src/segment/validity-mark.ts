/**
 * A site's mark of whether a text is in force (grammars/history.json `siteValidityMarks`), printed in brackets after a
 * title (`…的通知(已失效)`) or beside a 字号 (`陕政发〔2016〕52号 [有效]`): no part of either.
 */
import grammar from '../../grammars/history.json' with { type: 'json' }
import { wordAlternation } from '../text/regexp.js'

/** The bracketed mark as a regex source: `(已失效)`, `【现行有效】`, `[有效]`. */
export const VALIDITY_MARK = `[[【［（(](?:现行)?(?:${wordAlternation(grammar.siteValidityMarks)})[\\]】］）)]`

const TRAILING = new RegExp(`\\s*(${VALIDITY_MARK})$`)

/**
 * The validity mark closing `text`: where it starts (with the spaces before it) and its words without brackets; null when
 * none closes it.
 * @example trailingValidityMark('关于印发《某市规划》的通知(已失效)') // { at: 14, status: '已失效' }
 */
export function trailingValidityMark(text: string): { at: number; status: string } | null {
  const m = TRAILING.exec(text)
  return m ? { at: m.index, status: m[1].slice(1, -1) } : null
}
