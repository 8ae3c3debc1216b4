/**
 * A 沿革 piece that moves the authority over some articles to another organ (…改由「X」管轄) is no
 * event of the text (blind-d: 6 false 公布 events in 5 of 10 texts; grammars/history.json
 * `authorityTransfers`). Fixture written for this test (test/fixtures/stages-d).
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
