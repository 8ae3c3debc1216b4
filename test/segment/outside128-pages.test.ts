import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside128 (issue #11, a helper's draw of the forty-sixth session), on fixtures of our own wording in the
 * pages' shapes: the body's last item printed without a full stop right above the 落款 (05); an organ's name alone as a
 * site's heading over its post line (04); an issued plan's edition or status printed on its own line under its title (03).
 */
describe("the body's last item without a full stop, right above the 落款", () => {
  const notice = (last: string) =>
    ['某县民政局关于清明节期间祭扫管理工作的通告', '为做好清明节期间祭扫管理工作，现通告如下：', '一、暂停现场祭扫活动', '全县各公墓暂停现场祭扫。', last, '某县民政局', '2022年3月22日'].join('\n')

  it('is no signer: the organ under it alone issues the notice', () => {
    const doc = parse(notice('二、本通告自发布之日起施行'))
    expect(doc.meta.issuers).toEqual(['某县民政局'])
    expect(doc.meta.signedDate).toBe('2022-03-22')
  })

  it('an article marker or a bracketed one is no signer either', () => {
    expect(parse(notice('第二条 本通告由县民政局负责解释')).meta.issuers).toEqual(['某县民政局'])
    expect(parse(notice('（二）本通告自发布之日起施行')).meta.issuers).toEqual(['某县民政局'])
  })

  it('two organs signing jointly are both still read', () => {
    const doc = parse(
      ['某县民政局 某县公安局关于清明节期间祭扫管理工作的通告', '现通告如下：', '一、暂停现场祭扫活动。', '二、本通告自发布之日起施行。', '某县民政局', '某县公安局', '2022年3月22日'].join('\n'),
    )
    expect(doc.meta.issuers).toEqual(['某县民政局', '某县公安局'])
  })
})

describe("an organ's name alone over a site's post line", () => {
  const page = (heading: string) =>
    [heading, '来源: | 作者:admin | 发布时间: 2020-12-29 | 928 次浏览 | 分享到:', '1 总则 1.1 编制目的 为建立地震应急体制，结合本省实际，特制定本预案。', '1.2 编制依据 根据有关法律法规。'].join('\n')

  it('is the site’s heading, no title: the body names the genre', () => {
    const doc = parse(page('某省应急管理厅'))
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('预案')
  })

  it('a headline that is a title stays the title', () => {
    expect(parse(page('某省地震应急预案')).meta.title).toBe('某省地震应急预案')
  })
})

describe("an issued plan's edition or status on its own line under its title", () => {
  const notice = (under: string) =>
    [
      '某市人民政府办公室关于印发某市突发环境事件应急预案的通知',
      '各区人民政府，市政府各部门：',
      '经市政府同意，现将《某市突发环境事件应急预案》印发给你们，请认真贯彻执行。',
      '某市人民政府办公室',
      '2019年11月20日',
      '',
      '某市突发环境事件应急预案',
      '',
      under,
      '',
      '1 总则',
      '1.1 编制目的 为做好突发环境事件应对工作，制定本预案。',
    ].join('\n')
  const issuedTitle = (under: string) => parse(notice(under)).documents[0]?.meta.title

  it('(2019年修订) completes the title, as (2020年版) does', () => {
    expect(issuedTitle('(2019年修订)')).toBe('某市突发环境事件应急预案（2019年修订）')
    expect(issuedTitle('(2020年版)')).toBe('某市突发环境事件应急预案（2020年版）')
  })

  it('（试行） completes it as it does a title at the top', () => {
    expect(issuedTitle('（试行）')).toBe('某市突发环境事件应急预案（试行）')
  })

  it('a draft mark stays out of the title', () => {
    expect(issuedTitle('（征求意见稿）')).toBe('某市突发环境事件应急预案')
  })
})
