/**
 * A 沿革 entry that prints its month only (`1.中華民國五十五年七月內政部會同…訂定`): 14 Taiwan exports in the bulk set
 * open their history so, and the entry was lost (its date matched no full date, so the piece was no event), which left
 * the month unexplained in the date sweep. The entry is kept with its action and number, its date unknown (null); a
 * month-only date inside an entry is no event of its own. Fixture of our own in the mojLaw export's shape.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const text = [
  '青溪港區兒童交換訪問辦法',
  '法規性質：命令',
  '法規類別：行政＞內政部＞社會目',
  '最新異動日期：20210629',
  '沿革：',
  '1.中華民國五十五年七月內政部（55）台內社字第 8812 號令會同教育部、外交部',
  '  訂定',
  '2.中華民國九十年三月五日內政部台內社字第 9000123 號令修正發布；並自九十年四',
  '  月施行',
  '3.中華民國一百十年六月二十九日內政部台內團字第 1100281075 號令發布廢止',
  '第 1 條',
  '本辦法依兒童福利法第十條訂定之。',
  '',
].join('\n')

describe('a 沿革 entry dated by its month only', () => {
  const doc = parse(text)

  it('is an entry of its own, its date unknown, its number read', () => {
    expect((doc.meta.history ?? []).map((h) => `${h.date} ${h.action} ${h.docNumber ?? ''}`)).toEqual([
      'null 订定 （55）台内社字第8812号',
      '2001-03-05 修正 台内社字第9000123号',
      '2021-06-29 废止 台内团字第1100281075号',
    ])
  })

  it('a month-only date inside an entry (並自九十年四月施行) opens no event', () => {
    expect((doc.meta.history ?? []).filter((h) => h.action === '施行')).toEqual([])
  })

  it('the repeal still decides the status', () => {
    expect(doc.meta.status).toBe('已废止')
  })
})
