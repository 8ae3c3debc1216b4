import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'
import { ARABIC_DATE, HAN_DATE } from './glued.js'

/** A full 落款 date in figures or Chinese numerals, opening a line. */
const DATE = new RegExp(`^(?:${HAN_DATE}|${ARABIC_DATE})`)
/** The name an issuing sentence quotes: `现将《X》印发（给）你们`, `…转发给你们`. */
const ISSUED_NAME = /现将《([^《》\n]{4,80})》(?:印发|转发)给?你们/g

/**
 * A notice's 落款 date with the title of the text it issues glued after it (`二〇一一年三月八日北京市园林绿化局…工作计划`,
 * a doc-share copy of outside122 02): the line is split after the date, when what follows is exactly the name the
 * notice's issuing sentence quotes, so the date closes the notice and the issued text opens under its own title.
 * An `info` diagnostic `line-split` reports each.
 *
 * @example
 * // '现将《某市工作计划》印发你们，请认真落实。\n二〇一一年三月八日某市工作计划\n一、目标'
 * // → '…\n二〇一一年三月八日\n某市工作计划\n一、目标'
 */
export function splitDateGluedToIssuedName(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  const names = new Set([...t.matchAll(ISSUED_NAME)].map((m) => m[1]))
  if (names.size === 0) return view
  let ed: ReturnType<MappedText['edit']> | null = null
  for (let s = 0; s < t.length; ) {
    let e = t.indexOf('\n', s)
    if (e < 0) e = t.length
    const date = DATE.exec(t.slice(s, Math.min(e, s + 20)))
    if (date) {
      const rest = t.slice(s + date[0].length, e).trim()
      if (names.has(rest)) {
        ed ??= view.edit()
        ed.replace(s + date[0].length, s + date[0].length, '\n')
        diags.add(view, 'info', 'line-split', 'Split a 落款 date from the title of the issued text glued after it', s, e)
      }
    }
    s = e + 1
  }
  return ed ? ed.done() : view
}
