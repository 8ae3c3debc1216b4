import boilerplate from '../../grammars/boilerplate.json' with { type: 'json' }
import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'
import { escapeRegExp } from '../text/regexp.js'

const { tokens, minCount } = boilerplate.injectedFillers

/** Each token, and any longer run of its characters (`@@` also takes `@@@@`). */
const FILLERS = tokens.map((token) => ({ token, run: new RegExp(`(?:${escapeRegExp(token)})+`, 'g') }))

/**
 * Removes the marks a scraping site injects between and inside words all through a copied text
 * (grammars/boilerplate.json `injectedFillers`: `各地级以上@@市@@人民政府@@` → `各地级以上市人民政府`), when the
 * text holds one of them at least `minCount` times — no document prints them itself. One `info` diagnostic
 * `injected-fillers-removed` per token removed.
 *
 * @example removeInjectedFillers(view('现将@@《某某方案@@》印发给你们@@'.repeat(4)), diags).text // '现将《某某方案》印发给你们…'
 */
export function removeInjectedFillers(view: MappedText, diags: Diagnostics): MappedText {
  let out = view
  for (const { token, run } of FILLERS) {
    const t = out.text
    // (most texts hold none: one indexOf answers them)
    if (!t.includes(token)) continue
    const runs = [...t.matchAll(run)]
    if (runs.length < minCount) continue
    const ed = out.edit()
    for (const m of runs) ed.delete(m.index, m.index + m[0].length)
    diags.add(out, 'info', 'injected-fillers-removed', `Removed ${runs.length} run(s) of the injected mark \`${token}\``, runs[0].index, runs[runs.length - 1].index + runs[runs.length - 1][0].length)
    out = ed.done()
  }
  return out
}
