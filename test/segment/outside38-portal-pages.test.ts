import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside38 probe (issue #11): whole portal pages saved by a public repository. Fixtures written for the test in the
// forms the draw met (own places, units and dates).
const fixture = (name: string) => {
  const path = new URL(`../fixtures/outside38/${name}`, import.meta.url)
  return parse(readFileSync(path), { path: path.pathname })
}

describe('the 落款 of a portal page, past the page tools and notes under it', () => {
  it('reads the date over a contact note, the issued plan under it, and the own-portal stamp', () => {
    const doc = fixture('portal-notice.html')
    expect([doc.meta.signedDate, doc.meta.issuers, doc.meta.publishedDate]).toEqual(['2026-04-20', ['某市某区教育局'], '2026-04-20'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['2026年某区幼儿园招生工作方案'])
  })

  it('reads the date over a normative-document platform’s 公开方式 line and its glued toolbar', () => {
    const doc = fixture('normative-platform.txt')
    expect([doc.meta.docNumber?.normalized, doc.meta.signedDate, doc.meta.issuers]).toEqual(['某民规字〔2025〕2号', '2025-05-30', ['某市民政局', '某市财政局']])
  })

  it('reads the 落款 above an attachment longer than the scan from the end (a table of hundreds of lines)', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i + 1}\n病种${i + 1}\n200元/月`).join('\n')
    const doc = parse(
      `某市医疗保障局关于印发门诊特定病种范围的通知\n各有关单位：\n一、门诊特定病种范围按附件执行。\n附件：门诊特定病种范围\n某市医疗保障局\n2019年6月14日\n附件\n门诊特定病种范围\n序号\n病种名称\n限额\n${rows}\n`,
    )
    expect([doc.meta.signedDate, doc.meta.issuers]).toEqual(['2019-06-14', ['某市医疗保障局']])
  })
})

describe('the stamp of an issuer’s own portal (header-labels.json portalStamp)', () => {
  const page = (source: string, issuers = '某市人民政府办公厅') =>
    parse(`${issuers}关于重新发布某市积分制入户管理办法的通知\n2025-07-05\n来源：\n${source}\n各区人民政府：\n　　现将有关事项通知如下。\n${issuers}\n2025年6月30日\n`)

  it('is the publication date when the source is the document’s one issuer', () => {
    expect(page('某市人民政府办公厅').meta.publishedDate).toBe('2025-07-05')
  })

  it('is none when the source is another body', () => {
    expect(page('某市新闻网').meta.publishedDate).toBeNull()
  })

  // Decided in the forty-third session on the outside gold's evidence: a stamp naming one of a joint notice's issuers is
  // that issuer's own portal on four annotated pages (outside60 09 and 11, outside102 05, outside114 05) and a repost on
  // none with a labelled source (outside32 12's industry site printed `安徽省生态环境厅 · 2025-08-11`, no 来源 label).
  it('is the publication date when the source names one of several issuers in full', () => {
    expect(page('某市人民政府办公厅', '某市人民政府办公厅 某市财政局').meta.publishedDate).toBe('2025-07-05')
  })
})
