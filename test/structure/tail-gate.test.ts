import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { tailGate } from '../../src/structure/build.js'
import { repoTextFiles } from '../helpers.js'

// A heading glued to the end of a line (`…两部分组成，（三）基础共性标准`) is looked for at each of the
// line's last places only when neither of its last two characters is 。；，：、 (the text after such
// a heading's marker is two characters or more and holds none of them; issue #14: every line was
// tried, 451k marker reads per corpus pass). The test holds the gate to trying every line.
const ROOT = new URL('../../', import.meta.url)
const dir = repoTextFiles
const DOCS = [...dir('corpus/seeds/'), ...dir('corpus/policy/'), ...dir('test/gold/blind/texts/'), ...dir('test/gold/blind/fixtures/')]

function both(text: string): { gated: string; ungated: string } {
  try {
    tailGate.enabled = false
    const ungated = JSON.stringify(parse(text))
    tailGate.enabled = true
    return { gated: JSON.stringify(parse(text)), ungated }
  } finally {
    tailGate.enabled = true
  }
}

const PLAN = (line: string) => `某区标准化建设实施方案\n\n一、总体要求\n（一）指导思想\n坚持问题导向，统筹推进标准化工作。\n（二）体系框架\n${line}\n重点制定术语、符号等基础标准。\n`

describe('the glued-heading gate', () => {
  it('still reads a heading glued to the end of a line', () => {
    const doc = parse(PLAN('标准体系由基础标准和管理标准两部分组成，（三）基础共性标准'))
    const items = doc.clauses[0].children.map((c) => (c.type === 'clause' ? [c.marker, c.heading] : []))
    expect(items).toEqual([
      ['（一）', '指导思想'],
      ['（二）', '体系框架'],
      ['（三）', '基础共性标准'],
    ])
    expect(doc.diagnostics.filter((d) => d.code === 'marker-repaired')).toHaveLength(1)
  })

  it('reads none in a line that ends a sentence, as trying every place did', () => {
    const text = PLAN('标准体系由基础标准和管理标准两部分组成，（三）基础共性标准。')
    const { gated, ungated } = both(text)
    expect(gated).toBe(ungated)
    const doc = parse(text)
    expect(doc.clauses[0].children.map((c) => (c.type === 'clause' ? c.marker : ''))).toEqual(['（一）', '（二）'])
  })

  it.each(DOCS)('same document as trying every line: %s', (path) => {
    const { gated, ungated } = both(readFileSync(new URL(path, ROOT), 'utf8'))
    expect(gated).toBe(ungated)
  })
})
