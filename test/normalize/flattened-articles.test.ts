import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { flattenedArticleBreaks } from '../../src/normalize/flattened-articles.js'
import { countRegexWork } from '../parse/fuzz-checks.js'

// A law run into one paragraph with its punctuation scrambled against copying (outside49 05's form, our own wording):
// commas, 、 and full stops swapped, spaces typed in, every article after the one before on one line.
const SCRAMBLED =
  '第一章,总则第一条、为了加强城区河道管理.改善水环境,发挥河道功能、根据有关法律 行政法规 结合本市实际,制定本条例、' +
  '第二条,在本市城区从事河道整治。河道保护,河道工程管理及相关活动,应当遵守本条例。第三条,河道管理应当遵循统一规划.分级管理 科学利用的原则 ' +
  '第四条,市人民政府应当加强对河道管理工作的领导,建立河道保护与利用相结合的综合治理机制.改善水环境 ' +
  '第五条。市水行政主管部门是本市河道管理的主管部门,市河道管理处具体负责城区河道的日常管理工作 各区人民政府应当按照职责做好辖区内河道的有关工作.' +
  '第六条 市水行政主管部门应当根据河道综合治理规划,编制河道整治和岸线利用专业规划、'

describe('a law run into one paragraph with its punctuation scrambled', () => {
  it('reads its chapter and every article, and a role lands on its article', () => {
    const doc = parse(SCRAMBLED)
    const articles = doc.clauses.flatMap((c) => [c.marker, ...(c.children ?? []).map((k) => `${c.marker}/${k.marker}`)])
    expect(articles).toEqual(['第一章', '第一章/第一条', '第一章/第二条', '第一章/第三条', '第一章/第四条', '第一章/第五条', '第一章/第六条'])
    expect(doc.tasks.find((t) => t.path.join('/') === '第一章/第五条')?.roles.map((r) => [r.role, r.units.map((u) => u.name)])).toContainEqual(['responsible', ['市河道管理处']])
  })

  it('leaves cross-references in a paragraph as text', () => {
    const text = `${'违反本条例第二条、第三条、第四条规定的，由市水行政主管部门责令改正；依照第三条至第五条的规定处理。'.repeat(3)}前款所称单位适用第二条第一款。`
    expect(flattenedArticleBreaks(text, 0, text.length).breaks).toEqual([])
  })

  it('stays linear on a line of many articles (counted regex work)', () => {
    const line = (n: number) => Array.from({ length: n }, (_, k) => `第${k + 1}条、本市河道管理工作依照本条例执行。`).join('')
    const a = countRegexWork(() => parse(line(500)))
    const b = countRegexWork(() => parse(line(4000)))
    expect(b.work.scanned).toBeLessThanOrEqual(12 * a.work.scanned)
  })
})

describe('an article listing cross-references with their subjects', () => {
  it('is not split at them', () => {
    const text =
      '中央主管机关得将第八条验证机构管理、第九条抽验与市场查验、第十二条作业环境监测机构之管理、查核与监测结果之通报、第十三条新化学物质之登记与报告之审查、第十四条管制性化学品之许可与优先管理化学品之运作资料之备查等业务，委托相关专业团体办理。'
    expect(flattenedArticleBreaks(text, 0, text.length).breaks).toEqual([])
  })
})
