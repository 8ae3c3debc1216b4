/**
 * Writes the law-database export fixtures of test/fixtures/formats/pkulaw/ from real corpus
 * documents: each body is the corpus text unchanged, wrapped in the layout a law database prints
 * around it, with the document's own metadata (title, 字号, dates and issuer as its gov.cn header
 * or its own header prints them). What is constructed (citation codes, links, the 版记 lines) is
 * listed in the folder's README.md.
 *
 *   node --import tsx scripts/make-export-fixtures.ts
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, 'test/fixtures/formats/pkulaw')
mkdirSync(out, { recursive: true })

const policy = (prefix: string) => {
  const f = readdirSync(join(root, 'corpus/policy')).find((n) => n.startsWith(prefix))
  if (!f) throw new Error(`no corpus/policy/${prefix}*`)
  return readFileSync(join(root, 'corpus/policy', f), 'utf8').replace(/\r\n/g, '\n')
}

/** A gov.cn page: its header values and the document from the addressee line on (page footer cut). */
function govcn(prefix: string) {
  const lines = policy(prefix).split('\n')
  const value = (label: RegExp) => lines[lines.findIndex((l) => label.test(l)) + 1].trim()
  const number = value(/^发文字号：/)
  const kw = lines.findIndex((l) => /^主 题 词：/.test(l))
  const bodyStart = lines.findIndex((l, i) => i > kw && l.trim() === number) + 1
  let end = lines.length
  while (end > bodyStart && /^(?:扫一扫在手机打开当前页|-->|\s*)$/.test(lines[end - 1])) end--
  return {
    title: value(/^标\s*题：/),
    number,
    issuer: value(/^发文机关：/),
    signed: value(/^成文日期：/),
    published: value(/^发布日期：/),
    body: lines.slice(bodyStart, end).join('\n'),
  }
}

const dotted = (d: string) => d.replace(/(\d{4})年(\d{2})月(\d{2})日/, '$1.$2.$3')
const write = (name: string, text: string) => writeFileSync(join(out, name), text.endsWith('\n') ? text : text + '\n')

// A: citation code and link first, the title twice (half-width quotes, then full-width), bare 字号.
{
  const d = govcn('govcn_platform1__7_')
  write('title-twice.txt', ['【法宝引证码】CLI.2.000007', '原文链接：https://www.pkulaw.com/chl/000007.html', d.title.replace(/[“”]/g, '"'), d.title, d.number, d.body].join('\n'))
}

// B: seed 000 as the export prints it: code and link, title, the 字号 in parentheses.
{
  const seed = readFileSync(join(root, 'corpus/seeds', readdirSync(join(root, 'corpus/seeds')).find((f) => f.startsWith('000_'))!), 'utf8').split('\n')
  const at = seed.findIndex((l) => /^\(深办发〔2013〕3号\)$/.test(l.trim()))
  write('paren-number.txt', ['【法宝引证码】CLI.12.000000', '原文链接：https://www.pkulaw.com/lar/000000.html', seed[0].trim(), '（深办发〔2013〕3号）', ...seed.slice(at + 1)].join('\n'))
}

// C: title, `label：value` lines, 正文, the document; link and code close the file.
{
  const d = govcn('govcn_platform1__3_')
  write(
    'label-lines.txt',
    [
      d.title,
      `发布部门：${d.issuer}`,
      `发文字号：${d.number}`,
      `发布日期：${dotted(d.published)}`,
      `实施日期：${dotted(d.signed)}`,
      '时效性：现行有效',
      '效力级别：国务院规范性文件',
      '正文：',
      d.body,
      '原文链接：https://www.pkulaw.com/chl/000003.html',
      '【法宝引证码】CLI.2.000003',
    ].join('\n'),
  )
}

// D: code, title, 【label】value lines without 文章属性, then the title again and the bare 字号.
{
  const d = govcn('govcn_platform1__32_')
  write(
    'bracket-labels.txt',
    [
      '【法宝引证码】CLI.2.000032',
      d.title,
      `【发布部门】${d.issuer}`,
      `【发文字号】${d.number}`,
      `【发布日期】${dotted(d.published)}`,
      '【实施日期】2019.01.01',
      '【时效性】现行有效',
      '【效力级别】国务院规范性文件',
      d.title,
      d.number,
      d.body,
    ].join('\n'),
  )
}

// E: a body-only export (no title, no 落款) ending in a 版记 whose office and date are the
// document's own 落款 (国家粮食局办公室代章, 2018年5月2日): 年底前 must resolve to 2018.
{
  const lines = policy('politic_analysis_2025__central_132').replace(/\s+$/, '').split('\n')
  const body = lines.slice(0, lines.length - 2) // without （国家粮食局办公室代章） and the date
  write('body-only-colophon.txt', [...body, '国家粮食局办公室        2018年5月2日印发'].join('\n'))
}

// F: pkulaw layout with a full 版记 after the 落款 and the issued plan: 抄送 wrapped over two
// lines, office and 印发 date on two lines (the date is the 落款's).
{
  const d = govcn('govcn_platform1__8_')
  write(
    'colophon-split.txt',
    [
      '【法宝引证码】CLI.2.000008',
      d.title,
      d.number,
      d.body,
      '抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，',
      '全国政协办公厅，国家监委，最高人民法院，最高人民检察院。',
      '国务院办公厅秘书局',
      '2019年1月1日印发',
    ].join('\n'),
  )
}
// G: seed 002 (a plan with its period in the title): the title printed twice, first with
// half-width brackets and an em dash, then full-width; the body from its first sentence.
{
  const seed = readFileSync(join(root, 'corpus/seeds', readdirSync(join(root, 'corpus/seeds')).find((f) => f.startsWith('002_'))!), 'utf8')
  write(
    'title-twice-period.txt',
    [
      '【法宝引证码】CLI.12.000002',
      '原文链接：https://www.pkulaw.com/lar/000002.html',
      '创建平安广州推进方案(2013—2022年)',
      '创建平安广州推进方案（2013—2022年）',
      seed.slice(seed.indexOf('为认真贯彻')),
    ].join('\n'),
  )
}
console.log(`fixtures → ${out}`)
