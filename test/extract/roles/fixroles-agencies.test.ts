import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { rolesByPath, taskRoles } from '../../helpers.js'

// Role misses of the outside probes (issue #11, helper fixroles): a plan naming the agencies that
// run it in prose — `本計畫主辦機關及其任務如下：(一)本部：…`, `本計畫執行機關為A、B與C，其任務如下：`,
// `本中心開設機關或單位：` over items closing with their agency. Fixture written for the tests in the
// form of a Taiwan ministry's plan (own agencies, matters and numbers).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/fixroles/${name}`, import.meta.url), 'utf8')

describe('agencies a plan names in prose', () => {
  const doc = parse(fixture('plan-points-agencies.txt'))
  const roles = rolesByPath(doc)

  it('gives each item under `主辦機關及其任務如下：` its agency as lead, held by the item (not its sub-items)', () => {
    expect(taskRoles(doc, '二/（一）')).toEqual(['lead 本部'])
    // the short-name note is no part of the name
    expect(taskRoles(doc, '二/（二）')).toEqual(['lead 本部职涯发展署'])
    expect(roles['二/（一）/1']).toBeUndefined()
    expect(roles['二/（二）/3']).toBeUndefined()
  })

  it('reads `本計畫執行機關為A、B與C及D…，其任務如下` as responsible on the point, its units split as printed', () => {
    expect(taskRoles(doc, '三')).toEqual(['responsible 职涯署所属各区服务处、区服务处所属青年中心、新竹县政府、嘉义市政府所属公立就业服务机构'])
    // the point is no 主送 line for its 所属 and colon, and its items are the agencies' tasks, not handed them again
    expect(doc.addressees ?? []).toEqual([])
    expect(roles['三/（一）']).toBeUndefined()
  })

  it('reads a head naming a role label over items that close with their agency', () => {
    expect(taskRoles(doc, '四/（一）')).toEqual(['responsible 消防局'])
    expect(taskRoles(doc, '四/（三）')).toEqual(['responsible 农业处'])
    expect(roles['五']).toBeUndefined()
  })

  it('reads no label joined by 为 that is not the text`s own, nor a competent-authority list', () => {
    const law = parse(
      '某某條例\n第 1 條\n本條例之中央主管機關為某某部；地方執行機關為直轄市及縣（市）政府。\n第 2 條\n主辦機關為審核申請案件，應設審查會。\n第 3 條\n以下列機關為主管機關：\n一、風災、震災：某某部。\n二、水災、旱災：某某署。\n',
    )
    expect(law.tasks.flatMap((t) => t.roles)).toEqual([])
    // a label inside the head's sentence is no head naming the items' role
    const duties = parse(
      '某某調度辦法\n第 7 條\n中央主管機關為調度後，執行機關應遵守下列規定：\n一、申請調度機關：\n（一）支付處理費用。\n（二）提供清除機具。\n二、被調度機關：\n（一）收受廢棄物。\n',
    )
    expect(duties.tasks.flatMap((t) => t.roles)).toEqual([])
    // the label ending the head (之执行事项如下) names the items' units
    const executing = parse('某某法施行細則\n第 4 條\n本法所定執行機關之執行事項如下：\n一、直轄市政府環境保護局：\n（一）公告清除地區。\n二、鄉（鎮、市）公所：\n（一）執行清除工作。\n')
    expect(rolesByPath(executing)).toEqual({ '第4条/一': [['responsible', ['直辖市政府环境保护局']]], '第4条/二': [['responsible', ['乡（镇、市）公所']]] })
    // the same link after the text's own genre word: 本辦法之執行機關為某某部
    const rule = parse('某某補助辦法\n第 1 條\n本辦法依某某條例第五條規定訂定之。\n第 2 條\n本辦法之執行機關為某某部工業署。\n')
    expect(taskRoles(rule, '第2条')).toEqual(['responsible 某某部工业署'])
  })
})

describe('a standing rule whose closer the text cuts', () => {
  it('takes none of its words as a unit of the label list it closes', () => {
    // the page ends inside the rule (`…以下均需各县市区落实，不再逐`): the units before it stand, the rule's words are no unit
    const doc = parse('某市规划纲要任务分工方案\n一、主要指标\n1.地区生产总值年均增长6%。（预期性指标，牵头单位：市发改委；责任单位：市统计局，各县市区，以下均需各县市区落实，不再逐')
    expect(taskRoles(doc, '一/1')).toEqual(['lead 市发改委', 'responsible 市统计局、各县市区'])
  })
})
