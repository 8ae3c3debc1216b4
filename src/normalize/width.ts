import punctuation from '../../grammars/punctuation.json' with { type: 'json' }
import numbering from '../../grammars/numbering.json' with { type: 'json' }
import type { MappedText } from '../text/mapped.js'

const keep = new Set([...punctuation.keepFullWidth])
const toFull = punctuation.toFullWidth as Record<string, string>
// (odd spaces made plain; small-form brackets made the 字号's own: `﹝2021﹞` → `〔2021〕`)
const also = { ...punctuation.also, ...punctuation.bracketForms } as Record<string, string>

const isDigit = (c: number) => c >= 48 && c <= 57

// Code-unit lookup tables built once from the grammar: what each special code unit becomes.
const FULL_TO_HALF_KEEP = new Set([...keep].map((c) => c.charCodeAt(0)))
const ASCII_TO_FULL = new Map(Object.entries(toFull).map(([k, v]) => [k.charCodeAt(0), v]))
const ALSO = new Map(Object.entries(also).map(([k, v]) => [k.charCodeAt(0), v]))
// Compatibility forms of numbering markers (⒈ ⑴ ﹒ ㈠): their NFKC form, ASCII brackets made CJK,
// so ⑴ reads like （1） and 1﹒ like 1. (grammars/numbering.json `compatibility`).
const MARKER_FORMS = new Map([...numbering.compatibility].map((ch) => [ch.charCodeAt(0), [...ch.normalize('NFKC')].map((c) => toFull[c] ?? c).join('')]))

/**
 * Width pass: full-width ASCII → half-width (１２Ａ → 12A), ASCII punctuation → CJK form
 * (`(` → `（`) except between digits, CRLF/CR → LF, odd spaces → plain space, compatibility
 * forms of markers → their NFKC form (`⑴` → `（1）`, `1﹒` → `1.`). One code unit in, one (or
 * zero) out, so offsets map 1:1, except a compatibility marker (its new units map to its start).
 */
export function normalizeWidth(view: MappedText): MappedText {
  const t = view.text
  const ed = view.edit()
  let changed = false
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === 13) {
      ed.replace(i, i + 1, t.charCodeAt(i + 1) === 10 ? '' : '\n')
      changed = true
    } else if (c >= 0xff01 && c <= 0xff5e) {
      if (!FULL_TO_HALF_KEEP.has(c)) {
        ed.replace(i, i + 1, String.fromCharCode(c - 0xfee0))
        changed = true
      }
    } else if (c < 128) {
      const full = c > 32 ? ASCII_TO_FULL.get(c) : undefined
      if (full === undefined) continue
      const betweenDigits = c !== 40 && c !== 41 && isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1))
      const urlColon = c === 58 && t.charCodeAt(i + 1) === 47 && t.charCodeAt(i + 2) === 47
      if (!betweenDigits && !urlColon) {
        ed.replace(i, i + 1, full)
        changed = true
      }
    } else if (c < 0x3000 || c > 0x9fff || (c >= 0x3220 && c <= 0x3229)) {
      const rep = ALSO.get(c) ?? MARKER_FORMS.get(c)
      if (rep !== undefined) {
        ed.replace(i, i + 1, rep)
        changed = true
      }
    }
  }
  return changed ? ed.done() : view
}
