/**
 * Families of the metadata audit's second round and those left open by the first (test/gold/audit/README.md,
 * "Metadata audit, round 2"), each on a fixture of our own in the format of its source.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { historyEvents } from '../../src/segment/history.js'
import { fixtureText } from '../helpers.js'

const tw = (name: string) => parse(fixtureText(`formats/history/${name}.txt`))

describe('meta2: a Taiwan order serial with a digit in its word', () => {
  it('勞動部勞動發能 3 字第…號: the organ is read, and the number keeps its digit', () => {
    const doc = tw('tw-labour-serial')
    expect(doc.meta.issuers).toEqual(['勞動部'])
    expect(doc.meta.history?.map((h) => h.docNumber)).toEqual(['劳职2字第0920021456号', '劳职2字第0980005123号', '劳动发能3字第1110503398号'])
    expect(doc.meta.publishedDate).toBe('2003-06-10')
  })

  it('a commission under 行政院 opening such a number is the issuer, not 行政院', () => {
    const [repeal] = historyEvents('4.中華民國一百零三年二月十五日行政院勞工委員會勞人 1  字第 1030100169 號令發布廢止', 0)
    expect(repeal.issuers).toEqual(['行政院勞工委員會'])
    expect(repeal.docNumber).toBe('勞人1字第1030100169號')
  })
})
