import type { PolicyDocument } from '../schema/document.js'
import type { Clause } from '../schema/clause.js'
import type { ClauseNode, DocumentNode, ParagraphNode } from '../tree/types.js'
import type { PipelineState } from '../pipeline.js'
import { buildMeta, splitAddressees } from '../segment/meta.js'
import { parseFullDate } from '../segment/dates.js'
import { extractReferences } from '../extract/references/index.js'
import { ownText } from '../tree/own.js'

/** Clause node → public Clause: own text from the view, children recursively. */
export function emitClause(node: ClauseNode, state: PipelineState): Clause {
  const { view } = state
  return {
    type: 'clause',
    marker: node.marker,
    style: node.style,
    number: node.number,
    level: node.level,
    path: node.path,
    ...(node.heading ? { heading: node.heading } : {}),
    text: ownText(node, view.text),
    ...(node.data.events?.length ? { events: node.data.events } : {}),
    children: node.children.filter((c): c is ClauseNode => c.type === 'clause').map((c) => emitClause(c, state)),
    position: view.position(node.data.start, node.data.end),
  }
}

/** Document node → PolicyDocument (nested documents recursively; diagnostics set by the caller). */
export function emitDocument(node: DocumentNode, state: PipelineState): PolicyDocument {
  const { view } = state
  const seg = node.data.segment
  const meta = node.data.meta ?? buildMeta(seg, view)
  const clauses = node.children.filter((c): c is ClauseNode => c.type === 'clause')
  // paragraphs before the first clause are the preamble, those after the last one the closing
  const firstClause = node.children.findIndex((c) => c.type === 'clause')
  const paragraphs = (from: number, to: number) => node.children.slice(from, to).filter((c): c is ParagraphNode => c.type === 'paragraph')
  const preamble = firstClause < 0 ? paragraphs(0, node.children.length) : paragraphs(0, firstClause)
  const closing = firstClause < 0 ? [] : paragraphs(firstClause, node.children.length)
  const nested = node.children.filter((c): c is DocumentNode => c.type === 'document')
  const ownEnd = nested.length ? nested[0].data.start : seg.end
  return {
    type: 'document',
    meta,
    addressees: seg.addressees ? splitAddressees(view, seg.addressees.start, seg.addressees.end - 1) : [],
    references: extractReferences(view, seg.start, ownEnd),
    attachments: seg.attachments.map((l, i) => {
      const title = l.text.replace(/^附件[：:]?/, '').replace(/^\d{1,2}[.、．]/, '').trim()
      const num = /^(?:附件[：:]?)?(\d{1,2})[.、．]/.exec(l.text)
      return { title, number: num ? Number(num[1]) : seg.attachments.length === 1 ? 1 : i + 1, position: view.position(l.start, l.end) }
    }).filter((a) => a.title.length > 0),
    signature: seg.signature
      ? {
          issuers: seg.signature.issuers.map((l) => l.text),
          date: seg.signature.date ? parseFullDate(seg.signature.date.text) : null,
          raw: view.originalSlice(seg.signature.start, seg.signature.end),
          position: view.position(seg.signature.start, seg.signature.end),
        }
      : null,
    ...(preamble.length ? { preamble: preamble.map((p) => p.value).join('\n') } : {}),
    ...(closing.length ? { closing: closing.map((p) => p.value).join('\n') } : {}),
    ...(node.data.documentTime ? { documentTime: node.data.documentTime } : {}),
    clauses: clauses.map((c) => emitClause(c, state)),
    tasks: node.data.tasks ?? [],
    stages: node.data.stages ?? [],
    documents: nested.map((d) => emitDocument(d, state)),
    diagnostics: [],
    position: view.position(seg.start, seg.end),
  }
}
