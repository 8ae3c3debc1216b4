import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parse, PolicyDocumentSchema } from '../../src/index.js'
import { loadConfig, loadRegistry, RULES, validate, type Finding, type ValidateConfig } from '../../src/validate/index.js'
import { cli, FIXTURES, fixtureDoc, fixtureText, lineOf, slice } from './helpers.js'
import { allClauses, policyDocs, seed } from '../helpers.js'

const registryConfig = loadConfig(`${FIXTURES}/registry.config.json`)

/**
 * One fixture per rule: a copy of base.txt with one edit that breaks exactly that rule.
 * `at` is the text the finding points at, unique in the fixture (its first characters for a task).
 */
const CASES: Array<{ rule: string; at: string; exact: boolean; exit: number; config?: string }> = [
  { rule: 'task-has-lead', at: '2. 推行政府法律顾问制度', exact: false, exit: 1 },
  { rule: 'lead-not-collective', at: '各有关部门', exact: true, exit: 1 },
  { rule: 'unit-known', at: '区市场监督局', exact: true, exit: 1, config: 'registry.config.json' },
  { rule: 'role-conflict', at: '区城管局、区法制办', exact: false, exit: 1 },
  { rule: 'deadline-parseable', at: '2015年13月底前', exact: true, exit: 1 },
  { rule: 'deadline-after-document', at: '2015年1月底前', exact: true, exit: 0 },
  { rule: 'deadline-within-plan', at: '2017年6月底前', exact: true, exit: 0 },
  { rule: 'numbering-continuous', at: '4. 完善', exact: false, exit: 1 },
  { rule: 'task-duplicate', at: '3. 推行政府法律顾问制度', exact: false, exit: 0 },
]

describe('rule fixtures', () => {
  it('cover every rule, each rule has a one-line doc and a default severity', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort())
    for (const r of RULES) {
      expect(r.doc).not.toMatch(/\n/)
      expect(['error', 'warn']).toContain(r.defaultSeverity)
    }
    expect(RULES.find((r) => r.id === 'deadline-after-document')!.defaultSeverity).toBe('warn')
  })

  it('the base plan breaks no rule, even with the registry', () => {
    expect(validate(fixtureDoc('base'), registryConfig)).toEqual([])
  })

  for (const c of CASES) {
    it(`${c.rule}: one finding, at ${c.at}`, async () => {
      const text = fixtureText(`${c.rule}.txt`)
      const findings = validate(fixtureDoc(c.rule), c.config ? registryConfig : {})
      expect(findings.map((f) => f.ruleId)).toEqual([c.rule])
      const [f] = findings
      expect(f.severity).toBe(RULES.find((r) => r.id === c.rule)!.defaultSeverity)
      const p = f.position!
      expect(p.start.line).toBe(lineOf(text, c.at))
      if (c.exact) expect(slice(text, p)).toBe(c.at)
      else if (c.rule === 'role-conflict') expect(p.start.offset).toBe(text.indexOf(c.at) + '区城管局、'.length)
      else expect(text.slice(p.start.offset).startsWith(c.at)).toBe(true)

      const json = `${FIXTURES}/${c.rule}.json`
      const run = await cli(json, ...(c.config ? ['--config', `${FIXTURES}/${c.config}`] : []))
      expect(run.code).toBe(c.exit)
      expect(run.out).toContain(`test/fixtures/validate/${c.rule}.txt:${p.start.line}:${p.start.column}  `)
      expect(run.out).toMatch(new RegExp(`  ${c.rule}\\n`))
      if (c.exit === 0) expect((await cli(json, '--max-warnings', '0')).code).toBe(1)
    })
  }

  it('the parser reads each fixture plan to the same findings as its hand-built JSON', () => {
    const key = (f: Finding) => `${f.ruleId} ${f.severity} ${f.position?.start.offset} ${f.message}`
    for (const c of [...CASES, { rule: 'base', config: 'registry.config.json' }, { rule: 'report' }]) {
      const config = c.config ? registryConfig : {}
      const fromText = validate(parse(fixtureText(`${c.rule}.txt`)), config).map(key)
      expect([c.rule, fromText]).toEqual([c.rule, validate(fixtureDoc(c.rule), config).map(key)])
    }
  })

  it('task-duplicate names the first occurrence; numbering-continuous says where the list stopped', () => {
    const dup = validate(fixtureDoc('task-duplicate'))[0]
    expect(dup.message).toContain(`line ${lineOf(fixtureText('task-duplicate.txt'), '2. 推行政府法律顾问制度')}`)
    expect(dup.path).toEqual(['一', '（二）', '3'])
    const gap = validate(fixtureDoc('numbering-continuous'))[0]
    expect(gap.message).toContain('the previous one ended at 2')
  })

  it('unit-known suggests the registry unit a misspelt name is closest to', () => {
    const [f] = validate(fixtureDoc('unit-known'), registryConfig)
    expect(f.message).toContain('深圳市宝安区市场监督管理局')
  })

  it('fixture JSON is current, schema-valid, and every unit and deadline points at its text', () => {
    for (const c of [...CASES.map((c) => c.rule), 'base', 'report']) {
      const doc = fixtureDoc(c)
      const text = fixtureText(`${c}.txt`)
      expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true)
      expect(doc.source!.sha256).toBe(createHash('sha256').update(text).digest('hex'))
      for (const t of doc.tasks) {
        for (const r of t.roles) for (const u of r.units) expect(slice(text, u.position!)).toBe(u.name)
        for (const d of t.deadlines) expect(slice(text, d.position!)).toBe(d.raw)
      }
    }
  })
})

describe('numbering-continuous on parsed text', () => {
  it('reads the gap from the fixture plan through parse(), and no gap in base (3. continues under （二）)', () => {
    const only = { rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === 'numbering-continuous' ? 'error' : 'off'])) } as ValidateConfig
    const text = fixtureText('numbering-continuous.txt')
    const found = validate(parse(text), only)
    expect(found).toHaveLength(1)
    expect(found[0].position!.start.line).toBe(lineOf(text, '4. 完善'))
    expect(validate(parse(fixtureText('base.txt')), only)).toEqual([])
  })

  it('flags a repeat where the parser does, and nothing in seed 002 (1–68 across sections)', () => {
    const only = { rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === 'numbering-continuous' ? 'error' : 'off'])) } as ValidateConfig
    const text = fixtureText('base.txt').replace('  3. 完善', '  2. 完善')
    expect(text).not.toBe(fixtureText('base.txt'))
    const doc = parse(text)
    const found = validate(doc, only)
    expect(found.map((f) => f.message)).toEqual(['numbering repeats: the list starts at 2. (the previous one ended at 2) under 一/（二）'])
    expect(doc.diagnostics.filter((d) => d.code.startsWith('numbering-')).map((d) => d.position!.start.offset)).toEqual([found[0].position!.start.offset])
    // 68 projects numbered 1–68 across twelve （N） sections.
    const seed002 = parse(fixtureText('../../../corpus/seeds/002_488a201a46ead25b.txt'))
    expect(allClauses(seed002.clauses).filter((c) => c.style === 'arabic')).toHaveLength(68)
    expect(validate(seed002, only)).toEqual([])
  })
})

describe('numbering-continuous on the corpus', () => {
  it('finds exactly the numbering-gap/-repeat diagnostics of the parser in all 255 policy documents', () => {
    const only = { rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === 'numbering-continuous' ? 'error' : 'off'])) } as ValidateConfig
    const docs = policyDocs()
    expect(docs).toHaveLength(255)
    let total = 0
    for (const [name, text] of docs) {
      const doc = parse(text)
      const mine = validate(doc, only).map((f) => f.position!.start.offset)
      const parser = doc.diagnostics.filter((d) => d.code === 'numbering-gap' || d.code === 'numbering-repeat').map((d) => d.position!.start.offset)
      expect([name, mine.sort((a, b) => a - b)]).toEqual([name, parser.sort((a, b) => a - b)])
      total += mine.length
    }
    console.log(`numbering-continuous: ${total} findings in ${docs.length} policy documents`)
    expect(total).toBeGreaterThan(0)
  })
})

describe('config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-validate-'))
  const config = (name: string, json: unknown) => {
    const file = join(dir, name)
    writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json))
    return file
  }

  it('overrides severities: off, warn, error', async () => {
    const doc = fixtureDoc('report')
    const ids = (c: ValidateConfig) => validate(doc, c).map((f) => `${f.ruleId}:${f.severity}`)
    expect(ids({})).toEqual(['deadline-after-document:warn', 'task-has-lead:error'])
    expect(ids({ rules: { 'task-has-lead': 'off' } })).toEqual(['deadline-after-document:warn'])
    expect(ids({ rules: { 'task-has-lead': 'warn', 'deadline-after-document': 'error' } })).toEqual(['deadline-after-document:error', 'task-has-lead:warn'])

    const json = `${FIXTURES}/report.json`
    expect((await cli(json)).code).toBe(1)
    expect((await cli(json, '--config', config('off.json', { rules: { 'task-has-lead': 'off' } }))).code).toBe(0)
    expect((await cli(json, '--config', config('warn.json', { rules: { 'task-has-lead': 'warn' } }))).code).toBe(0)
    expect((await cli(json, '--config', config('warn.json', { rules: { 'task-has-lead': 'warn' } }), '--max-warnings', '1')).code).toBe(1)
    const strict = await cli(`${FIXTURES}/deadline-after-document.json`, '--config', config('err.json', { rules: { 'deadline-after-document': 'error' } }))
    expect(strict.code).toBe(1)
    expect(strict.out).toContain('  error  deadline 「2015年1月底前」')
  })

  it('documentDate in the config overrides the signed date', () => {
    const found = validate(fixtureDoc('base'), { documentDate: '2015-07-01' })
    expect(found.map((f) => `${f.ruleId} ${f.position!.start.line}`)).toEqual([`deadline-after-document ${lineOf(fixtureText('base.txt'), '2015年6月底前')}`])
  })

  it('config errors exit 2 with the field and the reason', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ rules: { 'task-has-leads': 'error' } }, /rules\.task-has-leads: unknown rule \(rules are task-has-lead, /],
      [{ rules: { 'task-has-lead': 'fatal' } }, /rules\.task-has-lead: .*"error"/],
      [{ registry: 'missing-units.json' }, /registry: cannot read unit registry .*missing-units\.json/],
      [{ documentDate: '2015-02-30' }, /documentDate: not a calendar date/],
      [{ rule: {} }, /Unrecognized key.*"rule"/],
      ['{ "rules": ', /not valid JSON/],
    ]
    for (const [json, message] of cases) {
      const run = await cli(`${FIXTURES}/base.json`, '--config', config('bad.json', json))
      expect(run.code).toBe(2)
      expect(run.err).toMatch(message)
      expect(run.out).toBe('')
    }
    const badRegistry = config('units-bad.json', { units: [{ aliases: ['区法制办'] }] })
    const run = await cli(`${FIXTURES}/base.json`, '--config', config('reg.json', { registry: badRegistry }))
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/registry: unit registry .*units-bad\.json: units\.0/)
  })
})

describe('CLI usage', () => {
  it('exits 2 on usage errors', async () => {
    expect((await cli()).code).toBe(2)
    expect((await cli(`${FIXTURES}/base.json`, '--format', 'xml')).err).toContain('unknown --format "xml" (one of: text, json, github, junit, html)')
    expect((await cli(`${FIXTURES}/base.json`, '--max-warnings', 'many')).code).toBe(2)
    expect((await cli(`${FIXTURES}/no-such-plan.txt`)).err).toContain('no such file or folder')
    expect((await cli(`${FIXTURES}/base.json`, '--strict')).code).toBe(2)
    expect((await cli('--help')).code).toBe(0)
  })

  it('validates a source document through parse(), and reports a folder walk file by file', async () => {
    const run = await cli(`${FIXTURES}/numbering-continuous.txt`)
    expect(run.code).toBe(1)
    expect(run.out).toContain(`${FIXTURES}/numbering-continuous.txt:${lineOf(fixtureText('numbering-continuous.txt'), '4. 完善')}:3  error`)
    const folder = await cli(FIXTURES, '--format', 'json', '--config', `${FIXTURES}/registry.config.json`)
    const report = JSON.parse(folder.out)
    const files = report.files.map((f: { file: string }) => f.file)
    // Config and registry JSON in the folder are skipped; tables and documents are read.
    expect(files).toContain(`${FIXTURES}/table.csv`)
    expect(files.some((f: string) => f.endsWith('.json'))).toBe(false)
    expect(report.errors).toBeGreaterThan(0)
    expect(folder.code).toBe(1)
  })

  it('reports a JSON file that is neither a document nor rows when named', async () => {
    const run = await cli(`${FIXTURES}/units.json`)
    expect(run.code).toBe(1)
    expect(run.out).toContain('neither a PolicyDocument')
  })
})

describe('example registry (grammars/units-registry.example.json)', () => {
  it('resolves every 牵头单位 printed in seed 003, and suggests the right unit for a typo', () => {
    const registry = loadRegistry('grammars/units-registry.example.json')
    // `（牵头区领导:刘惠玲,牵头单位:区人大常委会办公室,参与单位:…）`: the lead list runs to the next comma.
    const leads = [...seed('003').matchAll(/牵头单位[:：]([^,，)）]+)/g)].flatMap((m) => m[1].split('、'))
    expect(leads.length).toBeGreaterThanOrEqual(44)
    expect(leads.filter((u) => !registry.resolve(u))).toEqual([])
    expect(registry.resolve('区委组织部〈区编办〉')).toBe('中共深圳市宝安区委组织部')
    expect(registry.suggest('区环保水物局')).toBe('深圳市宝安区环境保护和水务局')
    expect(registry.suggest('市公安局')).toBeUndefined()
  })
})
