import type { MappedText } from '../text/mapped.js'
import { simplifiedFormOf } from '../normalize/script.js'

const isIdeograph = (code: number) => code >= 0x3400 && code <= 0x9fff
/** An ideograph the script pass writes otherwise. */
const isConverted = (ch: string) => isIdeograph(ch.charCodeAt(0)) && simplifiedFormOf(ch) !== ch

/**
 * A title read from the matching copy of a document the script pass converted, written back in the
 * characters the document prints: `憲法法庭席位布置規則`, not `宪法法庭席位布置规则`. The pass converts
 * one code unit for one (offsets map 1:1), so where the title stands as it is in the copy, every
 * character takes the original's at its offset; a title the segmenter assembled (joined over two
 * lines, a tail cut off) takes, character by character, the form the document prints most often.
 * A character is given back only when the printed one is an ideograph the conversion changes (in a
 * phrase it may change otherwise: 計畫 → 计划), so a repair of the copy (a garbled marker) is never undone.
 *
 * @example printedTitle('宪法法庭席位布置规则', { start: 0, end: 10 }, view) // '憲法法庭席位布置規則'
 */
export function printedTitle(title: string, span: { start: number; end: number } | null, view: MappedText): string {
  const printed = view.source.text
  if (span && view.text.slice(span.start, span.end) === title) {
    let out = ''
    for (let i = 0; i < title.length; i++) {
      const ch = title[i]
      const original = printed[view.origin[span.start + i]]
      out += original !== undefined && original !== ch && isIdeograph(ch.charCodeAt(0)) && isConverted(original) ? original : ch
    }
    return out
  }
  const forms = printedForms(view)
  let out = ''
  for (const ch of title) out += forms.get(ch) ?? ch
  return out
}

const formsOf = new WeakMap<MappedText, Map<string, string>>()

/** For each character the script pass converted, the printed form the document uses most. */
function printedForms(view: MappedText): Map<string, string> {
  const known = formsOf.get(view)
  if (known) return known
  const counts = new Map<string, Map<string, number>>()
  const printed = view.source.text
  for (let i = 0; i < view.text.length; i++) {
    const code = view.text.charCodeAt(i)
    if (!isIdeograph(code)) continue
    const original = printed[view.origin[i]]
    const ch = view.text[i]
    if (original === undefined || original === ch || !isConverted(original)) continue
    const byForm = counts.get(ch) ?? new Map<string, number>()
    byForm.set(original, (byForm.get(original) ?? 0) + 1)
    counts.set(ch, byForm)
  }
  const forms = new Map<string, string>()
  for (const [ch, byForm] of counts) forms.set(ch, [...byForm].sort((a, b) => b[1] - a[1])[0][0])
  formsOf.set(view, forms)
  return forms
}
