import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * A gazette column's heading printing the 字号 after the title on its line, over the portal's stamp
 * (`…规划的通知 琼府办〔2016〕307号` ⏎ `来源:… 发布日期:…`, outside203 02): the title ends at its genre word and the
 * number is the document's. A fixture of our own wording in the page's shape.
 */
const page = (heading: string) =>
  parse(
    [
      '首页 >>> 青溪公报 >>> 青溪市人民政府办公室文件',
      '',
      heading,
      '',
      '  • 来源:青溪市人民政府公报编辑室   发布日期:2017-02-10 15:16:05',
      '  • 编辑:王明',
      '',
      '各区人民政府，市政府直属各单位：',
      '  《青溪市应急体系建设“十三五”规划》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '青溪市人民政府办公室',
      '2016年12月17日',
      '青溪市应急体系建设“十三五”规划',
      '一、现状和形势',
    ].join('\n'),
  )

describe("a heading with the 字号 after the title, over the portal's stamp", () => {
  it('takes the title without the number and the number as the 字号', () => {
    const doc = page('青溪市人民政府办公室关于印发青溪市应急体系建设“十三五”规划的通知 青府办〔2016〕307号')
    expect(doc.meta.title).toBe('青溪市人民政府办公室关于印发青溪市应急体系建设“十三五”规划的通知')
    expect(doc.meta.docNumber?.raw).toBe('青府办〔2016〕307号')
  })

  it('leaves a heading without a number as printed', () => {
    const doc = page('青溪市人民政府办公室关于印发青溪市应急体系建设“十三五”规划的通知')
    expect(doc.meta.title).toBe('青溪市人民政府办公室关于印发青溪市应急体系建设“十三五”规划的通知')
    expect(doc.meta.docNumber).toBeNull()
  })
})
