import { describe, expect, it } from 'vitest'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'

/**
 * Two department forms of laws read as nothing before the fifty-second session (issue #11, outside210 06 and the
 * bulk law corpus's sweep): a shared-suffix list whose later field joins two departments by 和 (`…、新闻出版和广播影视等部门`),
 * and a body named by the work it manages (`自治区人民政府管理专利工作的部门`). Sentences of our own wording in the laws' shape.
 */
const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])

describe('a later field joining two departments by a connector', () => {
  it('is the two departments, each with the shared suffix', () => {
    expect(brief(scanRoles('科技、财政、新闻出版和广播影视等部门，应当做好职责范围内的专利保护工作。'))).toEqual([['responsible', ['科技部门', '财政部门', '新闻出版部门', '广播影视部门']]])
    expect(brief(scanRoles('县级以上人民政府发展改革、财政、农业和水利等有关部门应当按照职责分工，负责做好农村公路的相关工作。'))).toEqual([
      ['responsible', ['县级以上人民政府发展改革部门', '县级以上人民政府财政部门', '县级以上人民政府农业部门', '县级以上人民政府水利部门']],
    ])
  })

  it('keeps a bureau whose own name holds the connector whole (工业和信息化, 政务服务和数据管理 is left unread)', () => {
    expect(brief(scanRoles('市、区经济和信息化主管部门负责危险废物的监督管理工作。'))).toEqual([['responsible', ['市、区经济和信息化主管部门']]])
    expect(brief(scanRoles('发展改革、工业和信息化等部门负责节能工作。'))).toEqual([['responsible', ['发展改革部门', '工业和信息化部门']]])
    expect(brief(scanRoles('发展改革、政务服务和数据管理等部门负责数据共享工作。'))).toEqual([])
  })

  it('reads no places joined before the body they share as fields', () => {
    expect(JSON.stringify(scanRoles('浦东新区、嘉定区、奉贤区和崇明县水路运输行政管理部门负责本行政区域内水路运输的管理。').roles)).not.toContain('奉贤区行政管理部门')
  })
})

describe('a body named by the work it manages', () => {
  it.each([
    ['自治区人民政府管理专利工作的部门，负责全区的专利保护与管理工作。', '自治区人民政府管理专利工作的部门'],
    ['设区的市人民政府管理专利工作的部门，负责本行政区域内的专利保护与管理工作。', '设区的市人民政府管理专利工作的部门'],
    // (the duty's own 管理 after 负责: 负责 names the duty, as before)
    ['区负责出版管理的部门负责本区的出版物发行管理工作。', '区负责出版管理的部门'],
  ])('%s', (text, unit) => {
    expect(brief(scanRoles(text))).toEqual([['responsible', [unit]]])
  })
})
