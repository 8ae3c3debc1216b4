import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { normalize } from '../../src/normalize/index.js'
import { Diagnostics } from '../../src/text/diagnostics.js'
import { MappedText } from '../../src/text/mapped.js'
import { SourceText } from '../../src/text/source.js'

const normalizedText = (s: string) => normalize(MappedText.identity(new SourceText(s)), { script: 'keep' }, new Diagnostics()).view.text

/**
 * Families of outside164–167 (issue #11, helpers' draws of the forty-ninth session's first round), on fixtures of our
 * own wording in the pages' shapes: a county portal's footer printed over an untitled notice in traditional script,
 * its 落款 padded with the `?` a GBK conversion left for each lost non-breaking space (167 01); a city portal's
 * validity mark closing the title (167 04).
 */
describe("a portal's footer over an untitled notice, its 落款 padded with lost spaces", () => {
  const page = (footer: string[]) =>
    [
      ...footer,
      '各鄉(鎮)人民政府,縣直有關部門:',
      '新修訂的《某縣森林草原防滅火應急預案》已經縣人民政府同意,現印發給你們,請認真貫徹執行。',
      '?',
      '某縣人民政府辦公室 ???????',
      '2025年7月8日 ?????????',
      '(此件公開發布)',
      '某縣森林草原防滅火應急預案',
      '?',
      '1 總則',
      '1.1 編制目的',
      '為依法有力有序有效處置森林草原火災,編制本預案。',
    ].join('\n')
  const footer = [
    '主辦:某省某市某縣人民政府 ? 版權所有 2018',
    '承辦:某縣人民政府辦公室',
    '晉ICP備19000000號 網站標識碼:1400000000',
    '涉密文件嚴禁上網',
    '某縣人民政府門戶網站提示:使用大于1366*768分辨率/IE10.0或以上瀏覽器可以獲得最佳瀏覽效果!',
  ]

  it('drops the footer lines, and reads the 落款 and the genre the issuing sentence names', () => {
    const doc = parse(page(footer))
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['某县人民政府办公室'])
    expect(doc.meta.signedDate).toBe('2025-07-08')
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['应急预案'])
    const dropped = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
    expect(dropped.some((m) => m.includes('site-owner-copyright'))).toBe(true)
    expect(dropped.some((m) => m.includes('browser-advice'))).toBe(true)
    expect(dropped.some((m) => m.includes('site-registration'))).toBe(true)
  })

  it('reads ? runs after a space at a line end as the spaces they stood for (a line of ? alone is dropped as a placeholder)', () => {
    const text = normalizedText('某縣人民政府辦公室 ???????\n?\n2025年7月8日 ???')
    expect(text).not.toMatch(/[?？]/)
    // (a question mark in running text and a doubled one stay)
    expect(normalizedText('是否需要重新申报?\n请问如何办理？？')).toMatch(/[?？].*\n.*[?？]{2}/)
  })

  it('keeps an event notice’s 主办单位 line, which names no copyright (guard)', () => {
    const doc = parse('关于举办某市第三届全民健身运动会的通知\n各区体育局：\n主办单位：某市体育局\n承办单位：某区体育局\n请各单位按时报名。\n')
    expect(normalizedText('关于举办某市第三届全民健身运动会的通知\n主办单位：某市体育局\n')).toContain('主办单位：某市体育局')
    expect(doc.diagnostics.some((d) => d.code === 'boilerplate-removed')).toBe(false)
  })
})

describe("a portal's validity mark closing the title", () => {
  const page = (title: string) =>
    [title, '东府办〔2011〕89号', '各镇人民政府（街道办事处），市府直属各单位：', '现将《某市防震减灾规划》印发给你们，请认真贯彻执行。', '某市人民政府办公室', '2011年7月20日'].join('\n')

  it('is no part of the title, and is the document’s status', () => {
    const doc = parse(page('关于印发《某市防震减灾“十二五”规划》的通知(已失效)'))
    expect(doc.meta.title).toBe('关于印发《某市防震减灾“十二五”规划》的通知')
    expect(doc.meta.status).toBe('已失效')
    expect(doc.diagnostics.some((d) => d.code === 'title-validity-mark')).toBe(true)
    expect(parse(page('某市人民政府关于印发某市规划的通知【现行有效】')).meta.status).toBe('现行有效')
  })

  it('leaves a status the rule is named with, and a title naming validity in its words (guard)', () => {
    expect(parse(page('某市防震减灾管理办法（试行）')).meta.title).toBe('某市防震减灾管理办法（试行）')
    const doc = parse(page('关于延长某市防震减灾规划有效期的通知'))
    expect(doc.meta.title).toBe('关于延长某市防震减灾规划有效期的通知')
    expect(doc.meta.status).toBeNull()
  })
})
