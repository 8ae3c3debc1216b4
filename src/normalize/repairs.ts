import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { isIdeograph } from '../text/ideograph.js'

// 发文字号 with any bracket pair around the year: 深办发[2013]3号, 中办发(2005)25号, 粤发〔2012〕19号.
// Anchored on the bracketed year (rare), the issuer code is then checked looking back.
// A space after the closing bracket (科工法字[2000] 851号) is a printing variant too: dropped.
const BRACKETED_YEAR = /([[［【〔（(])(\d{4})([\]］】〕）)])( ?)\d{1,5}号/g
// The same with the closing bracket lost: 粤发〔201219号 → 粤发〔2012〕19号 (year 19xx/20xx).
const LOST_CLOSE = /〔((?:19|20)\d{2})\d{1,4}号/g
// A 字号 line with both brackets lost, a PDF's space before 号 perhaps: `琼办发201848 号` → 琼办发〔2018〕48号 (outside114
// 06). The whole line only, its code ending as a 字号's does (发, 函, 字): in running text the digits could be anything.
const LOST_BOTH = /^([\u4e00-\u9fff]{1,15}[发函字])((?:19|20)\d{2})(\d{1,4})([ \t\u3000]*)号[ \t\u3000]*$/gm
// A 字号 line whose closing bracket a scraper doubled or whose 号 it lost (`会府办字〔2025〕〕8`, outside179 07): the whole
// line only, as above.
const DOUBLED_OR_UNMARKED = /^([\u4e00-\u9fff]{1,15}[发函字])〔((?:19|20)\d{2})〕(〕?)(\d{1,4})(号?)[ \t\u3000]*$/gm
// (the look-alike zeros: ○, Latin O, full-width Ｏ, 0, 零, and the Cyrillic and Greek capitals О Ο a converter or an IME
// leaves in a Chinese-numeral year: `二О一一年`, outside70 04)
export const ZERO_LOOKALIKES = '○OＯ0零\u041e\u039f'
const CN_YEAR_DIGIT = new RegExp(`[一二三四五六七八九〇${ZERO_LOOKALIKES}]`)
const HAS_ZERO_LOOKALIKE = new RegExp(`[${ZERO_LOOKALIKES}]`)
const ZERO_LOOKALIKE = new RegExp(`[${ZERO_LOOKALIKES}]`, 'g')

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
  for (const m of t.matchAll(BRACKETED_YEAR)) {
    if (!isIdeograph(t.charCodeAt(m.index - 1))) continue
    const open = m.index
    const close = open + 1 + m[2].length
    if (m[1] !== '〔') edits.push([open, open + 1, '〔'])
    if (m[3] !== '〕') edits.push([close, close + 1, '〕'])
    if (m[4]) edits.push([close + 1, close + 2, ''])
  }
  for (const m of t.matchAll(LOST_CLOSE)) {
    if (!isIdeograph(t.charCodeAt(m.index - 1))) continue
    const yearEnd = m.index + 5
    edits.push([yearEnd, yearEnd, '〕'])
    let s = m.index
    while (s > 0 && m.index - s < 16 && isIdeograph(t.charCodeAt(s - 1))) s--
    const whole = t.slice(s, m.index + m[0].length)
    diags.add(view, 'warning', 'docnumber-repaired', `Restored the closing bracket of "${whole}"`, s, m.index + m[0].length)
  }
  for (const m of t.matchAll(LOST_BOTH)) {
    const yearAt = m.index + m[1].length
    const yearEnd = yearAt + 4
    edits.push([yearAt, yearAt, '〔'], [yearEnd, yearEnd, '〕'])
    if (m[4]) edits.push([yearEnd + m[3].length, yearEnd + m[3].length + m[4].length, ''])
    diags.add(view, 'warning', 'docnumber-repaired', `Restored the brackets of "${m[0].trim()}"`, m.index, m.index + m[0].length)
  }
  for (const m of t.matchAll(DOUBLED_OR_UNMARKED)) {
    if (!m[3] && m[5]) continue
    const extra = m.index + m[1].length + 6
    if (m[3]) edits.push([extra, extra + 1, ''])
    const end = extra + m[3].length + m[4].length
    // (the 号 put in with the last digit, so that it maps onto that digit, not onto the line break after it)
    if (!m[5]) edits.push([end - 1, end, `${m[4].slice(-1)}号`])
    diags.add(
      view,
      'warning',
      'docnumber-repaired',
      `Repaired "${m[0].trim()}" (${m[3] ? 'a doubled closing bracket' : ''}${m[3] && !m[5] ? ', ' : ''}${m[5] ? '' : 'its 号 restored'})`,
      m.index,
      m.index + m[0].length,
    )
  }
  // A Chinese-numeral year with a look-alike zero: 二○一五年, 二O一五年, 二0一五年, 二О一一年 (Cyrillic).
  for (let y = t.indexOf('年', 4); y !== -1; y = t.indexOf('年', y + 1)) {
    const year = t.slice(y - 4, y)
    if (![...year].every((ch) => CN_YEAR_DIGIT.test(ch)) || !/[一二三四五六七八九]/.test(year) || !HAS_ZERO_LOOKALIKE.test(year)) continue
    edits.push([y - 4, y, year.replace(ZERO_LOOKALIKE, '〇')])
  }
  edits.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  for (const [s, e, v] of edits) {
    ed.replace(s, e, v)
    changed = true
  }
  return changed ? ed.done() : view
}
