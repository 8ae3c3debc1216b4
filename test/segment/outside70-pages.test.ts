import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside70's family (test/gold/outside/outside70.md), in fixtures of our own wording

describe('a flattened notice whose 落款 prints only its date, glued after 特此通知', () => {
  const page = (year: string) =>
    `东湖区人民政府关于印发东湖区文化发展"十二五"规划的通知\n政策\n发布部门:信息补充中\n各街道办事处,区政府各委、办、局,有关单位:现将《东湖区文化发展“十二五”规划》印发给你们,请认真遵照执行。特此通知${year}年十一月二十五日东湖区文化发展“十二五”规划为进一步明晰文化工作在新时期的目标与任务,特制定本规划。一、“十一五”回顾(一)发展成效“十一五”期间,文化事业取得显著进步,公共文化设施不断完善,群众文化活动日益丰富。`

  it('reads the date as the signing date and the plan after it as the issued text', () => {
    const doc = parse(page('二〇一一'))
    expect([doc.meta.signedDate, doc.meta.issuers, doc.documents.map((d) => [d.meta.title, d.meta.docType])]).toEqual(['2011-11-25', ['东湖区人民政府'], [['东湖区文化发展“十二五”规划', '规划']]])
  })

  it('reads a year printed with a look-alike zero (Cyrillic О) the same', () => {
    expect(parse(page('二О一一')).meta.signedDate).toBe('2011-11-25')
  })

  it('leaves a 特此通知 in running text with no date after it alone', () => {
    const doc = parse(page('二〇一一').replace('特此通知二〇一一年十一月二十五日', '特此通知。'))
    expect(doc.meta.signedDate).toBeNull()
  })
})
