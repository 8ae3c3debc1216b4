import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { SourceText } from '../../src/text/source.js'
import { MappedText } from '../../src/text/mapped.js'
import { Diagnostics } from '../../src/text/diagnostics.js'
import { removePinyinAnnotations } from '../../src/normalize/pinyin.js'

const strip = (s: string) => removePinyinAnnotations(MappedText.identity(new SourceText(s)), new Diagnostics()).text
const fixture = readFileSync(new URL('../fixtures/outside26/toneless-pinyin.txt', import.meta.url), 'utf8')

describe('pinyin annotations without tone marks (outside26 03)', () => {
  it('removes toneless syllables after ideographs, repeated ones included', () => {
    expect(strip('數(shu)字強(qiang)(qiang)省建(jian)設,省(sheng)(sheng)(sheng)委(wei)')).toBe('數字強省建設,省委')
  })

  it('leaves a lone bracketed syllable and non-syllables alone', () => {
    expect(strip('面積(ha)與總量(km)')).toBe('面積(ha)與總量(km)')
    expect(strip('第(a)項、第(b)項、第(c)項、第(d)項')).toBe('第(a)項、第(b)項、第(c)項、第(d)項')
  })

  it('reads the title and the nested title as printed and the role units of a glossed notice', () => {
    const doc = parse(fixture)
    expect(doc.meta.title).toBe('臨江市城鄉建設領導小組辦公室關于印發《臨江市2024年老舊小區改造工作要點》的通知')
    expect(doc.diagnostics.some((d) => d.code === 'pinyin-removed')).toBe(true)
    const plan = doc.documents[0]
    expect(plan.meta.title).toBe('臨江市2024年老舊小區改造工作要點')
    const task = plan.tasks.find((t) => t.path.join('/') === '一/1')
    expect(task?.roles.map((r) => [r.role, r.units.map((u) => u.name)])).toEqual([['responsible', ['市住建局', '市财政局', '市规划局']]])
    expect(task?.deadlines.map((d) => d.date)).toEqual(['2024-12-31'])
  })
})
