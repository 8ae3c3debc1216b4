import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import type { Element, Nodes, Root } from 'hast'
import type { MappedText } from '../text/mapped.js'
import type { SourceText } from '../text/source.js'
import { MappedTextBuilder } from './builder.js'
import { alignValue } from './align.js'
import { BLOCK, DROPPED } from './html-elements.js'
import { htmlTooComplex } from './nesting.js'
import { htmlToTextFlat } from './fallback.js'
import type { FormatNote } from './notes.js'

const parser = unified().use(rehypeParse).freeze()

/**
 * Plain text of a scraped HTML page for the clause parser, mapped back into the HTML.
 *
 * Scripts, styles, navigation, header, footer, aside, iframes and hidden elements are dropped;
 * block elements and table cells become line breaks, `<br>` a hard break; whitespace collapses
 * as a browser renders it (kept inside `<pre>`). Each character's origin is its offset in the
 * HTML; a character decoded from an entity (`&ldquo;`, `&#12288;`) maps to the entity's `&`.
 * Markup nested deeper than the parser can take (see `htmlTooComplex`) is read by a flat tag
 * scan instead, with a `format-fallback` note pushed to `notes`.
 *
 * @example
 * const view = htmlToText(new SourceText('<nav>首页</nav><p>一、总体要求</p><p>&ldquo;十四五&rdquo;</p>'))
 * view.text // '一、总体要求\n“十四五”'
 */
export function htmlToText(source: SourceText, notes?: FormatNote[]): MappedText {
  const deep = htmlTooComplex(source.text)
  if (deep) {
    notes?.push({ code: 'format-fallback', offset: deep.offset, message: `${deep.message}; read as text with the tags removed` })
    return htmlToTextFlat(source)
  }
  const tree = parser.parse(source.text) as Root
  const out = new MappedTextBuilder(source)
  walk(tree, source.text, out, false)
  return out.done()
}

function walk(node: Nodes, text: string, out: MappedTextBuilder, pre: boolean): void {
  if (node.type === 'text') {
    const s = node.position?.start.offset
    const e = node.position?.end.offset
    if (s === undefined || e === undefined) return
    emitText(node.value, alignValue(node.value, text, s, e), out, pre)
    return
  }
  if (node.type === 'root') {
    for (const child of node.children) walk(child, text, out, pre)
    return
  }
  if (node.type !== 'element') return
  if (DROPPED.has(node.tagName) || isHidden(node)) return
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  if (node.tagName === 'br') {
    out.hardBreak(start)
    return
  }
  const block = BLOCK.has(node.tagName)
  if (block) out.lineBreak(start)
  const inPre = pre || node.tagName === 'pre'
  for (const child of node.children) walk(child as Nodes, text, out, inPre)
  if (block) out.lineBreak(end)
}

function isHidden(el: Element): boolean {
  const p = el.properties
  if (p.hidden !== undefined && p.hidden !== false) return true
  const style = typeof p.style === 'string' ? p.style : ''
  return /display\s*:\s*none/i.test(style)
}

/** ASCII whitespace collapses outside <pre>; a no-break space only when it indents a line. */
function emitText(value: string, origins: Int32Array, out: MappedTextBuilder, pre: boolean): void {
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (pre) {
      if (ch === '\n') out.hardBreak(origins[i])
      else out.push(ch, origins[i])
      continue
    }
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') out.space(origins[i])
    else if (ch === '\u00a0' && out.atLineStart()) continue
    else out.push(ch, origins[i])
  }
}
