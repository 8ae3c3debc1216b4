import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { normalizeStep } from '../../src/steps.js'
import { findCellTables, findColumnHeader, findSpanTables, tableGate } from '../../src/structure/cell-table.js'
import type { Line } from '../../src/tree/segment.js'
import { nonBlankLines, repoTextFiles } from '../helpers.js'

// The table readers look a line up as a column word only when its squeezed text opens and ends as
// some column word does, and build bar cells only when some line opens with a serial word's first
// unit (issue #14: they squeezed every line of every document). The test holds both gates to reading
// every line: same tables on every corpus, blind and fixture document, and on tables written for it.
const ROOT = new URL('../../', import.meta.url)
const dir = repoTextFiles
/** The .txt fixtures under test/fixtures (the table forms of the probes are there), recursively. */
const fixtures = (path: string): string[] =>
  readdirSync(new URL(path, ROOT), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? fixtures(`${path}${e.name}/`) : e.name.endsWith('.txt') ? [path + e.name] : []))
const DOCS = [...dir('corpus/seeds/'), ...dir('corpus/policy/'), ...dir('test/gold/blind/texts/'), ...fixtures('test/fixtures/')]

function ungated<T>(f: () => T): T {
  try {
    tableGate.enabled = false
    return f()
  } finally {
    tableGate.enabled = true
  }
}

const readers = (body: Line[], text: string) => ({ cell: findCellTables(body, text), span: findSpanTables(body, text), header: findColumnHeader(body, text) })

// A district task list printed one cell per bar (written for this test): a serial header printed
// with a space in it (序 号), and one broken over two lines (序 / 号) in the second table.
const barTable = (serial: string[]) =>
  [
    '2024年城区环境整治任务清单',
    '',
    '类别',
    '|',
    ...serial,
    '|',
    '任务名称',
    '|',
    '责任单位',
    '|',
    '完成时限',
    '|',
    '(一)道路保洁',
    '|',
    '1',
    '|',
    '主干道每日机扫两遍',
    '|',
    '区城管局',
    '|',
    '6月底',
    '|',
    '2',
    '|',
    '背街小巷垃圾日产日清',
    '|',
    '各街道办事处',
    '|',
    '9月底',
    '|',
    '(二)河道治理',
    '|',
    '3',
    '|',
    '清理河道漂浮物',
    '|',
    '区水务局',
    '|',
    '10月底',
    '|',
  ].join('\n')

describe('the table readers’ line gates change nothing', () => {
  it('every corpus, blind and fixture document: the same tables read with the gates as without', () => {
    let tables = 0
    for (const path of DOCS) {
      const text = normalizeStep(readFileSync(new URL(path, ROOT), 'utf8')).view.text
      const body = nonBlankLines(text)
      const gated = readers(body, text)
      expect(gated, path).toEqual(ungated(() => readers(body, text)))
      tables += gated.cell.length + gated.span.length + (gated.header ? 1 : 0)
    }
    // (the fixtures hold tables of these forms, so the comparison is not of empty lists only)
    expect(tables).toBeGreaterThan(10)
  })

  for (const [name, serial] of [
    ['a serial header printed with a space (序 号)', ['序 号']],
    ['a serial header broken over two lines (序 / 号)', ['序', '号']],
  ] as const) {
    it(`${name}: each row under its category, the same with the gates off`, () => {
      const text = barTable([...serial])
      const rows = (doc: ReturnType<typeof parse>) => doc.tasks.map((t) => [t.path.join('/'), t.roles.map((r) => [r.role, r.units.map((u) => u.name)]), t.deadlines.map((d) => d.raw)])
      const found = rows(parse(text))
      expect(found).toEqual([
        ['（一）/1', [['responsible', ['区城管局']]], ['6月底']],
        ['（一）/2', [['responsible', ['各街道办事处']]], ['9月底']],
        ['（二）/3', [['responsible', ['区水务局']]], ['10月底']],
      ])
      expect(ungated(() => rows(parse(text)))).toEqual(found)
    })
  }

  it('a list without a serial header is no table, gated or not', () => {
    const text = barTable(['项目'])
    const body = nonBlankLines(text)
    expect(readers(body, text).span).toEqual([])
    expect(ungated(() => readers(body, text).span)).toEqual([])
  })
})
