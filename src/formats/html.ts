import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import type { Element, Nodes, Root } from 'hast'
import type { MappedText } from '../text/mapped.js'
import type { SourceText } from '../text/source.js'
import { MappedTextBuilder } from './builder.js'
import { alignValue } from './align.js'

const parser = unified().use(rehypeParse).freeze()

/** Elements whose content is never document text: code, styling, site chrome, embeds. */
const DROPPED = new Set([
  'head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'map',
])

/** Elements that start and end a line (table cells included: gov.cn puts label and value in cells). */
const BLOCK = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td',
  'th', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'center', 'fieldset', 'hr',
  'details', 'summary', 'title',
])

/**
 * Plain text of a scraped HTML page for the clause parser, mapped back into the HTML.
 *
 * Scripts, styles, navigation, header, footer, aside, iframes and hidden elements are dropped;
 * block elements and table cells become line breaks, `<br>` a hard break; whitespace collapses
 * as a browser renders it (kept inside `<pre>`). Each character's origin is its offset in the
 * HTML; a character decoded from an entity (`&ldquo;`, `&#12288;`) maps to the entity's `&`.
 *
 * @example
 * const view = htmlToText(new SourceText('<nav>首页</nav><p>一、总体要求</p><p>&ldquo;十四五&rdquo;</p>'))
 * view.text // '一、总体要求\n“十四五”'
 */
export function htmlToText(source: SourceText): MappedText {
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
