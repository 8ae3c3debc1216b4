/**
 * The writer's RowInserter on real corpus records: the search index is fed once per transaction
 * (an intermediate flush writes rows, not the index; the commit's flush indexes them all), and a
 * failing INSERT (`OR ROLLBACK`) ends the whole open transaction, leaving what was committed.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { parse } from '../../../src/index.js'
import { createArchive, tableCounts, tuneForWriting } from '../../../src/batch/sqlite/archive.js'
import { openDatabase, sqliteCode } from '../../../src/batch/sqlite/driver.js'
import { RowInserter } from '../../../src/batch/sqlite/insert.js'
import { encodedRowsFor, ROW_TABLES, type RecordRows } from '../../../src/batch/sqlite/rows.js'

const repo = join(import.meta.dirname, '..', '..', '..')
const inputs = ['corpus/seeds/000_092bc4e14f6ac43b.txt', 'corpus/seeds/001_54176d715e6bf35f.txt']
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-insert-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A record as a parse worker sends it: the JSON line and the encoded rows. */
function record(input: string): { json: Uint8Array; rows: Uint8Array; clauses: number } {
  const doc = parse(readFileSync(join(repo, input), 'utf8'), { path: input })
  const rows = encodedRowsFor(input, doc)
  const clauses = (deserialize(rows) as RecordRows)[1].length / ROW_TABLES[1].columns.length
  return { json: new TextEncoder().encode(JSON.stringify({ input, ok: true, document: doc })), rows, clauses }
}

function open(name: string) {
  const path = join(tmp, name)
  createArchive(path, { search_index: 'ready' }).close()
  const db = openDatabase(path, { fileMustExist: true })
  tuneForWriting(db)
  return db
}

/** Clauses the index finds for the characters of 工作 that hold 工作, and all that hold it. */
function found(db: ReturnType<typeof open>): [number, number] {
  const viaIndex = db.prepare("SELECT count(*) FROM clause_fts JOIN clauses c ON c.id = clause_fts.rowid WHERE clause_fts MATCH '工 作' AND instr(c.text, '工作') > 0").pluck().get() as number
  const all = db.prepare("SELECT count(*) FROM clauses WHERE instr(text, '工作') > 0").pluck().get() as number
  return [viaIndex, all]
}

describe('RowInserter', () => {
  it('indexes a transaction’s clauses when it commits, those of intermediate flushes included', () => {
    const db = open('flush.sqlite')
    const rows = new RowInserter(db)
    const [a, b] = inputs.map(record)
    db.exec('BEGIN')
    rows.add('a', a.json, a.rows)
    rows.flush(false)
    // written, not yet indexed
    expect(db.prepare('SELECT count(*) FROM clauses').pluck().get()).toBe(a.clauses)
    expect(db.prepare("SELECT count(*) FROM clause_fts WHERE clause_fts MATCH '工'").pluck().get()).toBe(0)
    rows.add('b', b.json, b.rows)
    rows.flush()
    db.exec('COMMIT')
    const [viaIndex, all] = found(db)
    expect(all).toBeGreaterThan(5)
    expect(viaIndex).toBe(all)
    expect(tableCounts(db).clauses).toBe(a.clauses + b.clauses)
    db.close()
  })

  it('a row that breaks a constraint rolls back the whole open transaction; the committed records stay', () => {
    const db = open('rollback.sqlite')
    const rows = new RowInserter(db)
    const [a, b] = inputs.map(record)
    db.exec('BEGIN')
    rows.add('a', a.json, a.rows)
    rows.flush()
    db.exec('COMMIT')
    const before = tableCounts(db)
    // the second record's first clause loses its text (NOT NULL): the statement fails mid-transaction
    const broken = deserialize(b.rows) as RecordRows
    broken[1][ROW_TABLES[1].columns.indexOf('text')] = null
    db.exec('BEGIN')
    rows.add('b', b.json, new Uint8Array(serialize(broken)))
    let code: string | null = null
    try {
      rows.flush()
    } catch (e) {
      code = sqliteCode(e)
    }
    expect(code).toBe('SQLITE_CONSTRAINT_NOTNULL')
    // OR ROLLBACK: nothing of the second record is left, not even rows inserted before the failing statement
    expect(db.inTransaction).toBe(false)
    expect(tableCounts(db)).toEqual(before)
    expect(db.prepare('SELECT key FROM inputs').pluck().all()).toEqual(['a'])
    const [viaIndex, all] = found(db)
    expect(viaIndex).toBe(all)
    db.close()
  })
})
