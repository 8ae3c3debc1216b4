import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { sha256Hex } from './text/sha256.js'
import { SourceText } from './text/source.js'
import { MappedText } from './text/mapped.js'
import { Diagnostics } from './text/diagnostics.js'
import { normalize, type Script, type ScriptOption } from './normalize/index.js'
import { segment, type Segment } from './segment/index.js'
import { buildClauses } from './structure/build.js'
import { decodeInput } from './decode/input.js'
import { looksLikeHtml, toPlainText, type FormatNote } from './formats/index.js'
import type { DocumentNode, ParagraphNode, RootNode } from './tree/types.js'
import { ViewParagraph } from './tree/paragraph.js'
import { buildMeta } from './segment/meta.js'
import { addresseesOf, attachmentsOf, signatureOf } from './segment/parts.js'
import { extractDocuments } from './extract/index.js'
import { emitDocument } from './emit/document.js'
import type { PolicyDocument } from './schema/document.js'

export interface ParseOptions {
  /** Traditional → simplified conversion of the matching copy. Default `auto` (when detected). */
  script?: ScriptOption
  /** Input format. Default `text`. */
  format?: 'text' | 'markdown' | 'html'
  /** Recorded in `source.path`. */
  path?: string
  /** Reference date for relative time expressions (`年内`), ISO. Default: the document's date. */
  referenceDate?: string
}

/**
 * What the steps share through `file.data.gongwen`. Only this module knows the vfile: the steps
 * it runs are plain functions over the view, the tree and the diagnostics.
 */
export interface PipelineState {
  source: SourceText
  view: MappedText
  diags: Diagnostics
  encoding: string
  script: Script
  converted: boolean
  options: ParseOptions
}

declare module 'vfile' {
  interface DataMap {
    gongwen: PipelineState
  }
}

export function stateOf(file: VFile): PipelineState {
  const s = file.data.gongwen
  if (!s) throw new Error('gongwen: the parse step did not run on this file')
  return s
}

/** Steps 1–3: decode → normalize → segment. The unified parser: text in, root with documents out. */
export function gongwenParse(this: Processor, options: ParseOptions = {}) {
  this.parser = (_doc: string, file: VFile): RootNode => {
    const { text, encoding, diagnostics } = decodeInput(file.value)
    const source = new SourceText(text)
    const diags = new Diagnostics()
    const notes: FormatNote[] = []
    // (a page saved as its HTML source under a text name is read as the HTML it is)
    const sniffed = (options.format ?? 'text') === 'text' && looksLikeHtml(text)
    const read: ParseOptions = sniffed ? { ...options, format: 'html' } : options
    let view = read.format && read.format !== 'text' ? toPlainText(source, read.format, notes) : MappedText.identity(source)
    for (const d of diagnostics) diags.add(view, d.severity, d.code, d.message, d.offset, d.offset)
    if (sniffed) diags.add(MappedText.identity(source), 'info', 'format-sniffed', "The text input holds an HTML page's source; read as HTML", 0, 0)
    for (const d of notes) diags.add(MappedText.identity(source), d.code === 'format-fallback' ? 'warning' : 'info', d.code, d.message, d.offset, d.offset)
    const n = normalize(view, { script: options.script ?? 'auto' }, diags)
    view = n.view
    file.data.gongwen = { source, view, diags, encoding, script: n.script, converted: n.converted, options: read }
    const seg = segment(view, diags)
    return { type: 'root', children: [documentNode(seg, view)], position: source.position(0, text.length) }
  }
}

function documentNode(seg: Segment, view: MappedText): DocumentNode {
  const paragraphs: ParagraphNode[] = seg.body.map((l) => new ViewParagraph(l.text, { start: l.start, end: l.end }, view))
  return {
    type: 'document',
    children: [...paragraphs, ...seg.documents.map((d) => documentNode(d, view))],
    data: {
      start: seg.start,
      end: seg.end,
      segment: seg,
      meta: buildMeta(seg, view),
      addressees: addresseesOf(seg, view),
      attachments: attachmentsOf(seg, view),
      signature: signatureOf(seg, view),
    },
    position: view.position(seg.start, seg.end),
  }
}

/** Step 4: structure. Body paragraphs of every document → clause tree (preamble paragraphs stay). */
export function gongwenStructure() {
  return (tree: RootNode, file: VFile) => {
    const { view, diags } = stateOf(file)
    const visit = (doc: DocumentNode) => {
      const nested = doc.children.filter((c): c is DocumentNode => c.type === 'document')
      const { preamble, clauses, closing } = buildClauses(doc.data.segment.body, view, diags)
      doc.children = [...preamble, ...clauses, ...closing, ...nested]
      nested.forEach(visit)
    }
    tree.children.forEach(visit)
  }
}

/** Step 5: extract. Metadata, cited documents, tasks and stages of every document. */
export function gongwenExtract() {
  return (tree: RootNode, file: VFile) => {
    const { view, diags, options } = stateOf(file)
    extractDocuments(tree, view, diags, options.referenceDate)
  }
}

/** Last step: emit. The unified compiler turns the tree into the public PolicyDocument. */
export function gongwenEmit(this: Processor) {
  this.compiler = (tree, file) => {
    const state = stateOf(file as VFile)
    const root = tree as RootNode
    const doc = emitDocument(root.children[0], state.view, state.converted)
    doc.diagnostics = state.diags.list
    doc.source = {
      encoding: state.encoding,
      script: state.script,
      converted: state.converted,
      sha256: sha256Hex(state.source.text),
      length: state.source.text.length,
      ...(state.options.path ? { path: state.options.path } : {}),
      format: state.options.format ?? 'text',
    }
    return doc as unknown as string
  }
}

/** The gongwen processor: every step as a unified plugin, in data-flow order. */
export function createProcessor(options: ParseOptions = {}) {
  return unified().use(gongwenParse, options).use(gongwenStructure).use(gongwenExtract).use(gongwenEmit)
}

/** `parse()` without its argument checks: the unified processor, synchronously, over one input. */
export function parseWithProcessor(input: string | Uint8Array, options: ParseOptions = {}): PolicyDocument {
  const file = new VFile({ value: input, path: options.path })
  const out = createProcessor(options).processSync(file)
  return out.result as unknown as PolicyDocument
}
