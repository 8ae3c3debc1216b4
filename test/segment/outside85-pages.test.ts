import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside85's families (test/gold/outside/outside85.md), in fixtures of our own wording

describe("a policy database's labels each over its value, under the title", () => {
  const page = (date: string) =>
    `临川市人民政府关于印发临川市节水行动方案的通知\n\n发文字号:\n临政发〔2019〕7号\n公布时间:\n${date}\n效力位阶:\n地方规范性文件\n\n各县(区)人民政府:\n  现将《临川市节水行动方案》印发给你们，请认真贯彻执行。\n临川市人民政府\n2019年3月2日\n`

  it('reads every label with the line under it as its value', () => {
    const doc = parse(page('2019.03.11'))
    expect(doc.meta.publishedDate).toBe('2019-03-11')
    expect(doc.meta.level).toBe('地方规范性文件')
    expect(doc.meta.docNumber?.normalized).toBe('临政发〔2019〕7号')
    expect(doc.meta.signedDate).toBe('2019-03-02')
  })

  it('takes no label for a value: a label under an empty label is no value (guard)', () => {
    const doc = parse(page('效力位阶:'))
    expect(doc.meta.publishedDate).toBeNull()
  })
})

describe('a repost heading `字号《title》` whose title quotes a name', () => {
  it('writes the quoted name in 《》 again, as the title prints it', () => {
    const doc = parse(
      '临府办发〔2016〕10号《临川市人民政府办公厅关于印发〈临川市电子商务发展实施方案〉的通知》\n临府办发〔2016〕10号\n临川市人民政府办公厅关于印发《临川市电子商务发展实施方案》的通知\n各县(区)人民政府:\n经市政府同意，现将《临川市电子商务发展实施方案》印发给你们，请认真按照执行。\n临川市人民政府办公厅\n2016年3月23日\n临川市电子商务发展实施方案\n为加快电子商务发展，制定本实施方案。\n',
    )
    expect(doc.meta.title).toBe('临川市人民政府办公厅关于印发《临川市电子商务发展实施方案》的通知')
    expect(doc.documents?.[0]?.meta.title).toBe('临川市电子商务发展实施方案')
  })
})
