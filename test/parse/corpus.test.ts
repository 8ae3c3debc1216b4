import { describe, expect, it } from 'vitest'
import { parse, PolicyDocumentSchema } from '../../src/index.js'
import { allClauses, allDocuments, policyDocs } from '../helpers.js'

describe('the 55 gov.cn documents', () => {
  const docs = policyDocs((f) => f.startsWith('govcn_platform1__'))

  it('are all there', () => expect(docs).toHaveLength(55))

  it.each(docs)('%s: every header field parsed and the title found', (name, text) => {
    const doc = parse(text)
    const h = doc.meta.header!
    expect(h.form).toBe('govcn')
    for (const label of ['索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期']) expect(h.fields[label], label).toBeTruthy()
    expect(doc.meta.title).toBe(h.fields['标题'])
    expect(doc.meta.indexNumber).toMatch(/^\d{9}\/\d{4}-\d{5}$/)
    expect(doc.meta.signedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(doc.meta.publishedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(doc.meta.docNumber?.normalized).toBeTruthy()
    expect(doc.meta.authority?.length).toBeGreaterThan(0)
    // The file name carries the title: it must be the one we read.
    expect(name).toContain(doc.meta.title!.slice(0, 20))
  })
})

describe('all 255 policy documents', () => {
  const docs = policyDocs()
  it('are all there', () => expect(docs).toHaveLength(255))

  it('parse without exception, validate, and every clause position gives back its marker', () => {
    let clauses = 0
    for (const [name, text] of docs) {
      const doc = parse(text)
      const v = PolicyDocumentSchema.safeParse(doc)
      expect(v.success, `${name}: ${v.success ? '' : JSON.stringify(v.error.issues[0])}`).toBe(true)
      for (const d of allDocuments(doc)) {
        for (const c of allClauses(d.clauses)) {
          clauses++
          const at = c.position.start.offset
          expect(text.slice(at, at + c.marker.length), `${name} ${c.path.join('/')}`).toBe(c.marker)
          expect(c.position.end.offset).toBeGreaterThanOrEqual(at + c.marker.length)
        }
      }
    }
    expect(clauses).toBeGreaterThan(5000)
  })
})
