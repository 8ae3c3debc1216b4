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

// Some sites print the reading without tone marks, and repeat it after one character as often as
// their converter looked it up: `數(shu)字強(qiang)(qiang)省`, `省(sheng)(sheng)(sheng)委(wei)`. Without a
// tone mark `(an)` or `(min)` could be anything, so a toneless annotation is one whole syllable of
// the pinyin inventory (an initial and a final, two letters at least), in brackets, right after an
// ideograph, and it is removed only when the text holds at least TONELESS_MIN of them.
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])'
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|ve|a|e|i|o|u|v)'
// the syllables written without an initial (those in i, u, ü take y or w)
const BARE = '(?:ang|eng|ai|an|ao|ei|en|er|ou)'
const TONELESS = new RegExp(`(?:[（(](?:${INITIAL}${FINAL}|${BARE})[）)])+`, 'g')
const TONELESS_SYLLABLE = new RegExp(`^[（(](?:${INITIAL}${FINAL}|${BARE})[）)]`)
const TONELESS_MIN = 3

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
  const toned = hasTone(t)
  const toneless = tonelessAnnotations(t)
  if (!toned && !toneless.length) return view
  const ed = view.edit()
  let count = 0
  let first = -1
  let last = -1
  const removals: [number, number][] = toneless
  if (toned)
    for (const m of t.matchAll(ANNOTATION)) {
      if (m[1].split(/ ?\/ ?/).some((x) => x.length > 6) || !isIdeograph(t.charCodeAt(m.index - 1))) continue
      removals.push([m.index, m.index + m[0].length])
    }
  removals.sort((a, b) => a[0] - b[0])
  let end = -1
  for (const [s, e] of removals) {
    if (s < end) continue
    ed.delete(s, e)
    end = e
    if (first < 0) first = s
    last = e
    count++
  }
  if (!count) return view
  diags.add(view, 'info', 'pinyin-removed', `Removed ${count} pinyin annotation(s) a scraper inserted after characters`, first, last)
  return ed.done()
}

/**
 * The toneless annotations of `t` as [start, end) ranges (a run after one character is one range):
 * none unless at least TONELESS_MIN single syllables follow ideographs, so a lone `(an)` stays.
 *
 * @example tonelessAnnotations('數(shu)字強(qiang)(qiang)省建(jian)設') // [[1, 5], [6, 20], [21, 27]]
 */
function tonelessAnnotations(t: string): [number, number][] {
  if (!t.includes('(') && !t.includes('（')) return []
  const out: [number, number][] = []
  let syllables = 0
  for (const m of t.matchAll(TONELESS)) {
    if (!isIdeograph(t.charCodeAt(m.index - 1))) continue
    out.push([m.index, m.index + m[0].length])
    for (let i = m.index; i < m.index + m[0].length; ) {
      const one = TONELESS_SYLLABLE.exec(t.slice(i, i + 8))
      if (!one) break
      syllables++
      i += one[0].length
    }
  }
  return syllables >= TONELESS_MIN ? out : []
}
