import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from './context.js'

// 发文字号 with any bracket pair around the year: 深办发[2013]3号, 中办发(2005)25号, 粤发〔2012〕19号.
const DOC_NUMBER = /([\u4e00-\u9fff]{1,16})([[［【〔（(])(\d{4})([\]］】〕）)])(\d{1,5})号/g
// The same with the closing bracket lost: 粤发〔201219号 → 粤发〔2012〕19号 (year 19xx/20xx).
const DOC_NUMBER_LOST_CLOSE = /([\u4e00-\u9fff]{1,16})〔((?:19|20)\d{2})(\d{1,4})号/g
// A Chinese-numeral year with a look-alike zero: 二○一五年, 二O一五年, 二0一五年.
const CN_YEAR = /[一二三四五六七八九〇○OＯ0零]{4}(?=年)/g
const ZERO_LOOKALIKE = /[○OＯ0零]/g

/**
 * Certain repairs of the matching copy: document-number brackets unified to 〔〕, a lost closing
 * bracket restored, ○/O/0 inside Chinese-numeral years made 〇. Bracket unification is silent
 * (printing variants, not defects); restorations are `warning` diagnostics.
 */
export function repairNumbers(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  const ed = view.edit()
  let changed = false
  const edits: Array<[number, number, string]> = []
  for (const m of t.matchAll(DOC_NUMBER)) {
    const open = m.index + m[1].length
    const close = open + 1 + m[3].length
    if (m[2] !== '〔') edits.push([open, open + 1, '〔'])
    if (m[4] !== '〕') edits.push([close, close + 1, '〕'])
  }
  for (const m of t.matchAll(DOC_NUMBER_LOST_CLOSE)) {
    const yearEnd = m.index + m[1].length + 1 + 4
    // Only when no closing bracket follows the year (otherwise DOC_NUMBER handled it).
    if (!/[〕\]］】）)]/.test(t[yearEnd] ?? '')) {
      edits.push([yearEnd, yearEnd, '〕'])
      diags.add(view, 'warning', 'docnumber-repaired', `Restored the closing bracket of "${m[0]}"`, m.index, m.index + m[0].length)
    }
  }
  for (const m of t.matchAll(CN_YEAR)) {
    if (!/[一二三四五六七八九]/.test(m[0]) || !ZERO_LOOKALIKE.test(m[0])) continue
    ZERO_LOOKALIKE.lastIndex = 0
    const fixed = m[0].replace(ZERO_LOOKALIKE, '〇')
    if (fixed !== m[0]) edits.push([m.index, m.index + 4, fixed])
  }
  edits.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  for (const [s, e, v] of edits) {
    ed.replace(s, e, v)
    changed = true
  }
  return changed ? ed.done() : view
}
