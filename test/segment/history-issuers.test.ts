import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { issuersOfEvent } from '../../src/segment/history.js'

const TEXTS = new URL('../gold/blind/texts/', import.meta.url)
const blind = (prefix: string) => readFileSync(new URL(readdirSync(TEXTS).find((f) => f.startsWith(prefix))!, TEXTS), 'utf8')

describe('issuers read from a law history', () => {
  it('names the organ of one event, without term, session or order number', () => {
    expect(issuersOfEvent('鹤壁市第十一届人民代表大会常务委员会第一次会议通过')).toEqual(['鹤壁市人民代表大会常务委员会'])
    expect(issuersOfEvent('国务院第16次常务会议通过')).toEqual(['国务院'])
    expect(issuersOfEvent('中华人民共和国国务院令第167号发布')).toEqual(['国务院'])
    expect(issuersOfEvent('国务院、中央军事委员会发布')).toEqual(['国务院', '中央军事委员会'])
    expect(issuersOfEvent('内政部（88）台内社字第8896543号令订定发布全文11条', '（88）台内社字第8896543号')).toEqual(['内政部'])
    expect(issuersOfEvent('《国务院关于废止和修改部分行政法规的决定》第一次修订')).toEqual([])
    expect(issuersOfEvent('根据2016年3月30日山东省第十二届人民代表大会常务委员会第二十次会议修正')).toEqual([])
  })

  it('a joint order of the State Council and the CMC: both organs and the whole order number (lawrefbook, 1993)', () => {
    const doc = parse('军队转业干部安置暂行办法\n\n1993年9月11日 中华人民共和国国务院、中华人民共和国中央军事委员会令第128号发布\n\n第一条 为了做好军队转业干部安置工作，制定本办法。\n')
    expect(doc.meta.history?.map((h) => [h.date, h.action, h.docNumber])).toEqual([['1993-09-11', '公布', '中华人民共和国国务院、中华人民共和国中央军事委员会令第128号']])
    expect([...doc.meta.issuers].sort()).toEqual(['中央军事委员会', '国务院'])
  })

  it('a city regulation is issued by the congress that adopted it, not the province that approved it (鹤壁市地下水保护条例)', () => {
    expect(parse(blind('10-')).meta.issuers).toEqual(['鹤壁市人民代表大会常务委员会'])
  })

  it('an administrative regulation by the State Council order that published it (民办非企业单位登记管理暂行条例)', () => {
    expect(parse(blind('14-')).meta.issuers).toEqual(['国务院'])
  })

  it('a Taiwan order by the ministry of its last amendment, as printed in traditional characters (私立老人福利機構接管辦法)', () => {
    const doc = parse(blind('17-'))
    expect(doc.meta.issuers).toEqual(['內政部'])
    expect(doc.meta.history?.map((h) => h.action)).toEqual(['订定', '修正', '修正'])
  })
})
