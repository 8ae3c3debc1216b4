import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside69's families (test/gold/outside/outside69.md), in fixtures of our own wording

describe('a bilingual page: each Chinese line followed by its translation', () => {
  const uyghur = (words: string) => words
  const page = [
    '某某自治区草原防火条例',
    uyghur('ئوت ئاپىتىدىن مۇداپىئەلىنىش نىزامى'),
    '（2019年5月30日某某自治区第十三届人民代表大会常务委员会第十次会议通过 2023年7月28日某某自治区第十四届人民代表大会常务委员会第四次会议修订）',
    uyghur('( 2019 ـ يىل 5 ـ ئاينىڭ 30 ـ كۈنى ماقۇللاندى )'),
    '第一章　总则',
    uyghur('1-باب ئومۇمىي پىرىنسىپ'),
    '第一条　为了预防和扑救草原火灾，保护草原资源，制定本条例。',
    uyghur('بىرىنچى ماددا ئوت ئاپىتىنىڭ ئالدىنى ئېلىش'),
    '第二条　县级以上人民政府林业和草原主管部门负责本行政区域内的草原防火工作。',
  ].join('\n')

  it('reads the Chinese text as if printed alone: title, history and its adopting body, the articles', () => {
    const doc = parse(page)
    expect([doc.meta.title, (doc.meta.history ?? []).map((h) => `${h.action}:${h.date}`), doc.meta.issuers]).toEqual([
      '某某自治区草原防火条例',
      ['通过:2019-05-30', '修正:2023-07-28'],
      ['某某自治区人民代表大会常务委员会'],
    ])
    expect(doc.tasks.flatMap((t) => t.roles.map((r) => `${t.path.join('/')} ${r.role} ${r.units.map((u) => u.name).join('、')}`))).toEqual([
      '第一章/第二条 responsible 县级以上人民政府林业和草原主管部门',
    ])
  })

  it('keeps a Chinese line that names something in another script', () => {
    const doc = parse('某某县关于表彰先进个人的通报\n各乡镇人民政府：\n授予艾力（ئەلى）同志先进个人称号。\n某某县人民政府\n2023年5月10日\n')
    expect(doc.meta.signedDate).toBe('2023-05-10')
  })
})

describe('a 落款 date with the 附件说明 printed under it, closing the page', () => {
  it('is the signing date', () => {
    const doc = parse(
      '某市农业局关于印发某市家禽养殖场备案办法的通知 (某农发〔2010〕12号)\n\n各区县人民政府:\n  为规范家禽养殖场管理,我局制定了《某市家禽养殖场备案办法》,现印发给你们,请遵照执行。\n  二〇一〇年四月八日\n   附件:《某市家禽养殖场备案办法》.doc',
    )
    expect([doc.meta.signedDate, doc.meta.docNumber?.normalized, doc.meta.issuers]).toEqual(['2010-04-08', '某农发〔2010〕12号', ['某市农业局']])
  })
})
