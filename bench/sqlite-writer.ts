/**
 * Bench: the SQLite archive writer's CPU on a fixed slice, without the parse in the measurement.
 * A batch's writer thread does one thing per record — bind the rows the parse workers built — so
 * its CPU seconds can be measured on one thread by replaying the records it would receive: on a
 * loaded machine CPU seconds of one thread stay comparable where wall times do not.
 *
 *   node --import tsx bench/sqlite-writer.ts capture --every 5 --out bench/results/tmp/slice.rec
 *   node --import tsx bench/sqlite-writer.ts replay --file bench/results/tmp/slice.rec [--src DIR] [--index now|end|later] [--rounds 3] [--batch 500] [--tables] [--keep]
 *   node --import tsx bench/sqlite-writer.ts rows --file bench/results/tmp/slice.rec [--src DIR]
 *
 * `capture` parses every Nth line of each bulk file (as a batch worker does: processUnit with
 * archive rows) and stores each record's resume key, JSON line and encoded rows. `replay` writes
 * them into a fresh archive as the writer thread does (RowInserter, a transaction per 500
 * records, then citations and a checkpoint) and prints the thread's CPU seconds per step. `rows`
 * times the workers' row building (rowsFor + serialize) from the stored JSON. `--src` points at
 * another copy of `src/` (e.g. a `git archive` of main) to compare old and new code alternately;
 * `--tables` adds each table's insert time (wall ms), `--keep` keeps the archive and prints its path.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { loadavg } from 'node:os'

const repo = resolve(import.meta.dirname, '..')
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    every: { type: 'string', default: '5' },
    input: { type: 'string', default: resolve(repo, '..', 'shared', 'corpus', 'bulk') },
    out: { type: 'string' },
    file: { type: 'string' },
    src: { type: 'string', default: join(repo, 'src') },
    index: { type: 'string', default: 'now' },
    rounds: { type: 'string', default: '1' },
    batch: { type: 'string', default: '500' },
    keep: { type: 'boolean', default: false },
    // time each table's inserts (wall ms of insertAll per table; a probe, it adds its own overhead)
    tables: { type: 'boolean', default: false },
  },
})
const src = resolve(values.src)
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(src, path)).href)) as T

function cpu(): number {
  const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ')
  return (Number(f[11]) + Number(f[12])) / 100
}

interface Rec {
  key: string
  json: Uint8Array
  rows: Uint8Array | undefined
}

function writeRecords(path: string, recs: Rec[]): void {
  const parts: Buffer[] = []
  for (const r of recs) {
    const key = Buffer.from(r.key)
    const head = Buffer.alloc(12)
    head.writeUInt32LE(key.length, 0)
    head.writeUInt32LE(r.json.byteLength, 4)
    head.writeUInt32LE(r.rows ? r.rows.byteLength : 0xffffffff, 8)
    parts.push(head, key, Buffer.from(r.json), ...(r.rows ? [Buffer.from(r.rows)] : []))
  }
  writeFileSync(path, Buffer.concat(parts))
}

/** Each record with buffers of its own (the writer receives transferred, owned buffers). */
function readRecords(path: string): Rec[] {
  const b = readFileSync(path)
  const out: Rec[] = []
  let at = 0
  while (at < b.length) {
    const k = b.readUInt32LE(at)
    const j = b.readUInt32LE(at + 4)
    const r = b.readUInt32LE(at + 8)
    at += 12
    const key = b.toString('utf8', at, at + k)
    at += k
    const json = new Uint8Array(b.subarray(at, at + j))
    at += j
    let rows: Uint8Array | undefined
    if (r !== 0xffffffff) {
      rows = new Uint8Array(b.subarray(at, at + r))
      at += r
    }
    out.push({ key, json, rows })
  }
  return out
}

async function capture(): Promise<void> {
  const { processUnit } = await load<typeof import('../src/batch/process.js')>('batch/process.ts')
  const { parse } = await load<typeof import('../src/parse.js')>('parse.ts')
  const { keyHash } = await load<typeof import('../src/batch/journal.js')>('batch/journal.ts')
  const every = Number(values.every)
  const recs: Rec[] = []
  for (const name of readdirSync(values.input)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort()) {
    const path = join(values.input, name)
    const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n')
    for (let i = 0; i < lines.length; i += every) {
      if (!lines[i]) continue
      const r = processUnit({ kind: 'json-line', input: `${path}:${i + 1}`, path: `../shared/corpus/bulk/${name}`, line: Buffer.from(lines[i]) }, parse, { archive: true })
      recs.push({ key: keyHash(`${path}:${i + 1}`), json: r.json, rows: r.archive })
    }
  }
  writeRecords(values.out!, recs)
  console.log(JSON.stringify({ records: recs.length, bytes: statSync(values.out!).size }))
}

async function replay(): Promise<void> {
  const { createArchive, tuneForWriting, buildSearchIndex } = await load<typeof import('../src/batch/sqlite/archive.js')>('batch/sqlite/archive.ts')
  const { openDatabase } = await load<typeof import('../src/batch/sqlite/driver.js')>('batch/sqlite/driver.ts')
  const { RowInserter } = await load<typeof import('../src/batch/sqlite/insert.js')>('batch/sqlite/insert.ts')
  const { resolveCitations } = await load<typeof import('../src/batch/sqlite/citations.js')>('batch/sqlite/citations.ts')
  const perTable: Record<string, number> = {}
  if (values.tables) {
    const proto = RowInserter.prototype as unknown as { insertAll: (t: { name: string }) => void }
    const inner = proto.insertAll
    proto.insertAll = function (this: unknown, t: { name: string }) {
      const t0 = performance.now()
      inner.call(this, t)
      perTable[t.name] = (perTable[t.name] ?? 0) + performance.now() - t0
    }
  }
  const file = readRecords(values.file!)
  const out = join(repo, 'bench', 'results', 'tmp', `replay-${process.pid}.sqlite`)
  mkdirSync(dirname(out), { recursive: true }) // a fresh clone has no scratch folder
  const batch = Number(values.batch)
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const x of ['', '-wal', '-shm']) rmSync(out + x, { force: true })
    for (const k of Object.keys(perTable)) delete perTable[k]
    // fresh copies: the inserter rewrites ids inside the decoded rows, not the buffers, but keep it honest
    const recs = file.map((r) => ({ key: r.key, json: new Uint8Array(r.json), rows: r.rows && new Uint8Array(r.rows) }))
    const now = values.index === 'now'
    createArchive(out, { settings: '{}', search_index: now ? 'ready' : 'pending' }).close()
    const load0 = loadavg()[0]
    const t0 = performance.now()
    const c0 = cpu()
    const db = openDatabase(out, { fileMustExist: true })
    tuneForWriting(db)
    const rows = new RowInserter(db, now)
    let pending = 0
    let commitCpu = 0
    for (const r of recs) {
      if (!db.inTransaction) db.exec('BEGIN')
      rows.add(r.key, r.json, r.rows)
      if (++pending >= batch) {
        const c = cpu()
        rows.flush()
        db.exec('COMMIT')
        commitCpu += cpu() - c
        pending = 0
      }
    }
    if (db.inTransaction) {
      rows.flush()
      db.exec('COMMIT')
    }
    const c1 = cpu()
    if (values.index === 'end') buildSearchIndex(db)
    const c2 = cpu()
    db.transaction(() => resolveCitations(db))()
    const c3 = cpu()
    db.pragma('wal_checkpoint(TRUNCATE)')
    const c4 = cpu()
    db.close()
    const r = {
      src: values.src === join(repo, 'src') ? 'src' : values.src,
      index: values.index,
      records: recs.length,
      writeCpu: +(c1 - c0).toFixed(2),
      flushCommitCpu: +commitCpu.toFixed(2),
      indexMs: Math.round((rows as unknown as { indexMs: number }).indexMs),
      endIndexCpu: +(c2 - c1).toFixed(2),
      citationsCpu: +(c3 - c2).toFixed(2),
      checkpointCpu: +(c4 - c3).toFixed(2),
      totalCpu: +(c4 - c0).toFixed(2),
      wall: +((performance.now() - t0) / 1000).toFixed(2),
      archiveMB: +(statSync(out).size / 1e6).toFixed(1),
      load: [+load0.toFixed(1), +loadavg()[0].toFixed(1)],
      ...(values.tables ? { tableMs: Object.fromEntries(Object.entries(perTable).map(([k, v]) => [k, Math.round(v)])) } : {}),
    }
    console.log(JSON.stringify(r))
    if (!values.keep) for (const x of ['', '-wal', '-shm']) rmSync(out + x, { force: true })
    else console.log(out)
  }
}

async function rows(): Promise<void> {
  const { encodedRowsFor } = await load<typeof import('../src/batch/sqlite/rows.js')>('batch/sqlite/rows.ts')
  const docs = readRecords(values.file!)
    .filter((r) => r.rows)
    .map((r) => JSON.parse(Buffer.from(r.json).toString('utf8')) as { input: string; document: never })
  for (let round = 0; round < Number(values.rounds); round++) {
    const c0 = cpu()
    let bytes = 0
    for (const d of docs) bytes += encodedRowsFor(d.input, d.document).byteLength
    console.log(JSON.stringify({ src: values.src, docs: docs.length, rowsCpu: +(cpu() - c0).toFixed(2), MB: +(bytes / 1e6).toFixed(1), load: +loadavg()[0].toFixed(1) }))
  }
}

const mode = positionals[0]
if (mode === 'capture') await capture()
else if (mode === 'replay') await replay()
else if (mode === 'rows') await rows()
else {
  console.error('usage: sqlite-writer.ts capture|replay|rows …')
  process.exit(2)
}
