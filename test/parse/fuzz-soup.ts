/**
 * Generators of hostile input for the property tests (test/fuzz.test.ts) and the 100,000-case run
 * (scripts/fuzz.ts): "keyword soup" built from the vocabulary the parser reacts to — numbering
 * markers, role labels, dates, header labels, brackets left open, punctuation — mixed with random
 * CJK, digits, whitespace and control characters, lone surrogates, and slices of real documents.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'

const CORPUS = new URL('../../corpus/', import.meta.url).pathname

export const MARKERS = [
  '一、',
  '二、',
  '三、',
  '十、',
  '十一、',
  '（一）',
  '（二）',
  '（十二）',
  '(三)',
  '1.',
  '2、',
  '3．',
  '１．',
  '12、',
  '28',
  '（1）',
  '(2)',
  '（３）',
  '①',
  '②',
  '⑳',
  '⑴',
  '⑵',
  '第三条',
  '第一章',
  '第十二条',
  '第一百零一条',
  '第2条',
  '第一节',
  '第一编',
  '第 1 條',
  '●',
  '■',
  '◆',
  '一是',
  '二是',
  '第一阶段',
  '第二阶段',
  '1.1',
  '2.3.4',
]
export const ROLES = [
  '牵头单位：',
  '责任单位：',
  '参与单位：',
  '配合单位：',
  '牵头区领导：',
  '牵头考核单位：',
  '协办单位:',
  '由',
  '牵头',
  '配合',
  '负责',
  '会同',
  '等单位',
  '等部门',
  '等相关单位',
  '和',
  '及',
  '与',
  '（牵头单位：市法制办，责任单位：各区、各新区）',
  '由市司法局牵头，市法院、市财政局等单位配合',
  '列第一位者为牵头单位，下同',
  '市人大法制委',
  '区委组织部〈区编办〉',
  '各区(县级市)',
  '刘惠玲',
  '按职责分工负责',
  '（生态环境部牵头，国家统计局参与）',
]
export const DATES = [
  '2015年6月底前',
  '2015年底前',
  '12月底前',
  '2015年6月前',
  '二〇一五年六月底前',
  '二○一五年',
  '2013-2022年',
  '2014—2015年',
  '2008至2009年',
  '20133月底前',
  '0402年',
  '2015.03.15',
  '2015年',
  '6月',
  '上半年',
  '第三季度',
  '十三五期间',
  '立即启动',
  '长期坚持',
  '每年2月底前',
  '2013年3月15日',
  '二〇一三年三月十五日',
  '中華民國六十二年',
  '2025 年底前',
  '自印发之日起施行',
  '有效期至2025年12月31日',
  '（2013年）',
]
export const HEADERS = [
  '【制定机关】',
  '【公布日期】2013.03.15',
  '【字 号】深办发[2013]3号',
  '【施行日期】',
  '【效力等级】',
  '【时效性】现行有效',
  '文章属性',
  '正文',
  '发布部门: ',
  '发布文号: 深办发[2006]12号',
  '索 引 号：',
  '主题分类：',
  '发文机关：',
  '成文日期：',
  '标　　题：',
  '发文字号：',
  '发布日期：',
  '主 题 词：',
  '关于',
  '的通知',
  '印发',
  '实施方案',
  '工作方案',
  '附件：',
  '附件1',
  '附件',
  '（此件公开发布）',
  '国办发〔2018〕128号',
  '粤发〔201219号)',
  '各区委、区政府：',
  '友情链接',
  'Admin - admin 于2022年04月28日发表',
  '扫一扫在手机打开当前页',
  '本文章内容来源于网络',
  '中直机关遴选2023公告',
  '-->',
  '# ',
  '**',
  '|',
]
export const BRACKETS = ['（', '）', '〔', '〕', '《', '》', '〈', '〉', '[', ']', '【', '】', '(', ')', '“', '”', '「', '」', '{', '<']
export const PUNCT = ['，', '。', '、', '；', '：', '！', '？', '…', '——', ',', ';', ':', '.', '、、、', '。。', '·', '～', '-', '—', '/']
export const ODD = ['\r\n', '\n', '\n\n', '\r', '\u3000', ' ', '  ', '\t', '\0', '\u200b', '\ufeff', '\u00a0', '\ud800', '\udfff', '\ud83d', '\ud83d\ude00', '\u2028', '\uffff', '\x1b']

/** Lines of the seeds and of a few policy documents: real context for the soup. */
function realLines(): string[] {
  const lines: string[] = []
  const seeds = join(CORPUS, 'seeds')
  for (const f of readdirSync(seeds)) lines.push(...readFileSync(join(seeds, f), 'utf8').split('\n'))
  const policy = join(CORPUS, 'policy')
  for (const f of readdirSync(policy)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .slice(0, 40))
    lines.push(...readFileSync(join(policy, f), 'utf8').split('\n'))
  return lines.filter((l) => l.trim().length > 0)
}
const REAL = realLines()

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c))
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
const digits = fc.oneof(
  fc.nat({ max: 99999 }).map(String),
  fc.nat({ max: 9999 }).map((n) => [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('')),
  fc.constantFrom('〇', '一', '二', '十', '百', '零', '○', 'O'),
)
/** A slice of a real line (possibly cut mid-sentence or mid-marker). */
const realSlice = fc.tuple(fc.constantFrom(...REAL), fc.nat(), fc.nat({ max: 80 })).map(([l, a, n]) => {
  const s = a % Math.max(1, l.length)
  return l.slice(s, s + 1 + n)
})

/** One token of the soup, weighted toward what the parser reacts to. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 4, arbitrary: fc.constantFrom(...ROLES) },
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 3, arbitrary: fc.constantFrom(...BRACKETS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 4, arbitrary: fc.constantFrom(...ODD) },
  { weight: 6, arbitrary: fc.array(cjk, { minLength: 1, maxLength: 12, size: 'max' }).map((a) => a.join('')) },
  { weight: 2, arbitrary: digits },
  { weight: 3, arbitrary: realSlice },
  { weight: 1, arbitrary: anyCodeUnit },
)

/** A document-sized soup: tokens, with line starts more likely after newlines (so markers open lines). */
export function soup(maxTokens = 200): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 6, arbitrary: token }, { weight: 1, arbitrary: fc.constantFrom(...MARKERS).map((m) => `\n${m}`) }), { minLength: 1, maxLength: maxTokens, size: 'max' })
    .map((ts) => ts.join(''))
}

/** Whole real documents with a few tokens spliced in at random places. */
export function mutatedDocument(): fc.Arbitrary<string> {
  const docs = [...readdirSync(join(CORPUS, 'seeds')).map((f) => join(CORPUS, 'seeds', f))].map((p) => readFileSync(p, 'utf8'))
  return fc.tuple(fc.constantFrom(...docs), fc.array(fc.tuple(fc.nat(), token), { maxLength: 20, size: 'max' })).map(([doc, edits]) => {
    let d = doc
    for (const [at, t] of edits) {
      const i = at % (d.length + 1)
      d = d.slice(0, i) + t + d.slice(i)
    }
    return d
  })
}

/** Random bytes, sometimes behind a BOM, to exercise decoding. */
export const bytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 2000, size: 'max' }))
  .map(([bom, body]) => new Uint8Array([...bom, ...body]))

/**
 * A deterministic soup of about `chars` characters (a seeded sample), for work-count checks.
 */
export function fixedSoup(seed: number, chars: number): string {
  let out = ''
  let s = seed
  while (out.length < chars) {
    const [t] = fc.sample(soup(400), { seed: s++, numRuns: 1 })
    out += t + '\n'
  }
  return out
}
