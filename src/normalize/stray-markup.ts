import boilerplate from '../../grammars/boilerplate.json' with { type: 'json' }
import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'
import { deleteSpans } from './delete-spans.js'

// A line of a plain-text input wholly wrapped in one HTML element: `<p style="…">2023年3月1日</p>`.
// Scrapers that save a page's text keep such lines where the page right-aligned its 落款; the tags
// hide the date and the issuer from the signature reader (an element name of letters only, so
// `<1>` or `<附件>` never match).
const WRAPPED = /^([ \t\u3000]*)(<(p|div|span|font|center|strong|b|td)(?:\s[^<>\n]*)?>)([^<>\n]*)(<\/\3\s*>)[ \t\u3000]*$/gim

/**
 * Removes the tags of lines wholly wrapped in one HTML element from the matching copy of a
 * plain-text input (`<p align="right">2023年3月1日</p>` → `2023年3月1日`), so a 落款 printed that
 * way is read. One `info` diagnostic `markup-removed` per document, spanning the lines changed.
 *
 * @example removeStrayMarkup(view('<p style="text-align: right;">2023年3月1日</p>'), diags).text // '2023年3月1日'
 */
export function removeStrayMarkup(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!t.includes('</')) return view
  const spans: Array<[number, number]> = []
  // (both patterns match from a line's start: the lines WRAPPED took, by where they start)
  const wrapped = new Set<number>()
  for (const m of t.matchAll(WRAPPED)) {
    const open = m.index + m[1].length
    const close = open + m[2].length + m[4].length
    spans.push([open, open + m[2].length], [close, close + m[5].length])
    wrapped.add(m.index)
  }
  let lines = wrapped.size
  // (and lines wrapped in an element that holds others, `<p style="…"><font size="4">长府发〔2016〕21 号</font></p>`: every
  // tag of the line goes, outside228 02)
  for (const m of t.matchAll(NESTING)) {
    if (wrapped.has(m.index)) continue
    for (const tag of m[0].matchAll(TAG)) spans.push([m.index + tag.index, m.index + tag.index + tag[0].length])
    lines++
  }
  spans.sort((a, b) => a[0] - b[0])
  return deleteSpans(view, diags, spans, 'markup-removed', `Removed the HTML tags around ${lines} line(s) of a plain-text input`)
}

/** The element names WRAPPED and NESTING take: the ones a scraped page's text lines are wrapped in. */
const WRAPPER = 'p|div|span|font|center|strong|b|td'
/** A line opening with one of those elements and closing it, other elements inside. */
const NESTING = new RegExp(`^[ \\t\\u3000]*<(${WRAPPER})(?:\\s[^<>\\n]*)?>[^\\n]*<\\/\\1\\s*>[ \\t\\u3000]*$`, 'gim')
/** One tag of such a line (an element name of letters only). */
const TAG = /<\/?[a-z]+(?:\s[^<>\n]*)?>/gi

/** The entities a page's source prints for marks, and what they stand for (the semicolon full-width once the width step ran). */
const ENTITIES: Record<string, string> = {
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
}
const ENTITY = /&(?:([a-z]+)|#(\d{2,6})|#x([0-9a-f]{2,5}))[;；]/gi

/** The mark an entity stands for, by its name or its decimal or hex code, or undefined (an unknown name, a code out of range). */
function markOf(name: string | undefined, decimal: string | undefined, hex: string | undefined): string | undefined {
  const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : -1
  return name ? ENTITIES[name.toLowerCase()] : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}

/**
 * `text` with the entities decodeEntities reads replaced by their marks: what a clause's text holds for a span of the input
 * that prints them (the round-trip checks fold the input so).
 *
 * @example withEntitiesRead('ISO&amp;ASTM') // 'ISO&ASTM'
 */
export function withEntitiesRead(text: string): string {
  return text.replace(ENTITY, (whole: string, name?: string, decimal?: string, hex?: string) => markOf(name, decimal, hex) ?? whole)
}

/**
 * Reads the HTML entities a plain-text input kept from the page's source (`长春市安全生产&ldquo;十三五&rdquo;规划`,
 * outside228 02) as the marks they stand for; an unknown name stays. One `info` diagnostic `markup-removed`.
 *
 * @example decodeEntities(view('某市&ldquo;十四五&rdquo;规划'), diags).text // '某市“十四五”规划'
 */
export function decodeEntities(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!t.includes('&')) return view
  const found: Array<[number, number, string]> = []
  for (const m of t.matchAll(ENTITY)) {
    const mark = markOf(m[1], m[2], m[3])
    if (mark !== undefined) found.push([m.index, m.index + m[0].length, mark])
  }
  if (!found.length) return view
  const ed = view.edit()
  for (const [a, b, mark] of found) ed.replace(a, b, mark)
  diags.add(
    view,
    'info',
    'markup-removed',
    `Read ${found.length} HTML entit${found.length === 1 ? 'y' : 'ies'} of a plain-text input as the marks they stand for`,
    found[0][0],
    found[found.length - 1][1],
  )
  return ed.done()
}

/** A line-break tag a scraper kept as text inside a line: `陕西省人民政府<br>关于印发…的通知`. */
const BREAK_TAG = /<br\s*\/?>/gi

/**
 * Turns the line-break tags a plain-text input kept as text (`<br>`, `<br/>`, `<br />`) into the line breaks they stand
 * for (outside145 07: an organ's line and the 关于 line of a title printed `…人民政府<br>关于印发…`, the tag read as part
 * of the title and of the issuer). One `info` diagnostic `markup-removed`.
 *
 * @example breakTagsAsLines(view('某市人民政府<br>关于印发某方案的通知'), diags).text // '某市人民政府\n关于印发某方案的通知'
 */
export function breakTagsAsLines(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  if (!t.includes('<')) return view
  const tags = [...t.matchAll(BREAK_TAG)]
  if (!tags.length) return view
  const ed = view.edit()
  for (const m of tags) ed.replace(m.index, m.index + m[0].length, '\n')
  diags.add(view, 'info', 'markup-removed', `Read ${tags.length} line-break tag(s) of a plain-text input as line breaks`, tags[0].index, tags[tags.length - 1].index + tags[tags.length - 1][0].length)
  return ed.done()
}

/** The permalink marks a documentation site sets after its headings (grammars/boilerplate.json headingAnchors). */
const ANCHOR_MARKS: readonly string[] = boilerplate.headingAnchors
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000'
const HAN = /\p{Script=Han}/u

/**
 * Removes the permalink marks a documentation site sets after its headings, which the scraper kept after a space
 * (`自治区自然灾害防治责任规定 #`, outside150 06): the title line then ends in its genre word. Only a mark closing a line
 * of words. One `info` diagnostic `markup-removed`.
 *
 * @example removeHeadingAnchors(view('某规定 #\n一、总则 #'), diags).text // '某规定\n一、总则'
 */
export function removeHeadingAnchors(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  const spans: Array<[number, number]> = []
  for (const mark of ANCHOR_MARKS) {
    for (let at = t.indexOf(mark); at >= 0; at = t.indexOf(mark, at + 1)) {
      let end = at + mark.length
      while (isBlank(t[end])) end++
      if (end < t.length && t[end] !== '\n' && t[end] !== '\r') continue
      let start = at
      while (isBlank(t[start - 1])) start--
      const lineStart = t.lastIndexOf('\n', start - 1) + 1
      if (start === at || !HAN.test(t.slice(lineStart, start))) continue
      spans.push([start, end])
    }
  }
  spans.sort((a, b) => a[0] - b[0])
  return deleteSpans(view, diags, spans, 'markup-removed', `Removed the permalink marks after ${spans.length} heading(s)`)
}
