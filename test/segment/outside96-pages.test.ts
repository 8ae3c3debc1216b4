import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside96's page families (test/gold/outside/outside96.md), in fixtures of our own wording

describe("an SEO page's keywords glued before a bracketed 字号 and the title", () => {
  const page = (line: string) =>
    `某某节能网\n\n节能设计\n\n${line}\n\n  解读关联：【图片解读】《青溪市生态文明建设示范市规划（2022—2026年）》\n\n  《青溪市生态文明建设示范市规划（2022—2026年）》已经市政府常务会议审议通过，现印发你们，请认真抓好贯彻落实。\n\n  为推动生态文明建设示范市创建工作，结合我市实际，制定本规划。\n`

  it('reads the title after the bracket and the 字号 inside it', () => {
    const doc = parse(page('节能创新设计,某某节能房设计,bim节能设计[青政发〔2022〕68号]青溪市人民政府关于印发《青溪市生态文明建设示范市规划（2022—2026年）》的通知'))
    expect([doc.meta.title, doc.meta.docNumber?.normalized, doc.meta.issuers]).toEqual([
      '青溪市人民政府关于印发《青溪市生态文明建设示范市规划（2022—2026年）》的通知',
      '青政发〔2022〕68号',
      ['青溪市人民政府'],
    ])
  })

  it('reads no stage from a plan period inside 《》', () => {
    const doc = parse(page('节能创新设计,某某节能房设计,bim节能设计[青政发〔2022〕68号]青溪市人民政府关于印发《青溪市生态文明建设示范市规划（2022—2026年）》的通知'))
    expect(doc.stages).toEqual([])
  })
})
