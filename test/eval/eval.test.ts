import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument, type Task } from '../../src/index.js'
import { baselineOf, canonicalText, canonicalUnit, compareDocument, evaluate, formatMarkdown, formatText, loadGold, regressions, type Baseline, type GoldPart } from '../../src/eval/index.js'
import { runEval } from '../../src/cli/eval.js'

const ROOT = new URL('../..', import.meta.url).pathname
const GOLD = join(ROOT, 'test/gold')

describe('gold annotations', () => {
  const gold = loadGold(GOLD)
  const parts = (g: GoldPart): GoldPart[] => [g, ...(g.documents ?? []).flatMap(parts)]

  it('cover the five seeds and at least ten policy documents, each input present', () => {
    expect(gold.filter((g) => g.gold.file.startsWith('corpus/seeds/'))).toHaveLength(5)
    expect(gold.filter((g) => g.gold.file.startsWith('corpus/policy/')).length).toBeGreaterThanOrEqual(10)
    for (const { gold: g } of gold) expect(existsSync(join(ROOT, g.file)), g.file).toBe(true)
  })

  it('annotate all 68 projects of seed 002 and all 44 items of seed 003 工作方案', () => {
    const s2 = gold.find((g) => g.name === 'seed-002')!.gold
    expect(s2.tasks!.filter((t) => t.path.length === 3).map((t) => Number(t.path[2]))).toEqual(Array.from({ length: 68 }, (_, i) => i + 1))
    const plan = gold.find((g) => g.name === 'seed-003')!.gold.documents![1]
    expect(plan.tasks!.map((t) => Number(t.path[2]))).toEqual(Array.from({ length: 44 }, (_, i) => i + 1))
    // item 16: "2015年6月底前完成准备工作，12月底前启动运行"
    expect(plan.tasks![15].deadlines).toEqual(['2015-06-30', '2015-12-31'])
  })

  it('write units as printed: no leftover 等-suffix, no spaces, no empty names', () => {
    for (const { name, gold: g } of gold)
      for (const p of parts(g))
        for (const t of p.tasks ?? [])
          for (const r of t.roles)
            for (const u of r.units) {
              const n = typeof u === 'string' ? u : u.name
              expect(n.length, `${name} ${t.path.join('/')}`).toBeGreaterThan(0)
              expect(canonicalUnit(n), `${name} ${n}`).toBe(canonicalText(n))
              expect(n).not.toMatch(/\s/)
            }
  })

  it('use real calendar dates, and stages that do not end before they start', () => {
    const real = (d: string) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d
    for (const { gold: g } of gold)
      for (const p of parts(g)) {
        for (const t of p.tasks ?? []) for (const d of t.deadlines) expect(real(d), d).toBe(true)
        for (const s of p.stages) {
          for (const d of [s.start, s.end]) if (d) expect(real(d), d).toBe(true)
          if (s.start && s.end) expect(s.start <= s.end).toBe(true)
        }
      }
  })

  it('quote units that occur in the document text', () => {
    // Guards against typos: every unit name of every gold file is found in its input (after the
    // same light folding the parser applies: NFKC, no spaces).
    for (const { name, gold: g } of gold) {
      const text = canonicalText(readFileSync(join(ROOT, g.file), 'utf8'))
      for (const p of parts(g))
        for (const t of p.tasks ?? []) for (const r of t.roles) for (const u of r.units) expect(text.includes(canonicalText(typeof u === 'string' ? u : u.name)), `${name}: ${String(u)}`).toBe(true)
    }
  })
})

describe('comparison vocabulary (src/eval/vocab.json), one case per rule', () => {
  it.each([
    ['市法院等', '市法院'], // bare 等
    ['市教育局等单位', '市教育局'], // dengTails
    ['市公安局等相关单位', '市公安局'],
    ['团市委等有关部门', '团市委'],
    ['市委维稳办等成员单位', '市委维稳办'],
    ['市财政局等市食品安全委员会成员单位', '市财政局'], // a category ending in 单位 (seed 002 project 32)
    ['区法院等司法机关', '区法院'], // … in 机关
    ['高等院校', '高等院校'], // notBeforeDeng: 等 inside a word
    ['市平等就业促进会', '市平等就业促进会'],
    ['各区（县级市）', '各区(县级市)'], // NFKC folds the brackets
    ['市 法制办', '市法制办'], // spaces dropped
    ['二○一○年度先进单位', '二〇一〇年度先进单位'], // a circle printed for the numeral zero
  ])('%s → %s', (name, expected) => {
    expect(canonicalUnit(name)).toBe(expected)
  })
})

describe('scorer', () => {
  const seed000 = loadGold(GOLD).find((g) => g.name === 'seed-000')!.gold
  const text = readFileSync(join(ROOT, seed000.file))
  const parsed = parse(text)

  /** The real parse of seed 000 with the plan's tasks replaced by `tasks`. */
  const withTasks = (tasks: Task[], stages: PolicyDocument['stages'] = []): PolicyDocument => ({
    ...parsed,
    documents: [{ ...parsed.documents[0], tasks, stages }, ...parsed.documents.slice(1)],
  })
  /** The scorer ignores positions: every made-up value gets the document's first character. */
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }
  const goldTasks = (): Task[] =>
    seed000.documents![0].tasks!.map((t) => ({
      path: t.path,
      title: '',
      deadlines: [],
      position,
      roles: t.roles.map((r) => ({
        role: r.role,
        label: r.role,
        position,
        units: r.units.map((u) => ({ name: typeof u === 'string' ? u : u.name, kind: 'organ' as const, position })),
      })),
    }))

  it('scores the gold against itself as perfect (73 role triples of items 1–8)', () => {
    const c = compareDocument(
      seed000,
      withTasks(
        goldTasks(),
        seed000.documents![0].stages.map((s) => ({ ...s, raw: s.name })),
      ),
    )
    expect(c.counts.roles).toEqual({ tp: 73, fp: 0, fn: 0 })
    expect(c.counts.stages).toEqual({ tp: 4, fp: 0, fn: 0 })
    expect(c.mismatches.filter((m) => m.field === 'roles' || m.field === 'stages')).toEqual([])
  })

  it('counts a missing unit as fn and a wrong role as fp + fn', () => {
    const tasks = goldTasks()
    tasks[0].roles[0].units.pop() // item 1 lead 市法制办 dropped
    tasks[1].roles[0].role = 'participant' // item 2 leads 市委政法委, 市依法治市办 read as participants
    const c = compareDocument(seed000, withTasks(tasks))
    expect(c.counts.roles).toEqual({ tp: 70, fp: 2, fn: 3 })
    expect(c.mismatches).toContainEqual({ field: 'roles', kind: 'fn', document: '0.0', item: '四/(一)/1 lead 市法制办' })
  })

  it('matches units after dropping 等单位 and spaces, and through `canonical`', () => {
    const tasks = goldTasks()
    tasks[0].roles[0].units = [
      { name: '市人大法制委等单位', kind: 'organ', position },
      { name: '市 法制办', kind: 'organ', position },
    ]
    tasks[0].roles[1].units[0] = { name: '市社会工作委员会', canonical: '市社工委', kind: 'organ', position }
    expect(compareDocument(seed000, withTasks(tasks)).counts.roles).toEqual({ tp: 73, fp: 0, fn: 0 })
  })

  it('ignores undated parsed stages and matches dated ones on (start, end)', () => {
    const stages = [
      { name: 'x', raw: 'x', start: null, end: null },
      { name: '全面实施', raw: '', start: '2013-01-01', end: '2013-12-31' },
      { name: '重点推进', raw: '', start: '2014-01-01', end: '2014-12-31' },
    ]
    expect(compareDocument(seed000, withTasks(goldTasks(), stages)).counts.stages).toEqual({ tp: 1, fp: 1, fn: 3 })
  })

  it('ignores stages whose both bounds are inferred (a 共分四个阶段 summary), counts one printed bound', () => {
    const stages = [
      { name: '平安建设全面铺开', raw: '', start: '2012-01-01', end: null, inferred: { start: true, end: true } },
      { name: '全面实施', raw: '', start: '2013-01-01', end: '2013-12-31', inferred: { start: true } },
    ]
    expect(compareDocument(seed000, withTasks(goldTasks(), stages)).counts.stages).toEqual({ tp: 1, fp: 0, fn: 3 })
  })

  it('scores a meta field only where the gold states it, and a missing parse as all fn', () => {
    const none = compareDocument({ ...seed000, meta: { title: seed000.meta.title } }, null)
    expect(none.counts.title).toEqual({ tp: 0, fp: 0, fn: 2 }) // the notice and its plan
    expect(none.counts.docNumber).toEqual({ tp: 0, fp: 0, fn: 0 })
    expect(none.counts.roles.fn).toBe(73)
  })

  it('scores neither roles nor deadlines of a gold part that leaves tasks out, and still its stages', () => {
    // The plan (documents[0]) annotated for its stages only: the parser's 73 triples and its deadlines are not counted.
    const plan = seed000.documents![0]
    const stagesOnly = { ...seed000, documents: [{ meta: plan.meta, stages: plan.stages }] }
    const parsedStages = plan.stages.map((s) => ({ ...s, raw: s.name }))
    const withDeadline = goldTasks().map((t, i) => (i ? t : { ...t, deadlines: [{ raw: '2015年底前', date: '2015-12-31', kind: 'due' as const, precision: 'year' as const, position }] }))
    const c = compareDocument(stagesOnly, withTasks(withDeadline, parsedStages))
    expect(c.counts.roles).toEqual({ tp: 0, fp: 0, fn: 0 })
    expect(c.counts.deadlines).toEqual({ tp: 0, fp: 0, fn: 0 })
    expect(c.counts.stages).toEqual({ tp: 4, fp: 0, fn: 0 })
    // An empty list is an annotation: the same parse then counts every triple and the deadline as fp.
    const none = compareDocument({ ...stagesOnly, documents: [{ meta: plan.meta, stages: plan.stages, tasks: [] }] }, withTasks(withDeadline, parsedStages))
    expect(none.counts.roles).toEqual({ tp: 0, fp: 73, fn: 0 })
    expect(none.counts.deadlines.fp).toBe(1)
  })

  it('scores the due dates a part gives outside every clause (documentTime) as the gold’s task of path []', () => {
    const parsed = parse('青溪市中医药发展实施方案\n以创建示范区为目标，到2027年，全市中医药服务体系不断健全。\n一、主要任务\n（一）2026年底前建成示范中心。\n')
    const gold = (outside: string[]): GoldPart => ({
      meta: {},
      tasks: [
        { path: [], roles: [], deadlines: outside },
        { path: ['一', '（一）'], roles: [], deadlines: ['2026-12-31'] },
      ],
      stages: [],
    })
    expect(compareDocument(gold(['2027-12-31']), parsed).counts.deadlines).toEqual({ tp: 2, fp: 0, fn: 0 })
    expect(compareDocument(gold(['2028-12-31']), parsed).counts.deadlines).toEqual({ tp: 1, fp: 1, fn: 1 })
  })
})

describe('evaluation of the parser on the gold folder', () => {
  const report = evaluate(GOLD, { root: ROOT })

  it('does not fall below the committed baseline in any field', () => {
    const baseline = JSON.parse(readFileSync(join(GOLD, 'baseline.json'), 'utf8')) as Baseline
    process.stdout.write(formatText(report))
    expect(regressions(report, baseline)).toEqual([])
    expect(Object.keys(baseline.f1).sort()).toEqual([...report.fields].sort())
  })

  it('parses every gold document without error', () => {
    expect(report.files.filter((f) => f.error).map((f) => `${f.name}: ${f.error}`)).toEqual([])
  })

  it('reads the seed 000 header exactly (a field the foundation already delivers)', () => {
    const s0 = report.files.find((f) => f.name === 'seed-000')!
    for (const f of ['title', 'docType', 'docNumber', 'signedDate', 'publishedDate', 'issuers'] as const) expect(s0.fields[f].f1, f).toBe(1)
  })

  it('sets a baseline that the same run meets, and catches a drop', () => {
    const b = baselineOf(report)
    expect(regressions(report, b)).toEqual([])
    const raised: Baseline = { f1: { ...b.f1, docNumber: 1.01 } }
    expect(regressions(report, raised).map((r) => r.field)).toEqual(['docNumber'])
  })

  it('prints aligned text and a GFM table', () => {
    const lines = formatText(report).split('\n')
    expect(lines[1]).toMatch(/^field\s+gold\s+parsed\s+matched\s+precision\s+recall\s+F1$/)
    const md = formatMarkdown(report)
    expect(md).toContain('| field')
    expect(md.split('\n').filter((l) => l.startsWith('| seed-00'))).toHaveLength(5)
  })

  it('runs as `gongwen eval` with --format json and --baseline', async () => {
    let json = ''
    const sink = {
      write: (s: string) => {
        json += s
        return true
      },
    } as unknown as NodeJS.WritableStream
    const cwd = process.cwd()
    process.chdir(ROOT)
    try {
      expect(await runEval(['test/gold', '--format', 'json', '--baseline', 'test/gold/baseline.json'], sink)).toBe(0)
    } finally {
      process.chdir(cwd)
    }
    expect(JSON.parse(json).files).toHaveLength(report.files.length)
    expect(await runEval(['--format', 'xml'], sink)).toBe(2)
  })
})
