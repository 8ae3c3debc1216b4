import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { batch, lines, records, repo, start, finish } from './helpers.js'

const POLICY = join(repo, 'corpus', 'policy')
const notices = readdirSync(POLICY)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 3)
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-out-safety-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A folder with copies of real notices, and a JSON Lines file of them. */
function folder(name: string): { dir: string; docs: string[]; jsonl: string } {
  const dir = join(tmp, name)
  mkdirSync(dir, { recursive: true })
  const docs = notices.map((f, i) => {
    const p = join(dir, `${i}.txt`)
    copyFileSync(join(POLICY, f), p)
    return p
  })
  const jsonl = join(tmp, `${name}.jsonl`)
  writeFileSync(jsonl, notices.map((f) => JSON.stringify({ id: f, text: readFileSync(join(POLICY, f), 'utf8') })).join('\n') + '\n')
  return { dir, docs, jsonl }
}

describe('--out that is an input: refused before anything is written (exit 2)', () => {
  it('the same file, a JSON Lines input, a symlink and a hard link to the input', async () => {
    const { docs, jsonl } = folder('same')
    const doc = docs[0]
    const before = readFileSync(doc)
    const beforeJsonl = readFileSync(jsonl)
    const symlink = join(tmp, 'same-link.jsonl')
    symlinkSync(jsonl, symlink)
    const hardlink = join(tmp, 'same-hard.txt')
    linkSync(doc, hardlink)
    const runs = await Promise.all([batch([doc, '--out', doc, '-q']), batch([jsonl, '--out', jsonl, '-q']), batch([jsonl, '--out', symlink, '-q']), batch([docs[1], doc, '--out', hardlink, '-q'])])
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2])
    for (const r of runs) expect(r.stderr).toMatch(/is the input .*writing it would destroy the input; choose another --out/)
    expect(readFileSync(doc)).toEqual(before)
    expect(readFileSync(jsonl)).toEqual(beforeJsonl)
    expect(existsSync(doc + '.lock') || existsSync(jsonl + '.progress')).toBe(false)
  }, 60_000)

  it('a directory output that is an input folder, or holds an input', async () => {
    const { dir, docs } = folder('dirsame')
    const runs = await Promise.all([batch([dir, '--out', dir + '/', '-q']), batch([docs[0], '--out', dir + '/', '-q'])])
    expect(runs.map((r) => r.code)).toEqual([2, 2])
    expect(runs[0].stderr).toContain('the output directory')
    expect(runs[1].stderr).toContain('lies inside the output directory')
    expect(readdirSync(dir).sort()).toEqual(['0.txt', '1.txt', '2.txt'])
  }, 60_000)
})

describe('--out inside an input folder is never read back as input', () => {
  it('a file output: each run gives one record per document, none for its own output', async () => {
    const { dir } = folder('inside')
    const out = join(dir, 'all.jsonl')
    for (let run = 0; run < 2; run++) {
      const r = await batch([dir, '--out', out, '--jobs', '1', '-q'])
      expect(r.code).toBe(0)
      const recs = records(out)
      expect(recs.map((x) => x.input).sort()).toEqual(['0.txt', '1.txt', '2.txt'].map((f) => join(dir, f)))
      expect(recs.every((x) => x.ok)).toBe(true)
    }
  }, 60_000)

  it('a glob that matches the output, and a directory output inside the folder', async () => {
    const { dir } = folder('inside-glob')
    const out = join(dir, 'records.jsonl')
    writeFileSync(out, '{"input":"stale","ok":true}\n')
    const r = await batch([`${dir}/*.{txt,jsonl}`, '--out', out, '--jobs', '1', '-q'])
    expect(r.code).toBe(0)
    expect(records(out).map((x) => x.input)).toHaveLength(3)
    rmSync(out)
    const outDir = join(dir, 'json') + '/'
    // .json files taken from the folder, but not the ones this run writes there
    const d = await batch([dir, '--out', outDir, '--include', '**/*.{txt,json}', '--jobs', '1', '-q'])
    expect(d.code).toBe(0)
    expect(readdirSync(join(outDir, dir.slice(1)))).toEqual(['0.txt.json', '1.txt.json', '2.txt.json'])
  }, 60_000)
})

describe('one writer per output: a lock file', () => {
  it('a second run on a locked output exits 2 and leaves the first run’s records whole', async () => {
    const out = join(tmp, 'locked.jsonl')
    // the first run hangs on one input (its parser loops on 污染源普查) and holds the lock
    const first = start(['test/fixtures/batch/inputs', '--out', out, '--jobs', '1', '--ordered', '--timeout', '120', '-q'], {
      GONGWEN_BATCH_PARSER: 'test/fixtures/batch/parsers/misbehaving-parse.ts',
    })
    const firstDone = finish(first)
    for (let i = 0; i < 600 && !existsSync(out + '.lock'); i++) await new Promise((r) => setTimeout(r, 50))
    expect(existsSync(out + '.lock')).toBe(true)
    const second = await batch(['test/fixtures/batch/inputs', '--out', out, '--jobs', '1', '-q'])
    expect(second.code).toBe(2)
    expect(second.stderr).toMatch(new RegExp(`${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is being written by another gongwen batch \\(pid ${first.pid} on ${hostname()}`))
    first.kill('SIGINT')
    const r = await firstDone
    expect(r.code).toBe(130)
    expect(existsSync(out + '.lock')).toBe(false)
    for (const l of lines(out)) expect(() => JSON.parse(l)).not.toThrow()
  }, 120_000)

  it('a lock left by a dead process is taken over', async () => {
    const { dir } = folder('stale')
    const out = join(tmp, 'stale.jsonl')
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    writeFileSync(out + '.lock', JSON.stringify({ pid: Number(dead.stdout), host: hostname(), started: '2026-01-01T00:00:00Z' }))
    const r = await batch([dir, '--out', out, '--jobs', '1', '-q'])
    expect(r.code).toBe(0)
    expect(records(out)).toHaveLength(3)
    expect(existsSync(out + '.lock')).toBe(false)
  }, 60_000)
})

describe('--out DIR/: one file per input whatever the ids', () => {
  it('ids a#b, a:b, a/b, x, x.json/y and A/B each get their own file', async () => {
    const jsonl = join(tmp, 'ids.jsonl')
    const text = readFileSync(join(POLICY, notices[0]), 'utf8')
    const ids = ['a#b', 'a:b', 'a/b', 'x', 'x.json/y', 'A/B']
    writeFileSync(jsonl, ids.map((id) => JSON.stringify({ id, text: `${id}\n${text}` })).join('\n') + '\n')
    const out = join(tmp, 'ids-out') + '/'
    const r = await batch([jsonl, '--out', out, '--jobs', '1', '--ordered', '-q'])
    expect(r.code).toBe(0)
    const base = join(out, jsonl.slice(1))
    const written = spawnSync('find', [out, '-name', '*.json', '-type', 'f'], { encoding: 'utf8' }).stdout.trim().split('\n')
    expect(written).toHaveLength(6)
    const byInput = new Map(
      written.map((f) => {
        const rec = JSON.parse(readFileSync(f, 'utf8')) as { input: string; file?: string; ok: boolean }
        return [rec.input, { f: f.slice(out.length), rec }]
      }),
    )
    expect([...byInput.keys()].sort()).toEqual(ids.map((id) => `${jsonl}#${id}`).sort())
    expect(byInput.get(`${jsonl}#a#b`)!.f).toBe(`${base.slice(out.length)}/a%23b.json`)
    expect(byInput.get(`${jsonl}#a:b`)!.f).toBe(`${base.slice(out.length)}/a%3Ab.json`)
    expect(byInput.get(`${jsonl}#a/b`)!.f).toBe(`${base.slice(out.length)}/a/b.json`)
    expect(byInput.get(`${jsonl}#x.json/y`)!.f).toBe(`${base.slice(out.length)}/x.jso%6E/y.json`)
    // A/B differs from a/b only in case: on any disk it gets a name of its own, named in its record
    const upper = byInput.get(`${jsonl}#A/B`)!
    expect(upper.f).toMatch(/\/A\/B~[0-9a-f]{8}\.json$/)
    expect(upper.rec.file).toBe(upper.f)
    expect(byInput.get(`${jsonl}#a/b`)!.rec.file).toBeUndefined()
  }, 60_000)
})
