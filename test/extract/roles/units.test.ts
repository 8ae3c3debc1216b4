import { describe, expect, it } from 'vitest'
import connectors from '../../../grammars/units/connectors.json'
import compounds from '../../../grammars/units/compounds.json'
import suffixes from '../../../grammars/units/suffixes.json'
import aliases from '../../../grammars/units/aliases.json'
import {
  Brackets,
  canonicalUnit,
  classifyUnit,
  foldPunctuation,
  jurisdictionFromIssuer,
  jurisdictionFromTitle,
  loadAliases,
  loadPlaces,
  splitUnitList,
  type Jurisdiction,
} from '../../../src/extract/roles/index.js'
import { seed } from '../../helpers.js'

/** Split a list the way role lists are split; names and kinds. */
function split(list: string): Array<[string, string | undefined]> {
  const t = foldPunctuation(list)
  return splitUnitList(t, 0, t.length, new Brackets(t, 0, t.length)).map((p) => [list.slice(p.index, p.end), p.kind])
}
const names = (list: string) => split(list).map(([n]) => n)
const kind = (name: string) => classifyUnit(name, 0, name.length)

describe('unit splitting', () => {
  it('always splits at 、，；(and their half-width forms)', () => {
    expect(names('市法院、市财政局，市工商局；市司法局')).toEqual(['市法院', '市财政局', '市工商局', '市司法局'])
    expect(names('区委组织部〈区编办〉,区法制办')).toEqual(['区委组织部〈区编办〉', '区法制办'])
  })

  it('splits at 和/及/与/以及/及其 only where the text before is a unit', () => {
    expect(names('各区（县级市）及市直各部门')).toEqual(['各区（县级市）', '市直各部门'])
    expect(names('市直政法各部门和各区（县级市）')).toEqual(['市直政法各部门', '各区（县级市）'])
    expect(names('市公安局与市司法局')).toEqual(['市公安局', '市司法局'])
    expect(names('市公安局以及市司法局')).toEqual(['市公安局', '市司法局'])
    expect(names('省级人民政府及其有关部门')).toEqual(['省级人民政府', '有关部门'])
    expect(names('省工业和信息化厅和省教育厅')).toEqual(['省工业和信息化厅', '省教育厅'])
  })

  it('never splits names that hold a connector (seed 002)', () => {
    const text = seed('002')
    for (const name of ['市人力资源和社会保障局', '市科技和信息化局', '市林业和园林局', '市文化广电新闻出版局', '市防范和处理邪教问题领导小组办公室']) {
      expect(text).toContain(name)
      expect(split(name)).toEqual([[name, 'organ']])
    }
  })

  it('keeps bracketed parts whole (〈〉 （） “”)', () => {
    expect(split('区委组织部〈区编办〉、区纪委〈监察局〉')).toEqual([
      ['区委组织部〈区编办〉', 'organ'],
      ['区纪委〈监察局〉', 'organ'],
    ])
    expect(split('各区(县级市)')).toEqual([['各区(县级市)', 'collective']])
    expect(split('区“两法衔接”成员单位')).toEqual([['区“两法衔接”成员单位', 'collective']])
    expect(names('各区（县级市、新区）、市直各部门')).toEqual(['各区（县级市、新区）', '市直各部门'])
  })

  it('drops 等, 等单位, 等部门, 等相关单位, 等相关部门, 等有关部门', () => {
    expect(names('市法院、市财政局等单位')).toEqual(['市法院', '市财政局'])
    expect(names('市委维稳办、市公安局等部门')).toEqual(['市委维稳办', '市公安局'])
    expect(names('市维稳综治办、市安全生产监督部门等相关单位')).toEqual(['市维稳综治办', '市安全生产监督部门'])
    expect(names('海关总署、商务部等有关部门')).toEqual(['海关总署', '商务部'])
    expect(names('市反恐怖工作协调小组成员单位等')).toEqual(['市反恐怖工作协调小组成员单位'])
    expect(names('市财政局等单位和各区（县级市）')).toEqual(['市财政局', '各区（县级市）'])
  })

  it('keeps what 等 introduces when it names a body (…等市食品安全委员会成员单位)', () => {
    expect(split('市财政局等市食品安全委员会成员单位和各区（县级市）')).toEqual([
      ['市财政局', 'organ'],
      ['市食品安全委员会成员单位', 'collective'],
      ['各区（县级市）', 'collective'],
    ])
  })

  it('does not split at 等 inside a word (高等学校)', () => {
    expect(names('各高等学校')).toEqual(['各高等学校'])
  })

  it('every connector and etc-filler of the grammar works as described', () => {
    for (const c of connectors.between) expect(names(`市公安局${c}市司法局`), c).toEqual(['市公安局', '市司法局'])
    for (const f of connectors.etcFillers) expect(names(`市公安局、市司法局等${f}`), f).toEqual(['市公安局', '市司法局'])
    for (const s of connectors.always) expect(names(`市公安局${s}市司法局`), s).toEqual(['市公安局', '市司法局'])
  })

  it('every compound name stays whole', () => {
    for (const c of compounds.names) expect(names(c), c).toEqual([c])
  })
})

describe('unit kinds', () => {
  it('organs: names ending in an organ suffix, for every suffix of the grammar', () => {
    for (const s of suffixes.organ) expect(kind(`市甲乙${s}`), s).toBe('organ')
    for (const n of ['宝安日报社', '区规划土地监察大队', '青岛海洋科技中心', '人民银行山东省分行', '深圳市律师协会宝安区工作委员会', '全国人民代表大会']) expect(kind(n), n).toBe('organ')
  })

  it('collectives: 各…, 其他/有关/相关…, an inner 各, a class suffix, 成员单位', () => {
    for (const n of [
      '各区',
      '各新区',
      '各街道',
      '各有关部门',
      '市直各单位',
      '市直各部门',
      '区政府各部门',
      '区人大各专门委员会',
      '其他相关单位',
      '相关实施单位',
      '市委维护稳定工作领导小组成员单位',
      '市直政法部门',
      '各级民政部门',
      '街道',
      '社区',
    ])
      expect(kind(n), n).toBe('collective')
    for (const s of suffixes.collective) expect(kind(`市甲乙${s}`), s).toBe('collective')
  })

  it('not units: notOrgan endings, forbidden words, bare suffixes, prose', () => {
    for (const w of suffixes.notOrgan) expect(kind(`市${w}`), w).toBeUndefined()
    for (const w of suffixes.forbidden.filter((f) => f.length > 0 && f !== '\n')) expect(kind(`市${w}甲乙局`), w).toBeUndefined()
    for (const n of ['单位', '部门', '局', '有关部门分', '相关工作', '市直各部门要指定职能处室', '（一）突出人大', '2015年底前']) expect(kind(n), n).toBeUndefined()
  })

  it('persons only where the list is one of persons (牵头区领导)', () => {
    const t = '李勇、谢晓东'
    const br = new Brackets(t, 0, t.length)
    expect(splitUnitList(t, 0, t.length, br, true).map((p) => p.kind)).toEqual(['person', 'person'])
    expect(splitUnitList(t, 0, t.length, br, false).map((p) => p.kind)).toEqual([undefined, undefined])
  })
})

describe('jurisdiction', () => {
  it('from issuers: 中共深圳市委办公厅 → 深圳市; 中共深圳市宝安区委 → 深圳市 宝安区; 国务院 → national', () => {
    expect(jurisdictionFromIssuer('中共深圳市委办公厅')).toEqual({ level: 'city', city: '深圳市', province: '广东省' })
    expect(jurisdictionFromIssuer(['中共深圳市委办公厅', '深圳市人民政府办公厅'])).toMatchObject({ level: 'city', city: '深圳市' })
    expect(jurisdictionFromIssuer('中共深圳市宝安区委')).toEqual({ level: 'district', province: '广东省', city: '深圳市', district: '宝安区' })
    expect(jurisdictionFromIssuer('山东省人民政府办公厅')).toEqual({ level: 'province', province: '山东省' })
    expect(jurisdictionFromIssuer('济南市人民政府')).toEqual({ level: 'city', city: '济南市', province: '山东省' })
    expect(jurisdictionFromIssuer('国务院办公厅')).toEqual({ level: 'national' })
    expect(jurisdictionFromIssuer('国家市场监督管理总局')).toEqual({ level: 'national' })
    expect(jurisdictionFromIssuer('北京市人民政府')).toMatchObject({ level: 'city', city: '北京市' })
    expect(jurisdictionFromIssuer([])).toEqual({ level: 'unknown' })
  })

  it('an unknown city is still read from the X市 pattern', () => {
    expect(jurisdictionFromIssuer('中共张家界市委')).toEqual({ level: 'city', city: '张家界市' })
  })

  it('from titles: 创建平安广州推进方案 → 广州市; a 国务院 title → national; 城市 is no place', () => {
    expect(jurisdictionFromTitle('创建平安广州推进方案(2013-2022年)')).toEqual({ level: 'city', city: '广州市', province: '广东省' })
    expect(jurisdictionFromTitle('国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见')).toEqual({ level: 'national' })
    expect(jurisdictionFromTitle('智慧城市建设指南')).toEqual({ level: 'unknown' })
  })

  it('the gazetteer is extensible', () => {
    const places = loadPlaces({ cities: { 张家界: '湖南' } })
    expect(jurisdictionFromTitle('平安张家界建设方案', places)).toEqual({ level: 'city', city: '张家界市', province: '湖南省' })
  })
})

describe('canonical names', () => {
  const sz: Jurisdiction = { level: 'city', city: '深圳市', province: '广东省' }
  const ba: Jurisdiction = { level: 'district', city: '深圳市', district: '宝安区', province: '广东省' }
  const nat: Jurisdiction = { level: 'national' }

  it('expands 市/区/省 from the document’s place', () => {
    expect(canonicalUnit('市司法局', sz)).toBe('深圳市司法局')
    expect(canonicalUnit('市市场监管局', sz)).toBe('深圳市市场监督管理局')
    expect(canonicalUnit('区法院', ba)).toBe('深圳市宝安区人民法院')
    expect(canonicalUnit('市法院', ba)).toBe('深圳市人民法院')
    expect(canonicalUnit('省教育厅', { level: 'province', province: '山东省' })).toBe('山东省教育厅')
  })

  it('drops 中共 and keeps 市委 bodies under the city name', () => {
    expect(canonicalUnit('市委政法委', sz)).toBe('深圳市委政法委')
    expect(canonicalUnit('中共深圳市委', sz)).toBe('深圳市委')
    expect(canonicalUnit('中共深圳市委政法委员会', sz)).toBe('深圳市委政法委')
  })

  it('团市委 → 共青团深圳市委 (a template); unknown without a city', () => {
    expect(canonicalUnit('团市委', sz)).toBe('共青团深圳市委')
    expect(canonicalUnit('团市委')).toBeUndefined()
  })

  it('resolves aliases to one form: 市发改委 ≡ 市发展改革委 ≡ 市发展和改革委员会', () => {
    const forms = ['市发改委', '市发展改革委', '市发展和改革委员会', '深圳市发展改革委'].map((n) => canonicalUnit(n, sz))
    expect(new Set(forms)).toEqual(new Set(['深圳市发展和改革委员会']))
    expect(canonicalUnit('发展改革委', nat)).toBe('国家发展和改革委员会')
    expect(canonicalUnit('国家发展改革委', nat)).toBe('国家发展和改革委员会')
    expect(canonicalUnit('市场监管总局', nat)).toBe('市场监管总局')
  })

  it('every alias group of the grammar resolves all its stems to the first', () => {
    for (const g of aliases.groups) {
      const outs = new Set(g.stems.map((s) => canonicalUnit(`市${s}`, sz)))
      expect(outs, g.stems.join('≡')).toEqual(new Set([`深圳市${g.stems[0]}`]))
    }
  })

  it('users extend the alias table', () => {
    const table = loadAliases([['审批服务局', '行政审批服务局', '审批局']])
    expect(canonicalUnit('市审批局', sz, table)).toBe('深圳市审批服务局')
    expect(canonicalUnit('市审批局', sz)).toBe('深圳市审批局')
  })

  it('collectives and relative names without a place have none; absolute names keep theirs', () => {
    expect(canonicalUnit('各区', sz)).toBeUndefined()
    expect(canonicalUnit('各区（县级市）', sz)).toBeUndefined()
    expect(canonicalUnit('其他相关单位', sz)).toBeUndefined()
    expect(canonicalUnit('市司法局')).toBeUndefined()
    expect(canonicalUnit('市发改委')).toBe('市发展和改革委员会')
    expect(canonicalUnit('广州海事局', sz)).toBe('广州海事局')
  })

  it('canonicalizes both sides of an annotated name', () => {
    expect(canonicalUnit('区委组织部〈区编办〉', ba)).toBe('深圳市宝安区委组织部〈深圳市宝安区机构编制委员会办公室〉')
  })
})

describe('pointers to bodies named elsewhere (outside16)', () => {
  it('以下机构 / 下列部门 are no unit; a body named after the opening still is', () => {
    expect(kind('以下机构')).toBeUndefined()
    expect(kind('下列部门')).toBeUndefined()
    expect(kind('上述单位')).toBeUndefined()
    expect(kind('下城区文化局')).toBe('organ')
  })

  it('a 由以下机构负责 head hands nothing to its items; each item keeps its own unit', async () => {
    const { parse } = await import('../../../src/index.js')
    const doc = parse(
      '某市公共自行车管理规定\n第一章 总 则\n第三条 公共自行车的管理工作由以下机构负责。\n一、日常管理机构。\n市公共自行车服务中心负责站点的日常运营和维护。\n二、监督机构。\n市交通运输局负责对运营服务质量进行考核。\n',
    )
    const roles = doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => [t.path.join('/'), r.role, u.name])))
    expect(roles).toEqual([
      ['第一章/第三条/一', 'responsible', '市公共自行车服务中心'],
      ['第一章/第三条/二', 'responsible', '市交通运输局'],
    ])
  })
})
