import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'

/**
 * Bracketed item markers of a GBK page decoded one byte off (`?。ǘ┩…` for `　（二）推…`), as the
 * pinyin-annotating mirrors print them (normalize/pinyin.ts): the full-width space opening the
 * line lost its first byte (`?`), its second byte and the first of `（` read as `。`, and the second
 * byte of `（` with the numeral's first byte as one character of GBK row A8 (pinyin letters and
 * bopomofo: `ǘ` = A8 B6, B6 being the first byte of 二). That first byte names the numeral: each of
 * 一…十 has its own. The marker is restored as `（N）`; the rest of the line stays as printed (the
 * heading is garbled, the clean text after it — a `（牵头单位：…）` parenthesis — is read as usual).
 * A numeral whose first byte has no character in row A8 (六, C1) cannot be restored. One `info`
 * diagnostic `marker-repaired` per document.
 *
 * @example repairShiftedMarkers(view('？。ǘ┩七M東部…'), diags).text // '（二）┩七M東部…'
 */
export function repairShiftedMarkers(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!SHIFTED.test(t)) return view
  const numerals = numeralByRowChar()
  const ed = view.edit()
  let count = 0
  let first = -1
  for (const m of t.matchAll(SHIFTED_ALL)) {
    const numeral = numerals.get(m[2])
    if (!numeral) continue
    const at = m.index + m[1].length
    ed.replace(at, at + 3, `（${numeral}）`)
    if (first < 0) first = at
    count++
  }
  if (!count) return view
  diags.add(view, 'info', 'marker-repaired', `Restored ${count} item marker(s) of a page decoded one byte off (?。ǘ… for （二）…)`, first, first + 3)
  return ed.done()
}

/** The lost byte and `。` (any page holding them is looked at line by line). */
const SHIFTED = /[?？]。/
/** A line opening (after spaces) with the lost byte, `。` and the character that names the numeral. */
const SHIFTED_ALL = /(^|\n[ \t\u3000]*)[?？]。(.)/g
const NUMERALS = '一二三四五六七八九十'

let table: Map<string, string> | undefined
/** Each character of GBK row A8 whose second byte is the first byte of a numeral 一…十 → that numeral. Built once, on the first page that needs it. */
function numeralByRowChar(): Map<string, string> {
  if (table) return table
  table = new Map()
  const gbk = new TextDecoder('gbk')
  const leadOf = new Map<number, string>()
  for (let lead = 0xb0; lead <= 0xf7; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const c = gbk.decode(new Uint8Array([lead, trail]))
      if (c.length === 1 && NUMERALS.includes(c)) leadOf.set(lead, c)
    }
  for (const [lead, numeral] of leadOf) {
    const c = gbk.decode(new Uint8Array([0xa8, lead]))
    // (a byte pair GBK leaves unassigned decodes to U+FFFD or a private-use character: no marker then)
    const code = c.charCodeAt(0)
    if (c.length === 1 && code !== 0xfffd && (code < 0xe000 || code > 0xf8ff)) table.set(c, numeral)
  }
  return table
}
