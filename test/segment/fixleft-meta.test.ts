import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Hand-written fixtures in the forms of issue #11's outside probes (outside13 16/18, outside14 13/18):
// own units, own dates, own titles.

describe('a title label printed before the title with a space, no colon', () => {
  it('名称 over a site label table: the label is dropped, the 字号 and date still read', () => {
    const doc = parse(
      '索取号 11330100-0/2021-00042 分类\n发布机构 青溪县人民政府办公室 发文日期 2021-03-15\n名称 关于印发《青溪县农村饮水安全提升工作方案》的通知\n文号 青政办〔2021〕7号 主题词\n\n各乡镇人民政府，县直各单位：\n　　《青溪县农村饮水安全提升工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n',
    )
    expect(doc.meta.title).toBe('关于印发《青溪县农村饮水安全提升工作方案》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办〔2021〕7号')
  })

  it('a research database export (`Title 105年度…計畫`): the English label is dropped', () => {
    const doc = parse(
      'Title 105年度「社區綠美化推動計畫」\nAbstract 本計畫執行期間自民國105年3月1日至105年12月31日為止，協助各鄉鎮推動社區綠美化。\nEngAbstract The project helped townships green their communities.\nProjectYear 105\nSponsorOrg 環境處\n',
    )
    expect(doc.meta.title).toBe('105年度「社區綠美化推動計畫」')
    expect(doc.meta.docType).toBe('计划')
  })

  it('a title that opens with the word 名称 glued to it (no space printed) keeps it', () => {
    const doc = parse('名称规范管理办法\n\n第一条　为规范本县地名管理，制定本办法。\n第二条　本办法自公布之日起施行。\n')
    expect(doc.meta.title).toBe('名称规范管理办法')
  })
})

describe('a date label over its value (`公(發)布日期：` ⏎ `民國 109 年 05 月 20 日`)', () => {
  it('fills publishedDate from the line under the label', () => {
    const doc = parse(
      '法規名稱:\n測試縣政府補助村里辦理環境清潔計畫 (民國 110 年 03 月 02 日修正)\n公(發)布日期:\n民國 109 年 05 月 20 日\n一、本府為推動村里環境清潔,特訂定本計畫。\n二、補助對象為本縣各村里辦公處。\n',
    )
    expect(doc.meta.title).toBe('測試縣政府補助村里辦理環境清潔計畫')
    expect(doc.meta.publishedDate).toBe('2020-05-20')
    expect(doc.clauses.map((c) => c.marker)).toEqual(['一、', '二、'])
  })

  it('leaves a label whose next line is no date empty', () => {
    const doc = parse('法規名稱:\n測試縣村里環境清潔計畫\n公(發)布日期:\n一、本府為推動村里環境清潔,特訂定本計畫。\n')
    expect(doc.meta.publishedDate).toBeNull()
  })
})

describe('a date alone in brackets under the title', () => {
  it('is the text’s signedDate when no 落款 dates it, and dates its yearless deadlines', () => {
    const doc = parse('青溪县2024年度村庄清洁行动实施方案\n（2024年03月11日）\n为推进村庄清洁，制定本方案。\n一、重点任务\n（一）清理河塘沟渠。各村于6月底前完成。\n')
    expect(doc.meta.signedDate).toBe('2024-03-11')
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => d.date))).toEqual(['2024-06-30'])
  })

  it('in Chinese numerals too; a 落款 date still wins', () => {
    const doc = parse('青溪县村庄清洁行动实施方案\n(二〇二三年五月八日)\n一、清理河塘沟渠。\n\n青溪县人民政府办公室\n2023年5月10日\n')
    expect(doc.meta.signedDate).toBe('2023-05-10')
    const bare = parse('青溪县村庄清洁行动实施方案\n(二〇二三年五月八日)\n一、清理河塘沟渠。\n')
    expect(bare.meta.signedDate).toBe('2023-05-08')
  })

  it('a bracketed line with more than a date (an adoption note) is not taken', () => {
    const doc = parse('青溪县村庄清洁行动实施方案\n（2023年5月8日县政府第12次常务会议通过）\n一、清理河塘沟渠。\n')
    expect(doc.meta.signedDate).not.toBe('2023-05-08')
  })
})

describe('a site label table in `|` rows opening a page whose title was lost', () => {
  it('fills the 字号 and stays out of the body', () => {
    const doc = parse(
      '文号 | 青政办〔2022〕5号 | 索引号 | 113301000/2022-00031 | 关键词 | |\n主题分类 | 政府办文件 | 体裁分类 | 通知 |\n各乡镇人民政府，县政府各部门：\n为做好2022年重点工作，现将有关事项通知如下。\n一、推进农村饮水提升\n牵头单位：县水利局\n',
    )
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docNumber?.normalized).toBe('青政办〔2022〕5号')
    expect(doc.preamble ?? '').not.toContain('索引号')
    expect(doc.tasks.flatMap((t) => t.roles.map((r) => [r.role, r.units.map((u) => u.name)]))).toEqual([['lead', ['县水利局']]])
  })
})

describe('a law system’s print of a history version (歷史法規)', () => {
  it('drops the tab and the empty box labels, so the 法規名稱 line gives the title', () => {
    const doc = parse(
      '您的瀏覽器不支援JavaScript功能,若網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態\n測試縣政府主管法規共用系統\n列印時間:112.05.02 10:20\n歷史法規\n法規名稱: 測試縣社區環境巡查小組設置要點\n民國 108 年 02 月 11 日\n圖表附件:\n法規內容:\n一、本府為推動社區環境巡查,特設置本小組。\n二、本小組置召集人一人。\n',
    )
    expect(doc.meta.title).toBe('測試縣社區環境巡查小組設置要點')
    expect(doc.meta.docType).toBe('要点')
    expect(doc.clauses.map((c) => c.marker)).toEqual(['一、', '二、'])
    expect(doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').length).toBeGreaterThan(0)
  })
})
