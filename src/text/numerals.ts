const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
const CIRCLED_PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇'

/**
 * Value of a numeral as printed in a marker: arabic (`12`), Chinese (`十二`, `二十一`, `一百零五`),
 * digit-by-digit Chinese (`二〇一五`), or circled (`③`, `⑶`). Returns null when it is none of these.
 * @example cnNumber('二十三') // 23
 */
export function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  if (s.length === 1) {
    const c = CIRCLED.indexOf(s)
    if (c >= 0) return c + 1
    const p = CIRCLED_PAREN.indexOf(s)
    if (p >= 0) return p + 1
  }
  let total = 0
  let current = 0
  let sawUnit = false
  for (const ch of s) {
    if (ch in DIGITS) current = current * (sawUnit ? 1 : 10) + DIGITS[ch]
    else if (ch in UNITS) {
      total += (current || 1) * UNITS[ch]
      current = 0
      sawUnit = true
    } else return null
    if (ch in DIGITS && sawUnit) sawUnit = true
  }
  if (!sawUnit) {
    // digit-by-digit: 二〇一五 → 2015
    let v = 0
    for (const ch of s) v = v * 10 + DIGITS[ch]
    return v
  }
  return total + current
}
