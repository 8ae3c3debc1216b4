import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { genreOf, genresOfFamily } from '../text/genre.js'

/** The genre words of rules (grammars/genres.json family `rule`: 条例, 办法, 规定 …), longest first. */
const RULE_GENRES = genresOfFamily('rule')
/** How many of the text's first lines a law's title may open. */
const TITLE_LINES = 8
/** Longest title read before the law's opening. */
const TITLE_MAX = 60
/**
 * A law's title with what opens the law glued right after it, the line break lost (a copied or scrambled page):
 * its first chapter or article (`天津市矿产资源管理条例第一章.总则`, outside239 07) or its history parenthesis
 * (`…保护条例（2012年3月30日…通过…）第一章总则第一条…`, outside231 02). Group 1 the title.
 */
const GLUED = new RegExp(
  `^([\\u4e00-\\u9fff][^\\s。；，,：:！？]{2,${TITLE_MAX}}?(?:${RULE_GENRES.join('|')}))(?=第[一1][章条]|（\\d{4}年[^（）\\n]{4,160}?(?:通过|公布|发布|施行|批准)[^（）\\n]{0,80}）)`,
)
/** The history parenthesis right after the title, and the first chapter or article glued after it (group 1 the parenthesis). */
const HISTORY_THEN_LAW = /^(（\d{4}年[^（）\n]{4,240}）)(?=第[一1][章条])/

/**
 * Puts a law's title on a line of its own when the first chapter, the first article or the history parenthesis of
 * the law follows it on the same line, among the text's first lines (and the law's opening under a history
 * parenthesis glued so); the title must end in a rule's genre word. An `info` diagnostic `line-split` reports each.
 *
 * @example
 * // '某市矿产资源管理条例第一章 总则\n第一条 …' → '某市矿产资源管理条例\n第一章 总则\n第一条 …'
 */
export function splitLawTitleGluedToText(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  let ed: ReturnType<MappedText['edit']> | null = null
  for (let s = 0, n = 0; s < t.length && n < TITLE_LINES; ) {
    let e = t.indexOf('\n', s)
    if (e < 0) e = t.length
    if (e > s) n++
    const line = t.slice(s, e)
    const title = GLUED.exec(line)
    if (title && genreOf(title[1]) !== null) {
      ed ??= view.edit()
      const at = s + title[1].length
      ed.replace(at, at, '\n')
      const history = HISTORY_THEN_LAW.exec(t.slice(at, e))
      if (history) ed.replace(at + history[1].length, at + history[1].length, '\n')
      diags.add(view, 'info', 'line-split', "Split a law's title from its text glued after it", s, e)
      break
    }
    s = e + 1
  }
  return ed ? ed.done() : view
}
