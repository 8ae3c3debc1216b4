import { deserialize } from 'node:v8'
import type { Database, Statement } from './driver.js'
import { INDEX_FROM_INTO, registerIndexFunction } from './search-index.js'
import { DOCUMENT_JSON_COLUMN, ROW_TABLES, type RecordRows } from './rows.js'

/** Rows per INSERT statement, largest first: a table's rows go in as few statements as these sizes allow. */
const CHUNKS = [64, 16, 4, 1]
/**
 * Cells buffered before they are inserted (the transaction stays open): few, so that no insert
 * keeps the writer from taking records for long (the parse workers would wait) and memory stays flat.
 */
const MAX_BUFFERED_CELLS = 16_000

/**
 * Every INSERT of the writer is `INSERT OR ROLLBACK`: a failing statement ends the whole
 * transaction, which is what the writer does with any error anyway (its inputs are not marked
 * done; --resume redoes them). The plain INSERT (`OR ABORT`) would undo only the statement, so
 * SQLite opens a statement journal for each multi-row INSERT — copying every page it changes —
 * and a savepoint on the search index, on which FTS5 writes its pending terms out as a new segment
 * and merges segments: per flush, not per transaction. With OR ROLLBACK and the index fed once per
 * transaction (see {@link RowInserter.flush}), writer thread CPU on 3,073 bulk inputs fell from
 * 2.35–2.41 to 1.78–1.92 s (load 15–18, alternated 3×).
 */
const INSERT = 'INSERT OR ROLLBACK'

interface TableState {
  name: string
  columns: readonly string[]
  width: number
  /** [column index, index into `next` of the table whose ids it holds] */
  shifts: [number, number][]
  /** Index into `next` when the table has an id column. */
  own: number
  cells: unknown[]
  statements: Map<number, Statement>
}

const ID_TABLES = ['documents', 'clauses', 'tasks', 'roles', 'failures']

function tableState(name: string, columns: readonly string[], shifts: [number, number][] = [], own = -1): TableState {
  return { name, columns, width: columns.length, shifts, own, cells: [], statements: new Map() }
}

/**
 * Inserts records into an archive: the rows the parse workers built ({@link rowsFor}) with their
 * local ids shifted past the archive's, buffered and written with multi-row INSERTs; failures from
 * their error records. The caller holds the transaction and calls {@link flush} before committing.
 */
export class RowInserter {
  /** The row tables (ROW_TABLES order), then failures and inputs. */
  private readonly tables: TableState[]
  /** Next free id per table of ID_TABLES. */
  private readonly next: number[]
  private readonly failures: TableState
  private readonly inputs: TableState
  private buffered = 0
  /** First clause id not yet in the search index. */
  private unindexed: number
  /** Milliseconds spent indexing clauses for search as they were flushed (the batch's profile reports it). */
  indexMs = 0
  private readonly fts: Statement

  /** `index: false` leaves clause_fts empty (built later in one pass). */
  constructor(
    private readonly db: Database,
    private readonly index = true,
  ) {
    this.next = ID_TABLES.map((t) => (db.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${t}`).pluck().get() as number) ?? 1)
    this.unindexed = this.next[ID_TABLES.indexOf('clauses')]
    this.tables = ROW_TABLES.map((t) => {
      const shifts: [number, number][] = []
      let own = -1
      t.columns.forEach((c, i) => {
        const target = t.ids[c]
        if (!target) return
        if (c === 'id') own = ID_TABLES.indexOf(target)
        shifts.push([i, ID_TABLES.indexOf(target)])
      })
      return tableState(t.name, t.columns, shifts, own)
    })
    // filled by the writer itself (a failure record's row, every input's resume key), inserted
    // after the row tables with the same multi-row statements
    this.failures = tableState('failures', ['id', 'input', 'code', 'message'])
    this.inputs = tableState('inputs', ['key', 'document_id', 'failure_id'])
    this.tables.push(this.failures, this.inputs)
    registerIndexFunction(db)
    this.fts = db.prepare(`${INSERT} ${INDEX_FROM_INTO}`)
  }

  /**
   * One batch record: `json` is the record as a JSON line, `rows` its encoded rows (absent for a
   * failure record). `key` is the input's resume key.
   */
  add(key: string, json: Uint8Array, rows: Uint8Array | undefined): void {
    const text = Buffer.from(json.buffer, json.byteOffset, json.byteLength)
    if (!rows) {
      const rec = JSON.parse(text.toString('utf8')) as { input: string; error?: { code: string; message: string } }
      const id = this.next[ID_TABLES.indexOf('failures')]++
      this.failures.cells.push(id, rec.input, rec.error?.code ?? 'unknown', rec.error?.message ?? '')
      this.inputs.cells.push(key, null, id)
      return
    }
    const record = deserialize(rows) as RecordRows
    const base = this.next.slice()
    record.forEach((cells, ti) => {
      const t = this.tables[ti]
      const n = cells.length / t.width
      for (let r = 0; r < n; r++) {
        const at = r * t.width
        for (const [col, target] of t.shifts) {
          const v = cells[at + col]
          if (v !== null) cells[at + col] = (v as number) + base[target]
        }
      }
      if (t.own >= 0) this.next[t.own] += n
      if (ti === 0) cells[DOCUMENT_JSON_COLUMN] = documentJson(text)
      for (const c of cells) t.cells.push(c)
      this.buffered += cells.length
    })
    this.inputs.cells.push(key, base[0], null)
    if (this.buffered >= MAX_BUFFERED_CELLS) this.flush(false)
  }

  /**
   * Inserts everything buffered; `commit` (the caller commits next): also indexes the clauses
   * written since the last commit for search, in one statement, so the index is complete at every
   * commit. Once FTS5 has been written in a transaction, each later statement that opens a
   * savepoint makes it write its pending terms out (a segment to merge later), so it comes last.
   */
  flush(commit = true): void {
    for (const t of this.tables) {
      this.insertAll(t)
      t.cells.length = 0
    }
    this.buffered = 0
    if (!commit) return
    const clauses = this.next[ID_TABLES.indexOf('clauses')]
    if (this.index && clauses > this.unindexed) {
      const t0 = performance.now()
      this.fts.run(this.unindexed)
      this.indexMs += performance.now() - t0
    }
    this.unindexed = clauses
  }

  private insertAll({ name, columns, width, cells, statements }: TableState): void {
    let at = 0
    let left = cells.length / width
    for (const size of CHUNKS) {
      while (left >= size) {
        let stmt = statements.get(size)
        if (!stmt) {
          // the document JSON is bound as the record's UTF-8 bytes and stored as TEXT: no decoding to a
          // JavaScript string and encoding back (0.75 → 0.31 CPU-s for the JSON of 3,073 bulk inputs)
          const one = `(${columns.map((c) => (name === 'documents' && c === 'json' ? 'CAST(? AS TEXT)' : '?')).join(', ')})`
          stmt = this.db.prepare(`${INSERT} INTO ${name} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array(size).fill(one).join(', ')}`)
          statements.set(size, stmt)
        }
        stmt.run(cells.slice(at, at + size * width))
        at += size * width
        left -= size
      }
    }
  }
}

const DOCUMENT_KEY = Buffer.from(',"ok":true,"document":')

/** The document's JSON inside a record line `{"input":…,"ok":true,"document":{…}}`, as written (UTF-8 bytes). */
function documentJson(record: Buffer): Buffer {
  const at = record.indexOf(DOCUMENT_KEY)
  return record.subarray(at + DOCUMENT_KEY.length, record.length - 1)
}
