import { resolve } from 'node:path'
import { ArchiveError, buildSearchIndex, createArchive, openArchive, readMeta, tableCounts } from './archive.js'
import { resolveCitations } from './citations.js'
import { describeSqliteError, type Database } from './driver.js'
import { TABLES } from './schema.js'

export interface MergeSummary {
  parts: number
  /** Row counts of the merged archive by table. */
  counts: Record<string, number>
  /** Inputs present in more than one part (overlapping shards): kept once per part. */
  duplicateInputs: number
}

/**
 * Joins archives (the shards of `gongwen batch --shard k/n`, or any archives) into a new one at
 * `out`: every row copied with its id shifted past the rows already there, every foreign key
 * shifted by its table's offset, then the full-text index rebuilt and citations re-resolved
 * across all documents (a shard could only resolve references to documents of its own part).
 *
 * @example
 * mergeArchives('all.sqlite', ['part-1.sqlite', 'part-2.sqlite']).counts.documents // 15362
 */
export function mergeArchives(out: string, parts: string[]): MergeSummary {
  if (!parts.length) throw new ArchiveError('no archives to merge')
  const target = resolve(out)
  for (const p of parts) if (resolve(p) === target) throw new ArchiveError(`${out} is also one of the archives to merge; write the merge to a new file`)
  // check every part before replacing anything
  for (const p of parts) openArchive(p).close()
  const db = createArchive(out, { merged_from: JSON.stringify(parts) })
  let duplicateInputs = 0
  try {
    for (const p of parts) duplicateInputs += mergeOne(db, p)
    buildSearchIndex(db)
    db.transaction(() => resolveCitations(db))()
    db.pragma('wal_checkpoint(TRUNCATE)')
    return { parts: parts.length, counts: tableCounts(db), duplicateInputs }
  } catch (e) {
    if (e instanceof ArchiveError) throw e
    throw new ArchiveError(describeSqliteError(e, out))
  } finally {
    db.close()
  }
}

function mergeOne(db: Database, part: string): number {
  db.prepare('ATTACH DATABASE ? AS part').run(part)
  try {
    const version = readMetaOf(db, 'part', 'version')
    if (version !== readMeta(db, 'version')) throw new ArchiveError(`${part} has archive version ${version}`)
    let duplicates = 0
    db.transaction(() => {
      duplicates = db.prepare('SELECT count(*) FROM part.inputs WHERE key IN (SELECT key FROM main.inputs)').pluck().get() as number
      const offset: Record<string, number> = {}
      for (const t of TABLES) offset[t.name] = db.prepare(`SELECT coalesce(max(rowid), 0) FROM main."${t.name}"`).pluck().get() as number
      for (const t of TABLES) {
        const cols = (db.prepare(`PRAGMA main.table_info("${t.name}")`).all() as { name: string }[]).map((c) => c.name)
        const exprs = cols.map((c) => {
          if (c === 'id') return `id + ${offset[t.name]}`
          const ref = t.refs[c]
          return ref ? `"${c}" + ${offset[ref]}` : `"${c}"`
        })
        db.exec(`INSERT INTO main."${t.name}" (${cols.map((c) => `"${c}"`).join(', ')}) SELECT ${exprs.join(', ')} FROM part."${t.name}" ORDER BY rowid`)
      }
    })()
    return duplicates
  } finally {
    db.exec('DETACH DATABASE part')
  }
}

function readMetaOf(db: Database, schema: string, key: string): string | null {
  const row = db.prepare(`SELECT value FROM ${schema}.archive_meta WHERE key = ?`).get(key) as { value: string } | undefined
  return row?.value ?? null
}
