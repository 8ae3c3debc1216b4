import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'
import { deleteSpans } from './delete-spans.js'

// A line that a scraper opened with the bullet of an HTML list item: `  • 索 引 号:` / `  • 2021-08-02`. Portals
// print their label table as a list, so every label and every value starts with one. The bullet (U+2022) is no
// marker of the numbering grammar and no character of a document's text (0 line starts in the corpus); the
// Taiwan laws' hyphenation point ‧ (U+2027, a decimal point there: 一六○‧一公分) is another character.
const BULLETED = /^([ \t\u3000]*)(•[ \t\u3000]*)(?=\S)/gm

/**
 * Removes a list bullet opening a line from the matching copy (`• 名  称:` → `名  称:`), so a label table printed as a
 * list reads as one and a title printed as a list item keeps no bullet. One `info` diagnostic `bullets-removed`
 * per document, spanning the lines changed.
 *
 * @example removeListBullets(view('  • 生成日期:\n  • 2021-08-02'), diags).text // '  生成日期:\n  2021-08-02'
 */
export function removeListBullets(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!t.includes('•')) return view
  const spans: Array<[number, number]> = []
  for (const m of t.matchAll(BULLETED)) {
    const open = m.index + m[1].length
    spans.push([open, open + m[2].length])
  }
  return deleteSpans(view, diags, spans, 'bullets-removed', `Removed the list bullets opening ${spans.length} line(s)`)
}
