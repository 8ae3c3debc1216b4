import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { genreFromBody } from '../../src/text/genre.js'
import { CORPUS } from '../helpers.js'

const policy = (prefix: string) => parse(readFileSync(join(CORPUS, 'policy', readdirSync(join(CORPUS, 'policy')).find((f) => f.startsWith(prefix))!), 'utf8'))

describe('docType of body-only exports, from the body', () => {
  it.each([
    ['politic_analysis_2025__shandong_047', '行动计划'], // …制定本行动计划。
    ['politic_analysis_2025__shandong_015', '实施方案'], // …制定本实施方案。
    ['politic_analysis_2025__shandong_001', '意见'], // 现就…提出以下意见
    ['politic_analysis_2025__shandong_010', '计划'], // …制定本计划。
    ['politic_analysis_2025__shandong_005', '指导意见'],
  ])('%s → %s', (prefix, genre) => {
    const doc = policy(prefix)
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe(genre)
  })

  it.each([
    ['为加快全市人工智能产业创新发展，制定本行动计划。', '行动计划'],
    ['结合我省实际，特制定本实施方案。', '实施方案'],
    ['经省政府同意，现提出如下意见：', '意见'],
    ['现将有关事项通知如下：', '通知'],
    ['依据本法，制定本办法。', '办法'],
    ['为推进工作，根据有关规定，提出如下要求。', null],
  ])('%s → %s', (text, genre) => expect(genreFromBody(text)).toBe(genre))

  it('a document with a title keeps the genre of its title', () => {
    expect(policy('govcn_platform1__7_').documents[0].meta.docType).toBe('工作方案')
  })
})

describe('organization statutes take the name type, not 组织', () => {
  it('組織規程 is a 规程 and 組織通則 a 通则 (中央法規標準法 §3 names the type; 組織 is the subject)', () => {
    // titles from the bulk mojlaw_tw set (A0010005, and a 組織通則 of the same form)
    expect(parse('國民大會秘書處組織規程\n第一條 本規程依國民大會組織法訂定之。\n').meta.docType).toBe('规程')
    expect(parse('國民大會秘書處組織通則\n第一條 本通則依國民大會組織法訂定之。\n').meta.docType).toBe('通则')
  })
})
