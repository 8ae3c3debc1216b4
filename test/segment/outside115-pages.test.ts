import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside115's page forms (test/gold/outside/outside115.md), in fixtures of our own wording

describe('a document-sharing preview: slogan, file names, page count and a read-more prompt over the text', () => {
  const preview = (firstLine: string) =>
    parse(
      `ABC文库 - 海量文档，一键下载。\n\n青溪县抗旱应急预案.docx\n\nmaple12 页 38.5 KB下载文档\n青溪县抗旱应急预案.docx青溪县抗旱应急预案.docx青溪县抗旱应急预案.docx\n当前文档共12页 1.50\n下载后继续阅读\n\n${firstLine}\n`,
    )

  it('reads the plan’s title where its first numbered section runs on after it', () => {
    const doc = preview('青溪县抗旱应急预案 1 总则 1.1 编制目的 为做好抗旱工作，减少旱灾损失，制定本预案。 1.2 适用范围 本预案适用于全县旱灾防御。')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['青溪县抗旱应急预案', '应急预案'])
  })

  it('reads it where the section is numbered in Chinese', () => {
    expect(preview('青溪县抗旱应急预案 一、总则 （一）编制目的 为做好抗旱工作，制定本预案。').meta.title).toBe('青溪县抗旱应急预案')
  })

  it('a plan printed with its title and first section on lines of their own reads as before (guard)', () => {
    const doc = parse('青溪县抗旱应急预案\n1 总则\n1.1 编制目的\n为做好抗旱工作，制定本预案。\n')
    expect(doc.meta.title).toBe('青溪县抗旱应急预案')
  })
})

describe('a yearly document opening by reviewing the year’s 主要工作成效', () => {
  const yearly = (heading: string) =>
    parse(
      `青溪市水务局2022年工作要点\n${heading}\n2021年，全市水务系统完成各项重点任务。年底前新建供水管线120公里，受益人口超过20万人。\n二、2022年重点任务\n（一）2022年6月底前完成水源地保护区划定。\n`,
    )

  it('takes the review’s year-end for an event, not a due date', () => {
    const due = yearly('一、2021年水务主要工作成效').tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))
    expect(due).toEqual(['2022-06-30'])
  })

  it('a heading that sets the year’s work keeps its year-end due (guard)', () => {
    const due = yearly('一、2021年水务主要工作安排').tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))
    expect(due).toContain('2021-12-31')
  })
})
