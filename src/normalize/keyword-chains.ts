import boilerplate from '../../grammars/boilerplate.json' with { type: 'json' }
import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'
import { escapeRegExp } from '../text/regexp.js'

const { separator, minSegments, minCount } = boilerplate.keywordChains
const PART = '[A-Za-z0-9\\u4e00-\\u9fff]+'
const SEP = escapeRegExp(separator)
/** A run of letters, digits and ideographs holding at least `minSegments` parts joined by the separator. */
const CHAIN = new RegExp(`${PART}(?:${SEP}${PART}){${minSegments - 1},}`, 'g')

/** The longest start all strings share. */
function commonStart(strings: readonly string[]): string {
  let start = strings[0]
  for (const s of strings) {
    let k = 0
    while (k < start.length && k < s.length && start[k] === s[k]) k++
    start = start.slice(0, k)
  }
  return start
}

/**
 * Removes a hijacked mirror's chain of search keywords, printed where a place's name stood (grammars/boilerplate.json
 * `keywordChains`: `base365_365体育官方app_365体育怎么打不开了人民政府` → `人民政府`). The chain is the part every printing
 * of it shares — what follows it differs (`人民政府`, `“十四五”…规划`) — and is removed only when printed `minCount`
 * times or more, still holding `minSegments` parts. One `info` diagnostic `keyword-chain-removed`.
 *
 * @example removeKeywordChains(view('a1_体育_官网人民政府\n现将《a1_体育_官网规划》印发'), diags).text // '人民政府\n现将《规划》印发'
 */
export function removeKeywordChains(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  // (most texts hold no separator: one indexOf answers them)
  if (!t.includes(separator)) return view
  const printed = [...t.matchAll(CHAIN)].map((m) => m[0])
  if (printed.length < minCount) return view
  const chain = commonStart(printed)
  if (chain.split(separator).length < minSegments) return view
  const at: number[] = []
  for (let k = t.indexOf(chain); k >= 0; k = t.indexOf(chain, k + chain.length)) at.push(k)
  const ed = view.edit()
  for (const k of at) ed.delete(k, k + chain.length)
  diags.add(view, 'info', 'keyword-chain-removed', `Removed ${at.length} printing(s) of a spam site's keyword chain \`${chain}\``, at[0], at[at.length - 1] + chain.length)
  return ed.done()
}
