import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'

// A line of a plain-text input wholly wrapped in one HTML element: `<p style="…">2023年3月1日</p>`.
// Scrapers that save a page's text keep such lines where the page right-aligned its 落款; the tags
// hide the date and the issuer from the signature reader (an element name of letters only, so
// `<1>` or `<附件>` never match).
const WRAPPED = /^([ \t\u3000]*)(<(p|div|span|font|center|strong|b|td)(?:\s[^<>\n]*)?>)([^<>\n]*)(<\/\3\s*>)[ \t\u3000]*$/gim

/**
 * Removes the tags of lines wholly wrapped in one HTML element from the matching copy of a
 * plain-text input (`<p align="right">2023年3月1日</p>` → `2023年3月1日`), so a 落款 printed that
 * way is read. One `info` diagnostic `markup-removed` per document, spanning the lines changed.
 *
 * @example removeStrayMarkup(view('<p style="text-align: right;">2023年3月1日</p>'), diags).text // '2023年3月1日'
 */
export function removeStrayMarkup(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!t.includes('</')) return view
  const ed = view.edit()
  let count = 0
  let first = -1
  let last = -1
  for (const m of t.matchAll(WRAPPED)) {
    const open = m.index + m[1].length
    const close = open + m[2].length + m[4].length
    ed.delete(open, open + m[2].length)
    ed.delete(close, close + m[5].length)
    if (first < 0) first = open
    last = close + m[5].length
    count++
  }
  if (!count) return view
  diags.add(view, 'info', 'markup-removed', `Removed the HTML tags around ${count} line(s) of a plain-text input`, first, last)
  return ed.done()
}
