/**
 * Families found by the blind role audit (issue 11; scripts/audit-roles.ts, test/gold/audit/roles-README.md).
 * Fixtures written by us in the formats of the corpus: a Taiwan 辦法 (mojlaw_tw) and a city regulation
 * (lawrefbook).
 *  R1 a clause that sets up a body or fills a post (應置…長 / 應成立…會 / 應指派…擔任…) before 負責: the duty
 *     is the post's or the body's, not the subject's;
 *  R2 a first clause ending in 的 (…决定暂予监外执行的，) is a condition, and its units are no subject;
 *  R3 a lead in the attribute of a mechanism (由X牵头、Y参加的…协调机制) is a roster;
 *  R4 a verb clause closing with 的 before a comma (…由X负责调查的，) heads a noun phrase or a condition, and
 *     负责干部 is a person.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

describe('R1: a post or body set up before 負責 takes the duty', () => {
  const roles = rolesByPath(parse(fixtureText('roleaudit/set-up-posts.txt')))

  it('gives no role to the body that sets up the post or the committee', () => {
    expect(roles['第3条']).toBeUndefined()
    expect(roles['第4条']).toBeUndefined()
    expect(roles['第5条']).toBeUndefined()
  })

  it('still reads the duties the articles hand to units', () => {
    expect(roles['第6条']).toEqual([['responsible', ['数位发展部']]])
    expect(roles['第7条']).toEqual([['responsible', ['各机关资讯单位']]])
  })
})

describe('R2–R4: conditions, mechanisms and noun phrases assign nothing', () => {
  const roles = rolesByPath(parse(fixtureText('roleaudit/conditions-mechanisms.txt')))

  it('R3: the lead and the members of a mechanism set up by the text are a roster', () => {
    expect(roles['第一章/第二条']).toBeUndefined()
    expect(roles['第一章/第三条']).toBeUndefined()
  })

  it('R2: the units of a condition are not the subject of the 负责 phrase after it', () => {
    expect(roles['第二章/第五条']).toBeUndefined()
  })

  it('R4: a 负责 clause closing with 的 before a comma, and 负责干部, assign nothing', () => {
    expect(roles['第二章/第六条']).toBeUndefined()
    expect(roles['第二章/第八条']).toEqual([['responsible', ['乡镇人民政府', '街道办事处']]])
  })

  it('keeps the assignments around them', () => {
    expect(roles['第一章/第四条']).toEqual([['responsible', ['市司法行政部门']]])
    expect(roles['第二章/第七条']).toEqual([
      ['lead', ['区民政部门']],
      ['participant', ['区人力资源社会保障部门']],
    ])
  })
})

describe('the same forms in short texts', () => {
  const rolesOf = (text: string) => parse(text).tasks.flatMap((t) => t.roles.map((r) => `${r.role} ${r.units.map((u) => u.name).join('、')}`))

  it('a set-up clause in simplified characters, and a body in charge that is no set-up', () => {
    expect(rolesOf('第六条\n警察机关成立绩效评估会，负责评估奖励金申请案件。\n第七条\n其他。')).toEqual([])
    expect(rolesOf('第六条\n市民政部门主管本市殡葬管理工作，负责组织实施本条例。\n第七条\n其他。')).toEqual(['responsible 市民政部门', 'responsible 市民政部门'])
  })

  it('a set-up clause closing with a place, not a body or post, keeps its subject (blind 37 第三十七条)', () => {
    expect(rolesOf('第三十七条 交接新兵：\n（三）新兵训练机构在驻地附近的车站设立接收点，负责接收新兵。\n第三十八条 其他。')).toEqual(['responsible 新兵训练机构'])
  })

  it('a plan that names who leads and who takes part is still read', () => {
    expect(rolesOf('一、加强领导。由市公安局牵头，市民政局配合，开展专项整治。\n二、其他。')).toEqual(['lead 市公安局', 'participant 市民政局'])
  })
})
