import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { taskRoles } from '../helpers.js'

// Fixtures written in the format of department documents reposted by news and hijacked sites
// (outside probe outside7, test/gold/outside/outside7.md): a news lead ending `全文如下：` or
// `通知全文：` above the document, a joint 落款 of many organs printed two per line, `?` lines a
// converting scraper left for characters it could not encode.
const DIR = new URL('../fixtures/outside-depts/', import.meta.url).pathname
const fixture = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'))

describe('department documents behind a news lead, joint 落款 in columns, placeholder lines', () => {
  it('a news lead ending 全文如下 is page chrome: the notice under it is the document, not the plan named in the page heading', () => {
    const doc = fixture('news-lead-joint.txt')
    expect(doc.meta.title).toBe('关于印发《江淮地区2022-2023年冬春季扬尘污染综合整治攻坚方案》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['江淮地区2022-2023年冬春季扬尘污染综合整治攻坚方案'])
    const plan = doc.documents[0]
    expect(plan.tasks.find((t) => t.path.join('/') === '二/（一）')?.deadlines.map((d) => d.date)).toEqual(['2022-12-31'])
    expect(taskRoles(plan, '二/（一）')).toEqual(['lead 住房城乡建设部门', 'participant 生态环境部门'])
    const lead = doc.diagnostics.find((d) => d.code === 'boilerplate-removed' && d.message.includes('news-lead'))
    expect(lead?.position?.start.offset).toBe(0)
  })

  it('a joint 落款 of ten organs over five lines and a （此件社会公开） note: every issuer and the date', () => {
    const doc = fixture('news-lead-joint.txt')
    expect(doc.meta.signedDate).toBe('2022-11-02')
    expect(doc.meta.issuers).toEqual(['生态环境部', '住房城乡建设部', '交通运输部', '水利部', '自然资源部', '农业农村部', '市场监管总局', '气象局', '江苏省人民政府', '安徽省人民政府'])
  })

  it('通知全文： under a headline and a summary: the title broken after 年度, the 字号 and the due date of item 一', () => {
    const doc = fixture('notice-fulltext-marker.txt')
    expect(doc.meta.title).toBe('国家粮食和物资储备局办公室关于开展2021年度政策性粮食库存检查工作的通知')
    expect(doc.meta.docNumber?.normalized).toBe('国粮办储〔2021〕188号')
    expect(doc.meta.issuers).toEqual(['国家粮食和物资储备局办公室'])
    expect(doc.tasks.find((t) => t.path.join('/') === '一')?.deadlines.map((d) => d.date)).toEqual(['2021-11-30'])
  })

  it('lines of bare ? around the 字号 and the title: dropped, the 字号 above the broken title is read', () => {
    const doc = fixture('placeholder-marks.txt')
    expect(doc.meta.docNumber?.normalized).toBe('豫政办〔2021〕57号')
    expect(doc.meta.title).toBe('河南省人民政府办公厅关于印发《政务服务事项清单管理办法（试行）》的通知')
    expect(doc.meta.signedDate).toBe('2021-10-08')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['政务服务事项清单管理办法（试行）'])
    expect(taskRoles(doc.documents[0], '一/（一）')).toEqual(['responsible 省政务服务管理部门'])
  })

  it('a title under a department menu of 40 lines (past the 8-line window): title, 发布日期, date-only 落款, issuer from the title', () => {
    const doc = fixture('site-menu-title.txt')
    expect(doc.meta.title).toBe('甘肃省水利厅关于印发《甘肃省水利厅防汛抗旱应急响应工作规程（2021年修订）》的通知')
    expect(doc.meta.publishedDate).toBe('2021-06-03')
    expect(doc.meta.signedDate).toBe('2021-06-01')
    expect(doc.meta.issuers).toEqual(['甘肃省水利厅'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['甘肃省水利厅防汛抗旱应急响应工作规程（2021年修订）'])
    expect(taskRoles(doc.documents[0], '一/（一）')).toEqual(['responsible 厅防汛抗旱办公室'])
    expect(doc.diagnostics.find((d) => d.code === 'header-lines-skipped')?.message).toMatch(/^Skipped \d{2} line/)
  })

  it('a first paragraph glued to the 主送 line that quotes 《…关于…》 and ends 提出以下实施意见： is no title: docType from the body', () => {
    const doc = fixture('body-only-joined-addressee.txt')
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('实施意见')
    expect(taskRoles(doc, '一/（一）')).toEqual(['lead 省市场监管局', 'responsible 省公安厅、省税务局'])
  })

  it('a forwarding title (X转发Y关于…的通知) with a date-only 落款: the issuer is X, not X转发Y', () => {
    const doc = fixture('forwarding-title.txt')
    expect(doc.meta.issuers).toEqual(['湖北省林业局'])
    expect(doc.meta.signedDate).toBe('2020-02-20')
    expect(doc.tasks.find((t) => t.path.join('/') === '一')?.deadlines.map((d) => d.date)).toEqual(['2020-03-15'])
  })

  it('a site keyword glued before the title with a colon (某某排名：交通运输部关于…的通知) is dropped: title and issuer are the ministry', () => {
    const doc = fixture('glued-keyword-title.txt')
    expect(doc.meta.title).toBe('交通运输部关于印发《公路养护作业安全规程（试行）》的通知')
    expect(doc.meta.issuers).toEqual(['交通运输部'])
    expect(doc.diagnostics.some((d) => d.code === 'title-prefix-dropped')).toBe(true)
    expect(doc.tasks.find((t) => t.path.join('/') === '一')?.deadlines.map((d) => d.date)).toEqual(['2012-06-30'])
  })

  it('a joint 落款 of two departments in traditional script with a double space between them: two issuers, not the glued title prefix', () => {
    const doc = fixture('joint-signature-traditional.txt')
    expect(doc.meta.issuers).toEqual(['江西省财政厅', '江西省体育局'])
    expect(doc.meta.docNumber?.normalized).toBe('赣财教〔2022〕31号')
    expect(doc.meta.signedDate).toBe('2022-08-16')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['江西省體育事業發展專項資金管理辦法'])
  })
})
