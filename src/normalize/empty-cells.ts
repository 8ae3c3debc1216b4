import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'

/**
 * A layout table's row holding one cell of text and a run of empty cells after it (`| 天水市交通运输局关于…的答复 | ||||||||`,
 * outside253 05): the text, perhaps opened by a bar, then at least EMPTY_RUN bars with only spaces between them. Group 1 the
 * bar and spaces before the text, group 2 the text, group 3 the run after it.
 */
const ONE_CELL_ROW = /^([ \t\u3000]*[|｜]?[ \t\u3000]*)([^|｜\n]*[^|｜\s])([ \t\u3000]*[|｜](?:[ \t\u3000]*[|｜]){2,}[ \t\u3000]*)$/gm

/**
 * Rows of a page's layout table that hold one cell of text and a run of empty cells (three bars or more after the text):
 * the bars go, the text stays on its line, so a title or a stamp printed in such a row reads as itself. A row with a
 * second cell of text (`序号 | 任务 |`), or one bar after its text (a cell per line), is a table's and stays. An `info`
 * diagnostic `boilerplate-removed` reports each row.
 *
 * @example
 * // '| 某局关于某事的答复 | |||||\n正文' → '某局关于某事的答复\n正文'
 */
export function removeEmptyCells(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!t.includes('||') && !t.includes('｜｜') && !t.includes('| |')) return view
  let ed: ReturnType<MappedText['edit']> | undefined
  for (const m of t.matchAll(ONE_CELL_ROW)) {
    ed ??= view.edit()
    const textStart = m.index + m[1].length
    const textEnd = textStart + m[2].length
    if (m[1].length) ed.replace(m.index, textStart, '')
    ed.replace(textEnd, m.index + m[0].length, '')
    diags.add(view, 'info', 'boilerplate-removed', 'Removed the empty cells of a layout table row around its one cell of text (empty-cells)', m.index, m.index + m[0].length)
  }
  return ed ? ed.done() : view
}
