import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { taskRoles } from '../helpers.js'

// A bracketed label line closing a section after its sub-items (outside60 page 09, a joint notice whose sections
// 二–八 end with `（责任部门：…）` on a line of its own under their last item). The texts are written for the test.

const paths = (doc: ReturnType<typeof parse>) => doc.tasks.map((t) => t.path.join('/'))

describe("a bracketed label line after a section's last sub-item", () => {
  it('assigns the section, as a bare label line does', () => {
    const doc = parse(
      '关于调整若干服务事项的通知\n各有关单位：\n现将有关事项通知如下。\n一、放宽办理条件\n（一）取消年限要求。申请人不再受年限限制。\n（二）简化材料。只需提交身份证明。\n（责任部门：市甲局、市乙中心）\n二、延长服务时间\n窗口周末照常办理。\n（责任部门：市丙局）\n',
    )
    expect(paths(doc)).toEqual(['一', '二'])
    expect(taskRoles(doc, '一')).toEqual(['responsible 市甲局、市乙中心'])
  })

  it("stays each item's when every sub-item closes with its own bracketed label", () => {
    const doc = parse(
      '关于调整若干服务事项的通知\n各有关单位：\n一、放宽办理条件\n（一）取消年限要求。申请人不再受年限限制。\n（责任部门：市甲局）\n（二）简化材料。只需提交身份证明。\n（责任部门：市乙中心）\n',
    )
    expect(paths(doc)).toEqual(['一/（一）', '一/（二）'])
    expect(taskRoles(doc, '一/（二）')).toEqual(['responsible 市乙中心'])
  })

  it('leaves a bracketed line that is no label with the last item', () => {
    const doc = parse('关于调整若干服务事项的通知\n各有关单位：\n一、放宽办理条件\n（一）取消年限要求（责任部门：市甲局）。\n（二）简化材料（责任部门：市乙局）。\n（此项自发布之日起执行）\n')
    expect(taskRoles(doc, '一/（二）')).toEqual(['responsible 市乙局'])
  })
})
