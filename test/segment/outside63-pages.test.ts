import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside63's family A (test/gold/outside/outside63.md), in fixtures of our own wording

describe("a site's source and date printed after the title on its line", () => {
  const page = (first: string) =>
    `${first}\n  目录\n  前言\n  第一章 水资源及开发利用现状\n  前言\n  第一章 水资源及开发利用现状\n  第一节 水资源状况及特点\n  一、水资源量\n  某市境内多年平均降水585毫米。\n`

  it('reads the title without the stamp', () => {
    const doc = parse(page('某市“十二五”时期水资源保护及利用规划 来源:某市发展和改革委员会网站    日期:2011-09-08'))
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某市“十二五”时期水资源保护及利用规划', '规划'])
  })

  it('leaves a title that prints no stamp as it is', () => {
    expect(parse(page('某市“十二五”时期水资源保护及利用规划')).meta.title).toBe('某市“十二五”时期水资源保护及利用规划')
  })
})
