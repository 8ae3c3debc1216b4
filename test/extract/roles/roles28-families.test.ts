import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'

// Families of the twenty-eighth session's role round (issue #11, helper roles28): outside38's families E and F and
// the role sweep's draw (test/gold/audit/roles28-draw.tsv). The articles are sentences of the probe's saved pages and
// of regulations in the bulk corpus, each under a title of our own.
const triples = (doc: Pick<PolicyDocument, 'tasks'>) => doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
const regulation = (...articles: string[]) => parse(`某市管理细则\n\n${articles.map((a, i) => `第${'一二三四五六七八九十'[i]}条 ${a}`).join('\n')}\n`)

describe('a field list under a level pair ending 等单位 (outside38 05, family E)', () => {
  it('gives every field the level pair and the head 单位; an organisation among the fields keeps its own name', () => {
    // 广州市临时救助实施细则 第三条 (outside38 page 05), the duties before the list shortened
    const doc = regulation(
      '市民政部门负责统筹开展全市临时救助工作。村（居）民委员会依法协助做好临时救助对象的主动发现、协助申请、调查核实、公示等工作。市、区教育、公安、司法行政、财政、人力资源社会保障、住房城乡建设、卫生健康、应急管理、医保、城市管理综合执法、来穗人员服务管理、审计、工会、团委、妇联、残联等单位按照各自职责主动配合，密切协作，做好相关工作。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 市民政部门',
      '第一条 participant 村（居）民委员会',
      '第一条 participant 市、区教育单位',
      '第一条 participant 市、区公安单位',
      '第一条 participant 市、区司法行政单位',
      '第一条 participant 市、区财政单位',
      '第一条 participant 市、区人力资源社会保障单位',
      '第一条 participant 市、区住房城乡建设单位',
      '第一条 participant 市、区卫生健康单位',
      '第一条 participant 市、区应急管理单位',
      '第一条 participant 市、区医保单位',
      '第一条 participant 市、区城市管理综合执法单位',
      '第一条 participant 市、区来穗人员服务管理单位',
      '第一条 participant 市、区审计单位',
      '第一条 participant 市、区工会',
      '第一条 participant 市、区团委',
      '第一条 participant 市、区妇联',
      '第一条 participant 市、区残联',
    ])
  })
})
