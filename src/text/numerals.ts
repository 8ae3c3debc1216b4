const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/**
 * Value of an arabic (`12`) or Chinese numeral (`十二`, `二十一`, `一百零五`, digit by digit `二〇一五`).
 * Returns null when it is neither. Markers read their other numeral systems (circled, roman,
 * letters) from grammars/numbering.json (src/text/markers.ts).
 * @example cnNumber('二十三') // 23
 */
export function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
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
