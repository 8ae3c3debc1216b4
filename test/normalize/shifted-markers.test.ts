import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { taskRoles } from '../helpers.js'

// outside6 page 12 (issue #11, helper fixroles): a pinyin-annotating mirror printed a GBK page one
// byte off at the start of some item lines, `?。ǘ┩…` for `（二）推…`. Fixture written for the test in
// that shape (own items and units; the garbled runs made from its own text shifted by one byte).
const text = readFileSync(new URL('../fixtures/fixroles/shifted-markers.txt', import.meta.url), 'utf8')

describe('item markers of a page decoded one byte off', () => {
  const doc = parse(text)
  const plan = doc.documents[0]

  it('restores （二）（三）（五） from the row-A8 character that names the numeral, so each item keeps its own roles', () => {
    expect(plan.tasks.map((t) => t.path.join('/'))).toEqual(['一/（一）', '一/（二）', '一/（三）', '一/（四）', '一/（五）'])
    expect(taskRoles(plan, '一/（二）')).toEqual(['lead 市工信局', 'participant 市住建局、市规划局'])
    expect(taskRoles(plan, '一/（三）')).toEqual(['lead 市数据局', 'participant 市财政局'])
    expect(doc.diagnostics.filter((d) => d.code === 'marker-repaired')).toHaveLength(1)
  })

  it('cannot restore （六）: its numeral`s first byte has no character in row A8, so its line stays with （五）', () => {
    expect(taskRoles(plan, '一/（五）')).toEqual(['lead 市贸促会', 'participant 市公安局', 'lead 市农业农村局', 'participant 市商务局'])
  })

  it('leaves other lines opening with ?。 and a question mark inside a line as they are', () => {
    const other = parse('某县关于做好春耕工作的通知\n一、总体要求\n?。ù思_公開發布)\n（一）是否完成备耕？。（责任单位：县农业农村局）\n')
    expect(other.diagnostics.some((d) => d.code === 'marker-repaired')).toBe(false)
    expect(other.tasks.map((t) => t.path.join('/'))).toEqual(['一/（一）'])
  })
})
