import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { normalizeStep, segmentStep, structureStep } from '../../src/steps.js'
import { ownRanges, ownText } from '../../src/tree/own.js'
import type { ClauseNode } from '../../src/tree/types.js'
import { fixtureText, policyDocs, seed } from '../helpers.js'

// ownText takes a clause's one range without building range and piece arrays (emit asks it of every
// clause); a clause with text after its items still joins its ranges. Held here to the joined
// ranges, on every clause of real documents.

/** The documented reading: the own ranges, each trimmed, the empty ones dropped, joined by one line break. */
const joined = (c: ClauseNode, text: string) =>
  ownRanges(c)
    .map(([s, e]) => text.slice(s, e).trim())
    .filter(Boolean)
    .join('\n')
    .replace(/\n{2,}/g, '\n')

function clausesOf(raw: string): { text: string; clauses: ClauseNode[] } {
  const { view } = normalizeStep(raw)
  const clauses: ClauseNode[] = []
  const walk = (nodes: ClauseNode['children']) => {
    for (const n of nodes)
      if (n.type === 'clause') {
        clauses.push(n)
        walk(n.children)
      }
  }
  for (const built of structureStep(segmentStep(view), view)) walk(built.clauses)
  return { text: view.text, clauses }
}

describe('ownText', () => {
  it('equals the joined own ranges for every clause of the seeds, a third of the policy documents and the fixture', () => {
    let clauses = 0
    let multi = 0
    for (const raw of [
      fixtureText('speed10/own-text.txt'),
      seed('001'),
      seed('003'),
      ...policyDocs()
        .map(([, t]) => t)
        .filter((_, k) => k % 3 === 0),
    ]) {
      const built = clausesOf(raw)
      for (const c of built.clauses) {
        expect(ownText(c, built.text)).toBe(joined(c, built.text))
        clauses++
        if (ownRanges(c).length > 1) multi++
      }
    }
    expect(clauses).toBeGreaterThan(1000)
    // (both readings are exercised: clauses with text after their items exist)
    expect(multi).toBeGreaterThan(0)
  })

  it('gives a section the text after its inline 一是/二是 items, on its own line', () => {
    const doc = parse(fixtureText('speed10/own-text.txt'))
    const section = doc.clauses.find((c) => c.marker === '二、')!
    expect(section.text).toBe('保障措施\n各街道要抓好三个方面：\n以上工作由各街道统筹推进。')
    expect(section.children.map((c) => c.text)).toEqual(['加强组织领导；', '强化资金保障。'])
    // a clause of one range: its text trimmed
    expect(doc.clauses[0].text).toBe('目标任务\n2023年底前完成加装电梯50部。')
  })
})
