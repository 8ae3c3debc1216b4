/**
 * A quoted yearless date is a slogan (“年初公布、年中检查、年底兑现”: a principle, no due date) unless
 * it carries its own 前 and a deadline verb follows: then it is a node the text sets (outside15).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const doc = (body: string) =>
  parse(`某市人民政府办公室关于做好2027年民生实事项目推进工作的通知\n\n各区人民政府：\n　　一、${body}\n　　二、加强督查。各区要按月报送进展。\n\n某市人民政府办公室\n2027年3月2日\n`)
const dues = (body: string) => doc(body).tasks.flatMap((t) => t.deadlines.map((d) => `${t.path.join('/')} ${d.kind} ${d.date}`))

describe('quoted dates: slogans and task nodes', () => {
  it('“10月前基本完成、11月验收”: the node with 前 and a verb is due; the bare month stays in the slogan', () => {
    expect(dues('按照“10月前基本完成、11月验收总结”的节点要求，抓好项目落实。')).toEqual(['一 due 2027-09-30'])
  })

  it('“年初部署、年中督查、年底考核” stays a slogan (no 前)', () => {
    expect(dues('坚持“年初部署、年中督查、年底考核”，抓好项目落实。')).toEqual([])
  })

  it('a quoted date with 前 but no deadline verb after it stays a slogan', () => {
    expect(dues('落实“节前走访、节后回访”和“10月前”排查制度。')).toEqual([])
  })
})
