import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside82's families (test/gold/outside/outside82.md), in fixtures of our own wording

describe("a law database's label block with a label printed empty, a placeholder date in a glued row", () => {
  const page = (kind: string) =>
    `临川市人民政府关于加强农贸市场管理的意见\n收藏\n发文字号:临政发〔2011〕5号\n\n颁布部门:临川市人民政府\n\n法律效力:地方政府规章\n\n${kind}\n\n颁布日期:2011-03-08生效日期:1900-01-01\n\n临川市人民政府关于加强农贸市场管理的意见\n各县(区)人民政府:\n  现就加强农贸市场管理提出如下意见。\n`

  it('reads the rows after the empty label, and no effective date from the placeholder', () => {
    const doc = parse(page('应用分类'))
    expect(doc.meta.publishedDate).toBe('2011-03-08')
    expect(doc.meta.effectiveDate).toBeNull()
    expect(doc.meta.docNumber?.normalized).toBe('临政发〔2011〕5号')
  })

  it('still stops at a line that is no label (guard)', () => {
    expect(parse(page('相关文章')).meta.publishedDate).toBeNull()
  })
})
