import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Nodes, Root, RootContent, ListItem, List } from 'mdast'
import { MappedText } from '../text/mapped.js'
import type { SourceText } from '../text/source.js'
import { MappedTextBuilder } from './builder.js'
import { alignValue } from './align.js'
import { markdownTooComplex } from './nesting.js'
import type { FormatNote } from './notes.js'

const parser = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Plain text of a Markdown document for the clause parser, mapped back into the Markdown.
 *
 * Every block (heading, paragraph, list item, table cell, code block) becomes its own line;
 * `#`, emphasis, links and escapes disappear; ordered-list markers stay as printed (`1.`, `2)`)
 * so numbering still reads as clause markers; bullet markers (`-`, `*`) are dropped. Each
 * character's origin is its offset in the Markdown, so positions point into the `.md` file.
 * Markdown nested or delimited beyond what the parser takes in linear time (see
 * `markdownTooComplex`) is read as plain text instead, with a `format-fallback` note in `notes`.
 *
 * @example
 * const view = markdownToText(new SourceText('## 一、总体要求\n\n1. 加强领导'))
 * view.text // '一、总体要求\n1.加强领导'
 * view.originalSlice(0, 2) // '一、'
 */
export function markdownToText(source: SourceText, notes?: FormatNote[]): MappedText {
  const hostile = markdownTooComplex(source.text)
  if (hostile) {
    notes?.push({ code: 'format-fallback', offset: hostile.offset, message: `${hostile.message}; read as plain text` })
    return MappedText.identity(source)
  }
  const tree = parser.parse(source.text) as Root
  const out = new MappedTextBuilder(source)
  blocks(tree.children, source.text, out)
  return out.done()
}

function blocks(nodes: RootContent[], text: string, out: MappedTextBuilder): void {
  for (const node of nodes) block(node, text, out)
}

function block(node: RootContent, text: string, out: MappedTextBuilder): void {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell':
      out.lineBreak(start)
      inline(node, text, out)
      out.lineBreak(end)
      return
    case 'list':
      listItems(node, text, out)
      return
    case 'table':
    case 'tableRow':
    case 'blockquote':
    case 'footnoteDefinition':
      blocks(node.children as RootContent[], text, out)
      return
    case 'code':
      out.lineBreak(start)
      literal(node.value, text, start, end, out)
      out.lineBreak(end)
      return
    case 'html':
      // raw HTML blocks carry markup, not document text; a lone <br> is a line break
      if (/^<br\s*\/?>$/i.test(node.value.trim())) out.lineBreak(start)
      return
    default:
      // thematicBreak, definition, yaml…: no text of the document
      return
  }
}

function listItems(list: List, text: string, out: MappedTextBuilder): void {
  for (const item of list.children) {
    out.lineBreak(item.position?.start.offset ?? 0)
    if (list.ordered) orderedMarker(item, text, out)
    itemBody(item, text, out)
  }
}

/** The marker exactly as printed (`1.`, `12)`), taken from the source so it maps 1:1. */
function orderedMarker(item: ListItem, text: string, out: MappedTextBuilder): void {
  const start = item.position?.start.offset
  if (start === undefined) return
  let k = start
  while (k < text.length && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) out.push(text[k], k++)
  if (text[k] === '.' || text[k] === ')') out.push(text[k], k)
}

function itemBody(item: ListItem, text: string, out: MappedTextBuilder): void {
  item.children.forEach((child, i) => {
    // the first paragraph continues the marker's line; the rest are blocks of their own
    if (i === 0 && child.type === 'paragraph') {
      inline(child, text, out)
      out.lineBreak(child.position?.end.offset ?? 0)
    } else block(child, text, out)
  })
}

function inline(node: Nodes, text: string, out: MappedTextBuilder): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const s = node.position?.start.offset
      const e = node.position?.end.offset
      if (s === undefined || e === undefined) return
      literal(node.value, text, s, e, out)
      return
    }
    case 'break':
      out.hardBreak(node.position?.start.offset ?? 0)
      return
    case 'html':
      if (/^<br\s*\/?>$/i.test(node.value.trim())) out.hardBreak(node.position?.start.offset ?? 0)
      return
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return
    default:
      if ('children' in node) for (const child of node.children) inline(child as Nodes, text, out)
  }
}

function literal(value: string, text: string, start: number, end: number, out: MappedTextBuilder): void {
  out.pushAll(value, alignValue(value, text, start, end))
}
