import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Fixtures written in the format of county and city government sites' label tables (outside roles
// probe, test/gold/outside/outroles.md): two cells of the table on one line, labels spaced out to
// justify them, a bulleted table whose labels the grammar first lacked (公开范围, 公开方式).
const DIR = new URL('../fixtures/formats/tables/', import.meta.url).pathname
const fixture = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'))

describe('label tables of local government sites', () => {
  it('two cells on one line are two fields; the header 发文单位 completes the title issuer that drops its place', () => {
    const doc = fixture('two-cells.txt')
    expect(doc.meta.header?.fields).toMatchObject({ 索引号: '004512367/2025-00318', 文号: '青政办发〔2025〕7号', 主题分类: '粮食物资', 发文单位: '青川县人民政府办公室', 有效性: '有效' })
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2025〕7号')
    expect(doc.meta.issuers).toEqual(['青川县人民政府办公室'])
    expect(doc.meta.publishedDate).toBe('2025-04-09')
    // (发文日期 stands in for the 成文日期 the page does not print and no 落款 gives)
    expect(doc.meta.signedDate).toBe('2025-04-02')
    expect(doc.meta.title).toBe('县人民政府办公室关于印发2025年县级储备粮轮换工作方案的通知')
  })

  it('the docNumber cell keeps its own position in the input', () => {
    const text = readFileSync(join(DIR, 'two-cells.txt'), 'utf8')
    const doc = parse(text)
    const at = doc.meta.docNumber?.position
    expect(at?.start.line).toBe(2)
    expect(text.split('\n')[1].slice(at!.start.column - 1, at!.end.column - 1)).toBe('青政办发〔2025〕7号')
  })

  it('a bulleted table runs on past labels that fill no field, to the 文号 below them', () => {
    const doc = fixture('bulleted.txt')
    expect(doc.meta.docNumber?.normalized).toBe('松政〔2024〕3号')
    expect(doc.meta.publishedDate).toBe('2024-02-26')
    expect(doc.meta.issuers).toEqual(['松溪县人民政府'])
    expect(doc.tasks.map((t) => t.roles.map((r) => r.units.map((u) => u.name)))).toEqual([[['县林业局']]])
  })
})
