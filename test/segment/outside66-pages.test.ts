import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside66's families (test/gold/outside/outside66.md), in fixtures of our own wording

describe('a white paper (白皮书) as the genre of a title', () => {
  it('reads 白皮书 as the docType of a portal page titled so', () => {
    const page =
      '查询间隔10秒\n东溪市“碧水”工程白皮书\n来源:本站  时间:2014-05-06 00:00:00\n为改善全市水环境,东溪市政府编制了《“碧水”工程白皮书(2014-2016)》,现予以发布。\n一、水环境现状\n近年来,我市河流水质总体改善,但部分支流仍受污染。\n'
    const doc = parse(page)
    expect([doc.meta.title, doc.meta.docType]).toEqual(['东溪市“碧水”工程白皮书', '白皮书'])
  })

  it('leaves a 条例 whose article names a 白皮书 its own title and genre', () => {
    const page = '某某省知识产权保护条例\n第一章 总则\n第一条 为了加强知识产权保护,制定本条例。\n第二条 省人民政府应当每年发布知识产权保护白皮书\n第三条 本条例自公布之日起施行。\n'
    const doc = parse(page)
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某某省知识产权保护条例', '条例'])
  })
})

describe("a document-sharing site's banner over the file it serves", () => {
  const notice = '关于征求《某某县交通发展“十三五”规划》\n修改意见的通知\n各乡镇人民政府,县级各部门:\n现将《某某县交通发展“十三五”规划》(征求意见稿)印发你们征求意见,请认真研究。\n二○一六年三月一日\n'

  it('is chrome: the title under it is read', () => {
    const page = `本文档由【某某文档库】www.example.cn提供,转载分发敬请保留本信息; 某某文档库免费提供各类范文。\n${notice}`
    expect(parse(page).meta.title).toBe('关于征求《某某县交通发展“十三五”规划》修改意见的通知')
  })

  it('gives the same title as the page without it', () => {
    expect(parse(notice).meta.title).toBe('关于征求《某某县交通发展“十三五”规划》修改意见的通知')
  })
})

describe('contact lines printed under a 落款 date without brackets', () => {
  const notice =
    '关于征求《某某县水利发展“十三五”规划》\n修改意见的通知\n各乡镇人民政府,县级各部门:\n现将《某某县水利发展“十三五”规划》(征求意见稿)印发你们征求意见,请认真研究。\n二○一五年十二月八日\n'

  it('dates the notice when the contacts close the page', () => {
    expect(parse(`${notice}联 系 人:王某 [1**********] 87654321\n赵某 [1**********] 87654322\n传 真: 87654300\n`).meta.signedDate).toBe('2015-12-08')
  })

  it('dates the notice when the issued draft follows the contacts, and adds no untitled part', () => {
    const doc = parse(
      `${notice}联 系 人:王某 87654321\n传 真: 87654300\n邮 箱: shuili@example.cn\n某某县水利发展“十三五”规划\n(征求意见稿)\n为推进全县水利建设,制定本规划。\n一、发展基础\n全县水利设施逐步完善。\n`,
    )
    expect([doc.meta.signedDate, doc.documents?.map((d) => d.meta.title)]).toEqual(['2015-12-08', ['某某县水利发展“十三五”规划']])
  })

  it('leaves a date followed by a sentence of the body no 落款', () => {
    const doc = parse('某某县水利工作要点\n一、工作目标\n2015年12月8日\n联系人应当及时报送各乡镇的进度。各部门要加强协作,确保完成全年任务。\n')
    expect(doc.meta.signedDate).toBeNull()
  })
})

describe('a breadcrumb opening 您所在位置 after the number of its list item', () => {
  const notice = '某某省防灾减灾委办公室关于发布森林火险黄色预警的通知\n\n各设区市防灾减灾救灾议事协调机构:\n\n鉴于近期我省持续干燥,决定发布森林火险黄色预警。\n'

  it('is chrome: the notice title under it is read', () => {
    const doc = parse(`1. 您所在位置:网站首页 > 景区资讯 > 景区资讯\n\n黄色预警!全省禁止野外用火!\n发布:2025-02-01\n\n${notice}`)
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某某省防灾减灾委办公室关于发布森林火险黄色预警的通知', '通知'])
  })

  it('leaves a numbered item that opens with 您 a clause', () => {
    const doc = parse('某某县政务服务指南\n1. 您可以在政务大厅办理以下事项。\n2. 办理时请携带身份证件。\n')
    expect(doc.meta.title).toBe('某某县政务服务指南')
  })
})
