/**
 * Pieces of a 沿革 block that are no event of their own. A piece that moves the authority over some articles to another organ (…改由「X」管轄) is no
 * event of the text (blind-d: 6 false 公布 events in 5 of 10 texts; grammars/history.json
 * `authorityTransfers`); a joint (會銜) act names each organ (`issuer.jointOrders`, blind-d 2). Fixtures written for this test (test/fixtures/stages-d).
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

describe('a regulation repealed by a joint (會銜) act of three organs', () => {
  const doc = parse(fixtureText('stages-d/tw-joint-repeal.txt'))

  it('names every organ of the last entry as an issuer, in print order', () => {
    expect(doc.meta.issuers).toEqual(['環境部', '經濟部', '內政部'])
  })

  it('reads the two entries as history', () => {
    expect((doc.meta.history ?? []).map((h) => `${h.date} ${h.action}`)).toEqual(['2018-04-10 订定', '2024-06-20 废止'])
  })
})
