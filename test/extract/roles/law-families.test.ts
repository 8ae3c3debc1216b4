import { describe, expect, it } from 'vitest'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import { splitUnitList } from '../../../src/extract/roles/units.js'
import { Brackets, foldPunctuation } from '../../../src/extract/roles/text.js'

/**
 * Role families the blind gold missed (issue #11), each held on sentences of the bulk law corpus
 * (lawrefbook), none of them from the blind set.
 */
const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])
const units = (list: string) => {
  const t = foldPunctuation(list)
  return splitUnitList(t, 0, t.length, new Brackets(t, 0, t.length)).map((p) => [t.slice(p.index, p.end), p.kind !== undefined])
}

describe('level lists that share one name', () => {
  it('levels reach their name through 的, after bracketed military organs (兵役法 第二十条)', () => {
    expect(units('军区、省军区（卫戍区、警备区）、军分区（警备区）和县、自治县、市、市辖区的人民武装部')).toEqual([
      ['军区', true],
      ['省军区（卫戍区、警备区）', true],
      ['军分区（警备区）', true],
      ['县、自治县、市、市辖区的人民武装部', true],
    ])
  })

  it('a join ends at a connector inside its last piece (…直辖市人民政府药品监督管理部门和设区的市级…机构)', () => {
    const r = scanRoles('省、自治区、直辖市人民政府药品监督管理部门和设区的市级药品监督管理机构负责组织药品经营企业的认证工作。')
    expect(brief(r)).toEqual([['responsible', ['省、自治区、直辖市人民政府药品监督管理部门', '设区的市级药品监督管理机构']]])
  })

  it('乡、民族乡、镇的人民政府 after 或者 is one collective', () => {
    const r = scanRoles('村民委员会成员的任期和离任经济责任审计，由县级人民政府农业部门、财政部门或者乡、民族乡、镇的人民政府负责组织，审计结果应当公布。')
    expect(brief(r)).toEqual([['responsible', ['县级人民政府农业部门', '财政部门', '乡、民族乡、镇的人民政府']]])
  })

  it('levels joined by 及 in the last piece, a place qualifier before the first', () => {
    expect(units('各省、自治区、直辖市及计划单列市劳动行政部门')).toEqual([['各省、自治区、直辖市及计划单列市劳动行政部门', true]])
    expect(units('户籍所在地县、自治县、不设区的市、市辖区人民政府兵役机关')).toEqual([['户籍所在地县、自治县、不设区的市、市辖区人民政府兵役机关', true]])
  })
})

describe('由其 + a name: 其 is no part of it', () => {
  it('由其户籍所在地和现居住地的人民政府共同负责管理', () => {
    const r = scanRoles('流动人口的计划生育工作，由其户籍所在地和现居住地的人民政府共同负责管理，以现居住地为主。')
    expect(brief(r)).toEqual([['responsible', ['户籍所在地和现居住地的人民政府']]])
  })

  it('由其他部门 keeps 其他 (a collective opening)', () => {
    expect(brief(scanRoles('其余事项由其他有关部门负责。'))).toEqual([['responsible', ['其他有关部门']]])
  })
})

describe('a subject before 在…下 carries to the clause that assigns it', () => {
  it.each([
    ['区、县人事局在市人事局的指导下，负责本行政区域内的人才流动工作。', '区、县人事局'],
    ['审计机关在本级人民政府行政首长和上一级审计机关的领导下，负责本行政区域内的审计工作。', '审计机关'],
    ['县级以上气象主管部门在上一级气象主管部门与同级人民政府领导下，负责管理本行政区域内的气象工作。', '县级以上气象主管部门'],
  ])('%s', (text, unit) => {
    expect(brief(scanRoles(text))).toEqual([['responsible', [unit]]])
  })

  it('a duty phrase reaching into the next clause is read once (…的领导下，按照各自的职责，负责…)', () => {
    const r = scanRoles('县级以上人民政府其他有关部门在本级人民政府的领导下，按照各自的职责，负责有关的防洪工作。')
    expect(brief(r)).toEqual([['responsible', ['县级以上人民政府其他有关部门']]])
  })
})

describe('X是…主管部门，负责…: the body named after 是 is the subject itself (108 sentences in lawrefbook)', () => {
  it.each([
    ['市商务部门是本市会展业的主管部门，负责会展业综合协调、引导规范和服务保障等工作。', '市商务部门'],
    ['税务机关是发票的主管机关，负责发票印制、领购、开具、取得、保管、缴销的管理和监督。', '税务机关'],
    ['上海市交通行政管理部门（以下简称市交通行政管理部门）是本市公共汽车和电车客运的行政主管部门，并负责本条例的组织实施。', '上海市交通行政管理部门'], // the short-name note is no part of the name
  ])('%s', (text, unit) => {
    expect(brief(scanRoles(text))).toEqual([['responsible', [unit]]])
  })

  it('another body set up in the first clause still ends the subject (…组成征兵办公室，负责…)', () => {
    const r = scanRoles('县级以上地方人民政府组织兵役机关和有关部门组成征兵办公室，负责组织实施本行政区域的征兵工作。')
    expect(r.roles.flatMap((x) => x.units.map((u) => u.name))).not.toContain('县级以上地方人民政府')
  })
})

describe('X对…负总责 / X对…负责监督 assign; a bare X对…负责 does not', () => {
  it.each([
    ['县级以上地方人民政府对本行政区域内的乳品质量安全监督管理负总责。', '县级以上地方人民政府'],
    ['省、自治区、直辖市人民政府对本行政区域耕地保护负总责，其主要负责人是本行政区域耕地保护的第一责任人。', '省、自治区、直辖市人民政府'],
    ['委托行政机关对受委托组织实施行政处罚的行为应当负责监督，并对该行为的后果承担法律责任。', '委托行政机关'],
    ['国务院电力管理部门对电力设施的保护负责监督、检查、指导和协调。', '国务院电力管理部门'],
  ])('%s', (text, unit) => {
    expect(brief(scanRoles(text))).toEqual([['responsible', [unit]]])
  })

  it('accountability (对…负责。) and a person (主要负责人对…负总责) are no assignment', () => {
    expect(scanRoles('县级人民政府对本行政区域内的房屋征收与补偿工作负责。').roles).toEqual([])
    expect(scanRoles('本市社会团体、企业事业单位的主要负责人对本单位信访工作负总责。').roles).toEqual([])
  })
})

describe('X对…负领导责任 assigns like 负总责 (outside65 01 二（五）)', () => {
  it('a government answerable for the lead of a work is responsible', () => {
    expect(brief(scanRoles('县级以上人民政府对本地区校园安全管理工作负领导责任，统筹各部门力量。'))).toEqual([['responsible', ['县级以上人民政府']]])
  })

  it('a person who bears the lead duty is no assignment (guard)', () => {
    expect(scanRoles('学校主要负责人对本校安全工作负领导责任。').roles).toEqual([])
  })
})

describe('a unit list alone in the first clause is carried past a clause without a role verb', () => {
  it.each([
    // (配备专职工作人员 between would set up the staff who carry the duty: roleaudit2 family R5)
    ['县级以上红十字会办事机构，依照章程，负责红十字会日常工作。', '县级以上红十字会办事机构'],
    ['各级人民政府的交通安全委员会，在本级人民政府领导下，负责协调本行政区域内的道路交通安全工作。', '各级人民政府的交通安全委员会'],
  ])('%s', (text, unit) => {
    expect(brief(scanRoles(text))).toEqual([['responsible', [unit]]])
  })

  it('not a list that sets up another body, nor past a definition (是指)', () => {
    expect(scanRoles('禁毒委员会设立办公室，配备相应工作人员，负责禁毒委员会的日常工作。').roles).toEqual([])
    expect(scanRoles('直属海关，是指直接由海关总署领导，负责管理一定区域范围内的海关业务的海关；').roles).toEqual([])
  })
})
