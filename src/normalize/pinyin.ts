import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { isIdeograph } from '../text/ideograph.js'

// One pinyin syllable with a tone mark, in brackets, right after an ideograph: `發(fā)`, `會(huì )`.
// Scrapers that convert simplified pages to traditional insert the reading of every character
// the converter was unsure of. A tone-marked vowel is required, so `(a)` or `(km)` never match.
// Some print every reading of a polyphone, split by slashes: `一(yī / yì /yí)`, `要(yào / yāo)`.
const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'
const SYLLABLE = `[a-zü]*[${TONE_VOWELS}][a-zü]*`
const ANNOTATION = new RegExp(`[（(] ?(${SYLLABLE}(?: ?/ ?${SYLLABLE})*) ?[）)]`, 'g')
// 1 at each tone-marked vowel's code unit (all below U+0200): the "any at all?" test of every text
// as a table loop (cheaper than the char-class regex over the whole text it replaces)
const TONED = new Uint8Array(0x200)
for (const vowel of TONE_VOWELS) TONED[vowel.charCodeAt(0)] = 1

/** Does `t` hold a tone-marked vowel? */
function hasTone(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c < 0x200 && TONED[c] === 1) return true
  }
  return false
}

/**
 * Removes pinyin annotations a converting scraper inserted after characters (`發(fā)` → `發`,
 * `關(guān)于` → `關于`) from the matching copy, so titles, 字号 and genre words read whole again.
 * One `info` diagnostic `pinyin-removed` per document, spanning the first to the last removal.
 *
 * @example removePinyinAnnotations(view('現(xiàn)印發(fā)你們'), diags).text // '現印發你們'
 * @example removePinyinAnnotations(view('一(yī / yì /yí)、總體要(yào / yāo)求'), diags).text // '一、總體要求'
 */
export function removePinyinAnnotations(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!hasTone(t)) return view
  const ed = view.edit()
  let count = 0
  let first = -1
  let last = -1
  for (const m of t.matchAll(ANNOTATION)) {
    if (m[1].split(/ ?\/ ?/).some((x) => x.length > 6) || !isIdeograph(t.charCodeAt(m.index - 1))) continue
    ed.delete(m.index, m.index + m[0].length)
    if (first < 0) first = m.index
    last = m.index + m[0].length
    count++
  }
  if (!count) return view
  diags.add(view, 'info', 'pinyin-removed', `Removed ${count} pinyin annotation(s) a scraper inserted after characters`, first, last)
  return ed.done()
}
