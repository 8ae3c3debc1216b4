import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { genreOf, isTitleLike } from '../../src/text/genre.js'

// outside10 probe (issue #11), page 05: a county notice issuing a `…工作安排`; the bulk corpus holds 12
// judicial interpretations titled `最高人民法院关于内地与香港特别行政区…的安排` / `…的补充安排`. 安排 is a
// genre only after 工作 / 的 / 补充 (grammars/genres.json `after`): 时间安排 and 进度安排 are column words
// and section headings. Fixture written in 05's form (own county, subject, dates). Since the forty-eighth session
// 工作安排 is one genre word, as 工作计划 and 工作要点 are (outside153 06 and outside154 07, two helpers' annotations), bound
// the same way: the issued `…工作安排` is typed 工作安排.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leftfam8/${name}`, import.meta.url), 'utf8')

describe('安排 as a genre word', () => {
  it('types the issued 工作安排 as one genre word and keeps the notice a 通知', () => {
    const doc = parse(fixture('work-arrangement.txt'))
    expect(doc.meta.title).toBe('临颍县人民政府办公室关于印发临颍县2021年度优化营商环境工作安排的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['临颍县2021年度优化营商环境工作安排', '工作安排']])
    // the heading 二、时间安排 stays a clause of the arrangement, no document of its own
    expect(doc.documents[0].clauses.map((c) => c.path.join('/'))).toEqual(['一', '二'])
  })
  it('ends a title only after a subject (安排 after 的 or 补充, 工作安排 as one word)', () => {
    expect(genreOf('最高人民法院关于内地与香港特别行政区相互执行仲裁裁决的安排')).toBe('安排')
    expect(genreOf('最高人民法院关于内地与香港特别行政区相互执行仲裁裁决的补充安排')).toBe('安排')
    expect(genreOf('西平县2020年度法治政府建设工作安排')).toBe('工作安排')
    for (const t of ['时间安排', '进度安排', '工作安排', '三、工作安排', '（二）工作安排', '重点工作进度安排']) expect(genreOf(t)).toBeNull()
    expect(isTitleLike('进度安排')).toBe(false)
  })
})
