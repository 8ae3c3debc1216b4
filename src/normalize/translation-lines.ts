import scripts from '../../grammars/scripts.json' with { type: 'json' }
import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'
import { deleteSpans } from './delete-spans.js'
import { isIdeograph } from '../text/ideograph.js'

/** The code units of the translation scripts (grammars/scripts.json), as a table. */
const TRANSLATION_UNIT = new Uint8Array(0x10000)
for (const script of scripts.translationScripts)
  for (const range of script.ranges) {
    const [lo, hi] = range.split('-').map((hex) => Number.parseInt(hex, 16))
    TRANSLATION_UNIT.fill(1, lo, hi + 1)
  }

/** Whether `text[from, to)` is a translation line: no Han character and at least `minLetters` of a translation script. */
function isTranslationLine(text: string, from: number, to: number): boolean {
  let letters = 0
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if (isIdeograph(code)) return false
    letters += TRANSLATION_UNIT[code]
  }
  return letters >= scripts.minLetters
}

/**
 * Drops the lines a bilingual page prints in a minority language beside the Chinese text (`第一章 总则` ⏎ its Uyghur
 * translation ⏎ `第一条 …`): they hold no Han character and are written in a script of grammars/scripts.json, so
 * they would only break the title, the history and the clause tree between the Chinese lines. One `info` diagnostic
 * `translation-lines-removed` per document, spanning the lines dropped.
 *
 * @example removeTranslationLines(view('第一章 总则\nئومۇمىي پىرىنسىپ\n第一条'), diags).text // '第一章 总则\n第一条'
 */
export function removeTranslationLines(view: MappedText, diags: Diagnostics): MappedText {
  const text = view.text
  const spans: Array<[number, number]> = []
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    if (isTranslationLine(text, start, end)) spans.push([start, newline < 0 ? end : end + 1])
    start = end + 1
  }
  return deleteSpans(view, diags, spans, 'translation-lines-removed', `Removed ${spans.length} line(s) of a translation printed beside the text`)
}
