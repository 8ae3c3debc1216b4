import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside18 (issue #11): the 版头 of a notice converted from PDF or Word — 份号, 密级 and 紧急程度 lines above
// the 发文机关标志, the title over three lines, page marks between the attached plan's items, the 版记 at
// the end. Fixture written for the test in that form (own city, numbers and dates).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/outside18/${name}`, import.meta.url), 'utf8')

describe('a notice converted from PDF with its 版头: 份号, 密级, 紧急程度 above the 发文机关标志', () => {
  const doc = parse(fixture('red-header-plan.txt'))

  it('passes over the marks and the letterhead: the title is joined from its three lines', () => {
    expect(doc.meta.title).toBe('桐川市人民政府办公室关于印发桐川市乡村道路养护三年行动方案的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('桐政办发〔2021〕12号')
    expect(doc.meta.signedDate).toBe('2021-03-05')
    expect(doc.meta.issuers).toEqual(['桐川市人民政府办公室'])
  })

  it('reads the attached plan`s roles and dates across page marks, and no date from the 版记', () => {
    const plan = doc.documents[0]
    expect(plan.meta.title).toBe('桐川市乡村道路养护三年行动方案')
    const got = plan.tasks.map((t) => [t.path.join('/'), t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`), t.deadlines.map((d) => d.date)])
    expect(got).toEqual([
      ['一/（一）', ['lead:市交通运输局', 'responsible:各县区人民政府'], ['2021-12-31']],
      ['一/（二）', ['lead:市财政局', 'participant:市交通运输局'], ['2022-06-30']],
      ['一/（三）', ['responsible:市政府督查室'], []],
    ])
  })

  it('takes no mark line alone as a title', () => {
    for (const mark of ['000047', '机密★1年', '特急', '秘密 加急']) {
      const page = parse(`${mark}\n桐川市人民政府文件\n桐政发〔2021〕3号\n桐川市人民政府关于加强河道保洁的通知\n各镇人民政府：\n　　现就有关事项通知如下。\n`)
      expect(page.meta.title).toBe('桐川市人民政府关于加强河道保洁的通知')
    }
  })
})

describe('page marks `第 N 页 共 M 页` between the lines of an item', () => {
  it('drops the mark, so the item`s text runs on without it', () => {
    const doc = parse(fixture('red-header-plan.txt'))
    const item = doc.documents[0].clauses[0].children[1]
    expect(item.path).toEqual(['一', '（二）'])
    expect(item.text).not.toContain('页')
    expect(doc.diagnostics.some((d) => d.code === 'boilerplate-removed' && d.message.includes('pdf-page-of'))).toBe(true)
  })

  it('drops the forms with a comma or a slash and the reversed order', () => {
    for (const mark of ['第3页，共5页', '第 3 页/共 5 页', '共 5 页 第 3 页']) {
      const doc = parse(`桐川市河道保洁实施方案\n一、主要任务\n（一）清理河道。2022年6月底前完成主河道\n${mark}\n清淤。（责任单位：市水务局）\n`)
      expect(doc.clauses[0].children[0].text.replace(/\n/g, '')).toBe('清理河道。2022年6月底前完成主河道清淤。（责任单位：市水务局）')
    }
  })
})
