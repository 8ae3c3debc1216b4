import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// A speech or report titled by its theme, with no genre word, then the line addressing its hearers.
describe('a title line right above the salutation', () => {
  it('a theme title over 同志们： is the title', () => {
    const doc = parse('坚持改革创新 奋力开创县域经济发展新局面\n\n同志们：\n\n现在，我代表县委常委会向全会作工作报告。\n一、过去一年的工作\n一年来，全县经济稳中有进。\n')
    expect(doc.meta.title).toBe('坚持改革创新奋力开创县域经济发展新局面')
  })

  it('joined salutations (同志们、朋友们：) and a comma inside the title', () => {
    const doc = parse('凝心聚力抓落实，奋发有为谱新篇\n同志们、朋友们：\n这次会议的主要任务是总结工作、部署任务。\n')
    expect(doc.meta.title).toBe('凝心聚力抓落实，奋发有为谱新篇')
  })

  it('a speaker line or a dated venue line above 各位代表： is no title', () => {
    expect(parse('市长 张明远\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n').meta.title).toBeNull()
    expect(parse('（2024年1月15日在某市第十七届人民代表大会第三次会议上）\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n').meta.title).toBeNull()
  })
})
