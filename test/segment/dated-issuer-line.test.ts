import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// A law site's page of a department rule: the site's issuer line, the title again, then the
// issuing date and the department on one line (outside5 page 02, outside16 page 03).
const PAGE = [
  '您的位置: 首页 » 法律资料网 » 法律法规 »',
  '内河渡口安全检查暂行规定',
  '时间:2024-05-02 10:11:12 来源: 法律资料网',
  '内河渡口安全检查暂行规定',
  '交通部',
  '',
  '内河渡口安全检查暂行规定',
  '1996年4月22日,交通部',
  '',
  '第一条 为了加强内河渡口的安全检查，制定本规定。',
  '第二条 县级以上港航监督机构负责本辖区渡口的安全检查。',
].join('\n')

describe('a law site’s `date,department` line under the title', () => {
  const doc = parse(PAGE)
  it('is the rule’s publication date, and no clause', () => {
    expect(doc.meta.title).toBe('内河渡口安全检查暂行规定')
    expect(doc.meta.publishedDate).toBe('1996-04-22')
    expect(doc.meta.issuers).toEqual(['交通部'])
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['第一条', '第二条'])
  })
  it('a line whose second part is no organ is left alone', () => {
    const other = parse(PAGE.replace('1996年4月22日,交通部', '1996年4月22日,天气晴'))
    expect(other.meta.publishedDate).toBeNull()
  })
})
