import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// outside22 probe (issue #11): the 落款 of joint and youth-league notices. Four organs printed two to a
// row over one date, then a 抄送 line and a roster attached under a bare `附:`; a date closed by the `|`
// of the table the page printed around its text. Fixtures written for the test (own organs and dates).

describe('a joint 落款 over a 抄送 line and an attachment under `附:`', () => {
  const doc = parse(fixtureText('outside22/joint-notice-roster.txt'))

  it('names every organ of the rows and the one date', () => {
    expect(doc.meta.issuers).toEqual(['共青团漳州市委员会', '漳州市教育局', '少先队漳州市工作委员会', '漳州市文化局'])
    expect(doc.meta.signedDate).toBe('2012-02-20')
  })

  it('reads the 抄送 line as the 版记 and the roster as an attachment', () => {
    expect(doc.meta.copyTo).toEqual(['团省委', '省教育厅', '省少工委', '市委宣传部'])
    expect(doc.documents).toHaveLength(1)
    expect(doc.documents[0].meta.title).toBe('第三届青少年征文活动')
  })

  it('takes no 附则 or 附近 line for an attachment head', () => {
    const law = parse('某市养犬管理办法\n第一条 为规范养犬,制定本办法。\n附则\n第二条 本办法自2020年1月1日起施行。\n')
    expect(law.documents).toHaveLength(0)
    const near = parse('某市人民政府\n2020年1月2日\n附近居民请注意出行安全。\n')
    expect(near.documents).toHaveLength(0)
  })
})

describe('a 落款 date closed by a table border (`二〇一二年三月二十六日 |`)', () => {
  const doc = parse(fixtureText('outside22/date-before-border.txt'))

  it('is the signature date, under the issuing league committee', () => {
    expect(doc.meta.signedDate).toBe('2012-03-26')
    expect(doc.meta.issuers).toEqual(['共青团扬州市委'])
  })

  it('is no deadline of the last item, which keeps its own', () => {
    const last = doc.tasks.find((t) => t.path.join('/') === '二/2')
    expect(last?.deadlines.map((d) => d.date)).toEqual(['2012-04-20'])
  })
})

describe('a 落款 date run onto the text`s last line (`…作出更大贡献。 二○○七年三月五日`)', () => {
  const doc = parse(fixtureText('outside22/date-after-last-sentence.txt'))

  it('is the signature date; the sentence before it stays the text`s', () => {
    expect(doc.meta.signedDate).toBe('2007-03-05')
    expect(doc.meta.docNumber?.normalized).toBe('琼府〔2007〕21号')
    expect(doc.preamble).toContain('作出更大贡献。')
    expect(doc.preamble).not.toContain('二〇〇七年')
  })

  it('takes only a date in Chinese numerals on the last line', () => {
    const plan = parse('某县人民政府关于开展检查的通知\n各乡镇:\n一、检查时间。检查于2020年5月1日开始。\n二、工作要求。各乡镇要认真自查。2020年6月30日\n')
    expect(plan.meta.signedDate).toBeNull()
    const middle = parse('某县人民政府关于开展检查的通知\n各乡镇:\n请认真执行。二〇二〇年五月一日\n一、检查范围。全县各乡镇。\n')
    expect(middle.meta.signedDate).toBeNull()
  })
})
