/**
 * The published package as a consumer gets it: `npm pack`, install the tarball into a fresh project
 * (no @types/node there), then `require`, `import`, a strict type-check and the `gongwen` bin.
 * Needs a build (`npm run build`; `.ci/run` builds before the tests): built here when dist/ is missing.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SEED = join(ROOT, 'corpus/seeds/000_092bc4e14f6ac43b.txt')
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc')

/** The subpaths besides the root (package.json `exports`). */
const LAYERS = ['unified', 'grammar', 'validate', 'batch']

let dir = ''
let files: string[] = []

const run = (cmd: string, args: string[], cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
/** Runs node in the consumer project; `{ status, stdout, stderr }` without throwing. */
function node(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    return { status: 0, stdout: run(process.execPath, args), stderr: '' }
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string }
    return { status: err.status, stdout: err.stdout, stderr: err.stderr }
  }
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/index.cjs')) || !existsSync(join(ROOT, 'dist/index.d.cts'))) run('npm', ['run', 'build'], ROOT)
  dir = mkdtempSync(join(tmpdir(), 'gongwen-consumer-'))
  const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>
  files = packed[0].files.map((f) => f.path)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }))
  // the registry is reachable, but the packages are in npm's cache from the project's own install
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed[0].filename)])
}, 300_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the packed tarball in a consumer project', () => {
  it('ships the license, the build, the schema and the grammars, not the tests', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'package.json',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'dist/cli.js',
        'dist/worker.js',
        'dist/segmenter.js',
        'schema/policy-document.schema.json',
      ]),
    )
    for (const layer of LAYERS) expect(files).toEqual(expect.arrayContaining([`dist/${layer}.js`, `dist/${layer}.cjs`, `dist/${layer}.d.ts`, `dist/${layer}.d.cts`]))
    expect(files.some((f) => f.startsWith('grammars/'))).toBe(true)
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/') || f.startsWith('corpus/'))).toEqual([])
    expect(readFileSync(join(dir, 'node_modules/gongwen/LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 gongwen contributors/)
  })

  it('loads with require() and parses a document (CommonJS build)', () => {
    const script = `const { parse } = require('gongwen'); const d = parse(require('fs').readFileSync(${JSON.stringify(SEED)}));
      const t = d.documents[0].tasks[0]; console.log(JSON.stringify([d.meta.title, t.path, t.position.start.line, t.roles[0].units[0].name]))`
    const r = node(['-e', script])
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual(['中共深圳市委办公厅、深圳市人民政府办公厅关于印发《创建平安深圳行动方案》的通知', ['四', '（一）', '1'], 33, '市人大法制委'])
  })

  it('loads with import and gives the same document as require()', () => {
    const body = `parse(readFileSync(${JSON.stringify(SEED)}))`
    const esm = node(['--input-type=module', '-e', `import { parse } from 'gongwen'; import { readFileSync } from 'node:fs'; process.stdout.write(JSON.stringify(${body}))`])
    const cjs = node(['-e', `const { parse } = require('gongwen'); const { readFileSync } = require('fs'); process.stdout.write(JSON.stringify(${body}))`])
    expect(esm.stderr).toBe('')
    expect(esm.stdout.length).toBeGreaterThan(10_000)
    expect(esm.stdout).toBe(cjs.stdout)
  })

  it('type-checks a strict consumer of every subpath that reads position without `!`, as ESM and as CommonJS, without @types/node', () => {
    expect(existsSync(join(dir, 'node_modules/@types/node'))).toBe(false)
    const source = (imp: string) => `${imp}
declare const text: string
const doc = parse(text)
const task = doc.documents[0].tasks[0]
const lines: number[] = [task.position.start.line, task.roles[0].position.end.offset, task.roles[0].units[0].position.start.column, task.deadlines[0].position.start.line]
const rows: string = tableToCsv(responsibilityTable(doc))
export { lines, rows }
`
    // every layer's main types, used the way a caller would (positions without `!` there too)
    const layers = `
const roleMatch: RoleMatch = scanRoles('牵头单位：市发展改革委').roles[0]
const columns: number[] = [roleMatch.position.start.column, roleMatch.units[0].position.end.offset, scanTime('2015年底前').matches[0].deadline.position.start.line]
const processor = createProcessor({ format: 'markdown' })
const findings: Finding[] = validateWithRules(parse(text), { rules: { 'task-has-lead': 'error' } })
const report: string = formatReport('github', [{ file: 'plan.txt', findings }], { rules: [] })
const ruleIds: readonly string[] = RULE_IDS
async function firstRecord(): Promise<BatchRecord | undefined> {
  for await (const rec of parseBatch(['plan.txt'], { jobs: 1 })) return rec
  return undefined
}
export { columns, processor, report, ruleIds, firstRecord }
`
    const esmImports = `import { parse, responsibilityTable, tableToCsv } from 'gongwen'
import { createProcessor } from 'gongwen/unified'
import { scanRoles, scanTime, type RoleMatch } from 'gongwen/grammar'
import { validate as validateWithRules, formatReport, RULE_IDS, type Finding } from 'gongwen/validate'
import { parseBatch, type BatchRecord } from 'gongwen/batch'`
    const cjsImports = `import gongwen = require('gongwen')
import unified = require('gongwen/unified')
import grammar = require('gongwen/grammar')
import validation = require('gongwen/validate')
import batch = require('gongwen/batch')
const { parse, responsibilityTable, tableToCsv } = gongwen
const { createProcessor } = unified
const { scanRoles, scanTime } = grammar
const { validate: validateWithRules, formatReport, RULE_IDS } = validation
const { parseBatch } = batch
type RoleMatch = grammar.RoleMatch
type Finding = validation.Finding
type BatchRecord = batch.BatchRecord`
    writeFileSync(join(dir, 'esm.mts'), source(esmImports) + layers)
    writeFileSync(join(dir, 'cjs.cts'), source(cjsImports) + layers)
    // one program per module kind, as a project has it (both .d.ts files in one program would declare
    // the vfile DataMap augmentation twice)
    for (const file of ['esm.mts', 'cjs.cts']) {
      const tsconfig = { compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022' }, files: [file] }
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
      const r = node([TSC, '-p', 'tsconfig.json'])
      expect([file, r.stdout + r.stderr]).toEqual([file, ''])
      expect(r.status).toBe(0)
    }
  }, 300_000) // tsc over zod's types: ~20–40 s per program on a shared machine

  it('keeps the root small: parse, the schemas, the table, extractDeadlines and validate', () => {
    const keys = JSON.parse(node(['-e', `process.stdout.write(JSON.stringify(Object.keys(require('gongwen'))))`]).stdout) as string[]
    expect(keys.filter((k) => !k.endsWith('Schema')).sort()).toEqual(['extractDeadlines', 'parse', 'responsibilityTable', 'tableToCsv', 'tableToMarkdown', 'validate'])
    expect(keys).toEqual(expect.arrayContaining(['PolicyDocumentSchema', 'TaskSchema', 'toJsonSchema']))
  })

  // One script per layer, run as ESM and as CommonJS; each prints what it read from a real input.
  const SUBPATH_SCRIPT = `
const seed = readFileSync(${JSON.stringify(SEED)})
const out = {}
const roleText = '各区政府要加强组织领导（牵头单位：市发展改革委；配合单位：市财政局）'
const r = grammar.scanRoles(roleText)
out.roles = r.roles.map((m) => [m.role, m.units.map((u) => [u.name, roleText.slice(u.position.start.offset, u.position.end.offset), u.position.start.column])])
const timeText = '进度安排：\\n2015年6月底前完成准备工作，12月底前启动运行。'
out.time = grammar.scanTime(timeText).matches.map((m) => [m.deadline.date, timeText.slice(m.position.start.offset, m.position.end.offset), m.position.start.line, m.deadline.position.start.column])
out.stages = grammar.findStages('（一）动员部署阶段（2013年4月至6月）。\\n（二）组织实施阶段（2013年7月至12月）。').map((s) => [s.name, s.start, s.end, s.position.start.line])
const file = unified.createProcessor().processSync(seed)
out.unified = [file.result.meta.title === root.parse(seed).meta.title, file.result.documents[0].tasks.length]
out.decode = unified.decode(seed).encoding
const findings = validate.validate(root.parse(seed), { rules: { 'task-has-lead': 'error' } })
const report = JSON.parse(validate.formatReport('json', [{ file: 'seed.txt', findings }], { rules: [] }))
out.validate = [validate.RULE_IDS.includes('task-has-lead'), findings.length === report.files[0].findings.length, validate.validate === root.validate]
try { validate.parseConfig({ rules: { nope: 'error' } }, { file: 'x.json', baseDir: '.' }) } catch (e) { out.configError = e instanceof validate.ConfigError }
out.batch = []
for await (const rec of batch.parseBatch([${JSON.stringify(SEED)}], { jobs: 1 })) out.batch.push([rec.ok, rec.ok ? rec.document.documents[0].tasks.length : rec.error.code])
process.stdout.write(JSON.stringify(out))
`

  it('imports every subpath as ESM and as CommonJS, and both give the same values', () => {
    // files, not `node -e`: batch's worker threads inherit the parent's flags, and --input-type fails there
    writeFileSync(
      join(dir, 'layers.mjs'),
      `import * as root from 'gongwen'; import * as unified from 'gongwen/unified'; import * as grammar from 'gongwen/grammar';
      import * as validate from 'gongwen/validate'; import * as batch from 'gongwen/batch'; import { readFileSync } from 'node:fs';\n${SUBPATH_SCRIPT}`,
    )
    writeFileSync(
      join(dir, 'layers.cjs'),
      `const root = require('gongwen'), unified = require('gongwen/unified'), grammar = require('gongwen/grammar'), validate = require('gongwen/validate'), batch = require('gongwen/batch'); const { readFileSync } = require('fs');
      (async () => {\n${SUBPATH_SCRIPT}\n})()`,
    )
    const esm = node(['layers.mjs'])
    const cjs = node(['layers.cjs'])
    expect(esm.stderr).toBe('')
    expect(cjs.stderr).toBe('')
    const got = JSON.parse(esm.stdout)
    expect(got).toEqual({
      roles: [
        ['lead', [['市发展改革委', '市发展改革委', 18]]],
        ['participant', [['市财政局', '市财政局', 30]]],
      ],
      time: [
        ['2015-06-30', '2015年6月底前', 2, 1],
        ['2015-12-31', '12月底前', 2, 17],
      ],
      stages: [
        ['动员部署阶段', '2013-04-01', '2013-06-30', 1],
        ['组织实施阶段', '2013-07-01', '2013-12-31', 2],
      ],
      unified: [true, 8],
      decode: 'utf-8',
      // validate() from the root and from gongwen/validate is one function (shared chunk), in both formats
      validate: [true, true, true],
      configError: true,
      batch: [[true, 8]],
    })
    expect(JSON.parse(cjs.stdout)).toEqual(got)
  }, 120_000)

  it("resolves the browser builds under the browser condition, and gongwen/batch to Node's", () => {
    const where = node([
      '--conditions=browser',
      '--input-type=module',
      '-e',
      `process.stdout.write(JSON.stringify(['gongwen', ...${JSON.stringify(LAYERS)}.map((l) => 'gongwen/' + l)].map((s) => import.meta.resolve(s).split('/').pop())))`,
    ])
    expect(JSON.parse(where.stdout)).toEqual(['browser.js', 'browser-unified.js', 'browser-grammar.js', 'browser-validate.js', 'batch.js'])
    const run = node([
      '--conditions=browser',
      '--input-type=module',
      '-e',
      `import { scanTime } from 'gongwen/grammar'; process.stdout.write(JSON.stringify(scanTime('2015年6月底前完成').matches.map((m) => [m.deadline.date, m.position.end.offset])))`,
    ])
    expect([run.stderr, JSON.parse(run.stdout)]).toEqual(['', [['2015-06-30', 9]]])
  })

  it('installs the gongwen command, which parses a document and needs a folder for eval', () => {
    const bin = join(dir, 'node_modules/.bin/gongwen')
    const version = node([bin, '--version'])
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
    const parsed = node([bin, 'parse', SEED, '--compact'])
    expect(parsed.status).toBe(0)
    expect(JSON.parse(parsed.stdout).documents[0].tasks).toHaveLength(8)
    const evalRun = node([bin, 'eval'])
    expect(evalRun.status).toBe(2)
    expect(evalRun.stderr).toMatch(/GOLD_DIR/)
  })
})
