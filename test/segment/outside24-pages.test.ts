/**
 * Page heads of the outside probe by issuing sector (test/gold/outside/outside24.md): a county portal's
 * bordered label table printed under the title over more than two rows, rows with labels no field knows
 * among them. Fixtures are our own text in the pages' format.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a bordered label table under the title, read as far as its borders go', () => {
  const page = [
    '青溪县人民政府办公室关于印发《青溪县农村公路养护资金管理办法》的通知',
    '索引号 | qxx/2020-0112 | 公开目录: | 县政府办文件 |',
    '公开责任部门 | 青溪县人民政府办公室 | 公开形式: | 主动公开 |',
    '文号 | 青政办发〔2020〕41号 | 成文日期: | 2020年06月12日 |',
    '有效性 | 有效 | 公开日期: | 2020-06-15 09:10 |',
    '政策解读: |',
    '|',
    '各镇人民政府，县政府各工作部门：',
    '现将《青溪县农村公路养护资金管理办法》印发给你们，请遵照执行。',
    '青溪县人民政府办公室',
    '2020年6月12日',
    '',
  ].join('\n')

  it('takes the 字号 and the 公开日期 from the third and fourth rows, past a row of unknown labels', () => {
    const doc = parse(page)
    expect(doc.meta.title).toBe('青溪县人民政府办公室关于印发《青溪县农村公路养护资金管理办法》的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2020〕41号')
    expect(doc.meta.signedDate).toBe('2020-06-12')
    expect(doc.meta.publishedDate).toBe('2020-06-15')
  })

  it('reads no further than two unbordered lines under the title', () => {
    // (the same labels as plain lines after two others: a body paragraph, not the site table)
    const doc = parse('青溪县人民政府办公室关于做好汛期值班工作的通知\n各镇人民政府：\n现就有关事项通知如下。\n文号：青政办发〔2019〕7号\n青溪县人民政府办公室\n2019年5月6日\n')
    expect(doc.meta.publishedDate).toBeNull()
  })
})
