import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside235–238 and 242 (issue #11, helpers' draws of the fifty-fourth session's first and second rounds), on fixtures of our
 * own wording in the pages’ shapes: a law library's rows of `label：value` cells glued on a line over a page with no
 * title, the row opening with a label the grammar does not know (236 01).
 */
describe('a law library’s glued label rows over a page with no title', () => {
  const page = (first: string) =>
    parse(
      [
        first,
        '地区：青川行业：文化、体育和娱乐业时效性：有效',
        '各市、县（区）人民政府，省政府各部门：',
        '现将我省第六批省级文物保护单位的保护范围予以公布，请认真执行。',
        '2019年3月7日',
        '（此件主动公开）',
      ].join('\n'),
    )

  it('reads the 字号 and the date from the cells after a label it does not know (outside236 01)', () => {
    const doc = page('类别：其他法律法规文号：青府字〔2019〕18号颁发日期：2019-03-07')
    expect(doc.meta.docNumber?.normalized).toBe('青府字〔2019〕18号')
    expect(doc.meta.publishedDate).toBe('2019-03-07')
    expect(doc.meta.signedDate).toBe('2019-03-07')
    expect(doc.meta.title).toBeNull()
  })

  it('takes no cells from a body line that names one label (a sentence is no label row)', () => {
    const doc = page('说明：本批保护单位的文号：青府字〔2019〕18号。')
    expect(doc.meta.docNumber).toBeNull()
  })
})

describe('a news page’s editor byline under the 落款, over the site’s related headlines', () => {
  const page = (tail: string[]) =>
    parse(
      [
        '注意！青川峰会期间临时道路交通管理措施',
        '为确保峰会顺利召开，现将有关事项通告如下：',
        '一、2022年11月6日0时至11月11日24时，青川市境内普通道路禁止危险物品运输车通行。',
        '特此通告。',
        '青川省公安厅',
        '2022年11月2日',
        ...tail,
      ].join('\n'),
    )

  it('ends the article: the 落款 is read above the headlines (outside237 02)', () => {
    const doc = page([
      '责任编辑:韩某某',
      '青川特高压工程累计输送清洁电能超5000亿千瓦时',
      '青川特高压工程累计输送清洁电能超5000亿千瓦时',
      '昔日“矿山村”变身乡村旅游网红地',
      '昔日“矿山村”变身乡村旅游网红地',
    ])
    expect(doc.meta.signedDate).toBe('2022-11-02')
    expect(doc.meta.issuers).toEqual(['青川省公安厅'])
  })

  it('is only dropped where no 落款 date stands right above it', () => {
    const doc = parse(['青川市人民政府关于做好冬季防火工作的通知', '编辑:韩某某', '各区人民政府：', '现就有关事项通知如下。', '青川市人民政府', '2022年11月2日'].join('\n'))
    expect(doc.meta.title).toBe('青川市人民政府关于做好冬季防火工作的通知')
    expect(doc.meta.signedDate).toBe('2022-11-02')
  })
})

describe('a repost host’s date stamp under the 落款 it printed', () => {
  it('ends the text: the 落款 is read (outside237 05)', () => {
    const doc = parse(
      ['近期，我省市场监管部门抽检饼干等14类706批次样品，检验合格693批次。特此通告。', '附件：1. 食品抽检合格—20230208.xls', '青川省市场监督管理局', '2023年2月8日', '日期:2023-02-11'].join('\n'),
    )
    expect(doc.meta.signedDate).toBe('2023-02-08')
    expect(doc.meta.issuers).toEqual(['青川省市场监督管理局'])
  })
})

describe('a notice forwarding a text it names in full, then by its genre word alone', () => {
  it('finds the forwarded text by the full name (`该《规划》`, outside237 03)', () => {
    const doc = parse(
      [
        '自治区人民政府办公厅关于转发自治区交通厅《青川自治区交通建设“九五”计划及2010年长远规划》的通知',
        '各市、县（区）人民政府，自治区政府各部门：',
        '自治区交通厅编制的《青川自治区交通建设“九五”计划及2010年长远规划》，从我区实际出发，指导思想明确。',
        '根据自治区政府领导批示，现将该《规划》转发给你们，请认真参考。',
        '青川自治区交通建设“九五”计划及2010年长远规划',
        '一、基本区情',
        '青川自治区位于西北地区东部。',
      ].join('\n'),
    )
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青川自治区交通建设“九五”计划及2010年长远规划'])
    expect(doc.documents[0].meta.docType).toBe('规划')
  })
})

describe('a government gazette’s page', () => {
  const page = (masthead: string[]) =>
    parse(
      [
        ...masthead,
        '青川省人民政府关于印发农业现代化推进规划的通知',
        '时间: 2018-03-20 16:38',
        '青政发〔2017〕58号',
        '各设区市人民政府，省人民政府各工作部门：',
        '现将《青川省农业现代化推进规划》印发给你们，请认真贯彻执行。',
        '青川省人民政府',
        '2017年12月26日',
      ].join('\n'),
    )

  it('dates the publication by the gazette’s stamp, its masthead over the title (outside237 04)', () => {
    expect(page(['政府公报', '传达指令 指导工作 公开政务 服务社会']).meta.publishedDate).toBe('2018-03-20')
    expect(page(['青川省人民政府公报']).meta.publishedDate).toBe('2018-03-20')
  })

  it('takes no stamp as the publication date on a page without the masthead', () => {
    expect(page(['首页 > 政策文件']).meta.publishedDate).toBeNull()
  })
})

describe('a label left empty over the text’s first paragraph', () => {
  it('takes no paragraph as its value: the body names its genre (outside238 01)', () => {
    const doc = parse(['发布文号:', '直辖以来，青川工业经济快速发展。为深入推进青川新型工业化，特提出如下意见：', '一、深刻认识推进新型工业化的重大意义', '工业是实体经济的主体。'].join('\n'))
    expect(doc.meta.docType).toBe('意见')
    expect(doc.meta.docNumber).toBeNull()
    expect(doc.meta.header?.fields['发布文号'] ?? '').not.toContain('。')
  })
})

describe('a site’s tabs over a title', () => {
  it('are no part of it (outside235 03)', () => {
    const doc = parse(['青川规划更新', '青川规划推荐', '青川规划热门', '扶持人口较少民族发展规划(2011-2015年)', '“十二五”时期是民族地区全面建设小康社会的关键时期，制定本规划。'].join('\n'))
    expect(doc.meta.title).toBe('扶持人口较少民族发展规划（2011-2015年）')
  })

  it('a joint 发文机关标志 printed a line per organ still opens its title', () => {
    const doc = parse(['青川市财政局', '青川市教育局', '关于印发青川市学生资助资金管理办法的通知', '各区财政局、教育局：', '现将办法印发给你们，请遵照执行。'].join('\n'))
    expect(doc.meta.title).toBe('青川市财政局青川市教育局关于印发青川市学生资助资金管理办法的通知')
  })
})

describe('a forum thread’s title', () => {
  it('loses the forum’s copy-link button (outside235 07)', () => {
    const doc = parse(
      [
        '青川市教育委员会关于印发《青川市教育委员会空气重污染应急预案(2018年修订)》的通知 [复制链接]',
        '青教办〔2018〕36号',
        '各区教委：',
        '现将预案印发给你们，请认真执行。',
        '青川市教育委员会',
        '2018年10月28日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青川市教育委员会关于印发《青川市教育委员会空气重污染应急预案（2018年修订）》的通知')
    expect(doc.meta.docType).toBe('通知')
  })
})

describe('a parenthesis saying what a sentence’s words include', () => {
  it('assigns nothing, whatever units it names (outside235 07)', () => {
    const doc = parse(['青川市空气重污染应急预案', '一、适用范围', '本预案适用于本市所有中小学校及幼儿园（含中等职业学校、外籍人员子女学校、少年宫及校外教育机构）。'].join('\n'))
    expect(doc.tasks.flatMap((t) => t.roles)).toEqual([])
  })

  it('a list of units closing a sentence still does', () => {
    const doc = parse(['青川市空气重污染应急预案', '一、工作措施', '加强对中小学校的监督检查（市教委、市生态环境局）。'].join('\n'))
    expect(doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => u.name)))).toEqual(['市教委', '市生态环境局'])
  })
})

describe('a place whose name opens with an inclusion word', () => {
  it('still opens a unit in a closing parenthesis (`含山县`)', () => {
    const doc = parse(['青川市空气重污染应急预案', '一、工作措施', '加强对中小学校的监督检查（含山县人民政府、市生态环境局）。'].join('\n'))
    expect(doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => u.name)))).toEqual(['含山县人民政府', '市生态环境局'])
  })
})

describe('a law’s announcement printed without its heading, the law’s title under it', () => {
  const page = (title: string) =>
    parse(
      [
        '发文单位:青川省人大常委会',
        '文 号:青川省人民代表大会常务委员会公告第20号',
        '发布日期:2014-1-17',
        '《青川省实施办法》已由青川省第五届人民代表大会常务委员会第六次会议于2014年1月17日通过，现予公布，自2014年3月1日起施行。',
        '青川省人民代表大会常务委员会',
        '2014年1月17日',
        title,
        '（2014年1月17日青川省第五届人民代表大会常务委员会第六次会议通过）',
        '第一章 总 则',
        '第一条 根据《中华人民共和国道路交通安全法》，结合本省实际，制定本办法。',
        '第二条 县级以上人民政府公安机关交通管理部门负责本行政区域内的道路交通安全管理工作。',
      ].join('\n'),
    )

  it('is the law’s, its title quoting the law it implements, which the sentence leaves out (outside242 02)', () => {
    const doc = page('青川省实施《中华人民共和国道路交通安全法》办法')
    expect(doc.meta.title).toBe('青川省实施《中华人民共和国道路交通安全法》办法')
    expect(doc.meta.docType).toBe('办法')
    expect(doc.documents).toEqual([])
  })

  it('a law of another name under it is a text of its own', () => {
    const doc = page('青川省道路运输条例')
    expect(doc.meta.title).not.toBe('青川省道路运输条例')
  })
})

describe('a flattened notice’s 落款 glued after the file name of its attachment', () => {
  it('is read (outside242 03)', () => {
    const body =
      '为推进公共文化服务共同体建设，我厅面向全省开展了试点申报工作，共收到申报材料85份，经评审，共评选出试点25项，现将试点名单予以公示，公示期为2024年11月2日至8日，如对公示内容有异议，可向青川省文化和旅游厅公共服务处反映，电话:020-37803372'
    const doc = parse(`${body}附件:青川省公共文化服务共同体建设试点名单.doc青川省文化和旅游厅2024年11月1日。`)
    expect(doc.meta.signedDate).toBe('2024-11-01')
    expect(doc.meta.issuers).toEqual(['青川省文化和旅游厅'])
  })
})

describe('a law’s title with its text glued after it', () => {
  it('is split from its first chapter (outside239 07)', () => {
    const doc = parse(
      ['青川市矿产资源管理条例第一章.总则', '第一条 为了加强矿产资源管理，根据有关法律、法规，结合本市实际情况，制定本条例。', '第二条 在本市行政区域内勘查、开采矿产资源，必须遵守本条例。'].join(
        '\n',
      ),
    )
    expect(doc.meta.title).toBe('青川市矿产资源管理条例')
    expect(doc.meta.docType).toBe('条例')
  })

  it('is split from its history parenthesis, and the parenthesis from the first chapter (outside231 02’s line)', () => {
    const doc = parse(
      [
        '青川省非物质文化遗产保护条例（2012年3月30日青川省第十一届人民代表大会常务委员会第二十七次会议通过）第一章总则',
        '第一条 为了继承和弘扬优秀传统文化，制定本条例。',
        '第二条 本省行政区域内非物质文化遗产的保护和管理适用本条例。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青川省非物质文化遗产保护条例')
    expect(doc.meta.history?.map((h) => `${h.date} ${h.action}`)).toEqual(['2012-03-30 通过'])
  })

  it('a sentence naming a law before its article stays whole', () => {
    const doc = parse(['青川市燃气管理办法', '第一条 依照青川省燃气管理条例第一条的规定，制定本办法。'].join('\n'))
    expect(doc.meta.title).toBe('青川市燃气管理办法')
  })
})

describe('a cover printing its title one character a line', () => {
  it('is read as one title (outside239 06)', () => {
    const doc = parse(
      ['信息公开 | 应急管理 | 应急预案 |', '青川县海洋与渔业系统', '抗', '台', '防', '汛', '预', '案', '青川县海洋与渔业局', '二00七年四月', '一、指导思想', '为做好抗台防汛工作，制定本预案。'].join(
        '\n',
      ),
    )
    expect(doc.meta.title).toBe('青川县海洋与渔业系统抗台防汛预案')
    expect(doc.meta.docType).toBe('预案')
  })
})

describe('a flattened notice with no 字号, its date-only 落款 over the text it issues', () => {
  it('is split into its head, its 落款 and the issued plan (outside241 05)', () => {
    const doc = parse(
      '青川市人民政府办公厅关于发布青川市2008年住房建设计划的通知 青川县、各区人民政府，市属各委、局、办，各相关单位： 《青川市2008年住房建设计划》已经市人民政府同意，现予发布。请各相关单位切实加强协调，认真按照计划抓好落实工作。 二○○八年一月三十日 青川市2008年住房建设计划 一、总则 根据国务院有关意见要求，制定青川市2008年住房建设计划。 二、制定本计划的依据 （一）国务院有关文件。',
    )
    expect(doc.meta.title).toBe('青川市人民政府办公厅关于发布青川市2008年住房建设计划的通知')
    expect(doc.meta.signedDate).toBe('2008-01-30')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青川市2008年住房建设计划'])
  })
})

describe('a 表彰 通报 noting its list follows', () => {
  const page = (note: string) =>
    parse(
      [
        '青川省人民政府关于表彰2008年度全省商务工作先进单位的通报',
        '（青政发〔2009〕13号）',
        '各市、州、县人民政府，省政府各部门：',
        `为了树立典型，省人民政府决定，对2008年度全省商务工作贡献突出的先进单位予以通报表彰${note}。`,
        '希望受表彰的单位珍惜荣誉，再创佳绩！',
        '二○○九年二月十三日',
        '2008年度全省商务工作先进单位名单',
        '一、外贸出口突出贡献奖',
        ...Array.from({ length: 40 }, (_, k) => `青川第${k + 1}市人民政府`),
      ].join('\n'),
    )

  it('reads the date above the list as its 落款, the list a text of its own (outside241 08)', () => {
    const doc = page('（名单附后）')
    expect(doc.meta.signedDate).toBe('2009-02-13')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['2008年度全省商务工作先进单位名单'])
  })
})

describe('a 落款 date a page damaged', () => {
  const notice = (date: string, tail: string[] = []) =>
    parse(
      ['青川市人民政府关于印发青川市生态文明建设示范区规划的通知', '各乡镇人民政府：', '现将《青川市生态文明建设示范区规划》印发给你们，请认真贯彻执行。', '青川市人民政府', date, ...tail].join('\n'),
    )

  it('its 月 and 日 stripped after the 年 (`2022年1015`, outside240 06)', () => {
    expect(notice('2022年1015').meta.signedDate).toBe('2022-10-15')
  })

  it('a full stop after it, a sharing site’s links under it (`二○一○年一月八日。`, outside240 04)', () => {
    expect(notice('二○一○年一月八日。', ['相关文档', '最新文档']).meta.signedDate).toBe('2010-01-08')
  })

  it('two readings of the stripped digits: none taken (`2016年111`)', () => {
    expect(notice('2016年111').meta.signedDate).toBeNull()
  })
})

describe('outside243–246’s families', () => {
  it('a label table cropped at its left: `称:` before the title is no part of it (outside246 05)', () => {
    const doc = parse(
      [
        '号: 94/202601-00004 信息分类: 人大代表建议办理',
        '发布机构: 青川市投资促进局 成文日期:',
        '称: 关于对市十八届人大四次会议第20250118040114号议案的答复函',
        '关于对市十八届人大四次会议第20250118040114号议案的答复函',
        '程某代表：',
        '您提出的建议收悉，现答复如下。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('关于对市十八届人大四次会议第20250118040114号议案的答复函')
  })

  it('a spam name where the organ stood, before a title broken over lines (outside244 05)', () => {
    const doc = parse(
      [
        '辽政发〔2026〕2号',
        '即时比分关于印发《2026年',
        '省〈政府工作报告〉重点工作分工方案》的通知',
        '各市人民政府：',
        '《2026年省〈政府工作报告〉重点工作分工方案》已经省政府会议审议通过，现印发给你们。',
        '2026年2月5日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('关于印发《2026年省〈政府工作报告〉重点工作分工方案》的通知')
  })

  it('the year of the work a notice calls to be done dates its yearless deadlines (outside246 02)', () => {
    const doc = parse(
      [
        '各县（市、区）人民政府：',
        '为确保全市粮食面积和产量稳定，现就抓好2022年粮食生产工作通知如下。',
        '一、迅速落实任务',
        '（一）建立台账。各县要建立早稻、中稻、晚稻台账，分别于5月20日、6月20日、9月20日前报市政府备案。',
      ].join('\n'),
    )
    expect(doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))).toEqual(['2022-05-20', '2022-06-20', '2022-09-20'])
  })

  it('a field list whose first piece names its organ in full (`各级发展改革委、建设、水利…等有关部门`, outside246 04)', () => {
    const doc = parse(
      [
        '青川自治区饮用水水源环境保护管理办法',
        '第一条 为了加强饮用水水源保护，制定本办法。',
        '第二条 各级发展改革委、建设、水利、国土资源、卫生等有关部门依照各自职责，做好饮用水水源环境保护工作。',
      ].join('\n'),
    )
    expect(doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role}:${u.name}`)))).toEqual([
      'responsible:各级发展改革委',
      'responsible:建设部门',
      'responsible:水利部门',
      'responsible:国土资源部门',
      'responsible:卫生部门',
    ])
  })
})

describe('outside245’s families', () => {
  it('a flattened 落款 padded with spaces after the attachment’s file name (outside245 03)', () => {
    const body =
      '关于表彰2011年度知识产权工作先进集体和先进个人的通报\n\n发布日期:2015-07-16    浏览次数:1\n各区县知识产权局：为表彰先进，市知识产权局决定对2011年度知识产权工作先进集体和先进个人予以通报表彰。希望受表彰的先进集体和个人再接再厉，全市知识产权战线广大干部职工要以受表彰的先进集体和先进个人为榜样，踏实工作，为我市知识产权发展做出新的更大的贡献。'
    const doc = parse(`${body}       附件:知识产权工作先进集体和先进个人名单.doc${' '.repeat(50)}青川市知识产权局${' '.repeat(60)}二○一二年三月一日\n`)
    expect(doc.meta.signedDate).toBe('2012-03-01')
    expect(doc.meta.issuers).toEqual(['青川市知识产权局'])
  })

  it('a spam host’s name after a dash closing the title (`-尊龙网平台`, outside245 05)', () => {
    const doc = parse(
      ['青川新区管委会办公室关于印发《青川新区国家教育考试安全应急预案》的通知-某某网平台', '各部门：', '现将预案印发给你们，请认真执行。', '青川新区管委会办公室', '2022年11月9日'].join('\n'),
    )
    expect(doc.meta.title).toBe('青川新区管委会办公室关于印发《青川新区国家教育考试安全应急预案》的通知')
  })

  it('a wiki’s licence note in the traditional script under the 落款 (outside245 07)', () => {
    const doc = parse(
      [
        '國務院關於同意青川省設立某縣的批复',
        '青川省人民政府：',
        '你省報告收悉。現批复如下：',
        '一、同意設立某縣。',
        '中華人民共和國國務院',
        '一九九五年七月二十日',
        '本作品是中華人民共和國的法律、法規，國家機關的決議、決定、命令和其他具有立法、行政、司法性質的文件，及其官方正式譯文。',
      ].join('\n'),
    )
    expect(doc.meta.signedDate).toBe('1995-07-20')
  })

  it('a body that says `提出实施意见如下` names its genre (outside245 06)', () => {
    const doc = parse(
      ['青府办发〔2017〕48号', '各区人民政府：', '经市政府同意，现就加快本市应急产业发展提出实施意见如下。', '一、发展目标', '力争到2020年，建成3个国家级应急产业示范基地。'].join('\n'),
    )
    expect(doc.meta.docType).toBe('实施意见')
  })
})
