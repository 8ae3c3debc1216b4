/**
 * Families of the deadline audit's round 5 (issue 11, scripts/audit-deadlines.ts --round 5,
 * test/gold/audit/README.md): each on a fixture written here in the real format, with our own places,
 * organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import events from '../../../grammars/time/events.json' with { type: 'json' }
import lexicon from '../../../grammars/time/lexicon.json' with { type: 'json' }
import type { PolicyDocument } from '../../../src/index.js'
import { parse } from '../../../src/index.js'

/** Every due date the scorer counts, as `path date`, nested documents included. */
function dues(doc: PolicyDocument, prefix = ''): string[] {
  const out: string[] = []
  for (const t of doc.tasks) for (const d of [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]) if (d?.kind === 'due') out.push(`${prefix}${t.path.join('/')} ${d.date ?? d.end}`)
  doc.documents.forEach((sub, i) => out.push(...dues(sub, `d${i + 1}/`)))
  return out
}

// a Taiwan regulation as the law database prints it: a head, a 沿革, numbered articles
const TW = (articles: string[]) =>
  ['某某技術人員檢定辦法', '法規性質：命令', '沿革：', '1.中華民國九十八年三月二日某某部令訂定發布全文 12 條；並自發布日施行', ...articles.flatMap((a, i) => [`第 ${i + 1} 條`, a])].join('\n')

// an old work report, as the archive prints it: a title with its year, numbered parts
const REPORT = (body: string[]) => ['1984年某省人民政府工作报告', '', '一、关于经济建设', '', ...body].join('\n')

describe('F15: a word of permission right before the date names until when one may, not what is due', () => {
  it('得於 + a date, and 得自 + a counted span, are windows; 應於 + the same date stays due', () => {
    const doc = parse(
      TW([
        '本辦法修正發布前已報名者，得於中華民國一百年十二月三十一日前補行檢定。',
        '本辦法施行前已取得合格證書者，得自本辦法施行之日起二個月內，檢具文件申請換發。',
        '各檢定機構應於中華民國一百年十二月三十一日前報送名冊。',
      ]),
    )
    expect(dues(doc)).toEqual(['第3条 2011-12-31'])
  })

  it('a word that only ends in 得 (取得) is no permission', () => {
    const doc = parse(TW(['申請人應於中華民國一百年六月三十日前取得於中華民國一百年六月三十日前核發之證明。']))
    expect(dues(doc)).toContain('第1条 2011-06-30')
  })

  it('is data: the permission word and its links', () => {
    expect(events.permissionBefore.words).toContain('得')
    expect(events.permissionBefore.links).toEqual(expect.arrayContaining(['於', '于']))
  })
})

describe('F16: a century goal reported, asked about, or named as a topic sets no time', () => {
  it("提出到 / 确定，到 / 能不能在 and a topic after the comma are no due dates; the text's own 要到本世纪末 stays", () => {
    const doc = parse(
      REPORT([
        '　　各地区都要提出到本世纪末需要达到的农业技术水平。',
        '　　省委会议确定，到本世纪末实现全省工农业总产值翻两番。',
        '　　能不能在本世纪内实现农业机械化，关系到全省的发展。',
        '　　要在本世纪内把全省建设成为先进省份，需要付出艰苦的努力。',
        '　　在本世纪末实现全省的现代化，是完全有希望的。',
        '　　我们要到本世纪末使全省粮食产量达到三百亿斤。',
      ]),
    )
    expect(dues(doc)).toEqual(['一 2000-12-31'])
  })

  it('is data: the goal words before the target and the topic words after the comma', () => {
    expect(lexicon.centuryGoals).toEqual(expect.arrayContaining(['提出', '确定，', '能不能']))
    expect(events.centuryTopic.words).toEqual(expect.arrayContaining(['需要', '是']))
  })
})

describe('F17: 到 closing a verb of perception (考虑到, 注意到) is no target word', () => {
  it('考虑到今年… gives a reason, 今年要… stays the year of work', () => {
    const doc = parse(REPORT(['　　今年拟安排财政赤字三十亿元，这样安排主要是考虑到今年财政收支矛盾仍然突出。', '　　各地要在今年内完成全部危房改造任务。']))
    expect(dues(doc)).toEqual(['一 1984-12-31'])
    expect(lexicon.cues.notTarget).toContain('考虑到')
  })
})

describe("F18: a target after a cited plan's requirement (》要求，到…) is that plan's goal, reported", () => {
  it("按照《…》要求，到2015年 is no due date; the text's own 到2016年 stays", () => {
    const doc = parse(['某市智慧园区建设指南', '一、建设目标', '按照《某省信息基础设施三年行动方案》要求，到2015年全省将基本建成光纤网络。', '到2016年，全市建成智慧园区十个。'].join('\n'))
    expect(dues(doc)).toEqual(['一 2016-12-31'])
  })
})

describe('F19: a 前-cued date right after 制定 / 对 bounds what a plan covers, not when the task is due', () => {
  it('制定…年前…方案 and 对…年前…作出部署 are no due dates; …年前完成 stays due', () => {
    const doc = parse(REPORT(['　　做好节能减排工作。制定2035年前全省节水行动方案。', '　　对2030年前全省交通发展作出总体部署。', '　　各市要在1986年前完成农村电网改造。']))
    expect(dues(doc)).toEqual(['一 1986-12-31'])
    expect(events.planScope.before).toEqual(expect.arrayContaining(['制定', '对']))
  })
})

describe("F20: a bare 年内 takes a printed year only from its own sentence, else the text's year", () => {
  it("a year of the sentence before (对2035年前…部署。年内要…) is not 年内's; the same sentence's year is", () => {
    const doc = parse(
      [
        '某市2019年工作安排',
        '一、教育',
        '研究制定教育规划纲要，对2035年前全市教育发展作出部署。年内要重点抓好三件事。',
        '二、2020年重点工作',
        '2020年，推进数字政府建设，年内建成政务云平台。',
        '某市人民政府',
        '2019年1月10日',
      ].join('\n'),
    )
    // 二 holds 2020年 and its 年内, both 2020
    expect(dues(doc)).toEqual(['一 2019-12-31', '二 2020-12-31', '二 2020-12-31'])
  })
})
