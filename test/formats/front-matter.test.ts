import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { frontMatterEnd, looksLikeHtml } from '../../src/formats/sniff.js'

// Issue #11, outside67 (files34b): a static site's page source (Jekyll: front matter `---` / `layout: …` / `title: …` /
// `---`, then the layout's markup) holding a whole local notice. The front matter is the site's settings, not the
// document; the document's title and 字号 stand in the article's own <header>. Pages written for the test in that
// form (own wording).
const page = (body: string, title = '青溪市支持小微创业若干措施') => `---\nlayout: default\ntitle: ${title}\n---\n\n<style>\n  .policy-header { margin: 0; }\n</style>\n${body}`
const notice = page(`<article class="article-container">
  <header class="policy-header">
    <h1 class="policy-title">青溪市人民政府办公室关于印发青溪市支持小微创业若干措施的通知</h1>
    <div class="policy-doc-no">青政办发〔2026〕3号</div>
  </header>
  <div class="policy-body">
<h2>一、强化场地保障</h2>
<p>（一）建设创业社区。支持各区盘活闲置楼宇建设创业社区。（责任单位：市经信局、市发改委。列第一位的为牵头单位，下同）</p>
<p>（二）提供线上服务。依托市企业服务平台设立创业服务专区。（责任单位：市数据局、市市场监管局）</p>
<h2>二、加大资金支持</h2>
<p>（三）落实创业补贴。对符合条件的创业者给予一次性补贴。（责任单位：市人社局）</p>
  </div>
</article>`)

describe('frontMatterEnd', () => {
  it.each([
    ['---\nlayout: default\ntitle: 某某措施\n---\n<article>…', 36],
    ['\uFEFF---\r\ntitle: 某某\r\n---\r\n<p>正文</p>', 22],
    ['---\n一、总则\n---\n', 0],
    ['一、总则\n---\nlayout: default\n---\n', 0],
    ['---\nlayout: default\n', 0],
  ])('%j → %s', (input, expected) => {
    expect(frontMatterEnd(input)).toBe(expected)
  })
})

describe('a static site page with front matter', () => {
  it('is sniffed as HTML when markup follows the front matter; Markdown under front matter is not', () => {
    expect(looksLikeHtml(notice)).toBe(true)
    expect(looksLikeHtml('---\ntitle: 某某办法\n---\n# 某某办法\n第一条 为了规范管理，制定本办法。')).toBe(false)
  })

  it("reads the article's header and nests the items under their sections (roles on 一/（一）, not on 一)", () => {
    const doc = parse(new TextEncoder().encode(notice), { path: 'page.html' })
    expect(doc.meta.title).toBe('青溪市人民政府办公室关于印发青溪市支持小微创业若干措施的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2026〕3号')
    expect(doc.tasks.map((t) => t.path.join('/'))).toEqual(['一/（一）', '一/（二）', '二/（三）'])
    expect(doc.tasks[0].roles.find((r) => r.role === 'lead')?.units.map((u) => u.name)).toEqual(['市经信局'])
    // no front matter line in the text: the title holds none of it
    expect(doc.meta.title).not.toMatch(/layout|---/)
  })

  it('keeps offsets in the source: the first section points at its <h2> text', () => {
    const doc = parse(new TextEncoder().encode(notice), { path: 'page.html', format: 'html' })
    const at = doc.clauses[0].position?.start.offset ?? -1
    expect(notice.slice(at).startsWith('一、强化场地保障')).toBe(true)
  })
})

describe('guards', () => {
  it('a page-level <header> (the site banner) is still dropped', () => {
    const html = `<html><body><header><div>青溪市人民政府门户网站</div></header><article><h1>青溪市某某办法</h1><p>第一条 为了规范管理，制定本办法。</p></article></body></html>`
    const doc = parse(new TextEncoder().encode(html), { path: 'p.html' })
    expect(doc.meta.title).toBe('青溪市某某办法')
  })

  it('an HTML page without front matter reads as before', () => {
    const html = '<!DOCTYPE html><html><body><h1>青溪市某某办法</h1><p>第一条 为了规范管理，制定本办法。</p></body></html>'
    const doc = parse(new TextEncoder().encode(html), { path: 'p.html' })
    expect(doc.meta.title).toBe('青溪市某某办法')
  })
})
