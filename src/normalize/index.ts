import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { normalizeWidth } from './width.js'
import { removeBoilerplate } from './boilerplate.js'
import { normalizeSpaces } from './spaces.js'
import { splitFlattenedLines } from './flattened.js'
import { splitDateGluedToIssuedName } from './date-glued-name.js'
import { splitGluedDocuments } from './glued.js'
import { splitTableRows } from './table-rows.js'
import { normalizeScript, type Script, type ScriptOption } from './script.js'
import { repairNumbers } from './repairs.js'
import { joinBrokenLines, joinBracketWraps, joinTitleQuoteWraps } from './joins.js'
import { removePinyinAnnotations } from './pinyin.js'
import { repairShiftedMarkers } from './mojibake.js'
import { breakTagsAsLines, decodeEntities, removeHeadingAnchors, removeStrayMarkup } from './stray-markup.js'
import { removeLostSpaces } from './lost-spaces.js'
import { breakInlineLabelBullets, removeListBullets } from './list-bullets.js'
import { removeTranslationLines } from './translation-lines.js'
import { removeInjectedFillers } from './injected-fillers.js'
import { removeKeywordChains } from './keyword-chains.js'
import { removeNewsTags } from './news-tags.js'
import { splitLawTitleGluedToText } from './law-title-glued.js'
import { joinVerticalTitle } from './vertical-title.js'
import { removeEmptyCells } from './empty-cells.js'

export type { Script, ScriptOption }

/**
 * The normalize stage: builds the matching copy of the input, pass by pass, each pass mapping
 * every code unit back to the original input. Order matters: width first (so chrome patterns see
 * one form of punctuation), then the marks a scraping site injects between words (`人民政府@@`: no later pass
 * should see them) and a spam mirror's keyword chains, a scraper's pinyin annotations (`發(fā)`) before chrome, glued documents split before chrome (a site label glued to the 字号 becomes a line of its own), chrome before spaces (its patterns keep their spaces), table rows and flattened lines split before spaces (the
 * spaces are their only cell and item separators), line joins last
 * (they look at markers in final form).
 */
export function normalize(input: MappedText, options: { script: ScriptOption }, diags: Diagnostics): { view: MappedText; script: Script; converted: boolean } {
  let view = normalizeWidth(input)
  view = removeInjectedFillers(view, diags)
  view = removeKeywordChains(view, diags)
  view = removePinyinAnnotations(view, diags)
  view = repairShiftedMarkers(view, diags)
  view = removeStrayMarkup(view, diags)
  view = decodeEntities(view, diags)
  view = breakTagsAsLines(view, diags)
  view = removeHeadingAnchors(view, diags)
  view = breakInlineLabelBullets(view, diags)
  view = removeListBullets(view, diags)
  view = removeTranslationLines(view, diags)
  view = removeLostSpaces(view, diags)
  view = splitGluedDocuments(view, diags)
  view = splitDateGluedToIssuedName(view, diags)
  view = removeBoilerplate(view, diags)
  view = removeEmptyCells(view, diags)
  view = removeNewsTags(view, diags)
  view = splitTableRows(view, diags)
  view = splitFlattenedLines(view, diags)
  view = normalizeSpaces(view)
  const s = normalizeScript(view, options.script, diags)
  view = repairNumbers(s.view, diags)
  view = splitLawTitleGluedToText(view, diags)
  view = joinVerticalTitle(view, diags)
  view = joinBrokenLines(view, diags)
  view = joinBracketWraps(view, diags)
  view = joinTitleQuoteWraps(view, diags)
  return { view, script: s.script, converted: s.converted }
}
