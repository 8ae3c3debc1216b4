import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { genreOf } from '../../src/text/genre.js'

// outside28 probe (issue #11): pages drawn for their deadlines and stages — a plan on a law site with a
// version tag and a list of related texts, a draft put out for comment, a draft under a news lead, a
// repost's label row with 签发时间. Fixtures written for the test in those forms (own places and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside28/${name}`, import.meta.url), 'utf8'))
const dues = (doc: ReturnType<typeof parse>) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date}`))

describe('a plan on a law site: period in the title, the site version tag after it', () => {
  const doc = fixture('law-site-plan.txt')

  it('reads the title without the version tag, keeping the period', () => {
    expect(genreOf('青山市全民阅读推进计划(2021—2025年)(2021年)')).toBe('计划')
    expect(doc.meta.title).toBe('青山市全民阅读推进计划（2021—2025年）')
    expect(doc.meta.docType).toBe('计划')
  })

  it('keeps the target year as due and reads no due date from the related texts the site lists', () => {
    expect(dues(doc)).toEqual(['二 2025-12-31'])
  })

  it('still reads a year in brackets after a task (no genre word before it) as due', () => {
    const plan = parse('青山市书房建设计划\n一、建设任务\n（一）完成全市公共图书馆改造（2022年）。\n')
    expect(dues(plan)).toEqual(['一/（一） 2022-12-31'])
  })
})

describe('a draft put out for comment', () => {
  it('leaves the draft mark closing the title line out of the title', () => {
    const doc = fixture('draft-for-comment.txt')
    expect(doc.meta.title).toBe('青山市餐厨垃圾收运工作方案')
    expect(doc.meta.docType).toBe('工作方案')
  })

  it('keeps a law draft named with （草案）', () => {
    expect(parse('青山市养犬管理条例（草案）\n第一条 为了规范养犬行为，制定本条例。\n').meta.title).toBe('青山市养犬管理条例（草案）')
  })

  it('takes the title under a news lead that quotes it, without the draft mark under it', () => {
    const doc = fixture('news-lead-draft.txt')
    expect(genreOf('青山省乡村公厕建设技术导则')).toBe('导则')
    expect(doc.meta.title).toBe('青山省乡村公厕建设技术导则')
    expect(doc.meta.docType).toBe('导则')
    expect(doc.documents).toEqual([])
  })

  it('does not take a line the lead does not quote', () => {
    const doc = parse('近日，青山省住房和城乡建设厅公布了《青山省乡村公厕建设技术导则（征求意见稿）》。\n青山省农村供水工程管理办法\n第一条 为了加强管理，制定本办法。\n')
    expect(doc.meta.title).not.toBe('青山省农村供水工程管理办法')
  })
})

describe('a repost label row with 签发时间', () => {
  it('reads 签发时间 as the signing date beside the 字号', () => {
    const doc = fixture('signing-label-row.txt')
    expect(doc.meta.signedDate).toBe('2021-06-09')
    expect(doc.meta.docNumber?.normalized).toBe('青山委办字〔2021〕18号')
    expect(doc.meta.docType).toBe('方案')
  })
})

describe('a 公示 cut above its title', () => {
  it('takes its genre from the call for objections', () => {
    const doc = parse(
      '根据《青山省安全生产示范创建管理办法》规定，若对所公示的单位有异议，请书面向省安委办反映。\n公示时间：2021年11月6日至2021年11月12日。\n青山省安全生产委员会办公室\n2021年11月5日\n',
    )
    expect(doc.meta.docType).toBe('公示')
    expect(doc.meta.signedDate).toBe('2021-11-05')
    expect(doc.tasks.flatMap((t) => t.deadlines)).toEqual([])
  })

  it('gives a notice that only mentions a 公示 no such genre', () => {
    expect(parse('各区人民政府：\n　　为做好示范创建，请于11月10日前报送名单，名单将另行公示。\n').meta.docType).not.toBe('公示')
  })
})
