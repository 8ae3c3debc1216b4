import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside88's family (test/gold/outside/outside88.md), in a fixture of our own wording

describe("a portal's heading naming the issued plan, its 【】 stamp, then the notice's title broken over two lines", () => {
  const page = (stamp: string) =>
    `临川市生态环境保护 “十四五”规划\n${stamp}\n  临川市人民政府办公室关于印发\n《临川市生态环境保护“十四五”规划》的通知\n临政办发〔2021〕95号\n各县(区)人民政府，市政府各部门：\n  经市人民政府同意，现将《临川市生态环境保护“十四五”规划》印发给你们，请认真组织实施。\n 2021年5月27日\n此件公开发布\n序    言\n  “十四五”时期是我市生态环境保护的关键时期。\n`

  it('reads the notice under the heading as the document', () => {
    const doc = parse(page('【发布时间:2021年06月27日】  【来源:市政府网站】  【 】  【打印】'))
    expect(doc.meta.title).toBe('临川市人民政府办公室关于印发《临川市生态环境保护“十四五”规划》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['临川市人民政府办公室'])
  })

  it('keeps the heading when the line under it is no stamp (guard)', () => {
    const doc = parse(page('【相关阅读:市生态环境局发布年度报告】'))
    expect(doc.meta.title).toBe('临川市生态环境保护“十四五”规划')
  })
})
