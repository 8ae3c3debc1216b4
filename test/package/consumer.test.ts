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
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/worker.js', 'schema/policy-document.schema.json']))
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

  it('type-checks a strict consumer that reads position without `!`, as ESM and as CommonJS, without @types/node', () => {
    expect(existsSync(join(dir, 'node_modules/@types/node'))).toBe(false)
    const source = (imp: string) => `${imp}
declare const text: string
const doc = parse(text)
const task = doc.documents[0].tasks[0]
const lines: number[] = [task.position.start.line, task.roles[0].position.end.offset, task.roles[0].units[0].position.start.column, task.deadlines[0].position.start.line]
const rows: string = tableToCsv(responsibilityTable(doc))
export { lines, rows }
`
    writeFileSync(join(dir, 'esm.mts'), source(`import { parse, responsibilityTable, tableToCsv } from 'gongwen'`))
    writeFileSync(join(dir, 'cjs.cts'), source(`import gongwen = require('gongwen')\nconst { parse, responsibilityTable, tableToCsv } = gongwen`))
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
