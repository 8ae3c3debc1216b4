import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside50's families (test/gold/outside/outside50.md), in fixtures of our own wording

describe('an order printed in one table cell, its 落款 closing the line after spaces', () => {
  const text =
    '某区人民政府森林防火禁火令\n|\n某区人民政府森林防火禁火令 (2025年第3号) 近期我区持续晴好天气，森林火险等级较高，为有效预防森林火灾，根据有关规定，区政府决定：从2025年2月1日至2月5日在全区范围内严禁一切野外用火（包括烧荒、烧田埂草等）。违令者，依法追究相关人员的法律责任。 某市某区人民政府 2025年1月30日 |\n'

  it('reads the issuer and the date of the 落款', () => {
    const doc = parse(text)
    expect([doc.meta.signedDate, doc.meta.issuers]).toEqual(['2025-01-30', ['某市某区人民政府']])
  })

  it('leaves a sentence that ends by naming a body and a date', () => {
    const doc = parse(`${'为做好森林防火工作，各乡镇要加强巡查，落实责任，确保不发生森林火灾。'.repeat(4)}本通知所称期限由某市某区人民政府 2025年1月30日起计算。\n`)
    expect(doc.meta.signedDate).toBeNull()
  })
})

describe('a day in brackets after the title', () => {
  it('is no part of the title, with or without its year', () => {
    for (const day of ['(7月2日)', '（2018年7月2日）']) {
      const doc = parse(`关于全省医疗机构费用监测情况的通报${day}\n各市州卫生健康委：\n现将监测情况通报如下：\n`)
      expect(doc.meta.title).toBe('关于全省医疗机构费用监测情况的通报')
    }
  })

  it('keeps a bracket that is the title’s own words', () => {
    const doc = parse('关于开展“119”消防宣传月（11月）活动的通知\n各乡镇：\n现将有关事项通知如下：\n')
    expect(doc.meta.title).toBe('关于开展“119”消防宣传月（11月）活动的通知')
  })
})
