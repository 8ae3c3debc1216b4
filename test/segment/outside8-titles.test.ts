import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText, taskRoles } from '../helpers.js'

// outside8 probe (issue #11): titles broken over lines in forms older notices and PDF copies print.
// Fixtures written for the tests in those forms (own issuers, numbers and dates).
const fixture = (name: string) => fixtureText(`outside8/${name}`)

describe('titles broken over lines', () => {
  it('joins a title whose genre word stands alone and spaced on its last line (通 知)', () => {
    const doc = parse(fixture('spaced-genre-title.txt'))
    expect(doc.meta.title).toBe('蒲城县目标责任考核领导小组办公室关于对2014年度重点工作进展情况开展专项督查的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('蒲考办发〔2014〕3号')
    expect(doc.meta.issuers).toEqual(['蒲城县目标责任考核领导小组办公室'])
  })

  it('completes an issued title whose first line is only a quoted name (《政府工作报告》 / …分解意见)', () => {
    const plan = parse(fixture('quoted-name-attachment.txt')).documents[0]
    expect(plan.meta.title).toBe('《政府工作报告》2006年重点工作分解意见')
    expect(plan.meta.docType).toBe('意见')
    expect(plan.tasks.map((t) => t.path.join('/'))).toEqual(['一/1'])
  })

  it('drops PDF page numbers (— — — 2 —) and joins the issued title broken after them', () => {
    const doc = parse(fixture('pdf-pages.txt'))
    expect(doc.meta.signedDate).toBe('2019-05-08')
    const plan = doc.documents[0]
    expect(plan.meta.title).toBe('丰台区贯彻落实《关于加强新时代社区工作的意见》的任务分解方案')
    expect(plan.meta.docType).toBe('方案')
    expect(taskRoles(plan, '一/1')).toEqual(['lead 区委组织部', 'participant 区民政局、各街道党工委'])
    // the page number between items is neither text of item 1 nor a title
    expect(taskRoles(plan, '一/2')).toEqual(['lead 区委社会工委'])
    expect(doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').length).toBe(2)
  })
})

describe('issuers from a title', () => {
  it('takes none from a 关于 inside a quoted name', () => {
    const plan = parse(fixture('pdf-pages.txt')).documents[0]
    expect(plan.meta.issuers).toEqual([])
  })
})
