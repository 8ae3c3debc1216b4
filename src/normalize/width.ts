import punctuation from '../../grammars/punctuation.json' with { type: 'json' }
import type { MappedText } from '../text/mapped.js'

const keep = new Set([...punctuation.keepFullWidth])
const toFull = punctuation.toFullWidth as Record<string, string>
const also = punctuation.also as Record<string, string>

const isDigit = (c: number) => c >= 48 && c <= 57

/**
 * Width pass: full-width ASCII → half-width (１２Ａ → 12A), ASCII punctuation → CJK form
 * (`(` → `（`) except between digits, CRLF/CR → LF, odd spaces → plain space.
 * One code unit in, one (or zero) out, so offsets map 1:1.
 */
export function normalizeWidth(view: MappedText): MappedText {
  const t = view.text
  const ed = view.edit()
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === 13) {
      ed.replace(i, i + 1, t.charCodeAt(i + 1) === 10 ? '' : '\n')
      continue
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      const ch = t[i]
      if (!keep.has(ch)) ed.replace(i, i + 1, String.fromCharCode(c - 0xfee0))
      continue
    }
    if (c < 128) {
      const ch = t[i]
      const full = toFull[ch]
      const betweenDigits = isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1)) && ch !== '(' && ch !== ')'
      const urlColon = ch === ':' && t.charCodeAt(i + 1) === 47 && t.charCodeAt(i + 2) === 47
      if (full !== undefined && !betweenDigits && !urlColon) {
        ed.replace(i, i + 1, full)
      }
      continue
    }
    const rep = also[t[i]]
    if (rep !== undefined) ed.replace(i, i + 1, rep)
  }
  return ed.done()
}
