import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside215–218 (issue #11, helpers' draws of the fifty-second session's third round), on fixtures of our
 * own wording in the pages' shapes: a 字号 printed with small-form brackets (216 06); a law database's label list run
 * onto one line by a sharing site, a bullet before each label (217 03); and of the fourth round, a joint title counting the organs after the first (220 01).
 */
describe('a 字号 printed with small-form brackets', () => {
  it('is read as the document’s 字号', () => {
    const doc = parse(
      [
        '市人民政府办公室关于印发《青溪市突发环境事件应急预案（2021年修订）》的通知',
        '青政办发﹝2021﹞8号',
        '各县区人民政府，市政府各部门：',
        '现将《青溪市突发环境事件应急预案（2021年修订）》印发给你们，请认真贯彻执行。',
        '青溪市人民政府办公室',
        '2021年1月7日',
      ].join('\n'),
    )
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2021〕8号')
    expect(doc.meta.docNumber?.year).toBe(2021)
  })
})

describe("a law database's label list run onto one line, a bullet before each label", () => {
  const page = (sep: string) =>
    parse(
      [
        '合集下载',
        '青川市人民政府关于印发青川市电子政务管理办法的通知',
        `青川市人民政府关于印发青川市电子政务管理办法的通知文章属性${sep}【制定机关】青川市人民政府${sep}【公布日期】2012.05.28${sep}【字号】青府发[2012]53号${sep}【施行日期】2012.05.28${sep}【效力等级】地方规范性文件正文青川市人民政府关于印发青川市电子政务管理办法的通知(青府发〔2012〕53号)各区、县人民政府：现将《青川市电子政务管理办法》印发给你们，请按照执行。`,
      ].join('\n'),
    )

  it('reads its labels: the 字号 and the publication date', () => {
    const doc = page('•')
    expect(doc.meta.docNumber?.normalized).toBe('青府发〔2012〕53号')
    expect(doc.meta.publishedDate).toBe('2012-05-28')
  })
})

describe('a joint title counting the organs after the first (`等七部门关于…`)', () => {
  const page = (title: string) => parse([title, '各县（市）人民政府，州直有关部门：', '现将《青川州生态环境保护规划》印发给你们，请认真贯彻执行。'].join('\n'))

  it('names the first organ, not the count', () => {
    expect(page('青川州生态环境局等七部门关于印发青川州生态环境保护规划的通知').meta.issuers).toEqual(['青川州生态环境局'])
    expect(page('省发展改革委等9部门关于印发青川州生态环境保护规划的通知').meta.issuers).toEqual(['省发展改革委'])
  })

  it('keeps an organ whose name ends so without a count (guard)', () => {
    expect(page('青川州生态环境局关于印发青川州生态环境保护规划的通知').meta.issuers).toEqual(['青川州生态环境局'])
  })
})
