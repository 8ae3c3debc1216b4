import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { createProcessor } from '../../src/pipeline.js'
import { MappedText } from '../../src/text/mapped.js'
import { SourceText } from '../../src/text/source.js'
import { ViewParagraph } from '../../src/tree/paragraph.js'
import type { ClauseNode, DocumentNode, ParagraphNode, RootNode } from '../../src/tree/types.js'
import { policyDocs } from '../helpers.js'

// a hand-made notice: preamble, sections, an inline list, a closing paragraph, CRLF breaks and an indent
const NOTICE = [
  '关于做好二〇二七年春季植树工作的通知',
  '',
  '各乡镇人民政府：',
  '  为绿化村庄道路，现就有关事项通知如下。',
  '一、明确任务。全县植树3500株，4月15日前完成。',
  '（一）县林业站牵头，各乡镇配合。',
  '二、加强督查。县督查室负责，5月底前报送进展。',
  '请各单位认真落实。',
].join('\r\n')

/** Every paragraph of a tree, depth first. */
function paragraphs(node: RootNode | DocumentNode | ClauseNode): ParagraphNode[] {
  return node.children.flatMap((c) => (c.type === 'paragraph' ? [c as ParagraphNode] : paragraphs(c as DocumentNode | ClauseNode)))
}

/** The tree after the parse step alone, and after structure (what a plugin between steps sees). */
function trees(text: string): { parsed: RootNode; structured: RootNode; view: MappedText } {
  const file = new VFile({ value: text })
  const proc = createProcessor()
  const parsed = proc.parse(file) as unknown as RootNode
  const parsedCopy = paragraphs(parsed).map((p) => ({ value: p.value, start: p.data.start, end: p.data.end }))
  const structured = proc.runSync(proc.parse(file), file) as unknown as RootNode
  const view = (file.data as { gongwen: { view: MappedText } }).gongwen.view
  expect(parsedCopy.length).toBeGreaterThan(0)
  return { parsed, structured, view }
}

/** The hand-written notice and the first 40 policy documents. */
const sampleTexts = () => [
  NOTICE,
  ...policyDocs()
    .map(([, t]) => t)
    .slice(0, 40),
]

describe('paragraph positions worked out when read', () => {
  it('equal the position computed at build time, for every paragraph of the parse and structure trees', () => {
    const texts = sampleTexts()
    let seen = 0
    for (const text of texts) {
      const { parsed, structured, view } = trees(text)
      for (const p of [...paragraphs(parsed), ...paragraphs(structured)]) {
        expect(p.position).toEqual(view.position(p.data.start, p.data.end))
        seen++
      }
    }
    expect(seen).toBeGreaterThan(1000)
  })

  it('gives lines and columns in the original input (CRLF, indent kept out of the view span)', () => {
    const { structured, view } = trees(NOTICE)
    const closing = paragraphs(structured).find((p) => p.value === '请各单位认真落实。')!
    expect(closing.position).toEqual({ start: { line: 8, column: 1, offset: 126 }, end: { line: 8, column: 10, offset: 135 } })
    expect(view.source.text.slice(closing.position!.start.offset, closing.position!.end.offset)).toBe('请各单位认真落实。')
    const preamble = paragraphs(structured).find((p) => p.value.startsWith('为绿化'))!
    expect(preamble.position!.start).toEqual({ line: 4, column: 3, offset: 34 })
  })

  it('reads the span it was built with, keeps the first answer, and takes a value a plugin sets', () => {
    const source = new SourceText('第一行\n第二行文字\n')
    const view = MappedText.identity(source)
    const data = { start: 4, end: 9 }
    const p = new ViewParagraph('第二行文字', data, view)
    data.end = 6 // (a later change to the span does not move the position built with it)
    const first = p.position
    expect(first).toEqual({ start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 6, offset: 9 } })
    expect(p.position).toBe(first)
    p.position = undefined
    expect(p.position).toBeUndefined()
    const set = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }
    p.position = set
    expect(p.position).toBe(set)
    expect(p.type).toBe('paragraph')
    expect(Object.keys(p)).toEqual(['type', 'value', 'data'])
  })
})

describe('clause positions built once', () => {
  type Emitted = { position: unknown; path: string[]; children: Emitted[] }
  type EmittedDoc = { clauses: Emitted[]; documents: EmittedDoc[] }
  const treeClauses = (nodes: Array<{ type: string }>): ClauseNode[] =>
    nodes.flatMap((n) => (n.type === 'clause' ? [n as ClauseNode, ...treeClauses((n as ClauseNode).children)] : n.type === 'document' ? treeClauses((n as DocumentNode).children) : []))
  const emittedClauses = (cs: Emitted[]): Emitted[] => cs.flatMap((c) => [c, ...emittedClauses(c.children)])
  const docClauses = (d: EmittedDoc): Emitted[] => [...emittedClauses(d.clauses), ...d.documents.flatMap(docClauses)]

  /** The tree's clauses and the emitted ones, each depth first (a document's clauses before its nested documents'). */
  function clausePairs(text: string): Array<{ node: ClauseNode; emitted: Emitted; view: MappedText }> {
    const file = new VFile({ value: text })
    const proc = createProcessor()
    const tree = proc.runSync(proc.parse(file), file) as unknown as RootNode
    const doc = proc.stringify(tree as never, file) as unknown as EmittedDoc
    // (a document's own clauses come before its nested documents' in both walks: nested documents follow the clauses among its children)
    const nodes = treeClauses(tree.children)
    const emitted = docClauses(doc)
    expect(emitted.length).toBe(nodes.length)
    const view = (file.data as { gongwen: { view: MappedText } }).gongwen.view
    return nodes.map((node, i) => ({ node, emitted: emitted[i], view }))
  }

  it('prints the position of the clause’s final span (what emit computed before), for every clause of real documents', () => {
    const texts = sampleTexts()
    let seen = 0
    for (const text of texts) {
      for (const { node, emitted, view } of clausePairs(text)) {
        expect(emitted.path).toEqual(node.path)
        expect(emitted.position).toEqual(view.position(node.data.start, node.data.end))
        seen++
      }
    }
    expect(seen).toBeGreaterThan(500)
  })

  it('gives the notice’s first section its lines: from its marker to the end of its item', () => {
    const [first] = clausePairs(NOTICE)
    expect(first.emitted.path).toEqual(['一'])
    expect(first.emitted.position).toEqual({ start: { line: 5, column: 1, offset: 55 }, end: { line: 6, column: 17, offset: 99 } })
    expect(NOTICE.slice(55, 99)).toBe('一、明确任务。全县植树3500株，4月15日前完成。\r\n（一）县林业站牵头，各乡镇配合。')
  })
})
