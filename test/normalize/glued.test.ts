import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { gluedCuts } from '../../src/normalize/glued.js'

// outside8 probe, page D (issue #11): a document-sharing page printed a whole notice — 字号, title, 主送,
// body, 落款 date, 版记 and the attached table — on one line with no separator. Fixture written in that
// form (own county, numbers, dates and wording).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leftfam/${name}`, import.meta.url), 'utf8')

describe('a whole document glued onto one line', () => {
  it('reads title, 字号, 主送, 落款 date and the 版记 of the glued notice', () => {
    const doc = parse(fixture('glued-notice.txt'))
    expect(doc.meta.title).toBe('临溪县人民政府关于2011年重点推进民生工程有关事项的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('临溪府发〔2011〕7号')
    expect(doc.meta.signedDate).toBe('2011-03-22')
    expect(doc.meta.issuers).toEqual(['临溪县人民政府'])
    expect(doc.addressees.map((a) => a.name)).toEqual(['各乡镇人民政府', '县政府各部门', '各直属机构'])
    // the 版记 stands between the 落款 and the attachment
    expect(doc.meta.copyTo).toEqual(['县委办', '县人大办', '县政协办', '县纪委办'])
    expect(doc.meta.printedBy).toBe('临溪县人民政府办公室')
    expect(doc.meta.printedDate).toBe('2011-03-22')
    // the attached table is a document of its own, its title cut before the table's unit note
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['临溪县2011年重点推进的6个民生工程情况表'])
    expect(doc.diagnostics.some((d) => d.code === 'line-split')).toBe(true)
  })

  it('cuts at the parts of the document and nowhere inside a sentence', () => {
    const line = fixture('glued-notice.txt')
    const cuts = gluedCuts(line)
    const parts = [0, ...cuts, line.length].slice(1).map((e, i, a) => line.slice(i ? a[i - 1] : 0, e))
    expect(parts.slice(0, 4)).toEqual(['文档介绍:', '临溪府发〔2011〕7号', '临溪县人民政府关于2011年重点推进民生工程有关事项的通知', '各乡镇人民政府,县政府各部门、各直属机构:'])
    expect(parts).toContain('二○一一年三月二十二日')
    expect(parts).toContain('临溪县人民政府办公室2011年3月22日印')
    expect(parts).toContain('(共印40份)')
    // the body stays one paragraph
    expect(parts[4].startsWith('为认真落实') && parts[4].endsWith('确保各项工程按期建成。')).toBe(true)
  })

  it('leaves a long paragraph that only cites a title alone', () => {
    const para = `根据省政府关于加快推进民生工程建设的通知精神，现将有关事项通知如下：${'各地要加强组织领导，落实工作责任，确保工程按期建成。'.repeat(12)}`
    expect(para.length).toBeGreaterThan(300)
    expect(gluedCuts(para)).toEqual([])
    const quoted = `《临溪县人民政府关于2011年重点推进民生工程有关事项的通知》要求：${'各乡镇要明确责任人，细化实施方案。'.repeat(20)}`
    expect(gluedCuts(quoted)).toEqual([])
  })
})

// outside8 probe 27: a PDF's labelled unit list wrapped inside a unit name (`…、园区党工` / `委、…`).
// Fixture written in that form (own district and units).
describe('a labelled unit list wrapped inside a name', () => {
  it('is joined back, so the broken name is one unit', () => {
    const doc = parse(fixture('wrapped-unit-list.txt'))
    const roles = doc.tasks.find((t) => t.path.join('/') === '一/1')?.roles.map((r) => [r.role, r.units.map((u) => u.name)])
    expect(roles).toEqual([
      ['lead', ['区委组织部']],
      ['participant', ['区委编办', '区民政局（区委社会工委）', '开发区党工委', '各街道党工委']],
    ])
  })
})
