import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// outside22 probe (issue #11): a 两办 notice forwarding a joint 意见 of three departments. The notice's
// title stands over three lines (the two offices / 转发 and the departments / `《关于…的意见》的通知`);
// a 主题词 line follows its 落款, and the 意见 prints its three organs above its own title. Fixture written
// for the test in that form (own city, number and dates).

describe('a party–government forwarding notice over a joint 意见', () => {
  const doc = parse(fixtureText('outside22/party-government-forwarding.txt'))

  it('joins the title`s three lines, the organs and 转发 above the quoted title', () => {
    expect(doc.meta.title).toBe('中共漳州市委办公室漳州市人民政府办公室转发市委组织部市人力资源和社会保障局市财政局《关于加强基层人才队伍建设的意见》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('漳委办发〔2011〕27号')
  })

  it('reads the 落款 above the 主题词 line: both offices and the date', () => {
    expect(doc.meta.issuers).toEqual(['中共漳州市委办公室', '漳州市人民政府办公室'])
    expect(doc.meta.signedDate).toBe('2011-09-08')
  })

  it('gives the forwarded 意见 the three organs printed above its title', () => {
    expect(doc.documents).toHaveLength(1)
    const opinion = doc.documents[0]
    expect(opinion.meta.title).toBe('关于加强基层人才队伍建设的意见')
    expect(opinion.meta.issuers).toEqual(['中共漳州市委组织部', '漳州市人力资源和社会保障局', '漳州市财政局'])
    const t = opinion.tasks.find((x) => x.path.join('/') === '一/（一）')
    expect(t?.roles.find((r) => r.role === 'lead')?.units.map((u) => u.name)).toEqual(['市人力资源和社会保障局'])
    expect(t?.deadlines.map((d) => d.date)).toEqual(['2012-03-31'])
  })

  it('joins no heading above a quoted title without a forwarding or issuing verb', () => {
    const page = parse('政策文件\n《关于加强河道管理的意见》的通知\n各乡镇:\n一、加强巡查。\n')
    expect(page.meta.title).toBe('《关于加强河道管理的意见》的通知')
  })
})
