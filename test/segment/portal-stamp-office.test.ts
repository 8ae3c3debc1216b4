import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * A government's portal credits its office for the government's own document (outside195 03, outside144 02,
 * outside181 03, outside120 07): the stamp's date is the publication date. The office may be named short, an
 * autonomous prefecture by its place and level alone (`大理州政府办公室` over 大理白族自治州人民政府). Fixtures of
 * our own wording in the pages' shape.
 */
const page = (source: string, organ = '苍山白族自治州人民政府') =>
  parse(
    [
      '首页 > 政务公开 > 规划计划',
      '关于印发《苍山州养老服务发展规划（2021—2025年）》的通知',
      '  • 苍山州人民政府门户网站',
      '  • 发布时间:2021年09月24日',
      `  • 来源: ${source}`,
      '  • 【字体: 大  中 ',
      '各县市人民政府，州级各部门：',
      '  现将《苍山州养老服务发展规划（2021—2025年）》印发给你们，请认真贯彻执行。',
      organ,
      '2021年9月20日',
      '苍山州养老服务发展规划（2021—2025年）',
      '一、发展基础',
      '  “十三五”期间，全州养老服务体系逐步健全。',
    ].join('\n'),
  )

describe("a government's portal crediting its office for the government's document", () => {
  it.each([
    ['the office, the autonomous prefecture named short', '苍山州政府办公室'],
    ['the office named in full', '苍山白族自治州人民政府办公室'],
    ['the office, its place left off', '政府办'],
  ])('%s: the stamp is the publication date', (_, source) => {
    const doc = page(source)
    expect(doc.meta.issuers).toEqual(['苍山白族自治州人民政府'])
    expect(doc.meta.publishedDate).toBe('2021-09-24')
  })

  it("another government's office credits nobody's own portal", () => {
    expect(page('洱源市政府办公室').meta.publishedDate).toBeNull()
  })

  it("an office's document credited to another office of the same government is not its own portal", () => {
    expect(page('苍山州人民政府办公室', '苍山白族自治州教育局').meta.publishedDate).toBeNull()
  })
})
