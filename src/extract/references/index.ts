import type { MappedText } from '../../text/mapped.js'
import type { Reference } from '../../schema/document.js'
import { parseDocNumber } from '../../segment/docnumber.js'

const MAX_TITLE = 200
const DOC_NUMBER_AFTER = /^（([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)）/

/**
 * Cited documents in `view.text[from, to)`: every 《…》 (with 〈…〉 nested inside), and the
 * document number printed right after it in brackets: `《…》（粤发〔2012〕19号）`.
 * One linear scan; a 《 without its 》 within 200 characters on the same line is skipped.
 */
export function extractReferences(view: MappedText, from: number, to: number): Reference[] {
  const t = view.text
  const out: Reference[] = []
  let i = t.indexOf('《', from)
  while (i !== -1 && i < to) {
    let depth = 0
    let close = -1
    for (let j = i; j < Math.min(to, i + MAX_TITLE); j++) {
      const c = t[j]
      if (c === '\n') break
      if (c === '《') depth++
      else if (c === '》' && --depth === 0) {
        close = j
        break
      }
    }
    if (close < 0) {
      i = t.indexOf('《', i + 1)
      continue
    }
    const title = t.slice(i + 1, close)
    let end = close + 1
    let docNumber: Reference['docNumber'] = null
    const m = DOC_NUMBER_AFTER.exec(t.slice(end, end + 40))
    if (m) {
      const p = parseDocNumber(m[1])
      if (p) {
        const s = end + 1
        docNumber = { ...p, raw: view.originalSlice(s, s + m[1].length), position: view.position(s, s + m[1].length) }
        end += m[0].length
      }
    }
    out.push({ title, docNumber, position: view.position(i, end) })
    i = t.indexOf('《', close + 1)
  }
  return out
}
