/**
 * A site's mark of whether a text is in force (grammars/history.json `siteValidityMarks`), printed in brackets after a
 * title (`…的通知(已失效)`) or before it (`(失效)…的通知`), or beside a 字号 (`陕政发〔2016〕52号 [有效]`): no part of either.
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

const LEADING = new RegExp(`^(${VALIDITY_MARK})\\s*`)

/**
 * The validity mark opening `text`: where the rest starts (after the spaces following it) and its words without brackets;
 * null when none opens it.
 * @example leadingValidityMark('(失效)北京市东城区人民政府关于印发《某计划》的通知') // { end: 4, status: '失效' }
 */
export function leadingValidityMark(text: string): { end: number; status: string } | null {
  const m = LEADING.exec(text)
  return m ? { end: m[0].length, status: m[1].slice(1, -1) } : null
}
