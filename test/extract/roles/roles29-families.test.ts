import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'

// Families of the twenty-ninth session's role round (issue #11, helper roles29): the role sweep's draw
// (test/gold/audit/roles29-draw.tsv). The articles are sentences of regulations in the bulk corpus, each under a
// title of our own.
const triples = (doc: Pick<PolicyDocument, 'tasks'>) => doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
const regulation = (...articles: string[]) => parse(`某市管理细则\n\n${articles.map((a, i) => `第${'一二三四五六七八九十'[i]}条 ${a}`).join('\n')}\n`)

describe('a duty-list head with a frame of scope before its verb (X在…中应当履行下列职责： / X对执行本办法负有下列职责：)', () => {
  it('gives the head its units (draw row 39; 淄博市太河水库饮用水源地保护管理条例)', () => {
    const doc = regulation(
      // 淄博市太河水库饮用水源地保护管理条例 第二十七条, items (一)–(四) with their clauses shortened
      '市生态环境主管部门在水源地保护管理中应当履行下列职责：\n（一）按照水源地保护专项规划，编制水源地水污染防治方案，报市人民政府批准后实施，并组织协调水源地环境污染防治工作;\n（二）依法实施水污染物排放许可制度，调查处理水污染纠纷和事故，监督企事业单位落实水污染事故应急准备工作;\n（三）负责建设项目环境影响评价文件审批，并做好监督工作;\n（四）负责水源地环境质量和水质状况的监测，健全监测网络，汇总监测资料，定期向市人民政府报告，并向社会公布水源地水质情况;',
      // the same regulation, 第二十九条, items (一)–(二)
      '太河水库管理机构在水源地保护管理中履行下列职责：\n（一）配合生态环境主管部门和卫生健康部门在水库合理布设水质监测点，定期监测水质;\n（二）负责库区供水工程、灌区工程设施的保护和管理;',
    )
    expect(triples(doc)).toEqual(['第一条 responsible 市生态环境主管部门', '第二条 responsible 太河水库管理机构'])
  })
})

describe('a subject frame written with 为 or 作为 (X为…的派出机构，负责… as X是…的派出机构，负责…)', () => {
  it('gives the body before the frame the later clause’s duty (山东省青岛前湾保税港区条例, 义乌国际贸易综合改革试验区条例, 上海市城乡规划条例)', () => {
    const doc = regulation(
      // 山东省青岛前湾保税港区条例 第六条
      '青岛前湾保税港区管理委员会（以下简称保税港区管委会）为省人民政府的派出机构，负责保税港区的管理工作。',
      // 义乌国际贸易综合改革试验区条例 第七条, first sentence
      '义乌国际贸易综合改革试验区管理委员会（以下简称义乌试验区管委会）作为省人民政府的派出机构，负责义乌试验区的统筹规划、开发建设管理、重大项目招商布局等工作。',
      // 上海市城乡规划条例, the sentence on the planning committee
      '市规划委员会为议事协调机构，负责审议、协调城乡规划制定和实施中的重大事项，为市人民政府提供规划决策的参考依据。',
    )
    expect(triples(doc)).toEqual(['第一条 responsible 青岛前湾保税港区管理委员会', '第二条 responsible 义乌国际贸易综合改革试验区管理委员会', '第三条 responsible 市规划委员会'])
  })
})

describe('a bare 海关 alone at its clause’s opening (roles28 draw row 36)', () => {
  it('reads 海关 as the unit there, and still reads it as a field in a shared-suffix list (海南自由贸易港法, 海关法)', () => {
    const doc = regulation(
      // 海南自由贸易港法 第五十五条, second paragraph's first three sentences
      '海关负责口岸和其他海关监管区的常规监管，依法查缉走私和实施后续监管。海警机构负责查处海上走私违法行为。海南省人民政府负责全省反走私综合治理工作，加强对非设关地的管控，建立与其他地区的反走私联防联控机制。',
      // 海关法 第五条, the first two sentences
      '国家实行联合缉私、统一处理、综合治理的缉私体制。海关负责组织、协调、管理查缉走私工作。',
      // a sentence of the bulk corpus: 海关 a field of the shared 主管部门
      '国务院财政、市场监督管理、税务、海关等主管部门在各自职责范围内负责相关管理工作。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 海关',
      '第一条 responsible 海警机构',
      '第一条 responsible 海南省人民政府',
      '第二条 responsible 海关',
      '第三条 responsible 国务院财政主管部门',
      '第三条 responsible 国务院市场监督管理主管部门',
      '第三条 responsible 国务院税务主管部门',
      '第三条 responsible 国务院海关主管部门',
    ])
  })
})

describe('a body named by its duty with an alternative head (…负责管理地震工作的部门或者机构)', () => {
  it('reads 部门或者机构 as one name, alone or after a unit joined by 和 (draw row 37; 防震减灾法, 地震安全性评价管理条例)', () => {
    const doc = regulation(
      // 防震减灾法 (2008) 第三十四条, second paragraph
      '国务院地震工作主管部门和省、自治区、直辖市人民政府负责管理地震工作的部门或者机构，负责审定建设工程的地震安全性评价报告，确定抗震设防要求。',
      // 地震安全性评价管理条例 (2019), the sentence on the provinces' review
      '省、自治区、直辖市人民政府负责管理地震工作的部门或者机构负责除前款规定以外的建设工程地震安全性评价报告的审定。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 国务院地震工作主管部门',
      '第一条 responsible 省、自治区、直辖市人民政府负责管理地震工作的部门或者机构',
      '第二条 responsible 省、自治区、直辖市人民政府负责管理地震工作的部门或者机构',
    ])
  })
})

describe('首都 opening a Beijing body (首都精神文明建设委员会)', () => {
  it('reads the capital’s committee as a unit (draw row 31; 北京市文明行为促进条例 第六条, first paragraph)', () => {
    const doc = regulation('首都精神文明建设委员会和各区精神文明建设委员会负责统筹推进本行政区域内的文明行为促进工作。')
    expect(triples(doc)).toEqual(['第一条 responsible 首都精神文明建设委员会', '第一条 responsible 各区精神文明建设委员会'])
  })
})
