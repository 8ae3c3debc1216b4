import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside203–206 (issue #11, helpers' draws of the fifty-first session's fourth round), on fixtures of our own
 * wording in the pages' shapes: a flattened notice whose closing request asks to report problems (`请径向…反映。`), its
 * 落款 glued on and the issued plan's title after it (206 03).
 */
describe('a flattened notice closing `请径向…反映。`, its 落款 glued on', () => {
  const page = (request: string) =>
    parse(
      [
        '青溪市人民政府办公室关于印发青溪市市场监管现代化“十四五”规划的通知',
        `各县（市、区）人民政府，市府直属各单位：《青溪市市场监管现代化“十四五”规划》业经市人民政府同意，现印发给你们，请认真贯彻实施。实施过程中遇到的问题，${request}青溪市人民政府办公室2021年12月21日青溪市市场监管现代化“十四五”规划第一章“十三五”时期成效和“十四五”时期发展形势第一节“十三五”时期取得的成效“十三五”时期，全市市场主体持续增长，营商环境不断优化，市场监管体系日趋完善，质量强市建设成效明显，为全市经济社会发展作出了积极贡献。`,
      ].join('\n'),
    )

  it('signs the notice: the organ and the date are its 落款', () => {
    const doc = page('请径向市市场监管局反映。')
    expect(doc.meta.signedDate).toBe('2021-12-21')
    expect(doc.meta.issuers).toEqual(['青溪市人民政府办公室'])
  })
})
