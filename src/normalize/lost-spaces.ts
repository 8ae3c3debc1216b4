import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'

// Runs of `?` where a page's non-breaking spaces were lost in a conversion to GBK (each U+00A0 a `?`, made
// full-width `？` by the width pass when it stands beside Chinese text):
// indenting a line (`????根据…`) or padding a right-aligned 落款 (`长沙县应急管理局????`, `2021年9月7日????`, or after a
// space: `浮山縣人民政府辦公室 ???????`, outside167 01); a line of them alone is boilerplate.json's placeholder-marks.
// Only at a line's edge and only beside Chinese text, so a question mark in running text, a `?` of a URL
// (`news.asp?ArticleID=`), the lone `?` of a garbled marker (normalize/mojibake.ts) and a doubled question mark
// (`？？`, the fuzz test's soup) stay: a run of three or more — or of two opening a line, which no sentence does
// (`??2018年5月14日`, `??一、規劃背景`: a page's full-width indent lost, outside80 01).
const LEADING = /^([ \t\u3000]*)[?？]{2,}(?=[\u4e00-\u9fff《“（(0-9])/gm
const TRAILING = /(?<=[\u4e00-\u9fff。，；：）)》”][ \t\u3000]*)[?？]{3,}(?=[ \t\u3000]*$)/gm

const RUN = /[?？]{2}/
/**
 * A label of two to four ideographs spaced out by such runs, before its colon (`索??引??號:`, `文??????號:`, `標??? ???題:`,
 * a spam mirror of a portal's label block, outside95 06): its runs are the spaces a label is spaced with (`索 引 号`).
 */
const SPACED_LABEL = /[\u4e00-\u9fff](?:[?？ \t\u3000]{1,8}[\u4e00-\u9fff]){1,3}(?=[ \t\u3000]*[：:])/g
const RUN_IN_LABEL = /[?？]{2,}/g

/**
 * Turns runs of three or more `?` standing for lost spaces at the start or end of a line beside Chinese
 * text back into spaces, so a 落款 padded with them is read as issuer and date lines (outside32 page 15). One `info`
 * diagnostic `lost-spaces-removed` per document.
 *
 * @example removeLostSpaces(view('长沙县应急管理局????\n2021年9月7日????'), diags).text // '长沙县应急管理局    \n2021年9月7日    '
 */
export function removeLostSpaces(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!RUN.test(t)) return view
  // (edits go front to back: the runs of both kinds in the order they stand)
  const runs = [...t.matchAll(LEADING)].map((m) => [m.index + m[1].length, m.index + m[0].length]).concat([...t.matchAll(TRAILING)].map((m) => [m.index, m.index + m[0].length]))
  for (const label of t.matchAll(SPACED_LABEL)) for (const r of label[0].matchAll(RUN_IN_LABEL)) runs.push([label.index + r.index, label.index + r.index + r[0].length])
  if (!runs.length) return view
  runs.sort((a, b) => a[0] - b[0])
  const ed = view.edit()
  // (each becomes the spaces it stood for, so no character of the input is dropped from the text)
  for (const [from, to] of runs) ed.replace(from, to, ' '.repeat(to - from))
  diags.add(view, 'info', 'lost-spaces-removed', `Read ${runs.length} run(s) of \`?\` at line edges or inside labels as the spaces they stood for`, runs[0][0], runs[runs.length - 1][1])
  return ed.done()
}
