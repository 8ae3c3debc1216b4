/**
 * Pieces of a 沿革 block that are no event of their own. A piece that moves the authority over some articles to another organ (…改由「X」管轄) is no
 * event of the text (blind-d: 6 false 公布 events in 5 of 10 texts; grammars/history.json
 * `authorityTransfers`); an order that only releases an effective date (…號令發布該次公布之條文，定自…施行) is
 * one 施行 event (`releaseOrderAction`, blind-d 7); a joint (會銜) act names each organ (`issuer.jointOrders`, blind-d 2). Fixtures written for this test (test/fixtures/stages-d).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

describe('a Taiwan regulation whose 沿革 holds an authority transfer between two entries', () => {
  const doc = parse(fixtureText('stages-d/tw-authority-transfer.txt'))

  it('keeps the two entries and drops the transfer', () => {
    expect((doc.meta.history ?? []).map((h) => `${h.date} ${h.action}`)).toEqual(['2018-05-09 订定', '2021-03-04 修正'])
  })

  it('takes the issuer and the publication from the entries, not from the transfer', () => {
    expect(doc.meta.issuers).toEqual(['內政部'])
    expect(doc.meta.publishedDate).toBe('2018-05-09')
  })
})

describe('an order that releases articles promulgated before and fixes their effective date', () => {
  const doc = parse(fixtureText('stages-d/tw-release-order.txt'))

  it('is one 施行 event dated by the effective date, not a 公布 of its own', () => {
    expect((doc.meta.history ?? []).map((h) => `${h.date} ${h.action}`)).toEqual(['2002-05-08 制定', '2002-07-01 施行', '2019-06-12 修正'])
  })

  it('keeps the order number on that event and the law’s issuer', () => {
    expect(doc.meta.history?.[1]?.docNumber).toBe('（91）台卫字第0910030000号')
    expect(doc.meta.issuers).toEqual(['總統'])
  })
})

describe('a regulation repealed by a joint (會銜) act of three organs', () => {
  const doc = parse(fixtureText('stages-d/tw-joint-repeal.txt'))

  it('names every organ of the last entry as an issuer, in print order', () => {
    expect(doc.meta.issuers).toEqual(['環境部', '經濟部', '內政部'])
  })

  it('reads the two entries as history', () => {
    expect((doc.meta.history ?? []).map((h) => `${h.date} ${h.action}`)).toEqual(['2018-04-10 订定', '2024-06-20 废止'])
  })
})
