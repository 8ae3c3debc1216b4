import type { PolicyDocument } from '../schema/document.js'
import type { Clause } from '../schema/clause.js'
import type { ClauseNode, DocumentNode, ParagraphNode } from '../tree/types.js'
import type { MappedText } from '../text/mapped.js'
import { ownText } from '../tree/own.js'
import { printedTitle } from './printed-script.js'

/** Clause node → public Clause: own text from the view, children recursively. */
export function emitClause(node: ClauseNode, view: MappedText): Clause {
  const text = ownText(node, view.text)
  // (one loop, not filter + map: two arrays per clause, and most clauses are leaves)
  const children: Clause[] = []
  for (const c of node.children) if (c.type === 'clause') children.push(emitClause(c, view))
  // (structure's finish worked it out from the clause's final span: the same value, not built twice)
  const position = (node.position as Clause['position'] | undefined) ?? view.position(node.data.start, node.data.end)
  const { marker, style, number, level, path, heading } = node
  const events = node.data.events
  // most clauses have no heading and no events: one literal, no object per absent field to spread
  if (!heading && !events?.length) return { type: 'clause', marker, style, number, level, path, text, children, position }
  return {
    type: 'clause',
    marker,
    style,
    number,
    level,
    path,
    ...(heading ? { heading } : {}),
    text,
    ...(events?.length ? { events } : {}),
    children,
    position,
  }
}

/**
 * Document node → PolicyDocument (nested documents recursively; diagnostics set by the caller).
 * Only copies: every value was read by segment or extract and stored on the node — except the
 * title of a document whose script was converted, given back in the characters it prints.
 */
export function emitDocument(node: DocumentNode, view: MappedText, converted = false): PolicyDocument {
  const seg = node.data.segment
  const meta = node.data.meta
  const clauses = node.children.filter((c): c is ClauseNode => c.type === 'clause')
  // paragraphs before the first clause are the preamble, those after the last one the closing
  const firstClause = node.children.findIndex((c) => c.type === 'clause')
  const paragraphs = (from: number, to: number) => node.children.slice(from, to).filter((c): c is ParagraphNode => c.type === 'paragraph')
  const preamble = firstClause < 0 ? paragraphs(0, node.children.length) : paragraphs(0, firstClause)
  const closing = firstClause < 0 ? [] : paragraphs(firstClause, node.children.length)
  const nested = node.children.filter((c): c is DocumentNode => c.type === 'document')
  return {
    type: 'document',
    meta: converted && meta.title ? { ...meta, title: printedTitle(meta.title, seg.title, view) } : meta,
    addressees: node.data.addressees,
    references: node.data.references ?? [],
    attachments: node.data.attachments,
    signature: node.data.signature,
    ...(preamble.length ? { preamble: preamble.map((p) => p.value).join('\n') } : {}),
    ...(closing.length ? { closing: closing.map((p) => p.value).join('\n') } : {}),
    ...(node.data.documentTime ? { documentTime: node.data.documentTime } : {}),
    clauses: clauses.map((c) => emitClause(c, view)),
    tasks: node.data.tasks ?? [],
    stages: node.data.stages ?? [],
    documents: nested.map((d) => emitDocument(d, view, converted)),
    diagnostics: [],
    position: view.position(seg.start, seg.end),
  }
}
