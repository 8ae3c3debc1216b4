import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'
import { deleteSpans } from './delete-spans.js'

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
  const spans: Array<[number, number]> = []
  for (const m of t.matchAll(WRAPPED)) {
    const open = m.index + m[1].length
    const close = open + m[2].length + m[4].length
    spans.push([open, open + m[2].length], [close, close + m[5].length])
  }
  return deleteSpans(view, diags, spans, 'markup-removed', `Removed the HTML tags around ${spans.length / 2} line(s) of a plain-text input`)
}
