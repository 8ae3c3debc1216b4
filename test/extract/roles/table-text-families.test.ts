import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

// Responsibility tables flattened to text, as county and department pages print them (issue #11, outside15).
// The fixtures are written for these tests in the format of those pages, with their own units and wording.

describe('协作单位 labels (a task list printing 牵头责任单位 / 主要协作单位 lines under each item)', () => {
  const roles = rolesByPath(parse(fixtureText('table-text/cooperation-labels.txt')))

  it('主要协作单位 and 协作单位 list the units taking part; 协作部门 too', () => {
    expect(roles).toEqual({
      '1': [
        ['lead', ['县水利局', '县财政局']],
        ['participant', ['各镇人民政府', '县自然资源局', '县生态环境分局']],
      ],
      '2': [
        ['lead', ['县水利局']],
        ['participant', ['县卫健委', '县住建局']],
      ],
      '3': [
        ['responsible', ['县水利局']],
        ['participant', ['县林业局']],
      ],
    })
  })
})

describe('a table flattened one cell per line with its header words broken over two lines', () => {
  const doc = parse(fixtureText('table-text/broken-header.txt'))

  it('joins 责任 ⏎ 领导 and 责任 ⏎ 股室 into their columns and reads each row by them', () => {
    expect(rolesByPath(doc)).toEqual({
      '1': [
        ['leader', ['王立新']],
        ['responsible', ['城建办']],
      ],
      '2': [
        ['leader', ['陈晓梅']],
        ['responsible', ['农业农村办']],
      ],
    })
  })

  it('takes the columns known by their ending (年度目标任务, 工作举措安排, 第三季度推进情况) as cells not read', () => {
    const row = doc.tasks.find((t) => t.path.join('/') === '2')!
    // the progress cell names no unit and no date: only the two role cells are read
    expect(row.roles.map((r) => r.label)).toEqual(['责任领导', '责任股室'])
    expect(row.deadlines).toEqual([])
  })
})

describe('covering notices as reposts print them', () => {
  it('a forum repost: the login chrome is dropped and a 关于 title broken after its subject’s 报告 goes on to …的通知', () => {
    const doc = parse(fixtureText('table-text/forum-repost.txt'))
    expect(doc.meta.title).toBe('临河市人民政府办公室关于分解落实2021年市政府工作报告重点目标任务的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['临河市人民政府办公室'])
  })

  it('a portal section name above the breadcrumb is no part of the title', () => {
    const doc = parse(fixtureText('table-text/portal-section.txt'))
    expect(doc.meta.title).toBe('关于做好2018年重点工作任务公示工作的通知')
    expect(doc.meta.signedDate).toBe('2018-06-01')
  })
})

describe('a period that opens at 起 and ends at 至 a date is no due date', () => {
  const doc = parse(fixtureText('table-text/portal-section.txt').replace('各科室于6月10日前', '（一）公示时间\n\n自公示之日起至11月30日。\n\n（二）报送\n\n各科室于6月10日前'))

  it('从…之日起至11月30日 is a validity event; 6月10日前 stays due', () => {
    const due = doc.tasks.flatMap((t) => t.deadlines.map((d) => `${t.path.join('/')} ${d.date} ${d.kind}`))
    expect(due).toEqual(['一/（二） 2018-06-10 due'])
  })
})

describe('a portal heading naming the issued document above the notice that issues it', () => {
  const doc = parse(fixtureText('table-text/portal-heading.txt'))

  it('the notice under the heading and the site stamp is the document; the heading names what it issues', () => {
    expect(doc.meta.title).toBe('东湖市人民政府办公室关于印发东湖市数据开放2024年工作要点的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2024-04-28')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['东湖市数据开放2024年工作要点'])
  })

  it('the issued document keeps its task: lead and responsible, due at the end of the notice’s year', () => {
    const task = doc.documents[0].tasks.find((t) => t.path.join('/') === '一/1')!
    expect(task.roles.map((r) => [r.role, r.units.map((u) => u.name)])).toEqual([
      ['lead', ['市大数据局']],
      ['responsible', ['市直有关部门']],
    ])
    expect(task.deadlines.map((d) => d.date)).toEqual(['2024-12-31'])
  })
})

describe('a role line closing a list of sub-items', () => {
  const roles = rolesByPath(parse(fixtureText('table-text/list-role-line.txt')))

  it('names the units of the item the list stands under, when no sub-item names its own', () => {
    expect(roles['（一）/1']).toEqual([['responsible', ['市应急局', '各县（区）人民政府']]])
    expect(roles['（一）/1/（2）']).toBeUndefined()
  })

  it('stays with the last sub-item when the sub-items name their own units', () => {
    expect(roles['（一）/2/（1）']).toEqual([['responsible', ['市发改委']]])
    expect(roles['（一）/2/（2）']).toEqual([['responsible', ['市粮食和物资储备局']]])
    expect(roles['（一）/2']).toBeUndefined()
  })
})
