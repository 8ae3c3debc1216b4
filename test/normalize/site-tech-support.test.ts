import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { normalizeStep } from '../../src/steps.js'

// A portal's footer line crediting who runs the site (outside60 page 09: `技术支持单位：…中心（…）` as the page's last
// line), read before as a 支持单位 label giving the last item a participant. The texts are written for the test.

const PAGE =
  '关于调整若干服务事项的通知\n各有关单位：\n一、放宽办理条件\n申请人不再受年限限制。\n（责任部门：市甲局）\n某市甲局\n2023年5月6日\n联系电话：010-12345678\n技术支持单位：某市数据服务中心（某市信息中心）\n'

describe('a site credit line under the page', () => {
  it('is chrome: dropped, and no participant', () => {
    expect(normalizeStep(PAGE).view.text).not.toContain('技术支持单位')
    const doc = parse(PAGE)
    expect(doc.tasks.flatMap((t) => t.roles.map((r) => r.role))).toEqual(['responsible'])
  })

  it("leaves a 技术支持单位 label inside an item's bracket a participant", () => {
    const doc = parse('关于推广某项技术的通知\n各有关单位：\n一、开展示范\n建设十个示范点（牵头单位：市农业局；技术支持单位：市农科院）。\n')
    expect(doc.tasks[0].roles.map((r) => `${r.role} ${r.units.map((u) => u.name).join('、')}`)).toEqual(['lead 市农业局', 'participant 市农科院'])
  })
})
