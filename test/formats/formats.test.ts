import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { SourceText } from '../../src/text/source.js'
import type { MappedText } from '../../src/text/mapped.js'
import { formatFromPath, htmlToText, markdownToText, toPlainText } from '../../src/formats/index.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'batch', 'inputs')
const corpus = join(import.meta.dirname, '..', '..', 'corpus')
const read = (p: string) => readFileSync(p, 'utf8')

/** Every extracted character other than a line break sits at its origin in the original (or is an entity's decoding). */
function charsAtOrigin(view: MappedText): { mismatches: number; entities: number } {
  let mismatches = 0
  let entities = 0
  for (let i = 0; i < view.text.length; i++) {
    const ch = view.text[i]
    if (ch === '\n') continue
    const o = view.origin[i]
    if (view.source.text[o] === ch) continue
    if (view.source.text[o] === '&') entities++
    else mismatches++
  }
  return { mismatches, entities }
}

/** The original text behind each line of the view. */
function lineAt(view: MappedText, line: string): string {
  const i = view.text.indexOf(line)
  expect(i, `line not in view: ${line}`).toBeGreaterThanOrEqual(0)
  return view.originalSlice(i, i + line.length)
}

describe('markdownToText', () => {
  const md = read(join(fixtures, 'notice.md'))
  const view = markdownToText(new SourceText(md))
  const original = read(join(corpus, 'policy', 'govcn_platform1__40_国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知.txt'))

  it('gives each block its own line without Markdown syntax (国发〔1981〕88号)', () => {
    const lines = view.text.split('\n')
    expect(lines).toContain('国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知')
    expect(lines).toContain('国发〔1981〕88号')
    expect(lines).toContain('一、关于棉粮挂钩的奖售基数问题。')
    expect(lines).toContain('二、关于棉粮、糖粮挂钩奖售粮的供应价格和经营费用负担问题。')
    expect(view.text).not.toMatch(/[#*|]/)
    // the body paragraphs are the corpus text, verbatim
    for (const para of ['各省、市、自治区人民政府，国务院有关部委、直属机构：', '奖售粮的供应价格一律按统购价执行。经营费用和亏损，列入粮食企业亏损，由地方财政统一拨补。', '一九八一年五月二十三日']) {
      expect(original).toContain(para)
      expect(lines).toContain(para)
    }
  })

  it('turns table cells into lines: label, then value (gov.cn header form)', () => {
    const lines = view.text.split('\n')
    const i = lines.indexOf('发文字号：')
    expect(i).toBeGreaterThan(0)
    expect(lines[i + 1]).toBe('国发〔1981〕88号')
    // the escaped backslash of 农业、林业、水利\农业 is one character in the view
    expect(lines).toContain('农业、林业、水利\\农业、畜牧业、渔业')
  })

  it('maps every character into the .md', () => {
    expect(charsAtOrigin(view)).toEqual({ mismatches: 0, entities: 0 })
    const heading = '一、关于棉粮挂钩的奖售基数问题。'
    const at = view.text.indexOf(heading)
    expect(view.position(at, at + 2).start.offset).toBe(md.indexOf('## 一、') + 3)
    expect(lineAt(view, heading)).toBe(heading)
    expect(lineAt(view, '国发〔1981〕88号\n各省')).toBe('国发〔1981〕88号**\n\n各省')
    expect(view.position(at, at + 1).start.line).toBe(md.slice(0, md.indexOf('## 一、')).split('\n').length)
  })

  it('keeps ordered-list numbers as printed so they read as clause markers (seed 000, 四、任务分工)', () => {
    const seed = read(join(corpus, 'seeds', '000_092bc4e14f6ac43b.txt'))
      .split('\n')
      .map((l) => l.trim())
    const items = seed.filter((l) => /^[1-4]\./.test(l)).map((l) => l.slice(2, l.indexOf('。') + 1))
    expect(items).toEqual(['推动科学立法。', '维护法律权威。', '推进公正廉洁司法。', '深入推进依法行政。'])
    const doc = `## 四、任务分工\n\n### (一)完善平安深圳法治体系。\n\n${items.map((t, i) => `${i + 1}. ${t}`).join('\n')}\n\n- 责任单位\n`
    const v = markdownToText(new SourceText(doc))
    expect(v.text).toBe('四、任务分工\n(一)完善平安深圳法治体系。\n1.推动科学立法。\n2.维护法律权威。\n3.推进公正廉洁司法。\n4.深入推进依法行政。\n责任单位')
    const three = v.text.indexOf('3.')
    expect(doc.slice(v.originalStart(three), v.originalEnd(three, three + 2))).toBe('3.')
    expect(charsAtOrigin(v).mismatches).toBe(0)
  })

  it('maps escapes, entities and continuation lines', () => {
    const doc = '> 落实\\*责任&amp;分工\n> 续行 `国发〔1981〕88号`'
    const v = markdownToText(new SourceText(doc))
    expect(v.text).toBe('落实*责任&分工\n续行 国发〔1981〕88号')
    expect(doc[v.origin[v.text.indexOf('*')]]).toBe('*')
    expect(doc.slice(v.origin[v.text.indexOf('&')])).toMatch(/^&amp;/)
    expect(doc[v.origin[v.text.indexOf('续')]]).toBe('续')
  })
})

describe('htmlToText', () => {
  const html = read(join(fixtures, 'notice.html'))
  const view = htmlToText(new SourceText(html))
  const original = read(join(corpus, 'policy', 'govcn_platform1__59_国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知.txt'))

  it('drops scripts, styles, head, navigation, header, footer, aside, noscript and iframes', () => {
    for (const junk of ['统计代码', '客服热线', '政策', '相关链接', '版权所有', '扫一扫', 'font-size', '政府信息公开专栏']) {
      expect(view.text).not.toContain(junk)
    }
  })

  it('gives the notice body line by line as in the corpus (国办函〔2018〕74号)', () => {
    const lines = view.text.split('\n')
    const start = lines.indexOf('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：')
    expect(start).toBeGreaterThan(0)
    const body = lines.slice(start).join('\n')
    const from = original.indexOf('各省、自治区、直辖市人民政府')
    const to = original.indexOf('（此件公开发布）') + '（此件公开发布）'.length
    expect(body).toBe(original.slice(from, to))
    // the gov.cn metadata table reads label line, value line, as the corpus text does
    expect(view.text.startsWith(original.slice(0, original.indexOf('主 题 词：')).trimEnd())).toBe(true)
  })

  it('maps every character into the HTML; entity characters map to their `&`', () => {
    const { mismatches, entities } = charsAtOrigin(view)
    expect(mismatches).toBe(0)
    expect(entities).toBe((html.match(/&#12288;/g) ?? []).length)
    const zu = view.text.indexOf('组　长')
    expect(html.slice(view.origin[zu + 1], view.origin[zu + 2])).toBe('&#12288;')
    const sign = '领导小组办公室设在生态环境部'
    expect(lineAt(view, sign)).toBe(sign)
    const p = view.position(view.text.indexOf(sign), view.text.indexOf(sign) + 1)
    expect(html.slice(p.start.offset, p.start.offset + sign.length)).toBe(sign)
  })

  it('collapses whitespace, keeps <pre>, breaks on <br>, skips hidden elements', () => {
    const doc =
      '<div>\n  <p>\n    一、总体要求\n  </p>&nbsp;&nbsp;（一）指导思想<br>坚持&ldquo;稳中求进&rdquo;<span hidden>隐藏</span>' +
      '<div style="display:none">广告</div><pre>1. 加强领导\n  2. 压实责任</pre></div>'
    const v = htmlToText(new SourceText(doc))
    expect(v.text).toBe('一、总体要求\n（一）指导思想\n坚持“稳中求进”\n1. 加强领导\n  2. 压实责任')
    expect(doc.slice(v.origin[v.text.indexOf('“')])).toMatch(/^&ldquo;/)
    const legacy = htmlToText(new SourceText('<p>甲&lt乙&amp丙</p>'))
    expect(legacy.text).toBe('甲<乙&丙')
    expect([...legacy.origin].slice(0, 5)).toEqual([3, 4, 7, 8, 12])
    expect(doc.slice(v.origin[v.text.indexOf('（一）')])).toMatch(/^（一）/)
  })
})

describe('formats: dispatch and robustness', () => {
  it('picks the format from the file name', () => {
    expect(formatFromPath('a/notice.md')).toBe('markdown')
    expect(formatFromPath('notice.MARKDOWN')).toBe('markdown')
    expect(formatFromPath('page.htm.gz')).toBe('html')
    expect(formatFromPath('notice.txt')).toBe('text')
    expect(toPlainText(new SourceText('一、总则'), 'text').text).toBe('一、总则')
  })

  it('never throws on arbitrary markup and keeps every origin inside the original', () => {
    const alphabet = fc.constantFrom('<', '>', '/', 'p', 'b', 'r', '&', ';', '#', '*', '\\', '\n', ' ', '|', '-', '1', '.', '一', '、', '`', '[', ']', '(', ')')
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        (s) => {
          for (const v of [markdownToText(new SourceText(s)), htmlToText(new SourceText(s))]) {
            for (let i = 0; i < v.text.length; i++) {
              expect(v.origin[i]).toBeGreaterThanOrEqual(0)
              expect(v.origin[i]).toBeLessThanOrEqual(s.length)
            }
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('is linear on hostile input (100k repeated 、, unterminated entities)', () => {
    const s = '、'.repeat(100_000) + '&amp'.repeat(20_000) + '&lt'.repeat(30_000)
    const t = performance.now()
    expect(markdownToText(new SourceText(s)).text.length).toBeGreaterThan(100_000)
    expect(htmlToText(new SourceText(s)).text.length).toBeGreaterThan(100_000)
    expect(performance.now() - t).toBeLessThan(5000)
  })
})
