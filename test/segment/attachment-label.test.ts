/**
 * A forwarding notice whose 落款 is followed by a bare `附件` label and then the forwarded notice,
 * whose title the forwarding text quotes: one nested document (the forwarded notice), not an
 * empty untitled part for the label followed by the notice.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const FORWARD = `各区（市）教育局，各有关学校：
　　近日，省教育厅、省财政厅联合印发了《关于做好2021年中小学教师培训项目申报工作的通知》（鲁教师字〔2021〕9号），现将有关通知转发给你们，请认真组织申报。
　　请各区（市）教育局于5月20日前将汇总材料报市教育局教师工作处。
　　联系电话：0532-85912345
　　附件：关于做好2021年中小学教师培训项目申报工作的通知
                             青岛市教育局
                             2021年5月8日
附件
关于做好2021年中小学教师培训项目申报工作的通知
各市教育（教体）局、财政局：
为提升中小学教师专业素质，现就2021年教师培训项目申报工作通知如下：
一、申报范围
省级培训项目覆盖全省中小学、幼儿园教师。
二、申报要求
各市教育局要组织好申报工作，于2021年6月10日前将申报材料报送省教育厅。
山东省教育厅
山东省财政厅
2021年4月28日
`

describe('a bare 附件 label above a forwarded notice', () => {
  it('gives one nested document with its title, 落款 and deadline', () => {
    const doc = parse(FORWARD)
    expect(doc.meta.signedDate).toBe('2021-05-08')
    expect(doc.documents).toHaveLength(1)
    const [inner] = doc.documents
    expect(inner.meta.title).toBe('关于做好2021年中小学教师培训项目申报工作的通知')
    expect(inner.meta.signedDate).toBe('2021-04-28')
    expect(inner.meta.issuers).toEqual(['山东省教育厅', '山东省财政厅'])
    expect(inner.tasks.flatMap((t) => t.deadlines.map((d) => `${t.path.join('/')} ${d.date}`))).toEqual(['二 2021-06-10'])
  })
})
