import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside101's page families (test/gold/outside/outside101.md), in fixtures of our own wording

describe('a 落款 signing short what the title names in full', () => {
  const notice = (signature: string) =>
    `青溪省人民政府办公厅关于印发青溪省乡村振兴2022年度工作要点的通知\n青办函〔2022〕234号\n各地级以上市人民政府，省政府各部门：\n《青溪省乡村振兴2022年度工作要点》已经省人民政府同意，现印发给你们，请认真执行。\n${signature}\n2022年6月30日\n`

  it('names the issuer by the title’s full name (`省政府办公厅` under `青溪省人民政府办公厅关于…`)', () => {
    expect(parse(notice('省政府办公厅')).meta.issuers).toEqual(['青溪省人民政府办公厅'])
  })

  it('a 落款 naming another organ keeps its own name (guard)', () => {
    expect(parse(notice('省农业农村厅')).meta.issuers).toEqual(['省农业农村厅'])
  })
})
