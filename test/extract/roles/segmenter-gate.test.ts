import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { mayStartInside, segmenterGate } from '../../../src/extract/roles/left-edge.js'
import { segmenterUseCount } from '../../../src/extract/roles/segment.js'
import { Brackets } from '../../../src/extract/roles/text.js'
import type { PolicyDocument } from '../../../src/schema/document.js'
import { repoTextFiles } from '../../helpers.js'

// A prose list that names no unit of its own (道路日常巡查工作负责…) gains one only from a start the
// segmenter finds inside its first piece, at a unit opening that starts a valid unit; where no
// position can be one, the segmenter is not asked. The answers must be those of asking every time.
const ROOT = new URL('../../../', import.meta.url)
const dir = repoTextFiles
const INPUTS = [...dir('corpus/seeds/'), ...dir('test/gold/blind/texts/'), ...dir('test/gold/blind/fixtures/'), ...dir('test/fixtures/outside-roles/')]

const roles = (doc: PolicyDocument): string => JSON.stringify([doc, ...doc.documents].map((d) => d.tasks.map((t) => [t.path, t.roles])))

/** Roles and segmenter questions of one parse, with the gate on or off. */
function run(text: string, gated: boolean): { roles: string; asked: number } {
  try {
    segmenterGate.enabled = gated
    const before = segmenterUseCount()
    const out = roles(parse(text))
    return { roles: out, asked: segmenterUseCount() - before }
  } finally {
    segmenterGate.enabled = true
  }
}

const plan = (item: string) => `某县农村公路养护实施方案\n\n一、工作任务\n（一）${item}\n`

describe('mayStartInside', () => {
  const at = (text: string) => mayStartInside(text, 0, text.length, new Brackets(text, 0, text.length))

  it('finds a unit opening that starts a valid unit inside the piece', () => {
    expect(at('该项工作县交通运输局')).toBe(true)
    expect(at('此项任务由各乡镇人民政府')).toBe(true)
  })

  it('finds none in a piece that holds no unit after its first character', () => {
    expect(at('道路日常巡查工作')).toBe(false)
    expect(at('桥梁安全隐患排查整治')).toBe(false)
    // (a unit at the very start is no start inside the piece: leftEdgeOf gives it no start either)
    expect(at('县交通运输局')).toBe(false)
  })
})

describe('the segmenter gate', () => {
  it('does not ask about a list that can gain no unit, and reads the same roles', () => {
    const text = plan('道路日常巡查工作负责到位，确保路面整洁。')
    const ungated = run(text, false)
    const gated = run(text, true)
    expect(ungated.asked).toBe(1)
    expect(gated.asked).toBe(0)
    expect(gated.roles).toBe(ungated.roles)
    // (no unit named: nobody is assigned, with or without the question)
    const assigned = (JSON.parse(gated.roles) as Array<Array<[string[], unknown[]]>>).flat().flatMap(([, rs]) => rs)
    expect(assigned).toEqual([])
  })

  it('still asks where a unit may start inside the piece (该项工作县交通运输局负责)', () => {
    const text = plan('该项工作县交通运输局负责，2025年6月底前完成。')
    const gated = run(text, true)
    expect(gated.asked).toBe(1)
    const units = (JSON.parse(gated.roles) as Array<Array<[string[], Array<{ role: string; units: Array<{ name: string }> }>]>>)[0].flatMap(([, rs]) =>
      rs.map((r) => [r.role, r.units.map((u) => u.name)]),
    )
    expect(units).toEqual([['responsible', ['县交通运输局']]])
  })

  it.each(INPUTS)('changes no role: %s', (path) => {
    const text = readFileSync(new URL(path, ROOT), 'utf8')
    const ungated = run(text, false)
    const gated = run(text, true)
    expect(gated.roles).toBe(ungated.roles)
    expect(gated.asked).toBeLessThanOrEqual(ungated.asked)
  })
})
