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
import { frontMatterEnd } from './sniff.js'
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
  // A static site's front matter (`---` / `layout: …` / `title: …` / `---`) above the markup is the site's settings: blanked
  // (same length, so every offset still points into the source), its spaces then collapse as the page's do.
  const front = frontMatterEnd(source.text)
  const text = front > 0 ? source.text.slice(0, front).replace(/[^\n]/g, ' ') + source.text.slice(front) : source.text
  const tree = parser.parse(text) as Root
  const out = new MappedTextBuilder(source)
  walk(tree, text, out, false)
  const body = out.done()
  const head = headText(tree, text, body.text)
  if (!head) return body
  // (the head's lines first, then the body's, as the page would print them)
  notes?.push({ code: 'html-head-text', offset: head.offset, message: `The page's body prints no document; read its <title>${head.described ? ' and description' : ''}` })
  const withHead = new MappedTextBuilder(source)
  withHead.pushAll(head.title.value, head.title.origins)
  withHead.lineBreak(head.offset)
  if (head.described) {
    withHead.pushAll(head.described.value, head.described.origins)
    withHead.lineBreak(head.offset)
  }
  walk(tree, text, withHead, false)
  return withHead.done()
}

/** Han characters under which a page's body holds no document of its own (a script loads it, or only chrome is left). */
const BODY_WITHOUT_DOCUMENT = 40
/** Where a page's `<title>` ends the document's name and starts the site's sections: `X_政策法规_某某局`, `X | 某某网`, `X - 某某`. */
const SITE_SECTIONS = /\s*(?:[_|｜]|\s[-–—]\s)/
/** A site's name after an unspaced dash at the end (`X-某某市人民政府`): no digit or bracket, unlike a span of years. */
const SITE_NAME_TAIL = /[-–—][^-–—\d（）()]{2,30}$/

interface Piece {
  value: string
  origins: Int32Array
}

/**
 * The head of a page whose body prints no document (a saved source whose article a script loads): its
 * `<title>` up to the site's section names, and its description meta when that says more than the title.
 * Null when the body holds a document (the name in the title, or text enough) or the head names none.
 */
function headText(tree: Root, text: string, bodyText: string): { title: Piece; described?: Piece; offset: number } | null {
  if (hanAtLeast(bodyText, BODY_WITHOUT_DOCUMENT)) return null
  const titleEl = find(tree, (e) => e.tagName === 'title')
  const node = titleEl?.children.find((c) => c.type === 'text')
  const s = node?.position?.start.offset
  const e = node?.position?.end.offset
  if (node?.type !== 'text' || s === undefined || e === undefined) return null
  const whole = alignValue(node.value, text, s, e)
  const lead = node.value.length - node.value.trimStart().length
  const name = node.value.trimStart().split(SITE_SECTIONS)[0].trim().replace(SITE_NAME_TAIL, '').trimEnd()
  if (!/\p{Script=Han}/u.test(name) || bodyText.replace(/\s+/g, '').includes(name.replace(/\s+/g, ''))) return null
  const title = { value: name, origins: whole.subarray(lead, lead + name.length) }
  return { title, described: description(tree, text, name), offset: whole[lead] }
}

/** The description meta's content, its leading copy of `name` left out; undefined when it adds nothing. */
function description(tree: Root, text: string, name: string): Piece | undefined {
  const meta = find(tree, (e) => e.tagName === 'meta' && String(e.properties.name ?? '').toLowerCase() === 'description')
  const content = meta ? String(meta.properties.content ?? '') : ''
  const s = meta?.position?.start.offset
  const e = meta?.position?.end.offset
  if (!content || s === undefined || e === undefined) return undefined
  // (the attribute's raw value, for each character's origin: hast keeps the element's span only)
  const raw = /\bcontent\s*=\s*(["'])/i.exec(text.slice(s, e))
  if (!raw) return undefined
  const from = s + raw.index + raw[0].length
  const origins = alignValue(content, text, from, text.indexOf(raw[1], from))
  let at = content.length - content.trimStart().length
  if (content.startsWith(name, at)) at += name.length
  while (at < content.length && /\s/.test(content[at])) at++
  const value = content.slice(at).trimEnd()
  if (!/\p{Script=Han}/u.test(value)) return undefined
  return { value, origins: origins.subarray(at, at + value.length) }
}

/** Does `text` hold `n` Han characters? (Counted up to `n` only: a long body answers at once.) */
function hanAtLeast(text: string, n: number): boolean {
  let seen = 0
  for (const _ of text.matchAll(/\p{Script=Han}/gu)) if (++seen >= n) return true
  return false
}

/** The first element (document order) that `test` accepts. */
function find(node: Nodes, test: (e: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node
  if (node.type !== 'element' && node.type !== 'root') return undefined
  for (const child of node.children) {
    const hit = find(child as Nodes, test)
    if (hit) return hit
  }
  return undefined
}

/**
 * An `<article>`'s own `<header>` holds its title and 字号 (HTML5: the header of its nearest sectioning ancestor), so it is
 * read there; a page-level `<header>` is the site's banner and stays dropped with the other chrome.
 */
function keptHeader(el: Element, inArticle: boolean): boolean {
  return inArticle && el.tagName === 'header'
}

function walk(node: Nodes, text: string, out: MappedTextBuilder, pre: boolean, inArticle = false): void {
  if (node.type === 'text') {
    const s = node.position?.start.offset
    const e = node.position?.end.offset
    if (s === undefined || e === undefined) return
    emitText(node.value, alignValue(node.value, text, s, e), out, pre)
    return
  }
  if (node.type === 'root') {
    for (const child of node.children) walk(child, text, out, pre, inArticle)
    return
  }
  if (node.type !== 'element') return
  if ((DROPPED.has(node.tagName) && !keptHeader(node, inArticle)) || isHidden(node)) return
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  if (node.tagName === 'br') {
    out.hardBreak(start)
    return
  }
  const block = BLOCK.has(node.tagName) || node.tagName === 'header'
  if (block) out.lineBreak(start)
  const inPre = pre || node.tagName === 'pre'
  const inArt = inArticle || node.tagName === 'article'
  for (const child of node.children) walk(child as Nodes, text, out, inPre, inArt)
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
