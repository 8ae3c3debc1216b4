import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'

// The role sweep's unexplained cues, read in the twenty-seventh session (issue #11): the articles below are
// sentences of provincial and city regulations in the bulk corpus (lawrefbook), each under a title of our own.
const triples = (doc: Pick<PolicyDocument, 'tasks'>) => doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
const regulation = (...articles: string[]) => parse(`某市管理条例\n\n${articles.map((a, i) => `第${'一二三四五六七八九十'[i]}条 ${a}`).join('\n')}\n`)

describe('an adverbial of scope between the units and their verb, no comma between (在…范围内负责)', () => {
  it('drops 在职责范围内 and 在县级人民政府确定的职责范围内 from the unit list', () => {
    const doc = regulation(
      '镇人民政府、街道办事处在职责范围内负责本辖区的城市绿化工作。',
      '乡（镇）人民政府在县级人民政府确定的职责范围内负责乡道、村道的建设、养护和管理工作。',
      '县级以上各级人民政府计划、财政、人事等有关部门在各自职权范围内负责有关的教师工作。',
      '其他有关行政管理部门在其法定职权范围内负责经纪人和经纪活动的监督管理工作。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 镇人民政府',
      '第一条 responsible 街道办事处',
      '第二条 responsible 乡（镇）人民政府',
      '第三条 responsible 县级以上各级人民政府计划部门',
      '第三条 responsible 县级以上各级人民政府财政部门',
      '第三条 responsible 县级以上各级人民政府人事部门',
      '第四条 responsible 其他有关行政管理部门',
    ])
  })

  it('leaves a scope after the verb to the work (负责在本市范围内…)', () => {
    const doc = regulation('市交通运输局负责在本市范围内的公路养护工作。')
    expect(triples(doc)).toEqual(['第一条 responsible 市交通运输局'])
  })
})

describe('统筹 before 负责, and 参照 opening a basis phrase', () => {
  it('reads the units before 统筹负责, in one clause and after the subject’s own clause', () => {
    const doc = regulation(
      '县（市、区）人民政府应当履行本行政区域学前教育发展的主体责任，统筹负责幼儿园的规划布局、资源配置、教师配备、投入保障等工作。',
      '国务院公安部门、金融管理部门、电信主管部门和国家网信部门等应当统筹负责本行业领域反制技术措施建设。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 县（市、区）人民政府',
      '第二条 responsible 国务院公安部门',
      '第二条 responsible 金融管理部门',
      '第二条 responsible 电信主管部门',
      '第二条 responsible 国家网信部门',
    ])
  })

  it('reads the units before 参照本条例负责', () => {
    const doc = regulation('军队实验室由中国人民解放军卫生主管部门参照本条例负责监督管理。')
    expect(triples(doc)).toEqual(['第一条 responsible 中国人民解放军卫生主管部门'])
  })
})

describe('a later clause of the opening duty that takes part in other work (…负责A，配合/协助/参与B): outside38 07', () => {
  it('gives the body responsible at the opening the part it takes', () => {
    const doc = regulation(
      '城市管理部门负责停车场的使用管理工作，参与停车场规划和建设工作。',
      '乡镇人民政府负责做好本行政区域内村道的保护工作，协助县级人民政府交通运输主管部门做好县道、乡道的保护工作。',
    )
    expect(triples(doc)).toEqual(['第一条 responsible 城市管理部门', '第一条 participant 城市管理部门', '第二条 responsible 乡镇人民政府', '第二条 participant 乡镇人民政府'])
  })

  it('gives it none after a clause naming a new subject, with its basis or with a role of its own', () => {
    const doc = regulation(
      '市和县（市）、区科学技术行政管理部门负责组织本条例的实施，工商等有关行政管理部门按照各自的职责，协助做好企业技术秘密保护工作。',
      '市交通运输局负责公路养护，市公安局负责交通秩序，配合做好应急保障工作。',
    )
    const first = triples(doc).filter((x) => x.startsWith('第一条'))
    expect(first).not.toContain('第一条 participant 市和县（市）、区科学技术行政管理部门')
    expect(triples(doc).filter((x) => x.startsWith('第二条'))).not.toContain('第二条 participant 市交通运输局')
  })
})
