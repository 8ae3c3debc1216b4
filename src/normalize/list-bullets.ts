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

/** A bullet inside a line before a law database's bracketed label (`…•【公布日期】2012.05.28•【字号】…`). */
const INLINE_LABEL_BULLET = /(?<=\S)•(?=【[^】\n]{1,8}】)/g
/** How many such cells a line must hold to be a flattened label list. */
const MIN_INLINE_CELLS = 2

/**
 * Breaks a law database's label list that a sharing site ran onto one line, a bullet before each bracketed label
 * (`…的通知文章属性•【制定机关】上海市人民政府•【公布日期】2012.05.28•【字号】沪府发[2012]53号•…`, outside217 03), into
 * the lines its labels are read from: each such bullet becomes a line break. One `info` diagnostic `bullets-removed`.
 *
 * @example breakInlineLabelBullets(view('文章属性•【制定机关】某市人民政府•【公布日期】2012.05.28'), diags).text // '文章属性\n【制定机关】某市人民政府\n【公布日期】2012.05.28'
 */
export function breakInlineLabelBullets(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!t.includes('•【')) return view
  // (the matches come in order: the line each stands on is found walking forward, once over the text)
  const found = [...t.matchAll(INLINE_LABEL_BULLET)].map((m) => ({ at: m.index, line: 0 }))
  let lineStart = 0
  let nextBreak = t.indexOf('\n')
  for (const b of found) {
    while (nextBreak >= 0 && nextBreak < b.at) {
      lineStart = nextBreak + 1
      nextBreak = t.indexOf('\n', lineStart)
    }
    b.line = lineStart
  }
  const perLine = new Map<number, number>()
  for (const b of found) perLine.set(b.line, (perLine.get(b.line) ?? 0) + 1)
  const bullets = found.filter((b) => (perLine.get(b.line) ?? 0) >= MIN_INLINE_CELLS).map((b) => b.at)
  if (!bullets.length) return view
  const ed = view.edit()
  for (const at of bullets) ed.replace(at, at + 1, '\n')
  diags.add(view, 'info', 'bullets-removed', `Broke a label list run onto one line at ${bullets.length} bullet(s)`, bullets[0], bullets[bullets.length - 1] + 1)
  return ed.done()
}
