import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// A people's congress page publishing a draft for comment, in the form such sites print it
// (outside16 page 08): a breadcrumb that ends in the title, the title, the call for comments,
// the office's 落款, then the draft under its own title and version line.
const PAGE = [
  '您当前的位置：首页 > 法规草案征求意见 > 关于《青川市养犬管理条例（草案征求意见稿）》公开征求意见的公告',
  '关于《青川市养犬管理条例（草案征求意见稿）》公开征求意见的公告',
  ' 发布时间：2021-05-06 09:12:40',
  '《青川市养犬管理条例（草案）》已经市人大常委会第一次审议。为广泛听取意见，现将草案征求意见稿向社会公开征求意见。意见请于5月31日前寄至市人大法制委。',
  '青川市人大常委会办公厅',
  '2021年5月6日',
  '青川市养犬管理条例',
  '（草案征求意见稿）',
  '第一条 为了规范养犬行为，制定本条例。',
  '第二条 市公安机关负责本市养犬登记和管理工作。',
].join('\n')

describe('a draft published for comment (公开征求意见)', () => {
  const doc = parse(PAGE)
  it('the breadcrumb is chrome: the title is the notice heading', () => {
    expect(doc.meta.title).toBe('关于《青川市养犬管理条例（草案征求意见稿）》公开征求意见的公告')
    expect(doc.meta.docType).toBe('公告')
  })
  it('the call for comments issues the draft: the 落款 closes the notice, the draft is nested', () => {
    expect(doc.meta.signedDate).toBe('2021-05-06')
    expect(doc.meta.issuers).toEqual(['青川市人大常委会办公厅'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青川市养犬管理条例'])
    const roles = doc.documents[0].tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
    expect(roles).toEqual(['第二条 responsible 市公安机关'])
  })
})
