import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig, readCsv, readTable, tableFromRows, validate, isCollectiveName } from '../../src/validate/index.js'
import { responsibilityTable, tableToCsv } from '../../src/emit/table.js'
import { cli, FIXTURES, fixtureDoc, fixtureText, slice } from './helpers.js'

const HEADER = 'path,title,lead,responsible,participants,leaders,deadlines'

describe('readCsv (RFC 4180)', () => {
  it('reads quotes, escaped quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,,3'
    const { records, problems } = readCsv(text)
    expect(problems).toEqual([])
    expect(records.map((r) => r.fields.map((f) => f.value))).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ])
    expect(records.map((r) => r.row)).toEqual([1, 2, 3])
    const [x, hi] = records[1].fields
    expect(text.slice(x.start, x.end)).toBe('x, y')
    expect(x.exact).toBe(true)
    expect(hi.exact).toBe(false)
  })

  it('numbers records, not lines; blank lines keep their number', () => {
    const { records } = readCsv('h\n"a\nb"\n\nc\n')
    expect(records.map((r) => [r.row, r.fields[0].value])).toEqual([
      [1, 'h'],
      [2, 'a\nb'],
      [4, 'c'],
    ])
  })

  it('reports an unterminated quote and stray quotes, never throws, stays linear on hostile input', () => {
    expect(readCsv('a,"b\nc').problems.map((p) => p.message)).toEqual(['unterminated quoted field'])
    expect(readCsv('a,b"c').problems.map((p) => p.message)).toEqual(['a quote inside an unquoted field'])
    expect(readCsv('"a"b,c').problems.map((p) => p.message)).toEqual(['characters after a closing quote'])
    const t0 = performance.now()
    readCsv(','.repeat(200_000))
    readCsv('"'.repeat(200_001))
    readCsv('、'.repeat(200_000))
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})

describe('hand-kept CSV table', () => {
  const config = loadConfig(`${FIXTURES}/registry.config.json`)
  const text = fixtureText('table.csv')

  it('a misspelt unit, a missing lead and a bad date: exactly three findings with their CSV rows', () => {
    const findings = validate(readTable(text, 'csv'), config)
    expect(findings.map((f) => [f.ruleId, f.row, f.column])).toEqual([
      ['unit-known', 4, 'participants'],
      ['task-has-lead', 5, 'lead'],
      ['deadline-parseable', 6, 'deadlines'],
    ])
    // Positions are in the CSV file: row 4 spans lines 4–5 (a line break inside a quoted title).
    expect(findings.map((f) => f.position!.start.line)).toEqual([5, 6, 7])
    expect(slice(text, findings[0].position!)).toBe('区市场监督局')
    expect(findings[0].message).toContain('深圳市宝安区市场监督管理局')
    expect(slice(text, findings[2].position!)).toBe('2015年6月31日前')
    expect(findings[1].position!.start.offset).toBe(text.indexOf('建立行政执法督察工作机制,') + '建立行政执法督察工作机制,'.length)
  })

  it('through the CLI: exit 1, compiler-style lines with the row and column', async () => {
    const run = await cli(`${FIXTURES}/table.csv`, '--config', `${FIXTURES}/registry.config.json`)
    expect(run.code).toBe(1)
    const lines = run.out.trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^test\/fixtures\/validate\/table\.csv:5:27 {2}error {2}unknown unit 「区市场监督局」 .* \[row 4, participants\] {2}unit-known$/)
    expect(lines[3]).toBe('✖ 3 problems (3 errors, 0 warnings)')
  })

  it('without a registry, unit-known is off and the other two remain', () => {
    expect(validate(readTable(text, 'csv')).map((f) => f.ruleId)).toEqual(['task-has-lead', 'deadline-parseable'])
  })

  it('reads multi-values separated by 、 or ; and splits the path', () => {
    const t = readTable(text, 'csv')
    expect(t.findings).toEqual([])
    expect(t.rows[1].value).toMatchObject({
      path: ['一', '（一）', '2'],
      lead: ['区法制办'],
      leaders: ['王宏彬'],
      deadlines: ['2015年6月底前', '2015年12月底前'],
    })
    expect(t.rows[2].value.title).toBe('完善行政处罚自由裁量权标准\n（细化、量化并向社会公开）')
  })
})

describe('table schema errors carry the row and column', () => {
  it('a header without a required column', () => {
    const t = readTable('path,title,lead,responsible,participants,leaders\n1,任务,区法制办,,,\n', 'csv')
    expect(t.findings.map((f) => [f.ruleId, f.row, f.column, f.message])).toEqual([['table-schema', 1, 'deadlines', 'the header has no "deadlines" column']])
    expect(validate(t).map((f) => f.ruleId)).toEqual(['table-schema'])
  })

  it('cells that are not what the column holds', () => {
    const csv = [
      HEADER,
      '1,制定行政决策程序规定,区政府办公室,,区法制办,,2015年6月底前',
      '2,推行政府法律顾问制度,区法制办,,"区司法局，区检察院",,2015年12月底前',
      '3,,区法制办,,区城管局,,2016年6月底前',
      '4,建立行政执法督察工作机制,区法制办,,区司法局',
      '5,推行行政复议建议书制度,区法制办,,区检察院,,2015年6月底前,多余',
    ].join('\n')
    const t = readTable(csv, 'csv')
    expect(t.findings.map((f) => [f.row, f.column, f.message])).toEqual([
      [3, 'participants', 'participants: units are separated by 、 or ;, not by commas'],
      [4, 'title', 'title: title is empty'],
      [5, 'leaders', 'row has 5 cells, the header 7'],
      [6, undefined, 'row has 8 cells, the header 7'],
    ])
    expect(t.findings[0].position!.start.line).toBe(3)
    expect(slice(csv, t.findings[0].position!)).toBe('区司法局，区检察院')
    // The valid row is still checked by the rules.
    expect(t.rows.map((r) => r.row)).toEqual([2])
  })

  it('JSON rows: issue paths map to the 1-based row and the column', () => {
    const t = tableFromRows([
      { path: ['1'], title: '制定行政决策程序规定', lead: ['区政府办公室'], responsible: [], participants: [], leaders: [], deadlines: [] },
      { path: ['2'], title: '推行政府法律顾问制度', lead: '区法制办、区司法局', deadlines: '2015年6月底前' },
      { path: ['3'], title: '完善行政处罚自由裁量权标准', lead: [7] },
      { path: ['4'], lead: [] },
    ])
    expect(t.findings.map((f) => [f.row, f.column])).toEqual([
      [3, 'lead'],
      [4, 'title'],
    ])
    expect(t.rows[1].value.lead).toEqual(['区法制办', '区司法局'])
    expect(validate(t).map((f) => [f.ruleId, f.row])).toEqual([
      ['table-schema', 3],
      ['table-schema', 4],
    ])
  })

  it('validate() takes responsibility rows directly', () => {
    const rows = [
      { path: ['1'], title: '普法宣传', lead: ['各有关部门'], responsible: [], participants: [], leaders: [], deadlines: ['2015年6月底前'] },
      { path: ['2'], title: '法律服务', lead: ['区司法局'], responsible: [], participants: ['区司法局'], leaders: [], deadlines: ['2015年6月前'] },
    ]
    expect(validate(rows, { documentDate: '2015-06-01' }).map((f) => [f.ruleId, f.row, f.severity])).toEqual([
      ['lead-not-collective', 1, 'error'],
      ['role-conflict', 2, 'error'],
      // `6月前` is before June: due 2015-05-31, before the document date.
      ['deadline-after-document', 2, 'warn'],
    ])
  })
})

describe('collective names in tables', () => {
  it('reads the collectives of the corpus as collectives, named units and people not', () => {
    for (const name of ['各有关部门', '各区', '各街道', '市直各单位', '区政府各部门', '市综治委成员单位', '有关单位', '各级民政部门', '各区(县级市)'])
      expect([name, isCollectiveName(name)]).toEqual([name, true])
    for (const name of ['区司法局', '市人大常委会法制工委', '区委组织部〈区编办〉', '区纪委〈监察局〉', '王宏彬']) expect([name, isCollectiveName(name)]).toEqual([name, false])
  })
})

describe('tables written by gongwen table', () => {
  it('CSV and JSON round trips find what the document finds, at the table rows', () => {
    const doc = fixtureDoc('report')
    const direct = validate(doc).map((f) => [f.ruleId, f.path])
    expect(direct).toEqual([
      ['deadline-after-document', ['一', '（一）', '1']],
      ['task-has-lead', ['一', '（一）', '2']],
    ])
    // A table carries no document date: the config gives it.
    const config = { documentDate: doc.meta.signedDate! }
    const rows = responsibilityTable(doc)
    const csv = tableToCsv(rows)
    const fromCsv = validate(readTable(csv, 'csv'), config)
    expect(fromCsv.map((f) => [f.ruleId, f.path, f.row, f.column])).toEqual([
      ['deadline-after-document', ['一', '（一）', '1'], 2, 'deadlines'],
      ['task-has-lead', ['一', '（一）', '2'], 3, 'lead'],
    ])
    expect(slice(csv, fromCsv[0].position!)).toBe('2015-01-31')
    const fromJson = validate(readTable(JSON.stringify(rows), 'json'), config)
    expect(fromJson.map((f) => [f.ruleId, f.row])).toEqual([
      ['deadline-after-document', 1],
      ['task-has-lead', 2],
    ])
  })

  it('JSON rows through the CLI: row and column, no position (row positions are in the source document)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-table-'))
    const file = join(dir, 'duty.json')
    writeFileSync(file, JSON.stringify(responsibilityTable(fixtureDoc('report'))))
    const run = await cli(file, '--format', 'json')
    expect(run.code).toBe(1)
    const [f] = JSON.parse(run.out).files[0].findings
    expect(f).toMatchObject({ ruleId: 'task-has-lead', row: 2, column: 'lead', file })
    expect(f.position).toBeUndefined()
  })

  it('reads date ranges a..b and rejects reversed or invalid ones', () => {
    const csv = [
      HEADER + ',document',
      '1,制定行政决策程序规定,区政府办公室,,,,2015-01-01..2015-12-31,工作方案',
      '2,推行政府法律顾问制度,区法制办,,,,2015-12-31..2015-01-01,工作方案',
      '3,推行政府法律顾问制度,区法制办,,,,..2015-02-30,实施意见',
    ].join('\n')
    const found = validate(readTable(csv, 'csv'), { period: { start: '2015-01-01', end: '2015-06-30' } })
    expect(found.map((f) => [f.ruleId, f.row])).toEqual([
      ['deadline-within-plan', 2],
      ['deadline-parseable', 3],
      ['deadline-parseable', 4],
    ])
    // Rows 3 and 4 share a title but not a document: no task-duplicate.
  })
})

describe('deadline cells read through the time grammar', () => {
  it('time expressions pass, a cell that is no time or an impossible date fails, yearless dates take the config date', () => {
    const cells = ['2015年6月底前', '长期坚持', '立即', '2015年第三季度', '尽快', '2015年2月30日前', '12月底前']
    const csv = [HEADER, ...cells.map((d, i) => `${i + 1},任务${i + 1},区法制办,,,,${d}`)].join('\n')
    const found = (c = {}) => validate(readTable(csv, 'csv'), c).map((f) => [f.row, f.message.replace(/ of task \S+ 「[^」]*」/, '')])
    expect(found()).toEqual([
      [6, 'deadline 「尽快」 is not a time expression'],
      [7, 'deadline 「2015年2月30日前」 names no valid date'],
      [8, 'deadline 「12月底前」 names no valid date'],
    ])
    expect(found({ documentDate: '2015-02-05' })).toEqual([
      [6, 'deadline 「尽快」 is not a time expression'],
      [7, 'deadline 「2015年2月30日前」 names no valid date'],
    ])
  })
})

describe('hostile input', () => {
  it('stays fast on huge cells: 100k 、, 100k 。 before a title end, 100k digits', () => {
    const t0 = performance.now()
    const csv = [HEADER, `1,${'。'.repeat(100_000)}x,区法制办,,${'、'.repeat(100_000)},,${'1'.repeat(100_000)}`, `2,${'。'.repeat(100_000)}x,区法制办,,区司法局,,2015年6月底前`].join('\n')
    const found = validate(readTable(csv, 'csv'))
    expect(performance.now() - t0).toBeLessThan(3000)
    expect(found.map((f) => [f.ruleId, f.row])).toEqual([
      ['deadline-parseable', 2],
      ['task-duplicate', 3],
    ])
  })
})
