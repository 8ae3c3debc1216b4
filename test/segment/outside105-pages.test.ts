import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside105's page families (test/gold/outside/outside105.md), in fixtures of our own wording

describe('a city portal’s page: its accessibility links, then a label block, then the notice dated under its body', () => {
  const page = (dateLine: string) =>
    `网站无障碍 适老版\n索引号: 发文字号: 青政〔2017〕8号\n成文日期: 2017年03月14日 发布日期: 2017年03月14日\n青溪市人民政府\n关于印发“十三五”环境保护规划的通知\n各县(区)人民政府,市政府各部门:\n《青溪市“十三五”环境保护规划》已经市政府专题会议研究同意,现印发给你们,请认真组织实施。\n${dateLine}\n青溪市“十三五”环境保护规划\n一、发展基础\n全市环境质量明显改善。\n`

  it('takes the title under the links, and the date under the body over the label’s 成文日期', () => {
    const doc = parse(page('2017年2月13日'))
    expect(doc.meta.title).toBe('青溪市人民政府关于印发“十三五”环境保护规划的通知')
    expect(doc.meta.signedDate).toBe('2017-02-13')
    expect(doc.meta.publishedDate).toBe('2017-03-14')
  })

  it('a 落款 of another organ does not date it (guard)', () => {
    expect(parse(page('青溪市环境保护专家组\n2017年2月13日')).meta.signedDate).toBe('2017-03-14')
  })
})

describe('a sharing site’s name for the file over the document’s fuller title', () => {
  const page = (second: string) => `青溪政务公开工作要点实施方案\n${second}\n一、以政务公开助力稳增长\n（一）加强预期引导\n及时宣传解读经济政策。\n市发改委牵头落实\n`

  it('takes the fuller title', () => {
    expect(parse(page('青溪市2017年政务公开工作要点实施方案')).meta.title).toBe('青溪市2017年政务公开工作要点实施方案')
  })

  it('another document’s title under it is not the fuller one (guard)', () => {
    expect(parse(page('青溪市2017年政务公开工作要点')).meta.title).toBe('青溪政务公开工作要点实施方案')
  })
})

describe('a naming printed from its 主送', () => {
  it('is a 决定 (决定命名“…”等)', () => {
    const doc = parse('各市、县人民政府:\n根据有关精神,经自治区人民政府同意,决定命名“青溪罗汉果之乡”等12个一乡一业乡镇,有效期5年。\n青溪自治区人民政府办公厅\n二○一○年一月七日\n')
    expect(doc.meta.docType).toBe('决定')
  })
})
