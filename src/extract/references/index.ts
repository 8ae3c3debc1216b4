import type { MappedText } from '../../text/mapped.js'
import type { Reference } from '../../schema/document.js'
import { parseDocNumber } from '../../segment/docnumber.js'

const MAX_TITLE = 200
const DOC_NUMBER_AFTER = /^（([\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号)）/

/**
 * Cited documents in `view.text[from, until)`: every 《…》 (with 〈…〉 nested inside), and the
 * document number printed right after it in brackets: `《…》（粤发〔2012〕19号）`.
 * One linear scan; a 《 without its 》 within 200 characters on the same line is skipped.
 */
export function extractReferences(view: MappedText, from: number, until: number): Reference[] {
  const text = view.text
  const out: Reference[] = []
  let open = text.indexOf('《', from)
  while (open !== -1 && open < until) {
    let depth = 0
    let close = -1
    for (let j = open; j < Math.min(until, open + MAX_TITLE); j++) {
      const char = text[j]
      if (char === '\n') break
      if (char === '《') depth++
      else if (char === '》' && --depth === 0) {
        close = j
        break
      }
    }
    if (close < 0) {
      open = text.indexOf('《', open + 1)
      continue
    }
    const title = text.slice(open + 1, close)
    let end = close + 1
    let docNumber: Reference['docNumber'] = null
    const numberMatch = DOC_NUMBER_AFTER.exec(text.slice(end, end + 40))
    if (numberMatch) {
      const parsed = parseDocNumber(numberMatch[1])
      if (parsed) {
        const numberStart = end + 1
        docNumber = { ...parsed, raw: view.originalSlice(numberStart, numberStart + numberMatch[1].length), position: view.position(numberStart, numberStart + numberMatch[1].length) }
        end += numberMatch[0].length
      }
    }
    out.push({ title, docNumber, position: view.position(open, end) })
    open = text.indexOf('《', close + 1)
  }
  return out
}
