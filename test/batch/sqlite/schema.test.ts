/**
 * The archive's tables are spelled in three places: the DDL (src/batch/sqlite/schema.ts), the
 * columns the parse workers fill (ROW_TABLES, src/batch/sqlite/rows.ts) and the foreign keys merge
 * shifts (TABLES). These tests read the tables SQLite actually creates from the DDL and hold the two
 * lists to them, so a column added to one place and not the others fails here, not in a batch.
 */
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/batch/sqlite/driver.js'
import { ROW_TABLES } from '../../../src/batch/sqlite/rows.js'
import { DDL, TABLES } from '../../../src/batch/sqlite/schema.js'

const db = openDatabase(':memory:')
db.exec(DDL)
const columnsOf = (t: string) => (db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name)
const keysOf = (t: string) => Object.fromEntries((db.prepare(`PRAGMA foreign_key_list("${t}")`).all() as { from: string; table: string }[]).map((k) => [k.from, k.table]))

describe('archive schema lists', () => {
  it('ROW_TABLES: each table the DDL columns in order (the id left to SQLite where nothing references it)', () => {
    for (const t of ROW_TABLES) {
      const ddl = columnsOf(t.name)
      expect(ddl[0]).toBe('id')
      expect(t.columns, t.name).toEqual(t.columns[0] === 'id' ? ddl : ddl.slice(1))
    }
    expect(ROW_TABLES.find((t) => t.name === 'units')?.columns).toEqual(['document_id', 'role_id', 'seq', 'name', 'canonical', 'kind', 'line'])
  })

  it("ROW_TABLES: the id-holding columns are the table's own id and exactly its foreign keys", () => {
    for (const t of ROW_TABLES) {
      const { id, ...refs } = t.ids
      expect(refs, t.name).toEqual(keysOf(t.name))
      expect(id, t.name).toBe(t.columns.includes('id') ? t.name : undefined)
    }
    expect(keysOf('clauses')).toEqual({ document_id: 'documents', parent_id: 'clauses' })
  })

  it('TABLES (what merge copies and shifts): every table but citations, in foreign-key order, with exactly its foreign keys', () => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'clause_fts%' AND name NOT IN ('archive_meta', 'citations')").pluck().all() as string[]
    expect(TABLES.map((t) => t.name).sort()).toEqual(tables.sort())
    TABLES.forEach((t, i) => {
      expect(t.refs, t.name).toEqual(keysOf(t.name))
      for (const target of Object.values(t.refs))
        expect(
          TABLES.findIndex((u) => u.name === target),
          `${t.name} → ${target}`,
        ).toBeLessThanOrEqual(i)
    })
  })
})
